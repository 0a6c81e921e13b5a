// The contract between the app's session (one cluster, time control, the command log) and the
// views that draw it. The session owns the engine; views only read `store` and call `actions`.
import type { StoreApi } from 'zustand/vanilla';
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { ServiceSpec, ServiceStatus } from 'kubernetes-types/core/v1';
import type {
  Cluster,
  ClusterEvent,
  Fault,
  Deployment,
  Event,
  KubectlResult,
  Node,
  Pod,
  PodSecond,
  ReplicaSet,
  SchedulingTrace,
  TraceEntry,
  WhyAnswer,
} from '../../engine';
import type { LessonFacts } from '../../lessons/types';
import type { ClusterReader, SourceInfo } from './source';

/** What the stage needs to draw, refreshed from cluster.watch (objects are the engine's, read-only). */
export interface MirrorState {
  /** Virtual ms. */
  now: number;
  nodes: Node[];
  /** The band: every pod outside kube-system. */
  pods: Pod[];
  /** kube-system's pods (crew.ts): named at their riser's edge, not drawn as musicians. Optional so older stores type-check. */
  crew?: Pod[];
  deployments: Deployment[];
  replicaSets: ReplicaSet[];
  /** Optional so stores built before StatefulSets were mirrored still type-check. */
  statefulSets?: StatefulSet[];
  /** Newest last; bounded (the last ~200). */
  events: Event[];
  /** Control-plane trace entries of the last few virtual seconds, newest last; bounded. */
  trace: TraceEntry[];
}

export interface TimeState {
  running: boolean;
  /** 0.25 … 64. */
  speed: number;
  /** Virtual ms of the earliest moment the timeline can rewind to, and of now. */
  timelineStart: number;
  /** The speed actually achieved lately (lower than `speed` when the engine cannot keep up). */
  effectiveSpeed: number;
  /** The seed the cluster was created from (reset restarts it). */
  seed: number;
}

export interface ConsoleLine {
  /** `comment`: an action with no kubectl equivalent (`# crash the container of web-x …`). */
  kind: 'input' | 'stdout' | 'stderr' | 'comment';
  text: string;
  /** An input line typed at a container's prompt (`/ # `) rather than kubectl's `$ `. */
  prompt?: string;
}

export interface UiState {
  selection: { kind: 'Pod' | 'Node' | 'Deployment' | 'StatefulSet' | 'Service'; namespace?: string; name: string } | null;
  console: ConsoleLine[];
  /** Plain-language narration of cluster events, newest last; bounded. */
  narration: string[];
  /** Set when the engine failed: the loop stops and the page says so. */
  failure?: string;
  /** The console line still following the cluster (`get pods -w`), until it ends or is stopped. */
  following?: string;
  /** The container shell's prompt while `kubectl exec -it … -- sh` is open (`/ # `), until `exit`. */
  prompt?: string;
  /** Shown once at the top (e.g. why the URL's seed was not used). */
  notice?: string;
  /** The last "Why?" answer asked for (kept while the learner follows its causes through time). */
  why?: WhyAnswer;
  /** Set while the stage shows an earlier moment (a "Why?" cause followed): that instant and now. */
  visit?: { at: number; liveAt: number };
}

/** A Service as the store holds it (the engine exports no Service alias). */
export type Service = { apiVersion: string; kind: string; metadata: Pod['metadata']; spec?: ServiceSpec; status?: ServiceStatus };

/** One virtual second of a Service's traffic, with its pods' state at that second (charts, marquee). */
export interface TrafficPoint {
  /** Virtual ms at the end of the second. */
  time: number;
  requests: number;
  errors: number;
  refused: number;
  unavailable: number;
  overloaded: number;
  /** Latency of successful requests, ms (0 when none succeeded). */
  p95: number;
  /** Endpoints kube-proxy routed to. */
  endpoints: number;
  /** Pods the selector picks that are Ready, and the CPU (millicores) they used this second. */
  readyPods: number;
  cpuMilli: number;
}

/** Traffic figures from cluster.watch(…, { metrics: true }); optional so older views need not care. */
export interface TrafficState {
  services?: Service[];
  /** Per Service (`namespace/name`): the last 300 virtual s with load, oldest first. */
  traffic?: Record<string, TrafficPoint[]>;
  /** The latest second's per-pod figures (`namespace/pod`) and that second's virtual ms. */
  podTraffic?: Record<string, PodSecond>;
  podTrafficAt?: number;
  /** The requests/s the audience is set to send, per Service (`namespace/name`). */
  loads?: Record<string, number>;
}

export type AppState = MirrorState & TimeState & UiState & TrafficState;

/** Workloads the panel can scale and roll. */
export type WorkloadKind = 'Deployment' | 'StatefulSet';

