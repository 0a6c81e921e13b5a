// The kubelets' JSON state (one slice for all nodes, kept in ctx.state so snapshots resume it) and
// the kubelet's back-off (client-go flowcontrol.Backoff: 10 s doubling to 300 s, forgotten after
// 2 × max without an update), shared by crash-loop restarts and image pulls.
import type { LogBuffer, Proc } from './container-runtime';

export interface Terminated {
  containerID: string;
  exitCode: number;
  reason: string;
  message?: string;
  startedAt: number;
  finishedAt: number;
}

export interface Backoff {
  ms: number;
  lastUpdate: number;
}

export interface ContainerRt {
  name: string;
  init: boolean;
  restartCount: number;
  /** Set once the container was created at least once. */
  image?: string;
  imageID?: string;
  waiting?: { reason: string; message?: string };
  running?: { containerID: string; startedAt: number };
  terminated?: Terminated;
  lastTerminated?: Terminated;
  proc?: Proc;
  /** A stop signal was sent: the process exits at this time (servers) or at SIGKILL. */
  exitAt?: number;
  /** The memory cgroup kills this instance at this time (oom.ts): its usage passes limits.memory. */
  oomAt?: number;
  exitCode?: number;
  /** When the kubelet next considers restarting an exited container (the next PLEG relist). */
  decideAt?: number;
  crash?: Backoff;
  pull?: Backoff;
  /** When a failing start (bad image, back-off) is retried by the pod worker. */
  retryAt?: number;
  log: LogBuffer;
  prevLog?: LogBuffer;
  /** A liveness/startup failure is killing this instance: no probes, no songs until it is gone. */
  killing?: boolean;
  /** When this instance next records a song into its writable volumes (volume-data.ts). */
  songAt?: number;
  /** Files `kubectl exec` wrote into this instance (a server's filesystem; a shell keeps its own). */
  execFiles?: Record<string, string>;
}

export interface PullOp {
  container: string;
  requestedAt: number;
  startedAt: number;
  doneAt: number;
  ok: boolean;
}

export interface PodRt {
  uid: string;
  ns: string;
  name: string;
  /** Time of the earliest pending sync timer. */
  wakeAt?: number;
  sandbox: 'creating' | 'ready' | 'dead';
  sandboxAt: number;
  ip?: string;
  startTime: number;
  op?: PullOp;
  containers: Record<string, ContainerRt>;
  /** Set when the kubelet starts killing the pod: SIGKILL time. */
  killDeadline?: number;
  /** The runtime changed since the last status write (a new pod starts dirty). */
  dirty?: boolean;
  /** Pod is finished (restartPolicy says nothing restarts): sandbox gone, nothing more to do. */
  terminal?: boolean;
  /** Probe workers (prober.ts), created at admission for containers with probes. */
  probers?: ProbeWorker[];
  /** Time of the pending probe timer (one per probing pod). */
  probeAt?: number;
  /** Active fail-probe faults: probe type → until (virtual ms). */
  failProbe?: Partial<Record<'readiness' | 'liveness', number>>;
  /** Volume set-up (volumes.ts): absent for a pod without volumes that need it. */
  mount?: MountState;
  /** Time of the pending song timer. */
  songAt?: number;
  /** Pending remount of configMap/secret volumes after an update (the kubelet's sync delay). */
  remountAt?: number;
}

export type ProbeType = 'liveness' | 'readiness' | 'startup';
export type ProbeResult = 'Success' | 'Failure';

/** One prober worker (pkg/kubelet/prober/worker.go): its ticker and its results for one container. */
export interface ProbeWorker {
  type: ProbeType;
  container: string;
  /** Next tick of the worker's ticker. */
  next: number;
  /** The container instance the result belongs to. */
  cid?: string;
  result?: ProbeResult;
  last?: ProbeResult;
  run: number;
  hold?: boolean;
}

export interface MountState {
  done: boolean;
  /** Volume name → files relative to the volume root (configMap/secret payloads). */
  payload: Record<string, Record<string, string>>;
  /** Volume name → volume-data id (writable volumes: emptyDir, PVC, hostPath). */
  ids: Record<string, string>;
  /** Reconciler retry (exponential back-off 500 ms → 2m2s) and the pod worker's 2-minute wait. */
  retryAt?: number;
  backoffMs?: number;
  waitSince?: number;
}

export interface NodeRt {
  index: number;
  alive: boolean;
  /** Bumped on restore so heartbeat timers from before a kill are ignored. */
  gen: number;
  lastIp: number;
  usedIps: Record<string, true>;
  /** Images on the node: full reference → size. */
  images: Record<string, number>;
  pullBusyUntil: number;
  /** When this kubelet (re)started: probe workers added within one period start with jitter. */
  startedAt?: number;
  statusPostedAt: number;
  statusDirty: boolean;
  bootID: string;
  machineID: string;
  systemUUID: string;
  pods: Record<string, PodRt>;
  /** Pods refused at admission (admission.ts), by uid, until the rejection is written. */
  rejecting?: Record<string, { ns: string; name: string; reason: string; message: string }>;
}

export interface KubeletState {
  nodes: Record<string, NodeRt>;
}

export const BACKOFF_BASE_MS = 10_000;
export const BACKOFF_MAX_MS = 300_000;

function expired(b: Backoff, now: number): boolean {
  return now - b.lastUpdate > 2 * BACKOFF_MAX_MS;
}

/** IsInBackOffSince: still inside the back-off window counted from `since`. */
export function inBackoffSince(b: Backoff | undefined, since: number, now: number): boolean {
  return !!b && !expired(b, now) && now - since < b.ms;
}

/** Next: start at the base, double up to the max, reset when the entry has expired. */
export function nextBackoff(b: Backoff | undefined, now: number): Backoff {
  if (!b || expired(b, now)) return { ms: BACKOFF_BASE_MS, lastUpdate: now };
  return { ms: Math.min(b.ms * 2, BACKOFF_MAX_MS), lastUpdate: now };
}

/** IsInBackOffSinceUpdate: still inside the window counted from the last failure. */
export function inBackoffSinceUpdate(b: Backoff | undefined, now: number): boolean {
  return !!b && !expired(b, now) && now - b.lastUpdate < b.ms;
}
