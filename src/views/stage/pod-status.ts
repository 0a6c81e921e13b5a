// The STATUS, READY and RESTARTS a learner reads in `kubectl get pods`, from the engine's own
// printPod logic (one derivation for the console and the stage; pod-status.test.ts checks them
// against `kubectl get pods`).
export { podSummary as podDisplayStatus, type PodSummary as PodDisplayStatus } from '../../engine/display';
