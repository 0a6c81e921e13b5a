// "Why?" as data: a short chain of causes, newest first, each at a virtual instant, in a plain
// sentence, naming who acted (a controller, the scheduler, a kubelet or you) and what the view
// can jump to. Built only from what the engine recorded (ledger.ts, the trace, events, status,
// the scheduler's audition, controller state); a cause older than the retained history says so.
import type { ProposalArithmetic } from '../autoscaling/replica-calculator';
import type { Fault } from '../cluster/faults';

/** Something on stage a cause points at. `kind` is a Kubernetes kind, or `you` for the learner. */
export interface WhyActor {
  kind: string;
  ns?: string;
  name: string;
}

export interface WhyCause {
  /** Virtual ms the cause happened (or will happen, for a deadline still ahead). */
  at: number;
  text: string;
  actor?: WhyActor;
  /** The object the cause is about, for the view to select (may be gone by now). */
  ref?: WhyActor;
}

export interface WhyAnswer {
  kind: string;
  namespace?: string;
  name: string;
  /** Virtual ms the answer was computed at. */
  now: number;
  /** One line saying what is being explained ("web-1 is Running on node-2, 1/1 ready"). */
  summary: string;
  /** Newest first. */
  causes: WhyCause[];
}

/** The kinds that have a "Why?". */
export const WHY_KINDS = [
  'Pod',
  'Node',
  'ReplicaSet',
  'Deployment',
  'StatefulSet',
  'Service',
  'HorizontalPodAutoscaler',
  'PersistentVolumeClaim',
  'Job',
] as const;
export type WhyKind = (typeof WHY_KINDS)[number];

// ---- What the ledger keeps (JSON, in the cluster's component state) ----

/** A write request that changed something a learner asks about (from the control-plane trace). */
export interface RequestRecord {
  t: 'req';
  at: number;
  /** Trace actor: `kubectl` is the learner (or a lesson typing for them); others are components. */
  actor: string;
  verb: 'create' | 'update' | 'delete' | 'evict';
  res: string;
  ns?: string;
  name: string;
  /** spec.replicas after the write (workloads). */
  replicas?: number;
  /** spec.paused after the write (Deployments). */
  paused?: boolean;
  /** spec.unschedulable after the write (Nodes). */
  unschedulable?: boolean;
  /** The controller owner at the time (`Kind/name`), for pods. */
  owner?: string;
  /** Evictions: refused by a PodDisruptionBudget (429), and the budgets as they stood then. */
  refused?: boolean;
  budget?: string;
}

/** A fault the learner or a lesson injected (kill-node, crash-container, …). */
export interface FaultRecord {
  t: 'fault';
  at: number;
  fault: Fault;
}

/** How the ReplicaSet controller picked a pod to delete: the first rule that told it from a kept one. */
export interface Victim {
  pod: string;
  /** The rule of ActivePodsWithRanks that decided (see pod-ranking.ts `rankingRule`). */
  rule?: string;
  /** The kept pod it was compared with. */
  vs?: string;
}

/** One ReplicaSet sync that created or deleted pods. */
export interface RsRecord {
  t: 'rs';
  at: number;
  ns: string;
  rs: string;
  want: number;
  had: number;
  created: string[];
  deleted: Victim[];
}

/** One HPA recommendation and the arithmetic behind it. */
export interface HpaRecord {
  t: 'hpa';
  at: number;
  ns: string;
  hpa: string;
  target: string;
  current: number;
  metric: string;
  /** Utilization targets: the pods' average, the target, and the arithmetic that used them. */
  utilization?: number;
  targetUtilization?: number;
  how?: ProposalArithmetic;
  /** What the metric alone asks for. */
  proposed: number;
  /** After stabilization and min/max/rate limits: what the HPA wrote. */
  replicas: number;
  min: number;
  max: number;
  /** The AbleToScale and ScalingLimited conditions' messages of that decision. */
  stabilization: string;
  limit: string;
  /** The scale-down stabilization window in seconds (spec.behavior's, or the default 300). */
  window: number;
}

/** A RollingUpdate step (or a step it could not take) and its maxSurge/maxUnavailable arithmetic. */
export interface RolloutRecord {
  t: 'rollout';
  at: number;
  ns: string;
  deployment: string;
  step: 'scale-up-new' | 'scale-down-old' | 'blocked';
  rs: string;
  from: number;
  to: number;
  replicas: number;
  maxSurge: number;
  maxUnavailable: number;
  /** Pods all ReplicaSets ask for, available pods, new RS's unavailable ones at the decision. */
  allPods: number;
  available: number;
  newUnavailable: number;
}

/** The taint eviction controller deleting a pod: which taints, since when, how long tolerated. */
export interface EvictRecord {
  t: 'evict';
  at: number;
  ns: string;
  pod: string;
  node: string;
  taints: string[];
  since: number;
}

/**
 * The scheduler's decision for a pod, summarized where it was taken (the full audition is an
 * observation kept for 500 pods and not in snapshots; this summary rides in them).
 */
export interface SchedRecord {
  t: 'sched';
  at: number;
  ns: string;
  pod: string;
  uid: string;
  attempt: number;
  /** The winner and its total score (null when it was the only feasible node). */
  node?: string;
  score?: number | null;
  all: number;
  feasible: number;
  /** The best other feasible nodes and their totals, at most three. */
  others: [string, number][];
  /** Nodes filtered out with the first reason, at most three, and how many in all. */
  rejected: string[];
  rejectedCount: number;
  /** The FitError when no node fits. */
  message?: string;
}

export type WhyRecord = RequestRecord | FaultRecord | RsRecord | HpaRecord | RolloutRecord | EvictRecord | SchedRecord;
