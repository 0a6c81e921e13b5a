// Motion's animation features, loaded after first paint (LazyMotion): layoutId (a pod walking
// from the wings to its stage) needs domMax, which would otherwise add ~30 kB gz up front.
import { domMax } from 'motion/react';

export default domMax;
