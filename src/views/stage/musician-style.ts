// How a pod looks on stage: the workload it plays for (its instrument and colour), its posture
// from the STATUS kubectl would print, and the CrashLoopBackOff countdown. Pure: the components
// only render what these functions decide. Colours are the Okabe–Ito colour-blind-safe palette and
// never carry meaning alone: each is paired with an instrument shape and the workload's name.
import type { Pod } from '../../engine';

export interface Instrument {
  /** Shown as text next to the workload name, and the shape's title. */
  name: string;
  colour: string;
  /** Key of the shape drawn by MusicianIcon. */
  shape: 'violin' | 'trumpet' | 'drum' | 'flute' | 'harp' | 'piano' | 'horn' | 'triangle';
}

export const INSTRUMENTS: readonly Instrument[] = [
  { name: 'violin', colour: '#E69F00', shape: 'violin' },
  { name: 'trumpet', colour: '#56B4E9', shape: 'trumpet' },
  { name: 'drum', colour: '#009E73', shape: 'drum' },
  { name: 'flute', colour: '#F0E442', shape: 'flute' },
  { name: 'harp', colour: '#0072B2', shape: 'harp' },
  { name: 'piano', colour: '#D55E00', shape: 'piano' },
  { name: 'horn', colour: '#CC79A7', shape: 'horn' },
  { name: 'triangle', colour: '#999999', shape: 'triangle' },
];

export interface Workload {
  kind: string;
  name: string;
}

/**
 * The workload a pod plays for: a ReplicaSet's pods belong to its Deployment when the
 * ReplicaSet's name is `<deployment>-<pod-template-hash>` (how the deployment controller names
 * them); a bare pod plays for itself.
 */
export function workloadOf(pod: Pod): Workload {
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
  if (!owner) return { kind: 'Pod', name: pod.metadata.name };
  const hash = pod.metadata.labels?.['pod-template-hash'];
  if (owner.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`)) {
    return { kind: 'Deployment', name: owner.name.slice(0, -(hash.length + 1)) };
  }
  return { kind: owner.kind, name: owner.name };
}

export type Posture =
  | 'waiting'
  | 'tuning'
  | 'playing'
  | 'not-ready'
  | 'slumped'
  | 'no-instrument'
  | 'walking-off'
  | 'lost'
  | 'bowing'
  | 'failed';

/** Plain words for each posture, shown under the musician. */
export const POSTURE_TEXT: Record<Posture, string> = {
  waiting: 'waiting in the wings',
  tuning: 'tuning',
  playing: 'playing',
  'not-ready': 'playing, not ready',
  slumped: 'slumped',
  'no-instrument': 'missing instrument',
  'walking-off': 'walking off',
  lost: 'lost with its node',
  bowing: 'finished, bowing',
  failed: 'failed',
};

const IMAGE_TROUBLE = new Set(['ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'ErrImageNeverPull']);
const CRASHING = new Set([
  'CrashLoopBackOff',
  'Error',
  'RunContainerError',
  'CreateContainerError',
  'CreateContainerConfigError',
  'OOMKilled',
]);

/** Posture from the STATUS string (as printPod derives it), the READY column and whether the pod is bound. */
export function postureFor(status: string, ready: string, bound: boolean): Posture {
  if (status === 'Terminating') return 'walking-off';
  if (status === 'Unknown') return 'lost';
  if (!bound) return 'waiting';
  const bare = status.startsWith('Init:') ? status.slice(5) : status;
  if (IMAGE_TROUBLE.has(bare)) return 'no-instrument';
  if (CRASHING.has(bare) || /^(ExitCode|Signal):/.test(bare)) return 'slumped';
  if (status === 'Completed') return 'bowing';
  if (status === 'Running') {
    const [r, t] = ready.split('/');
    return r === t ? 'playing' : 'not-ready';
  }
  if (status === 'NotReady') return 'not-ready';
  if (status === 'Failed' || status === 'Evicted' || status === 'Error') return 'failed';
  return 'tuning'; // Pending on a node, ContainerCreating, PodInitializing, Init:0/1 …
}

/** Go's time.Duration text ("10s", "1m20s", "5m0s", "1h0m0s") in ms; undefined if not one. */
export function parseGoDuration(text: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s)/gy;
  let ms = 0;
  let matched = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = Number(m[1]);
    ms += m[2] === 'h' ? n * 3_600_000 : m[2] === 'm' ? n * 60_000 : m[2] === 's' ? n * 1000 : n;
    matched = re.lastIndex;
  }
  return matched === text.length && matched > 0 ? ms : undefined;
}

/** The engine's epoch: virtual time 0 is 2025-01-01T00:00:00Z (timestamps are RFC3339). */
const EPOCH_MS = Date.UTC(2025, 0, 1);

export function virtualMs(timestamp: string | undefined): number | undefined {
  if (!timestamp) return undefined;
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? undefined : t - EPOCH_MS;
}

/**
 * Whole seconds until the kubelet retries a container in CrashLoopBackOff: the back-off from the
 * waiting message ("back-off 20s restarting failed container=…") counted from the last
 * termination. Undefined when no container is backing off.
 */
export function crashLoopSecondsLeft(pod: Pod, now: number): number | undefined {
  for (const cs of pod.status?.containerStatuses ?? []) {
    const w = cs.state?.waiting;
    if (w?.reason !== 'CrashLoopBackOff') continue;
    const m = /^back-off (\S+) restarting/.exec(w.message ?? '');
    const backOff = m ? parseGoDuration(m[1]) : undefined;
    const finished = virtualMs(cs.lastState?.terminated?.finishedAt ?? undefined);
    if (backOff === undefined || finished === undefined) return undefined;
    return Math.max(0, Math.ceil((finished + backOff - now) / 1000));
  }
  return undefined;
}

/** The PodScheduled=False message: why the scheduler left the pod in the wings. */
export function schedulerReason(pod: Pod): string | undefined {
  const c = pod.status?.conditions?.find((x) => x.type === 'PodScheduled' && x.status === 'False');
  return c?.message || c?.reason || undefined;
}
