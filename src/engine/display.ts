// The engine's second, light entry: pure derivations a view needs to draw a pod before the
// cluster itself is loaded (the app paints its opening frame from a precomputed state, then
// fetches the engine). Importing index.ts would pull the whole engine into the first screen's
// chunk; this module pulls only the pod printer and its time helpers.
export { podSummary } from './kubectl/printers/pod';
export type { PodSummary } from './kubectl/printers/pod';
// The node lifecycle controller's grace period, which a riser counts missed heartbeats towards.
export { NODE_MONITOR_GRACE_MS } from './controllers/node-lifecycle/grace';
