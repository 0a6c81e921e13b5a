// The pod garbage collector: every 20 s it force-deletes (grace 0, after marking them Failed)
// terminated pods beyond --terminated-pod-gc-threshold (12,500), terminating pods on NotReady
// nodes tainted node.kubernetes.io/out-of-service, pods bound to nodes that are still missing
// after a 40 s quarantine, and terminating pods that were never scheduled.
// [k8s: pkg/controller/podgc/gc_controller.go]
// Simplification: the quarantine queue is a map node → ready-at, checked at each pass.
import type { ComponentFactory } from '../../cluster/component';
import type { Node, Pod, PodCondition } from '../../objects/types';
import type { Timer } from '../../sim/clock';
import { parseTime, rfc3339 } from '../../util/time';
import { TAINT_OUT_OF_SERVICE } from '../node-lifecycle/taints';

export const POD_GC = 'pod-garbage-collector';
export const GC_CHECK_PERIOD_MS = 20_000;
export const QUARANTINE_MS = 40_000;
export const TERMINATED_POD_THRESHOLD = 12_500;

export interface PodGcState {
  nextRunAt: number;
  /** Nodes seen missing → when the quarantine lets them be checked again. */
  quarantine: Record<string, number>;
}

function isTerminated(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Pending' && phase !== 'Running' && phase !== 'Unknown';
}

/** byEvictionAndCreationTimestamp: evicted pods first, then oldest, then by name. */
function byEvictionAndCreation(a: Pod, b: Pod): number {
  const ea = a.status?.reason === 'Evicted';
  const eb = b.status?.reason === 'Evicted';
  if (ea !== eb) return ea ? -1 : 1;
  const ta = parseTime(a.metadata.creationTimestamp) ?? 0;
  const tb = parseTime(b.metadata.creationTimestamp) ?? 0;
  if (ta !== tb) return ta - tb;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

export const podGarbageCollector: ComponentFactory = (ctx) => {
  const api = ctx.api;
  const client = api.client(POD_GC);
  const state = ctx.state<PodGcState>(POD_GC, () => ({ nextRunAt: 0, quarantine: {} }));
  const now = () => ctx.clock.now();

  /** markFailedAndDeletePodWithCondition: phase Failed (+ condition), then delete with grace 0. */
  function markFailedAndDelete(pod: Pod, condition?: Omit<PodCondition, 'lastTransitionTime'>): void {
    try {
      const current = client.get<Pod>('Pod', pod.metadata.namespace, pod.metadata.name);
      if (!current || current.metadata.uid !== pod.metadata.uid) return;
      const phase = current.status?.phase;
      if (phase !== 'Succeeded' && phase !== 'Failed') {
        let conditions = (current.status?.conditions ?? []) as PodCondition[];
        if (condition) {
          const c = { ...condition, lastProbeTime: null, lastTransitionTime: rfc3339(now()) } as unknown as PodCondition;
          conditions = conditions.some((x) => x.type === c.type) ? conditions.map((x) => (x.type === c.type ? c : x)) : [...conditions, c];
        }
        client.updateStatus({ ...current, status: { ...current.status, phase: 'Failed', conditions } } as Pod);
      }
      client.delete('Pod', pod.metadata.namespace, pod.metadata.name, { gracePeriodSeconds: 0, uid: pod.metadata.uid });
    } catch {
      // ignored, as the real one only logs; the next pass tries again
    }
  }

  function gcTerminated(pods: Pod[]): void {
    const terminated = pods.filter(isTerminated);
    const n = terminated.length - TERMINATED_POD_THRESHOLD;
    if (n <= 0) return;
    terminated.sort(byEvictionAndCreation);
    for (const p of terminated.slice(0, n)) markFailedAndDelete(p);
  }

  function gcTerminating(pods: Pod[]): void {
    const doomed: Pod[] = [];
    for (const p of pods) {
      if (!p.metadata.deletionTimestamp) continue;
      const node = api.getByKind<Node>('Node', undefined, p.spec?.nodeName ?? '');
      if (!node) continue;
      const ready = node.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
      if (!ready && (node.spec?.taints ?? []).some((t) => t.key === TAINT_OUT_OF_SERVICE)) doomed.push(p);
    }
    doomed.sort(byEvictionAndCreation);
    for (const p of doomed) markFailedAndDelete(p);
  }

  function gcOrphaned(pods: Pod[], nodes: Node[]): void {
    const existing = new Set(nodes.map((n) => n.metadata.name));
    for (const p of pods) {
      const n = p.spec?.nodeName;
      // AddAfter on a delaying queue keeps the earliest ready time.
      if (n && !existing.has(n) && !Object.hasOwn(state.quarantine, n)) state.quarantine[n] = now() + QUARANTINE_MS;
    }
    const deleted = new Set<string>();
    for (const [n, readyAt] of Object.entries(state.quarantine)) {
      if (readyAt > now()) continue;
      delete state.quarantine[n];
      if (!existing.has(n) && !client.get('Node', undefined, n)) deleted.add(n);
    }
    for (const p of pods) {
      if (!deleted.has(p.spec?.nodeName ?? '')) continue;
      markFailedAndDelete(p, { type: 'DisruptionTarget', status: 'True', reason: 'DeletionByPodGC', message: 'PodGC: node no longer exists' });
    }
  }

  function gcUnscheduledTerminating(pods: Pod[]): void {
    for (const p of pods) if (p.metadata.deletionTimestamp && !p.spec?.nodeName) markFailedAndDelete(p);
  }

  function gc(): void {
    const pods = api.list<Pod>('Pod');
    const nodes = api.list<Node>('Node');
    gcTerminated(pods);
    gcTerminating(pods);
    gcOrphaned(pods, nodes);
    gcUnscheduledTerminating(pods);
  }

  return {
    name: POD_GC,
    bootstrap() {
      // wait.Until runs the first pass at once, then every period.
      state.nextRunAt = ctx.clock.now();
      ctx.clock.schedule(0, POD_GC, 'gc');
    },
    start() {
      ctx.clock.on(POD_GC, (t: Timer) => {
        if (t.at !== state.nextRunAt) return;
        state.nextRunAt = t.at + GC_CHECK_PERIOD_MS;
        ctx.clock.schedule(GC_CHECK_PERIOD_MS, POD_GC, 'gc');
        gc();
      });
    },
  };
};
