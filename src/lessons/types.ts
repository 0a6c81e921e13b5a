// The shape of a guided lesson: data only (no behaviour), so lessons can be replayed headlessly,
// shared and tested. A lesson's goals are checked against the cluster's state and watch events,
// never against the command a learner typed (see goals.ts). Mirrors STYLE.md practice 13.
import type { Fault } from '../engine/index';
import type { ChallengeSpec } from './challenge-score';
import type { GoalMemory } from './goals';
import type { TrafficGoal } from './goals-traffic';

/**
 * One thing a lesson (or "show me") does to the cluster: a kubectl line or a fault.
 * `pod` names a label selector; `{pod}` in the line (or the fault's `pod`) is replaced by the
 * name-sorted first Ready, non-terminating pod it matches — generated names are not known ahead.
 */
export type LessonAction = { kubectl: string; stdin?: string; pod?: string } | { fault: Fault; pod?: string };

/** An action a step performs by itself: at step start, or `atMs` of virtual time after it. */
export interface Injection {
  atMs?: number;
  action: LessonAction;
}

/** A short multiple choice asked before the learner acts. */
export interface Prediction {
  question: string;
  options: string[];
  /** Index into `options`. */
  answer: number;
  explain: string;
}

export type WaitingReason = 'ErrImagePull' | 'ImagePullBackOff' | 'CrashLoopBackOff' | 'ContainerCreating';

/** What must be true of the cluster for a step to pass. `namespace` defaults to "default". */
export type Goal =
  /** Exactly `count` Ready, non-terminating pods match `selector`, on at least `minNodes` nodes. */
  | { kind: 'readyPods'; selector: string; count: number; minNodes?: number; namespace?: string }
  /** A matching pod was deleted after the step started and a pod created after that is Ready. */
  | { kind: 'podReplaced'; selector: string; namespace?: string }
  /** A matching Ready pod's container has restarted at least `minRestarts` times (default 1). */
  | { kind: 'podRestarted'; selector: string; minRestarts?: number; namespace?: string }
  /** A matching pod's container is waiting with one of `reasons`. */
  | { kind: 'podWaiting'; selector: string; reasons: WaitingReason[]; namespace?: string }
  /**
   * The Deployment is at `revision` and its rollout is complete (all replicas updated and
   * available); optionally its first container runs `image`, and during the step no more than
   * `maxUnavailableSeen` replicas were unavailable.
   */
  | { kind: 'deploymentRevision'; name: string; revision: number; image?: string; maxUnavailableSeen?: number; namespace?: string }
  /** The Node's Ready condition is not True (False or Unknown). */
  | { kind: 'nodeNotReady'; node: string }
  /** The Node's Ready condition is True. */
  | { kind: 'nodeReady'; node: string }
  /** A tour step: nothing to do but read, so it holds at once (the learner moves on with Next). */
  | { kind: 'acknowledge' }
  /**
   * A matching pod is Pending and unscheduled (PodScheduled=False); `message` is a substring of
   * the scheduler's FitError on that condition, e.g. "Insufficient cpu".
   */
  | { kind: 'podPending'; selector: string; message?: string; namespace?: string }
  /** A matching container has restarted at least `atLeast` times, Ready or not (podRestarted needs Ready). */
  | { kind: 'podRestarts'; selector: string; atLeast: number; namespace?: string }
  /** Pods matching `selector` were created during the step, all are bound, none to `node`, one is Ready. */
  | { kind: 'avoidsNode'; selector: string; node: string; namespace?: string }
  /** Exactly `count` matching pods exist (Terminating ones included), on `node` when given. */
  | { kind: 'podCount'; selector: string; count: number; node?: string; namespace?: string }
  /** The Node carries a taint with `key` (and `effect`, when given). */
  | { kind: 'nodeTainted'; node: string; key: string; effect?: TaintEffect }
  /** A matching pod bound to `node` began terminating (evicted or deleted) during the step. */
  | { kind: 'podsEvicted'; selector: string; node: string; namespace?: string }
  /** A pod on `node` was evicted during the step and `count` matching pods are Ready, none on `node`. */
  | { kind: 'replacedElsewhere'; selector: string; node: string; count: number; namespace?: string }
  /** Each pattern was seen in the control-plane trace during the step, in this order. */
  | { kind: 'traceSeen'; sequence: TracePattern[] }
  /** An object of `kind` named `name` exists (`namespace` defaults to "default" for namespaced kinds). */
  | { kind: 'objectExists'; objectKind: string; name: string; namespace?: string }
  /** An Event with `reason` (and a message containing `message`) was recorded during the step. */
  | { kind: 'eventSeen'; reason: string; message?: string; objectKind?: string }
  /** Traffic, autoscaling, storage and configuration goals: see goals-traffic.ts. */
  | TrafficGoal
  | { kind: 'all'; goals: Goal[] };

export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

/**
 * One hop of a request in the trace (see the engine's TraceEntry). `from`/`to` match a component
 * by prefix ("kubelet" matches "kubelet/node-2"); omitted fields match anything.
 */
export interface TracePattern {
  from?: string;
  to?: string;
  verb?: string;
  resource?: string;
  subresource?: string;
}

export interface LessonStep {
  id: string;
  /** One or two sentences: the metaphor beside the real term. */
  narration: string;
  predict?: Prediction;
  hints: string[];
  inject?: Injection[];
  goal: Goal;
  /** What "show me" plays; also what the headless test replays. May be empty (just wait). */
  solution: LessonAction[];
}

export interface Lesson {
  /** URL slug: a contract with course pages, never renamed. */
  slug: string;
  title: string;
  seed: number;
  /** Worker nodes ("stages"); default 3. */
  nodes?: number;
  /** Virtual time the whole solution may take (the replay test fails beyond it). */
  timeBudgetMs: number;
  /** Run once through cluster.kubectl before the first step. */
  setup: LessonAction[];
  steps: LessonStep[];
  /** Makes the lesson a scored "keep the show running" challenge (see challenge-score.ts). */
  challenge?: ChallengeSpec;
}

/**
 * What a share link carries of the lesson machine, so reopening at the shared step continues it
 * exactly: the step's start, its injections already in the command log, the prediction answer,
 * the goal memory and a challenge's tally (commands as the count used so far, because the new
 * session's own count starts at zero). Plain JSON; made by lessonShareFacts (lesson-machine.ts).
 */
export interface LessonFacts {
  /** Virtual ms the shared step started. */
  stepStartedAt: number;
  /** Indexes of the step's injections already run. */
  injected: number[];
  /** The option chosen for the step's prediction, if it was answered. */
  answer?: number;
  memory?: GoalMemory;
  challenge?: {
    startedAt: number;
    requests: number;
    served: number;
    unsent: number;
    countedTo: number;
    stormDone: number[];
    /** The learner's commands counted so far in the window. */
    commands: number;
  };
}
