// The riser's trouble chunk (riser-trouble.ts): what only a node in trouble shows.
export { HeartbeatSign } from './RiserHeartbeat';
export { RiserLightsOut } from './RiserLightsOut';
export { RiserSigns } from './RiserSigns';
