// A Deployment's or StatefulSet's replicas and CPU over the last 300 virtual seconds, for the
// charts when no Service selects its pods (with a Service, its traffic history has them too).
// Sampled once per virtual second on the session's ticks: desired and Ready replicas from the
// workload's status, CPU from metrics-server (what `kubectl top pods` reads, refreshed every 15 s).
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { Deployment, Pod, PodMetrics } from '../../engine';
import type { Session } from '../session/types';
import { podWorkloadKey, workloadKey } from '../stage/band';
import { HISTORY_MS } from './traffic-history';

export interface WorkloadPoint {
  /** Virtual ms. */
  time: number;
  desired: number;
  ready: number;
  cpuMilli: number;
}

type Workload = { kind: 'Deployment' | 'StatefulSet'; object: Deployment | StatefulSet };

/** One sample of every workload: key (`namespace/Kind/name`) → its point at `time`. */
export function samplePoints(
  time: number,
  workloads: readonly Workload[],
  pods: readonly Pod[],
  cpuOf: (namespace: string, pod: string) => number | undefined,
): Map<string, WorkloadPoint> {
  const cpu = new Map<string, number>();
  for (const p of pods) {
    const used = cpuOf(p.metadata.namespace ?? 'default', p.metadata.name);
    if (used === undefined) continue;
    const key = podWorkloadKey(p);
    cpu.set(key, (cpu.get(key) ?? 0) + used);
  }
  const out = new Map<string, WorkloadPoint>();
  for (const { kind, object } of workloads) {
    const key = workloadKey(object.metadata?.namespace, { kind, name: object.metadata?.name ?? '' });
    out.set(key, {
      time,
      desired: object.spec?.replicas ?? 1,
      ready: object.status?.readyReplicas ?? 0,
      cpuMilli: cpu.get(key) ?? 0,
    });
  }
  return out;
}

const NONE: readonly WorkloadPoint[] = [];

/** Keeps every workload's history; a rewind (time going back) drops the abandoned future. */
export class WorkloadRecorder {
  private history = new Map<string, readonly WorkloadPoint[]>();
  private lastSecond = Number.NEGATIVE_INFINITY;
  private lastTime = Number.NEGATIVE_INFINITY;
  private listeners = new Set<() => void>();

  record(time: number, points: ReadonlyMap<string, WorkloadPoint>): void {
    if (time < this.lastTime) {
      for (const [k, h] of this.history)
        this.history.set(
          k,
          h.filter((p) => p.time <= time),
        );
      this.lastSecond = Math.floor(time / 1000) - 1;
    }
    this.lastTime = time;
    const second = Math.floor(time / 1000);
    if (second === this.lastSecond) return;
    this.lastSecond = second;
    const from = time - HISTORY_MS;
    for (const k of [...this.history.keys()]) if (!points.has(k)) this.history.delete(k);
    for (const [k, p] of points) {
      const kept = (this.history.get(k) ?? NONE).filter((q) => q.time > from && q.time < time);
      kept.push(p);
      this.history.set(k, kept);
    }
    for (const l of this.listeners) l();
  }

  /** Whether `time` starts a new virtual second (so a caller can skip building the sample). */
  wants(time: number): boolean {
    return time < this.lastTime || Math.floor(time / 1000) !== this.lastSecond;
  }

  get(key: string): readonly WorkloadPoint[] {
    return this.history.get(key) ?? NONE;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
}

interface MetricsSource {
  podMetrics(namespace: string, name: string): PodMetrics | undefined;
}

const recorders = new WeakMap<Session, WorkloadRecorder>();

/** The session's recorder, started on first use (it listens to the session's ticks from then on). */
export function recorderFor(session: Session): WorkloadRecorder {
  let r = recorders.get(session);
  if (r) return r;
  const recorder = new WorkloadRecorder();
  recorders.set(session, recorder);
  const sample = () => {
    const now = session.reader().now();
    if (!recorder.wants(now)) return;
    const s = session.store.getState();
    const metrics = session.reader().component<MetricsSource & { readonly name: string; start(): void }>('metrics-server');
    const workloads: Workload[] = [
      ...s.deployments.map((object) => ({ kind: 'Deployment' as const, object })),
      ...(s.statefulSets ?? []).map((object) => ({ kind: 'StatefulSet' as const, object })),
    ];
    recorder.record(
      now,
      samplePoints(now, workloads, s.pods, (ns, pod) => metrics?.podMetrics(ns, pod)?.cpuMilli),
    );
  };
  // The opening frame's session has no cluster to sample: its recorder stays empty until the live one.
  if (!session.opening) {
    session.onTick(sample);
    sample();
  }
  r = recorder;
  return r;
}