export interface SessionActions {
  /** Runs a kubectl line as if typed in the console (echoed there, with its output). */
  kubectl(line: string, stdin?: string): KubectlResult;
  select(selection: UiState['selection']): void;
  killPod(namespace: string, name: string): void;
  crashContainer(namespace: string, pod: string): void;
  /** Makes the pod's readiness or liveness probe fail for a minute (fault injection). */
  failProbe(namespace: string, pod: string, probe: 'readiness' | 'liveness'): void;
  scale(kind: WorkloadKind, namespace: string, name: string, delta: number): void;
  /** `kind` defaults to Deployment. */
  setImage(namespace: string, name: string, container: string, image: string, kind?: WorkloadKind): void;
  killNode(name: string): void;
  /** Sets the requests/s the audience sends to a Service (0 stops it). */
  setLoad(namespace: string, service: string, rps: number): void;
  restoreNode(name: string): void;
  cordon(name: string, on: boolean): void;
  drain(name: string): void;
  rollback(namespace: string, name: string, kind?: WorkloadKind): void;
  /** `kubectl rollout pause|resume` (Deployments only: kubectl has no pauser for StatefulSets). */
  pauseRollout(namespace: string, deployment: string, paused: boolean): void;
  restartRollout(namespace: string, name: string, kind?: WorkloadKind): void;
  /**
   * A console line as typed, run by the console's shell (pipes, variables, `$(…)`): `clear`,
   * `kubectl get pods` or just `get pods`; never throws. A following command alone on the line
   * (`get -w`, `rollout status`, `logs -f`, `wait`) keeps printing as time passes (`following`).
   */
  runConsole(line: string): void;
  /** Ctrl-C / Stop: ends the following command. */
  stopFollowing(): void;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  /** Advances to the next scheduled event. */
  step(): void;
  /** Rewinds to an earlier virtual time and carries on from there (later history is dropped). */
  rewindTo(virtualMs: number): void;
  /** "Why?" for an object (cluster.why): the answer, also kept in the store as `why`; clearWhy drops it. */
  askWhy(kind: string, namespace: string | undefined, name: string): WhyAnswer | undefined;
  clearWhy(): void;
  /**
   * Shows the stage at an earlier instant without forgetting the present (visit.ts); acting there
   * carries on from it, as a rewind would. backToNow returns to the live cluster.
   */
  visit(virtualMs: number): void;
  backToNow(): void;
  reset(): void;
}

/** One recorded thing that changed the cluster, at its virtual ms (the timeline's log entry). */
export type CommandLogEntry =
  | { at: number; kind: 'kubectl'; line: string; stdin?: string }
  | { at: number; kind: 'fault'; fault: Fault }
  | { at: number; kind: 'run' };

/**
 * Everything needed to rebuild this exact moment: the seed, the worker count, the command log
 * (including the set-up the page ran) and the virtual time. Share links carry it in the fragment.
 */
export interface ShareState {
  v: 1;
  seed: number;
  nodes: number;
  /** The lesson (slug) and step index the learner was on, when in a lesson. */
  lesson?: string;
  step?: number;
  /** The lesson machine's facts at that step (lessonShareFacts), so reopening continues it exactly. */
  facts?: LessonFacts;
  log: CommandLogEntry[];
  /** Virtual ms of the moment. */
  at: number;
}

/** Who asked for a command: the learner's own (counted in challenge scores) or the lesson's. */
export type CommandOrigin = 'learner' | 'lesson';

/** A command the lesson host (or a share-link replay) performs through the session. */
export type SessionCommand = { kubectl: string; stdin?: string } | { fault: Fault };

/**
 * A page's cluster as the views see it (source.ts): the store, the actions, reads. Every source
 * implements all of it; the members marked "engine only" answer refusals on a source without an
 * in-page engine (the served and live sources, like the opening frame's stand-in).
 */
export interface Session {
  readonly store: StoreApi<AppState>;
  /** Where the cluster lives; the in-page engine when absent. */
  readonly source?: SourceInfo;
  /** Objects the store does not mirror (Leases, ConfigMaps, claims) and the engine's components, if any. */
  reader(): ClusterReader;
  /**
   * Set on the opening session (opening-session.ts): a picture of the warmed-up sample drawn before
   * the engine is fetched. Nothing runs and the page is inert until the real session replaces it.
   */
  readonly opening?: true;
  readonly actions: SessionActions;
  /** Engine only: the cluster now playing (a rewind replaces it). Lessons and the test API use it; views use `reader`. */
  cluster(): Cluster;
  schedulingTrace(namespace: string, name: string): SchedulingTrace | undefined;
  /** Advances by wall-clock ms × speed (called by the frame loop). */
  tick(wallMs: number): void;
  /** Runs kubectl without echoing or logging it (read-only views such as the inspector's YAML). */
  read(line: string): KubectlResult;
  /** Runs virtual time now regardless of play/pause (the test API); false if the engine failed. */
  advance(ms: number): boolean;
  /** Writes pending watch changes to the store now (the frame loop does this once per frame). */
  flush(): void;
  /**
   * Watches whichever cluster is playing: survives rewinds and resets (after a swap the listener
   * simply receives the new cluster's later events). Returns the unsubscribe function.
   */
  watch(listener: (event: ClusterEvent) => void, options?: { metrics?: boolean }): () => void;
  /** Called after virtual time moved (frame loop, step, test API advance, rewind, reset). */
  onTick(listener: () => void): () => void;
  /**
   * Runs a command as the console would (echoed, recorded for rewinds and share links);
   * `lesson` commands are marked as such in the console and not counted as the learner's.
   */
  perform(command: SessionCommand, origin: CommandOrigin): KubectlResult;
  /**
   * The learner's commands (typed or clicked, faults included) that changed the cluster, since
   * start/reset: reads, dry runs, help and lines kubectl refused do not count (command-kind.ts).
   */
  learnerCommands(): number;
  /** The seed, nodes, command log and now: see ShareState. */
  shareState(): ShareState;
}
