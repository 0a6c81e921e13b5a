// kube-scheduler as a component: watches pods and nodes, keeps the cache and the scheduling queue,
// and runs one scheduling cycle at a time on the virtual clock. A pod reaches the queue a few ms
// after its watch event; a cycle takes 1–20 ms depending on how many nodes it filtered; the
// binding (or the failure's status update and event) lands when the cycle ends.
// Mirrors pkg/scheduler/scheduler.go, schedule_one.go (scheduleOne, handleSchedulingFailure) and
// eventhandlers.go. Simplified: one profile, bind right after the cycle (no Permit/PreBind waits).
import type { WatchEvent } from '../objects/types';
import type { Pod, Node } from '../objects/types';
import type { Component, ComponentFactory } from '../cluster/component';
import type { Timer } from '../sim/clock';
import { rfc3339 } from '../util/time';
import { ledgerOf } from '../why/ledger';
import { schedRecord } from '../why/sched-record';
import { SchedulerCache } from './cache';
import { EVENT_PLUGINS, nodeUpdatePlugins } from './cluster-events';
import { truncateMessage } from './fit-error';
import type { FrameworkHandle } from './framework';
import { DEFAULT_PROFILE, type Profile } from './registry';
import { type Decision, nextStartIndex, schedulePod } from './schedule-one';
import { type QueueState, SchedulingQueue, newQueueState } from './scheduling-queue';
import { type SchedulingTrace, TraceBook } from './trace';

export const SCHEDULER_NAME = 'default-scheduler';
const TARGET = 'default-scheduler';
/** Informer delivery + event handler: how long after the watch event the pod is in activeQ. */
export const WATCH_TO_QUEUE_MS = 3;

/**
 * A cycle's virtual duration: 1 ms plus 1 ms per 250 nodes filtered, at most 20 ms. A learner's
 * few nodes take 1 ms; 5,000 nodes (500 filtered) take 3 ms, about the real scheduler's pace there.
 */
export function cycleDurationMs(nodesFiltered: number): number {
  return Math.min(20, 1 + Math.floor(nodesFiltered / 250));
}

export interface SchedulerState {
  queue: QueueState;
  nextStartNodeIndex: number;
  /** Time of the pending 'cycle' timer, or null when the scheduler waits for work. */
  cycleAt: number | null;
  /** Pods decided but not yet bound: key → uid and node (the cache's assumed pods). */
  assumed: Record<string, { uid: string; node: string }>;
}

export interface SchedulerComponent extends Component {
  /** The last scheduling decision for a pod (kept for the last 500 pods decided). */
  traceFor(namespace: string, name: string): SchedulingTrace | undefined;
}

const keyOf = (o: { metadata: { namespace?: string; name: string } }) => `${o.metadata.namespace}/${o.metadata.name}`;

/** Whether this scheduler is responsible for an unbound pod (schedulerName defaults to ours). */
function isOurPending(pod: Pod): boolean {
  return !pod.spec?.nodeName && !pod.metadata.deletionTimestamp && (pod.spec?.schedulerName ?? SCHEDULER_NAME) === SCHEDULER_NAME;
}

