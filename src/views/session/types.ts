// The contract between the app's session (one cluster, time control, the command log) and the
// views that draw it. The session owns the engine; views only read `store` and call `actions`.
import type { StoreApi } from 'zustand/vanilla';
import type { ServiceSpec, ServiceStatus } from 'kubernetes-types/core/v1';
import type {
  Cluster,
  Deployment,
  Event,
  KubectlResult,
  Node,
  Pod,
  PodSecond,
  ReplicaSet,
  SchedulingTrace,
  TraceEntry,
} from '../../engine';

/** What the stage needs to draw, refreshed from cluster.watch (objects are the engine's, read-only). */
export interface MirrorState {
  /** Virtual ms. */
  now: number;
  nodes: Node[];
  pods: Pod[];
  deployments: Deployment[];
  replicaSets: ReplicaSet[];
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
}

export interface UiState {
  selection: { kind: 'Pod' | 'Node' | 'Deployment' | 'Service'; namespace?: string; name: string } | null;
  console: ConsoleLine[];
  /** Plain-language narration of cluster events, newest last; bounded. */
  narration: string[];
  /** Set when the engine failed: the loop stops and the page says so. */
  failure?: string;
  /** Shown once at the top (e.g. why the URL's seed was not used). */
  notice?: string;
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

export interface SessionActions {
  /** Runs a kubectl line as if typed in the console (echoed there, with its output). */
  kubectl(line: string, stdin?: string): KubectlResult;
  select(selection: UiState['selection']): void;
  killPod(namespace: string, name: string): void;
  crashContainer(namespace: string, pod: string): void;
  /** Makes the pod's readiness or liveness probe fail for a minute (fault injection). */
  failProbe(namespace: string, pod: string, probe: 'readiness' | 'liveness'): void;
  scale(kind: 'Deployment', namespace: string, name: string, delta: number): void;
  setImage(namespace: string, deployment: string, container: string, image: string): void;
  killNode(name: string): void;
  /** Sets the requests/s the audience sends to a Service (0 stops it). */
  setLoad(namespace: string, service: string, rps: number): void;
  restoreNode(name: string): void;
  cordon(name: string, on: boolean): void;
  drain(name: string): void;
  rollback(namespace: string, deployment: string): void;
  /** `kubectl rollout pause|resume`. */
  pauseRollout(namespace: string, deployment: string, paused: boolean): void;
  restartRollout(namespace: string, deployment: string): void;
  /** A console line as typed: `clear`, `kubectl get pods` or just `get pods`; never throws. */
  runConsole(line: string): void;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  /** Advances to the next scheduled event. */
  step(): void;
  /** Rewinds to an earlier virtual time and carries on from there (later history is dropped). */
  rewindTo(virtualMs: number): void;
  reset(): void;
}

export interface Session {
  readonly store: StoreApi<AppState>;
  readonly actions: SessionActions;
  /** The cluster now playing (a rewind replaces it). */
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
}
