// An index of the scheduler cache's pods by namespace, label key and value, so a label selector
// finds its candidate pods without scanning every pod of every node (PodTopologySpread counts the
// pods of one selector once per cycle). Not an upstream structure: the real scheduler walks all
// NodeInfos in parallel; this is the single-threaded simulation's way to keep that cost per pod
// proportional to the pods the selector picks, not to the cluster size.
import { type Requirement, matchesRequirements } from '../objects/labels';
import type { PodInfo } from './node-info';

type ByValue = Map<string, Set<PodInfo>>;

export class PodLabelIndex {
  /** namespace → label key → value → pods. */
  private readonly byNs = new Map<string, Map<string, ByValue>>();
  /** namespace → all pods (for selectors without an In/=/Exists requirement). */
  private readonly all = new Map<string, Set<PodInfo>>();

  clear(): void {
    this.byNs.clear();
    this.all.clear();
  }

  add(p: PodInfo): void {
    const ns = p.pod.metadata.namespace ?? '';
    let set = this.all.get(ns);
    if (!set) this.all.set(ns, (set = new Set()));
    set.add(p);
    const labels = p.pod.metadata.labels;
    if (!labels) return;
    let keys = this.byNs.get(ns);
    if (!keys) this.byNs.set(ns, (keys = new Map()));
    for (const k in labels) {
      let values = keys.get(k);
      if (!values) keys.set(k, (values = new Map()));
      let pods = values.get(labels[k]);
      if (!pods) values.set(labels[k], (pods = new Set()));
      pods.add(p);
    }
  }

  /** Removes p as it was indexed: call before p.pod changes to an object with other labels. */
  remove(p: PodInfo): void {
    const ns = p.pod.metadata.namespace ?? '';
    const set = this.all.get(ns);
    if (set) {
      set.delete(p);
      if (set.size === 0) this.all.delete(ns);
    }
    const labels = p.pod.metadata.labels;
    const keys = labels && this.byNs.get(ns);
    if (!labels || !keys) return;
    for (const k in labels) {
      const values = keys.get(k);
      const pods = values?.get(labels[k]);
      if (!values || !pods) continue;
      pods.delete(p);
      if (pods.size > 0) continue;
      values.delete(labels[k]);
      if (values.size === 0) keys.delete(k);
    }
    if (keys.size === 0) this.byNs.delete(ns);
  }

  /**
   * Calls fn for every pod in namespace ns whose labels satisfy all of reqs (none: every pod).
   * Candidates come from the narrowest In/= requirement (or an Exists one), then every
   * requirement is checked; the visiting order is unspecified, so callers must only aggregate.
   */
  forEachMatching(ns: string, reqs: readonly Requirement[], fn: (p: PodInfo) => void): void {
    const keys = this.byNs.get(ns);
    let best: Set<PodInfo>[] | null = null;
    let bestSize = Infinity;
    for (const r of reqs) {
      if (r.op !== 'In' && r.op !== '=' && r.op !== 'Exists') continue;
      const values = keys?.get(r.key);
      if (!values) return; // nothing carries the key: no pod can match
      const sets: Set<PodInfo>[] = [];
      let size = 0;
      if (r.op !== 'In' && r.op !== '=') {
        for (const s of values.values()) {
          sets.push(s);
          size += s.size;
        }
      } else {
        // A pod has one value per key, so the per-value sets are disjoint; skip repeated values.
        const vs = r.values;
        for (let i = 0; i < vs.length; i++) {
          const v = vs[i];
          const s = values.get(v);
          if (!s || vs.indexOf(v) !== i) continue;
          sets.push(s);
          size += s.size;
        }
      }
      if (size < bestSize) {
        best = sets;
        bestSize = size;
      }
    }
    const pool = best ?? [this.all.get(ns) ?? new Set<PodInfo>()];
    const r = reqs as Requirement[];
    for (const s of pool) for (const p of s) if (matchesRequirements(r, p.pod.metadata.labels)) fn(p);
  }
}
