// Who plays which instrument: each live workload gets the next free instrument (and colour) in
// order of first appearance and keeps it while it lives, so two workloads on screen never share
// one while there are eight or fewer. A name hash (the earlier scheme) put nginx-deployment,
// frontend and cache on the same violin. Beyond eight, the least used instrument is shared.
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { Deployment, Pod } from '../../engine';
import { INSTRUMENTS, type Instrument, type Workload, workloadOf } from './musician-style';

/** `namespace/Kind/name`: the identity a workload's instrument is kept under. */
export function workloadKey(namespace: string | undefined, w: Workload): string {
  return `${namespace ?? 'default'}/${w.kind}/${w.name}`;
}

export function podWorkloadKey(pod: Pod): string {
  return workloadKey(pod.metadata.namespace, workloadOf(pod));
}

export interface BandMember {
  key: string;
  workload: Workload;
  namespace: string;
  instrument: Instrument;
}

/**
 * Live workloads in order of first appearance (earliest creation of the workload object or any of
 * its pods; then by key, so the order is deterministic for a snapshot).
 */
export function liveWorkloads(
  pods: readonly Pod[],
  deployments: readonly Deployment[] = [],
  statefulSets: readonly StatefulSet[] = [],
): { key: string; workload: Workload; namespace: string }[] {
  const seen = new Map<string, { key: string; workload: Workload; namespace: string; since: string }>();
  const note = (namespace: string | undefined, workload: Workload, since: string) => {
    const key = workloadKey(namespace, workload);
    const was = seen.get(key);
    if (!was) seen.set(key, { key, workload, namespace: namespace ?? 'default', since });
    else if (since < was.since) was.since = since;
  };
  for (const [kind, list] of [
    ['Deployment', deployments],
    ['StatefulSet', statefulSets],
  ] as const) {
    for (const w of list) note(w.metadata?.namespace, { kind, name: w.metadata?.name ?? '' }, w.metadata?.creationTimestamp ?? '');
  }
  for (const p of pods) note(p.metadata.namespace, workloadOf(p), p.metadata.creationTimestamp ?? '');
  return [...seen.values()]
    .sort((a, b) => (a.since !== b.since ? (a.since < b.since ? -1 : 1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, workload, namespace }) => ({ key, workload, namespace }));
}

/**
 * The next assignment (workload key → index into INSTRUMENTS): live keys keep theirs, new ones
 * (in the order given) take the lowest free index, or the least used one when all are taken.
 */
export function assignInstruments(previous: ReadonlyMap<string, number>, live: readonly string[]): Map<string, number> {
  const next = new Map<string, number>();
  const uses = INSTRUMENTS.map(() => 0);
  for (const key of live) {
    const i = previous.get(key);
    if (i !== undefined && !next.has(key)) {
      next.set(key, i);
      uses[i]++;
    }
  }
  for (const key of live) {
    if (next.has(key)) continue;
    let best = 0;
    for (let i = 1; i < uses.length; i++) if (uses[i] < uses[best]) best = i;
    next.set(key, best);
    uses[best]++;
  }
  return next;
}

/**
 * One empty list for every omitted argument: a fresh `[]` default would differ on every call, and the
 * store has no `statefulSets` until one exists, so every musician's selector recomputed the band on
 * every frame.
 */
const NONE: readonly never[] = [];

/** The band as one store sees it: recomputed only when the pod or workload arrays change. */
export class Band {
  private pods: readonly Pod[] | undefined;
  private deployments: readonly Deployment[] | undefined;
  private statefulSets: readonly StatefulSet[] | undefined;
  private assignment = new Map<string, number>();
  /** Instruments of workloads that have left: a musician walking off keeps its instrument. */
  private last = new Map<string, number>();
  private members: BandMember[] = [];
  /** When each live workload joined (a counter), for the legend's order. */
  private order = new Map<string, number>();
  private joined = 0;

  update(pods: readonly Pod[], deployments: readonly Deployment[] = NONE, statefulSets: readonly StatefulSet[] = NONE): this {
    if (pods === this.pods && deployments === this.deployments && statefulSets === this.statefulSets) return this;
    this.pods = pods;
    this.deployments = deployments;
    this.statefulSets = statefulSets;
    const live = liveWorkloads(pods, deployments, statefulSets);
    const next = assignInstruments(
      this.assignment,
      live.map((w) => w.key),
    );
    for (const [key, i] of this.assignment) if (!next.has(key)) this.last.set(key, i);
    if (this.last.size > 1000) this.last.clear();
    this.assignment = next;
    // The legend lists workloads in the order they joined (the order instruments were handed out),
    // which can differ from creation order when two arrive in one moment.
    const order = new Map<string, number>();
    for (const w of live) order.set(w.key, this.order.get(w.key) ?? this.joined++);
    this.order = order;
    const members = live
      .map((w) => ({ ...w, instrument: INSTRUMENTS[next.get(w.key) ?? 0] }))
      .sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
    // Same members, same instruments: keep the array so list selectors do not re-render.
    const same =
      members.length === this.members.length &&
      members.every((m, i) => m.key === this.members[i].key && m.instrument === this.members[i].instrument);
    if (!same) this.members = members;
    return this;
  }

  instrumentOf(key: string): Instrument {
    const i = this.assignment.get(key) ?? this.last.get(key) ?? 0;
    return INSTRUMENTS[i];
  }

  /** Live workloads with their instruments, in the order they joined the band. */
  list(): readonly BandMember[] {
    return this.members;
  }
}

const bands = new WeakMap<object, Band>();

/** The one Band of a store (a rewind swaps the cluster, not the store, so instruments stay put). */
export function bandFor(store: object): Band {
  let band = bands.get(store);
  if (!band) bands.set(store, (band = new Band()));
  return band;
}
