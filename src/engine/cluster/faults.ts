// Faults a lesson or a learner can inject. Each is handled by the component that owns the
// thing that breaks (the kubelet's container runtime, the node itself).

export type Fault =
  /** The container exits non-zero now (as if the process crashed). */
  | { type: 'crash-container'; pod: string; namespace?: string; container?: string }
  /** The node stops: no heartbeats, its containers stop. */
  | { type: 'kill-node'; node: string }
  | { type: 'restore-node'; node: string }
  /** Requests per second arriving at a Service from the audience (0 stops); the traffic model handles it. */
  | { type: 'load'; service: string; namespace?: string; rps: number }
  /** One container's readiness or liveness probe fails for durationMs (default 60 s; 0 clears). */
  | { type: 'fail-probe'; pod: string; probe: 'readiness' | 'liveness'; namespace?: string; durationMs?: number };

export type FaultType = Fault['type'];

export class FaultError extends Error {}
