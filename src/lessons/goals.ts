// Checks a lesson step's goal against what the cluster reports: its objects (through the public
// list/get contract) plus a small per-step memory built from cluster.watch events, for goals about
// what happened during the step (a pod deleted, how many replicas were unavailable at worst).
// Pure: no clock, no cluster writes; one small function per goal kind.
import type { ClusterWatchEvent, Deployment, KObject, Node, Pod } from '../engine/index';
import type { Goal } from './types';

/** The read side of the cluster a goal needs; a Cluster satisfies it. */
export interface ClusterView {
  list<T extends KObject = KObject>(kind: string, namespace?: string): T[];
  get<T extends KObject = KObject>(kind: string, namespace: string | undefined, name: string): T | undefined;
}

/** Plain JSON, reset when a step starts. Bounded so a long sandbox session cannot grow it. */
export interface GoalMemory {
  /** Pods that began terminating or were deleted during the step. */
  deletedPods: { uid: string; namespace: string; labels: Record<string, string> }[];
  /** Uids of pods created during the step. */
  addedPodUids: string[];
  /** Per "namespace/name": the most replicas a Deployment had unavailable during the step. */
  maxUnavailable: Record<string, number>;
}

const MEMORY_LIMIT = 200;

export function emptyMemory(): GoalMemory {
  return { deletedPods: [], addedPodUids: [], maxUnavailable: {} };
}

/** Folds one watch event into the memory; returns the same object when nothing changed. */
export function observe(memory: GoalMemory, event: ClusterWatchEvent): GoalMemory {
  if (event.type === 'TRACE') return memory;
  const obj = event.object;
  const ns = obj.metadata?.namespace ?? 'default';
  const uid = obj.metadata?.uid ?? '';
  if (obj.kind === 'Pod') {
    if (event.type === 'ADDED' && !memory.addedPodUids.includes(uid)) {
      return { ...memory, addedPodUids: [...memory.addedPodUids, uid].slice(-MEMORY_LIMIT) };
    }
    // Graceful deletion first sets deletionTimestamp; the ReplicaSet already replaces the pod then.
    const gone = event.type === 'DELETED' || !!obj.metadata?.deletionTimestamp;
    if (gone && !memory.deletedPods.some((p) => p.uid === uid)) {
      const entry = { uid, namespace: ns, labels: { ...(obj.metadata?.labels ?? {}) } };
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
    case 'all':
      return goal.goals.every((g) => evaluateGoal(g, view, memory));
  }
}
