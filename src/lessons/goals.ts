// Checks a lesson step's goal against what the cluster reports: its objects (through the public
// list/get contract) plus a small per-step memory built from cluster.watch events, for goals about
// what happened during the step (a pod deleted, how many replicas were unavailable at worst,
// which Events and control-plane hops were seen). Pure: no clock, no cluster writes; one small
// function per goal kind.
import type { ClusterWatchEvent, Deployment, Event, KObject, MetricsEvent, Node, Pod } from '../engine/index';
import { observeTrace, type TraceMemory, traceSeen } from './goals-trace';
import type { Goal } from './types';
import { evaluateTrafficGoal, observeTraffic, type TrafficMemory } from './goals-traffic';

/** The read side of the cluster a goal needs; a Cluster satisfies it. */
export interface ClusterView {
  list<T extends KObject = KObject>(kind: string, namespace?: string): T[];
  get<T extends KObject = KObject>(kind: string, namespace: string | undefined, name: string): T | undefined;
}

/** Plain JSON, reset when a step starts. Bounded so a long sandbox session cannot grow it. */
export interface GoalMemory {
  /** Pods that began terminating or were deleted during the step. */
  deletedPods: { uid: string; namespace: string; labels: Record<string, string>; node?: string }[];
  /** Uids of pods created during the step. */
  addedPodUids: string[];
  /** Per "namespace/name": the most replicas a Deployment had unavailable during the step. */
  maxUnavailable: Record<string, number>;
  /** Control-plane hops seen (see goals-trace.ts). */
  trace: TraceMemory;
  /** Events recorded or repeated during the step, one per reason and object, newest message. */
  events: { reason: string; kind: string; name: string; message: string }[];
  /** Traffic totals per Service (METRICS events), see goals-traffic.ts. */
  traffic?: TrafficMemory;
}

const MEMORY_LIMIT = 200;

export function emptyMemory(): GoalMemory {
  return { deletedPods: [], addedPodUids: [], maxUnavailable: {}, trace: {}, events: [] };
}

/** Folds one watch event into the memory; returns the same object when nothing changed. */
export function observe(memory: GoalMemory, event: ClusterWatchEvent | MetricsEvent): GoalMemory {
  if (event.type === 'METRICS') return observeTraffic(memory, event);
  if (event.type === 'TRACE') {
    const trace = observeTrace(memory.trace, event.entry);
    return trace === memory.trace ? memory : { ...memory, trace };
  }
  const obj = event.object;
  if (obj.kind === 'Event') return event.type === 'DELETED' ? memory : observeEvent(memory, obj as Event);
  const ns = obj.metadata?.namespace ?? 'default';
  const uid = obj.metadata?.uid ?? '';
  if (obj.kind === 'Pod') {
    if (event.type === 'ADDED' && !memory.addedPodUids.includes(uid)) {
      return { ...memory, addedPodUids: [...memory.addedPodUids, uid].slice(-MEMORY_LIMIT) };
    }
    // Graceful deletion first sets deletionTimestamp; the ReplicaSet already replaces the pod then.
    const gone = event.type === 'DELETED' || !!obj.metadata?.deletionTimestamp;
    if (gone && !memory.deletedPods.some((p) => p.uid === uid)) {
      const node = (obj as Pod).spec?.nodeName;
      const entry = { uid, namespace: ns, labels: { ...(obj.metadata?.labels ?? {}) }, ...(node ? { node } : {}) };
      return { ...memory, deletedPods: [...memory.deletedPods, entry].slice(-MEMORY_LIMIT) };
    }
    return memory;
  }
  if (obj.kind === 'Deployment' && event.type !== 'DELETED') {
    const d = obj as Deployment;
    const unavailable = Math.max(0, (d.spec?.replicas ?? 1) - (d.status?.availableReplicas ?? 0));
    const key = `${ns}/${obj.metadata?.name}`;
    if (unavailable > (memory.maxUnavailable[key] ?? 0))
      return { ...memory, maxUnavailable: { ...memory.maxUnavailable, [key]: unavailable } };
  }
  return memory;
}

function observeEvent(memory: GoalMemory, ev: Event): GoalMemory {
  const entry = {
    reason: ev.reason ?? '',
    kind: ev.involvedObject?.kind ?? '',
    name: ev.involvedObject?.name ?? '',
    message: ev.message ?? '',
  };
  const rest = memory.events.filter((e) => e.reason !== entry.reason || e.kind !== entry.kind || e.name !== entry.name);
  return { ...memory, events: [...rest, entry].slice(-MEMORY_LIMIT) };
}

