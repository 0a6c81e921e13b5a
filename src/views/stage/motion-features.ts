// Motion's animation features, fetched after the first draw (LazyMotion, when motion-gate.ts says):
// layoutId (a pod walking from the wings to its stage) needs domMax, ~34 kB gz kept off the first screen.
import { domMax } from 'motion/react';

export default domMax;
