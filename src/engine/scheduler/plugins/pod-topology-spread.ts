// PodTopologySpread (scoring): spreads pods of the same selector across topology domains. A pod's
// own ScheduleAnyway constraints are used, else the system defaults (hostname maxSkew 3, zone
// maxSkew 5) with a selector built from the Services, ReplicaSet, StatefulSet or RC that select
// the pod (helper.DefaultSelector). Score per node = Σ count × log(domains + 2) + (maxSkew − 1),
// then normalized so the node with fewest matching pods gets 100.
// Mirrors pkg/scheduler/framework/plugins/podtopologyspread/scoring.go. Not modelled: the Filter
// for DoNotSchedule constraints, matchLabelKeys, nodeTaintsPolicy: Honor.
import type { Requirement } from '../../objects/labels';
import { matchesRequirements, selectorRequirements } from '../../objects/labels';
import { controllerRef } from '../../objects/pod';
import type { KObject, Pod } from '../../objects/types';
import { type CycleState, type FrameworkHandle, MAX_NODE_SCORE, type ScorePlugin } from '../framework';
import type { NodeInfo, PodInfo } from '../node-info';
import { requiredNodeAffinityMatches } from './node-affinity';

export const POD_TOPOLOGY_SPREAD = 'PodTopologySpread';
export const LABEL_HOSTNAME = 'kubernetes.io/hostname';
export const LABEL_ZONE = 'topology.kubernetes.io/zone';

export interface SpreadConstraint {
  topologyKey: string;
  maxSkew: number;
  /** null selects nothing (a nil labelSelector). */
  selector: Requirement[] | null;
}

/** defaults.go systemDefaultConstraints. */
export const SYSTEM_DEFAULT_CONSTRAINTS = [
  { topologyKey: LABEL_HOSTNAME, maxSkew: 3 },
  { topologyKey: LABEL_ZONE, maxSkew: 5 },
] as const;

function mapRequirements(m: Record<string, string> | undefined): Requirement[] {
  return Object.entries(m ?? {}).map(([key, v]) => ({ key, op: 'In' as const, values: [v] }));
}

/** helper.DefaultSelector: what the pod's Services and controller select, merged. */
export function defaultSelector(pod: Pod, cycle: CycleState): Requirement[] {
  const store = cycle.handle.store;
  const ns = pod.metadata.namespace;
  const labels = pod.metadata.labels ?? {};
  const merged: Record<string, string> = {};
  for (const svc of store.list('services', ns)) {
    const sel = svc.spec?.selector as Record<string, string> | undefined;
    if (!sel || Object.keys(sel).length === 0) continue;
    if (Object.entries(sel).every(([k, v]) => labels[k] === v)) Object.assign(merged, sel);
  }
  const reqs = mapRequirements(merged);
  const owner = controllerRef(pod);
  if (!owner) return reqs;
  let ownerObj: KObject | undefined;
  if (owner.kind === 'ReplicaSet' && owner.apiVersion === 'apps/v1') ownerObj = store.get('replicasets', ns, owner.name);
  else if (owner.kind === 'StatefulSet' && owner.apiVersion === 'apps/v1') ownerObj = store.get('statefulsets', ns, owner.name);
  else if (owner.kind === 'ReplicationController' && owner.apiVersion === 'v1') {
    const rc = store.get('replicationcontrollers', ns, owner.name);
    return rc ? [...reqs, ...mapRequirements(rc.spec?.selector)] : reqs;
  }
  return ownerObj ? [...reqs, ...selectorRequirements(ownerObj.spec?.selector)] : reqs;
}

export function buildConstraints(pod: Pod, cycle: CycleState): { constraints: SpreadConstraint[]; systemDefaulted: boolean } {
  const own = pod.spec?.topologySpreadConstraints ?? [];
  if (own.length > 0) {
    const constraints = own
      .filter((c) => c.whenUnsatisfiable === 'ScheduleAnyway')
      .map((c) => ({ topologyKey: c.topologyKey, maxSkew: c.maxSkew, selector: c.labelSelector ? selectorRequirements(c.labelSelector) : null }));
    return { constraints, systemDefaulted: false };
  }
  const selector = defaultSelector(pod, cycle);
  if (selector.length === 0) return { constraints: [], systemDefaulted: true };
  return { constraints: SYSTEM_DEFAULT_CONSTRAINTS.map((c) => ({ ...c, selector })), systemDefaulted: true };
}

/** countPodsMatchSelector: terminating pods and other namespaces do not count. */
export function countMatching(pods: ReadonlyMap<string, PodInfo>, selector: Requirement[] | null, ns: string | undefined): number {
  if (!selector) return 0;
  let n = 0;
  for (const p of pods.values()) {
    if (p.pod.metadata.deletionTimestamp || p.pod.metadata.namespace !== ns) continue;
    if (matchesRequirements(selector, p.pod.metadata.labels)) n++;
  }
  return n;
}

/**
 * Matching pods per node name (nodes with none are absent), counted once per cycle from the
 * cache's label index; without one (plugin tests), by scanning every node's pods.
 */
export function countByNode(handle: FrameworkHandle, selector: Requirement[] | null, ns: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!selector) return out;
  if (handle.podIndex) {
    handle.podIndex.forEachMatching(ns ?? '', selector, (p) => {
      if (p.pod.metadata.deletionTimestamp) return;
      out.set(p.node, (out.get(p.node) ?? 0) + 1);
    });
    return out;
  }
  for (const n of handle.allNodes()) {
    const c = countMatching(n.pods, selector, ns);
    if (c > 0) out.set(n.name, c);
  }
  return out;
}

