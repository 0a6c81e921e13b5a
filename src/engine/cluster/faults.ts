// Faults a lesson or a learner can inject. Each is handled by the component that owns the
// thing that breaks (the kubelet's container runtime, the node itself).

export type Fault =
  /** The container exits non-zero now (as if the process crashed). */
  | { type: 'crash-container'; pod: string; namespace?: string; container?: string }
  /** The node stops: no heartbeats, its containers stop. */
  | { type: 'kill-node'; node: string }
  | { type: 'restore-node'; node: string };

export type FaultType = Fault['type'];

export class FaultError extends Error {}
