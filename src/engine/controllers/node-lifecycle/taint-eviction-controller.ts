// The taint eviction controller: pods on a node with NoExecute taints are deleted at once if they
// do not tolerate them all, or when the shortest matching tolerationSeconds runs out (counted
// from when the controller saw the taint); the eviction is cancelled if the taints go away.
// [k8s: pkg/controller/tainteviction/taint_eviction.go, timed_workers.go]
// Simplification: taints are read from the store instead of a separate taintedNodes cache
// (the same thing, as both update within the instant).
import { ledgerOf } from '../../why/ledger';
import type { ComponentFactory } from '../../cluster/component';
import type { Involved } from '../../events/recorder';
import type { Node, Pod, PodCondition } from '../../objects/types';
import type { Timer } from '../../sim/clock';
import { rfc3339 } from '../../util/time';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../work-queue';
import { matchingTolerations, minTolerationMs, noExecuteTaints } from './taints';
import { jsonEqual } from '../../util/json-clone';

export const TAINT_EVICTION_CONTROLLER = 'taint-eviction-controller';
const SOURCE = { component: TAINT_EVICTION_CONTROLLER };

/** A TimedWorker: null once fired (v1.32 keeps the key so the same pod is not re-added). */
export type EvictionWork = { createdAt: number; fireAt: number } | null;

export interface TaintEvictionState {
  /** "namespace/name" → scheduled deletion. */
  work: Record<string, EvictionWork>;
  queue: WorkQueueState;
}

