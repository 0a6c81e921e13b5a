// Loads every kind's strategy (each file registers itself).
import './namespace';
import './pod';
import './deployment';
import './replicaset';
import './node';
import './event';
import './lease';