interface PreScoreState {
  constraints: SpreadConstraint[];
  /** Per constraint: hostname constraints read perNode, the others counts (topology value → pods). */
  perNode: Map<string, number>[];
  counts: Map<string, number>[];
  weights: number[];
  ignored: Set<string>;
}

const KEY = 'PreScorePodTopologySpread';

function hasAllKeys(labels: Record<string, string> | undefined, cs: SpreadConstraint[]): boolean {
  if (labels === undefined) return cs.length === 0;
  for (const c of cs) if (!Object.hasOwn(labels, c.topologyKey)) return false;
  return true;
}

export const podTopologySpread = {
  name: POD_TOPOLOGY_SPREAD,
  weight: 2,
  preScore(pod, feasible, cycle) {
    const handle = cycle.handle;
    const all = handle.allNodes();
    if (feasible.length === 0 || all.length === 0) return false;
    const { constraints, systemDefaulted } = buildConstraints(pod, cycle);
    if (constraints.length === 0) return false;
    // Only the system defaults let nodes without a zone label still take part in hostname spreading.
    const requireAll = !systemDefaulted;
    const ns = pod.metadata.namespace;
    // The system defaults share one selector: count its pods once.
    const perNode: Map<string, number>[] = [];
    for (let i = 0; i < constraints.length; i++) {
      const sel = constraints[i].selector;
      const j = constraints.findIndex((c) => c.selector === sel);
      perNode.push(j < i ? perNode[j] : countByNode(handle, sel, ns));
    }
    const s: PreScoreState = { constraints, perNode, counts: constraints.map(() => new Map()), weights: [], ignored: new Set() };
    const topoSize = constraints.map(() => 0);
    // A domain's count is only ever read for feasible nodes that carry the label, so domains seen
    // only as "label missing" need no counting.
    const labelled = constraints.map(() => false);
    for (const n of feasible) {
      const labels = n.node?.metadata.labels;
      if (requireAll && !hasAllKeys(labels, constraints)) {
        s.ignored.add(n.name);
        continue;
      }
      for (let i = 0; i < constraints.length; i++) {
        const c = constraints[i];
        if (c.topologyKey === LABEL_HOSTNAME) continue;
        const v = labels?.[c.topologyKey];
        if (v !== undefined) labelled[i] = true;
        const key = v ?? '';
        if (!s.counts[i].has(key)) {
          s.counts[i].set(key, 0);
          topoSize[i]++;
        }
      }
    }
    s.weights = constraints.map((c, i) => Math.log((c.topologyKey === LABEL_HOSTNAME ? feasible.length - s.ignored.size : topoSize[i]) + 2));
    // Domain counts sum the matching pods of every eligible node; nodes without any add nothing,
    // so only the nodes that hold matching pods are visited.
    let byName: Map<string, NodeInfo> | undefined;
    const lookup = (name: string) => {
      if (handle.nodeInfo) return handle.nodeInfo(name);
      byName ??= new Map(all.map((n) => [n.name, n]));
      return byName.get(name);
    };
    for (let i = 0; i < constraints.length; i++) {
      const c = constraints[i];
      if (!labelled[i] || c.topologyKey === LABEL_HOSTNAME) continue;
      for (const [name, cnt] of perNode[i]) {
        const node = lookup(name)?.node;
        if (!node || !requiredNodeAffinityMatches(pod, node)) continue; // nodeAffinityPolicy: Honor
        const labels = node.metadata.labels;
        if (requireAll && !hasAllKeys(labels, constraints)) continue;
        const key = labels?.[c.topologyKey] ?? '';
        const cur = s.counts[i].get(key);
        if (cur !== undefined) s.counts[i].set(key, cur + cnt);
      }
    }
    cycle.write(KEY, s);
    return true;
  },
  score(_pod, nodeInfo, cycle) {
    const s = cycle.read<PreScoreState>(KEY);
    if (!s || s.ignored.has(nodeInfo.name)) return 0;
    const labels = nodeInfo.node?.metadata.labels;
    if (!labels) return 0;
    let score = 0;
    for (let i = 0; i < s.constraints.length; i++) {
      const c = s.constraints[i];
      const v = labels[c.topologyKey];
      if (v === undefined) continue;
      const cnt = c.topologyKey === LABEL_HOSTNAME ? (s.perNode[i].get(nodeInfo.name) ?? 0) : (s.counts[i].get(v) ?? 0);
      score += cnt * s.weights[i] + (c.maxSkew - 1);
    }
    return Math.round(score);
  },
  normalize(scores, nodes: readonly NodeInfo[], cycle) {
    const s = cycle.read<PreScoreState>(KEY);
    if (!s) return;
    let min = Number.MAX_SAFE_INTEGER;
    let max = 0;
    scores.forEach((v, i) => {
      if (s.ignored.has(nodes[i].name)) return;
      if (v < min) min = v;
      if (v > max) max = v;
    });
    for (let i = 0; i < scores.length; i++) {
      if (s.ignored.has(nodes[i].name)) scores[i] = 0;
      else if (max === 0) scores[i] = MAX_NODE_SCORE;
      else scores[i] = Math.trunc((MAX_NODE_SCORE * (max + min - scores[i])) / max);
    }
  },
} satisfies ScorePlugin;