export const taintEvictionController: ComponentFactory = (ctx) => {
  const api = ctx.api;
  const client = api.client(TAINT_EVICTION_CONTROLLER);
  const state = ctx.state<TaintEvictionState>(TAINT_EVICTION_CONTROLLER, () => ({ work: {}, queue: newWorkQueueState() }));
  const queue = new WorkQueue(ctx.clock, `${TAINT_EVICTION_CONTROLLER}/queue`, state.queue);
  const now = () => ctx.clock.now();

  function podEvent(key: string, message: string): void {
    // The real reference names only apiVersion, kind, namespace and name (no uid).
    const [namespace, name] = key.split('/');
    const inv: Involved = { kind: 'Pod', apiVersion: 'v1', name, namespace, uid: '' };
    ctx.events.record(SOURCE, inv, 'Normal', 'TaintManagerEviction', message);
  }

  function cancelWork(key: string): void {
    if (!(key in state.work)) return;
    const w = state.work[key];
    delete state.work[key];
    if (w !== null) podEvent(key, `Cancelling deletion of Pod ${key}`);
  }

  function addWork(key: string, createdAt: number, fireAt: number): void {
    if (key in state.work) return; // "Trying to add already existing work, skipping"
    if (fireAt <= now()) {
      state.work[key] = null;
      fire(key);
      return;
    }
    state.work[key] = { createdAt, fireAt };
    ctx.clock.scheduleAt(fireAt, TAINT_EVICTION_CONTROLLER, 'evict', { pod: key, fireAt });
  }

  /** deletePodHandler: event, DisruptionTarget condition, then a normal (graceful) delete. */
  function fire(key: string): void {
    podEvent(key, `Marking for deletion Pod ${key}`);
    const [ns, name] = key.split('/');
    const since = state.work[key]?.createdAt ?? now();
    try {
      const pod = client.get<Pod>('Pod', ns, name);
      if (!pod) throw new Error('not found');
      // For "Why?": which NoExecute taints, on which node, since when (why/ledger.ts).
      const node = pod.spec?.nodeName ?? '';
      const taints = noExecuteTaints(client.get<Node>('Node', undefined, node)?.spec?.taints).map((t) => `${t.key}:${t.effect}`);
      ledgerOf(ctx)?.note({ t: 'evict', at: now(), ns, pod: name, node, taints, since });
      const conditions = (pod.status?.conditions ?? []) as PodCondition[];
      const cond = { type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: rfc3339(now()), reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint' };
      const old = conditions.find((c) => c.type === 'DisruptionTarget');
      const same = old && old.status === cond.status && old.reason === cond.reason && old.message === cond.message;
      if (!same) {
        const next = old ? conditions.map((c) => (c.type === 'DisruptionTarget' ? cond : c)) : [...conditions, cond];
        client.updateStatus({ ...pod, status: { ...pod.status, conditions: next } } as Pod);
      }
      client.delete('Pod', ns, name);
      state.work[key] = null;
    } catch {
      delete state.work[key];
    }
  }

  function processPodOnNode(key: string, pod: Pod, taints: ReturnType<typeof noExecuteTaints>, at: number): void {
    if (taints.length === 0) cancelWork(key);
    const { all, used } = matchingTolerations(taints, pod.spec?.tolerations);
    if (!all) {
      cancelWork(key);
      addWork(key, at, at);
      return;
    }
    const min = minTolerationMs(used);
    if (min < 0) {
      cancelWork(key);
      return;
    }
    let start = at;
    const trigger = at + min;
    const scheduled = state.work[key];
    if (scheduled) {
      start = scheduled.createdAt;
      if (start + min < trigger) return;
      cancelWork(key);
    }
    addWork(key, start, start + min);
  }

  function handleNode(name: string): void {
    const node = client.get<Node>('Node', undefined, name);
    if (!node) return;
    const taints = noExecuteTaints(node.spec?.taints);
    const pods = api.store.podsOnNode(name) as Pod[];
    if (pods.length === 0) return;
    if (taints.length === 0) {
      for (const p of pods) cancelWork(`${p.metadata.namespace}/${p.metadata.name}`);
      return;
    }
    for (const p of pods) processPodOnNode(`${p.metadata.namespace}/${p.metadata.name}`, p, taints, now());
  }

  function handlePod(key: string, nodeName: string): void {
    const [ns, name] = key.split('/');
    const pod = client.get<Pod>('Pod', ns, name);
    if (!pod) {
      cancelWork(key);
      return;
    }
    if (pod.spec?.nodeName !== nodeName || !nodeName) return;
    const node = client.get<Node>('Node', undefined, nodeName);
    const taints = noExecuteTaints(node?.spec?.taints);
    if (!node || taints.length === 0) return;
    processPodOnNode(key, pod, taints, now());
  }

  function onTimer(timer: Timer): void {
    const { pod, fireAt } = timer.data as { pod: string; fireAt: number };
    const w = state.work[pod];
    if (!w || w.fireAt !== fireAt) return; // cancelled or replaced
    fire(pod);
  }

  return {
    name: TAINT_EVICTION_CONTROLLER,
    start() {
      ctx.clock.on(TAINT_EVICTION_CONTROLLER, onTimer);
      ctx.clock.on(`${TAINT_EVICTION_CONTROLLER}/queue`, (t) => {
        const key = queue.take(t);
        if (key === undefined) return;
        // Node updates and pod updates share one queue; keys say which.
        if (key.startsWith('node:')) handleNode(key.slice(5));
        else {
          const [, nodeName, podKey] = key.split('|');
          handlePod(podKey, nodeName);
        }
      });
      api.watch('nodes', TAINT_EVICTION_CONTROLLER, (e) => {
        if (e.type === 'MODIFIED' && jsonEqual(noExecuteTaints(e.previous?.spec?.taints), noExecuteTaints(e.object.spec?.taints))) return;
        queue.add(`node:${e.object.metadata.name}`);
      });
      api.watch('pods', TAINT_EVICTION_CONTROLLER, (e) => {
        const prev = e.previous;
        if (e.type === 'MODIFIED' && prev && jsonEqual(prev.spec?.tolerations, e.object.spec?.tolerations) && prev.spec?.nodeName === e.object.spec?.nodeName) return;
        queue.add(`pod|${e.object.spec?.nodeName ?? ''}|${e.object.metadata.namespace}/${e.object.metadata.name}`);
      });
    },
  };
};
