// Loads every kind's strategy (each file registers itself).
import './namespace';