/**
 * Equality-based label selectors only (`a=b`, `a==b`, `a!=b`, comma-separated): enough for lesson
 * data. The engine's full parser is internal to src/engine, which lessons may not import.
 */
export function matchesSelector(selector: string, labels: Record<string, string> | undefined): boolean {
  return selector
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .every((term) => {
      const neq = term.split('!=');
      if (neq.length === 2) return labels?.[neq[0].trim()] !== neq[1].trim();
      const [key, value] = term.split(/==?/).map((s) => s.trim());
      return value === undefined ? labels?.[key] !== undefined : labels?.[key] === value;
    });
}

export function isPodReady(pod: Pod): boolean {
  return !pod.metadata?.deletionTimestamp && (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

function pods(view: ClusterView, namespace: string | undefined, selector: string): Pod[] {
  return view.list<Pod>('Pod', namespace ?? 'default').filter((p) => matchesSelector(selector, p.metadata?.labels));
}

type GoalOf<K extends Goal['kind']> = Extract<Goal, { kind: K }>;

function readyPods(g: GoalOf<'readyPods'>, view: ClusterView): boolean {
  const ready = pods(view, g.namespace, g.selector).filter(isPodReady);
  const nodes = new Set(ready.map((p) => p.spec?.nodeName));
  return ready.length === g.count && nodes.size >= (g.minNodes ?? 0);
}

function podReplaced(g: GoalOf<'podReplaced'>, view: ClusterView, memory: GoalMemory): boolean {
  const ns = g.namespace ?? 'default';
  const deleted = memory.deletedPods.filter((p) => p.namespace === ns && matchesSelector(g.selector, p.labels));
  if (deleted.length === 0) return false;
  return pods(view, ns, g.selector).some((p) => isPodReady(p) && memory.addedPodUids.includes(p.metadata?.uid ?? ''));
}

function podRestarted(g: GoalOf<'podRestarted'>, view: ClusterView): boolean {
  const min = g.minRestarts ?? 1;
  return pods(view, g.namespace, g.selector).some(
    (p) => isPodReady(p) && (p.status?.containerStatuses ?? []).some((c) => c.restartCount >= min),
  );
}

function podWaiting(g: GoalOf<'podWaiting'>, view: ClusterView): boolean {
  const reasons: readonly string[] = g.reasons;
  return pods(view, g.namespace, g.selector).some((p) =>
    (p.status?.containerStatuses ?? []).some((c) => reasons.includes(c.state?.waiting?.reason ?? '')),
  );
}

function deploymentRevision(g: GoalOf<'deploymentRevision'>, view: ClusterView, memory: GoalMemory): boolean {
  const ns = g.namespace ?? 'default';
  const d = view.get<Deployment>('Deployment', ns, g.name);
  if (!d) return false;
  const revision = Number(d.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  const want = d.spec?.replicas ?? 1;
  const s = d.status ?? {};
  // The same test as `kubectl rollout status` uses for "successfully rolled out".
  const complete =
    (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0) &&
    (s.updatedReplicas ?? 0) === want &&
    (s.replicas ?? 0) === want &&
    (s.availableReplicas ?? 0) === want;
  const image = d.spec?.template.spec?.containers[0]?.image;
  const worst = memory.maxUnavailable[`${ns}/${g.name}`] ?? 0;
  return (
    revision === g.revision &&
    complete &&
    (g.image === undefined || image === g.image) &&
    (g.maxUnavailableSeen === undefined || worst <= g.maxUnavailableSeen)
  );
}

function nodeNotReady(g: GoalOf<'nodeNotReady'>, view: ClusterView): boolean {
  const node = view.get<Node>('Node', undefined, g.node);
  const ready = node?.status?.conditions?.find((c) => c.type === 'Ready');
  return !!node && ready?.status !== 'True';
}

function nodeReady(g: GoalOf<'nodeReady'>, view: ClusterView): boolean {
  const node = view.get<Node>('Node', undefined, g.node);
  return node?.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
}

function podPending(g: GoalOf<'podPending'>, view: ClusterView): boolean {
  return pods(view, g.namespace, g.selector).some((p) => {
    const scheduled = p.status?.conditions?.find((c) => c.type === 'PodScheduled');
    return (
      !p.metadata?.deletionTimestamp &&
      !p.spec?.nodeName &&
      scheduled?.status === 'False' &&
      (g.message === undefined || (scheduled.message ?? '').includes(g.message))
    );
  });
}

function podRestarts(g: GoalOf<'podRestarts'>, view: ClusterView): boolean {
  return pods(view, g.namespace, g.selector).some(
    (p) => !p.metadata?.deletionTimestamp && (p.status?.containerStatuses ?? []).some((c) => c.restartCount >= g.atLeast),
  );
}

/** Vacuous truth would pass before anything happened, so at least one new pod must be Ready. */
function avoidsNode(g: GoalOf<'avoidsNode'>, view: ClusterView, memory: GoalMemory): boolean {
  const fresh = pods(view, g.namespace, g.selector).filter(
    (p) => !p.metadata?.deletionTimestamp && memory.addedPodUids.includes(p.metadata?.uid ?? ''),
  );
  return fresh.some(isPodReady) && fresh.every((p) => !!p.spec?.nodeName && p.spec.nodeName !== g.node);
}

function podCount(g: GoalOf<'podCount'>, view: ClusterView): boolean {
  const matching = pods(view, g.namespace, g.selector).filter((p) => g.node === undefined || p.spec?.nodeName === g.node);
  return matching.length === g.count;
}

function nodeTainted(g: GoalOf<'nodeTainted'>, view: ClusterView): boolean {
  const node = view.get<Node>('Node', undefined, g.node);
  return (node?.spec?.taints ?? []).some((t) => t.key === g.key && (g.effect === undefined || t.effect === g.effect));
}

function podsEvicted(g: { selector: string; node: string; namespace?: string }, memory: GoalMemory): boolean {
  const ns = g.namespace ?? 'default';
  return memory.deletedPods.some((p) => p.namespace === ns && p.node === g.node && matchesSelector(g.selector, p.labels));
}

function replacedElsewhere(g: GoalOf<'replacedElsewhere'>, view: ClusterView, memory: GoalMemory): boolean {
  const ready = pods(view, g.namespace, g.selector).filter(isPodReady);
  return podsEvicted(g, memory) && ready.length === g.count && ready.every((p) => p.spec?.nodeName !== g.node);
}

function objectExists(g: GoalOf<'objectExists'>, view: ClusterView): boolean {
  return view.get(g.objectKind, g.namespace, g.name) !== undefined;
}

function eventSeen(g: GoalOf<'eventSeen'>, memory: GoalMemory): boolean {
  return memory.events.some(
    (e) =>
      e.reason === g.reason &&
      (g.message === undefined || e.message.includes(g.message)) &&
      (g.objectKind === undefined || e.kind === g.objectKind),
  );
}

export function evaluateGoal(goal: Goal, view: ClusterView, memory: GoalMemory): boolean {
  switch (goal.kind) {
    case 'readyPods':
      return readyPods(goal, view);
    case 'podReplaced':
      return podReplaced(goal, view, memory);
    case 'podRestarted':
      return podRestarted(goal, view);
    case 'podWaiting':
      return podWaiting(goal, view);
    case 'deploymentRevision':
      return deploymentRevision(goal, view, memory);
    case 'nodeNotReady':
      return nodeNotReady(goal, view);
    case 'nodeReady':
      return nodeReady(goal, view);
    case 'acknowledge':
      return true;
    case 'podPending':
      return podPending(goal, view);
    case 'podRestarts':
      return podRestarts(goal, view);
    case 'avoidsNode':
      return avoidsNode(goal, view, memory);
    case 'podCount':
      return podCount(goal, view);
    case 'nodeTainted':
      return nodeTainted(goal, view);
    case 'podsEvicted':
      return podsEvicted(goal, memory);
    case 'replacedElsewhere':
      return replacedElsewhere(goal, view, memory);
    case 'traceSeen':
      return traceSeen(goal.sequence, memory.trace);
    case 'objectExists':
      return objectExists(goal, view);
    case 'eventSeen':
      return eventSeen(goal, memory);
    case 'trafficServed':
    case 'hpaReplicas':
    case 'serviceEndpoints':
    case 'podUsesClaim':
    case 'podLog':
    case 'secretValue':
      return evaluateTrafficGoal(goal, view, memory);
    case 'all':
      return goal.goals.every((g) => evaluateGoal(g, view, memory));
  }
}