export function createScheduler(profile: Profile = DEFAULT_PROFILE): ComponentFactory {
  return (ctx) => {
    const cache = new SchedulerCache();
    const traces = new TraceBook(500);
    const client = ctx.api.client(SCHEDULER_NAME);
    const record = ctx.events.for({ component: SCHEDULER_NAME });
    const state = ctx.state<SchedulerState>('scheduler', () => ({ queue: newQueueState(), nextStartNodeIndex: 0, cycleAt: null, assumed: {} }));
    const queue = new SchedulingQueue(state.queue, ctx.clock, TARGET);
    const handle: FrameworkHandle = { store: ctx.api.store, allNodes: () => cache.list(), podIndex: cache.podIndex, nodeInfo: (name) => cache.nodes.get(name) };

    const getPod = (key: string) => {
      const i = key.indexOf('/');
      return ctx.api.store.get<Pod>('pods', key.slice(0, i), key.slice(i + 1));
    };

    function kick(delay = 0): void {
      if (state.cycleAt !== null) return;
      state.cycleAt = ctx.clock.now() + delay;
      ctx.clock.schedule(delay, TARGET, 'cycle');
    }

    function requeueFor(plugins: readonly string[]): void {
      if (queue.moveAllForEvent(plugins) > 0) kick();
    }

    function runCycle(timer: Timer): void {
      if (state.cycleAt !== timer.at) return;
      state.cycleAt = null;
      for (;;) {
        const key = queue.pop();
        if (key === undefined) return;
        const pod = getPod(key);
        const queued = queue.get(key);
        if (!pod || pod.metadata.uid !== queued?.uid || !isOurPending(pod)) {
          queue.delete(key);
          continue;
        }
        scheduleOne(key, pod, queued.attempts);
        return;
      }
    }

    function scheduleOne(key: string, pod: Pod, attempt: number): void {
      const now = ctx.clock.now();
      const d: Decision = schedulePod(profile, pod, handle, state.nextStartNodeIndex, ctx.rng);
      state.nextStartNodeIndex = nextStartIndex(d);
      traces.record(key, { pod: { namespace: pod.metadata.namespace as string, name: pod.metadata.name, uid: pod.metadata.uid }, time: now, attempt, decision: d, profile });
      // For "Why?": the decision's summary, which (unlike the audition) rides in snapshots.
      const why = ledgerOf(ctx);
      if (why) {
        const rec = schedRecord(d, now, pod.metadata.namespace as string, pod.metadata.name, pod.metadata.uid, attempt);
        // A pod retried while nothing fits is kept once per unchanged verdict.
        why.noteOnce(rec, (r) => r.t === 'sched' && r.uid === rec.uid);
      }
      const duration = cycleDurationMs(d.processed);
      const ns = pod.metadata.namespace;
      if (d.selected >= 0) {
        const node = d.feasible[d.selected].name;
        const score = d.scores ? d.scores.totals[d.selected] : null;
        ctx.api.trace.record({ time: now, from: SCHEDULER_NAME, to: 'api-server', verb: 'schedule', resource: 'pods', namespace: ns, name: pod.metadata.name, message: score === null ? node : `${node} (score ${score})` });
        cache.assume(key, pod, node);
        state.assumed[key] = { uid: pod.metadata.uid, node };
        ctx.clock.schedule(duration, TARGET, 'bind', { key, uid: pod.metadata.uid, node });
      } else {
        const message = d.message ?? '';
        ctx.api.trace.record({ time: now, from: SCHEDULER_NAME, to: 'api-server', verb: 'schedule', resource: 'pods', namespace: ns, name: pod.metadata.name, message });
        ctx.clock.schedule(duration, TARGET, 'fail', { key, uid: pod.metadata.uid, message, plugins: d.unschedulablePlugins });
      }
      kick(duration);
    }

    function bind(data: { key: string; uid: string; node: string }): void {
      const { key, uid, node } = data;
      delete state.assumed[key];
      const pod = getPod(key);
      if (!pod || pod.metadata.uid !== uid || !isOurPending(pod)) {
        cache.forget(key);
        if (!pod || pod.metadata.uid !== uid || pod.spec?.nodeName || pod.metadata.deletionTimestamp) queue.delete(key);
        return;
      }
      try {
        ctx.api.bind(pod.metadata.namespace as string, pod.metadata.name, node, SCHEDULER_NAME);
      } catch {
        // A failed binding is an error, not unschedulability: the pod goes to backoffQ.
        cache.forget(key);
        queue.addUnschedulable(key, [], true);
        kick();
        return;
      }
      queue.delete(key);
      record(pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node}`);
    }

    function fail(data: { key: string; uid: string; message: string; plugins: string[] }): void {
      const pod = getPod(data.key);
      if (!pod || pod.metadata.uid !== data.uid || !isOurPending(pod)) {
        queue.delete(data.key);
        return;
      }
      queue.addUnschedulable(data.key, data.plugins);
      kick();
      record(pod, 'Warning', 'FailedScheduling', truncateMessage(data.message));
      setUnschedulableCondition(pod, data.message);
    }

    /** updatePod in schedule_one.go: PodScheduled=False/Unschedulable, written only when it changed. */
    function setUnschedulableCondition(pod: Pod, message: string): void {
      const conditions = [...(pod.status?.conditions ?? [])];
      const i = conditions.findIndex((c) => c.type === 'PodScheduled');
      const old = i >= 0 ? conditions[i] : undefined;
      const cond = {
        type: 'PodScheduled',
        status: 'False',
        lastProbeTime: null,
        lastTransitionTime: old?.status === 'False' ? old.lastTransitionTime : rfc3339(ctx.clock.now()),
        reason: 'Unschedulable',
        message,
      };
      if (old && old.status === cond.status && old.reason === cond.reason && old.message === cond.message && old.lastTransitionTime === cond.lastTransitionTime) return;
      // lastProbeTime is null on the wire (the scheduler never probes); kubernetes-types says string.
      const c = cond as unknown as (typeof conditions)[number];
      if (i >= 0) conditions[i] = c;
      else conditions.push(c);
      try {
        client.updateStatus({ ...pod, status: { ...pod.status, conditions } });
      } catch {
        // The pod changed or went away meanwhile; the next attempt writes it again.
      }
    }

    function arrive(data: { key: string; uid: string }): void {
      const pod = getPod(data.key);
      if (!pod || pod.metadata.uid !== data.uid || !isOurPending(pod) || queue.has(data.key)) return;
      queue.add(data.key, data.uid, pod.spec?.priority ?? 0);
      kick();
    }

    function onPod(event: WatchEvent): void {
      const pod = event.object as Pod;
      const key = keyOf(pod);
      const countedBefore = cache.podInfo(key) !== undefined;
      cache.updatePod(key, event.type === 'DELETED' ? undefined : pod);
      const countsNow = cache.podInfo(key) !== undefined;
      // An assigned pod deleted or finished frees its node's resources.
      if (countedBefore && !countsNow) requeueFor(EVENT_PLUGINS.AssignedPodDelete);

      if (event.type === 'DELETED' || !isOurPending(pod)) {
        const q = queue.get(key);
        // A pod in flight is resolved by its bind/fail timer; the queue entry goes there.
        if (q && q.where !== 'inflight') queue.delete(key);
        return;
      }
      const q = queue.get(key);
      if (!q || q.uid !== pod.metadata.uid) {
        if (q) queue.delete(key);
        ctx.clock.schedule(WATCH_TO_QUEUE_MS, TARGET, 'arrive', { key, uid: pod.metadata.uid });
        return;
      }
      const prev = event.previous as Pod | undefined;
      // Our own status writes keep spec and labels by reference; a real change replaces them.
      if (prev && (prev.spec !== pod.spec || prev.metadata.labels !== pod.metadata.labels)) {
        queue.podUpdated(key);
        kick();
      }
    }

    function onNode(event: WatchEvent): void {
      const node = event.object as Node;
      if (event.type === 'DELETED') {
        cache.removeNode(node.metadata.name);
        requeueFor(EVENT_PLUGINS.NodeDelete);
        return;
      }
      cache.upsertNode(node);
      if (event.type === 'ADDED' || !event.previous) {
        requeueFor(EVENT_PLUGINS.NodeAdd);
        return;
      }
      const plugins = nodeUpdatePlugins(event.previous as Node, node);
      if (plugins.length > 0) requeueFor(plugins);
    }

    function rebuildCache(): void {
      cache.clear();
      for (const node of ctx.api.store.list<Node>('nodes')) cache.upsertNode(node);
      for (const pod of ctx.api.store.list<Pod>('pods')) cache.updatePod(keyOf(pod), pod);
      for (const [key, a] of Object.entries(state.assumed)) {
        const pod = getPod(key);
        if (pod && pod.metadata.uid === a.uid && !pod.spec?.nodeName) cache.assume(key, pod, a.node);
      }
    }

    const component: SchedulerComponent = {
      name: 'scheduler',
      start() {
        traces.clear();
        rebuildCache();
        ctx.clock.on(TARGET, (timer) => {
          const data = timer.data as never;
          switch (timer.type) {
            case 'cycle':
              return runCycle(timer);
            case 'arrive':
              return arrive(data);
            case 'bind':
              return bind(data);
            case 'fail':
              return fail(data);
            case 'backoff':
            case 'flush':
              if (queue.onTimer(timer.type, data)) kick();
              return;
          }
        });
        ctx.api.watch('pods', SCHEDULER_NAME, onPod);
        ctx.api.watch('nodes', SCHEDULER_NAME, onNode);
        // A claim that becomes Bound (or a new volume) can make a VolumeBinding rejection go away.
        const onVolume = (ev: WatchEvent) => {
          if (ev.type !== 'DELETED') requeueFor(EVENT_PLUGINS.PvcOrPvChange);
        };
        ctx.api.watch('persistentvolumeclaims', SCHEDULER_NAME, onVolume);
        ctx.api.watch('persistentvolumes', SCHEDULER_NAME, onVolume);
      },
      traceFor(namespace, name) {
        return traces.get(`${namespace}/${name}`);
      },
    };
    return component;
  };
}

export const schedulerComponent: ComponentFactory = createScheduler();
