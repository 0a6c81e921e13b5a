// Shared by the disruption controller and the eviction subresource: the PDB's DisruptionAllowed
// condition and which PDBs cover a pod.
// [k8s: staging/src/k8s.io/component-helpers/apps/poddisruptionbudget/helpers.go,
//  staging/src/k8s.io/apimachinery/pkg/api/meta/conditions.go SetStatusCondition]
// Keys are kept in sorted order, as the rest of the engine stores API JSON.
import type { ApiServer } from '../api/api-server';
import { matchesSelector } from '../objects/labels';
import type { KObject, LabelSelector, Pod } from '../objects/types';
import { rfc3339 } from '../util/time';

// biome-ignore lint/suspicious/noExplicitAny: status is plain JSON.
export type PdbStatus = Record<string, any>;

export interface Condition {
  lastTransitionTime: string;
  message: string;
  observedGeneration?: number;
  reason: string;
  status: string;
  type: string;
}

/** apimeta.SetStatusCondition: the transition time moves only when the status changes. */
export function setCondition(conditions: Condition[], c: Omit<Condition, 'lastTransitionTime'>, now: number): Condition[] {
  const prev = conditions.find((x) => x.type === c.type);
  const next: Condition = {
    lastTransitionTime: prev && prev.status === c.status ? prev.lastTransitionTime : rfc3339(now),
    message: c.message,
    ...(c.observedGeneration ? { observedGeneration: c.observedGeneration } : {}),
    reason: c.reason,
    status: c.status,
    type: c.type,
  };
  return prev ? conditions.map((x) => (x === prev ? next : x)) : [...conditions, next];
}

/** UpdateDisruptionAllowedCondition. */
export function withDisruptionAllowedCondition(status: PdbStatus, now: number): PdbStatus {
  const allowed = (status.disruptionsAllowed ?? 0) > 0;
  const conditions = setCondition(
    status.conditions ?? [],
    {
      type: 'DisruptionAllowed',
      status: allowed ? 'True' : 'False',
      reason: allowed ? 'SufficientPods' : 'InsufficientPods',
      message: '',
      observedGeneration: status.observedGeneration,
    },
    now,
  );
  return { ...status, conditions };
}

/** ConditionsAreUpToDate. */
export function conditionsUpToDate(pdb: KObject): boolean {
  const st = (pdb.status ?? {}) as PdbStatus;
  const cond = (st.conditions ?? []).find((c: Condition) => c.type === 'DisruptionAllowed');
  if (!cond || st.observedGeneration !== pdb.metadata.generation) return false;
  return st.disruptionsAllowed > 0 ? cond.status === 'True' && cond.reason === 'SufficientPods' : cond.status === 'False' && cond.reason === 'InsufficientPods';
}

/** LabelSelectorAsSelector for the controller: nil selects nothing, {} everything (policy/v1). */
export function pdbSelects(pdb: KObject, pod: Pod): boolean {
  const sel = pdb.spec?.selector as LabelSelector | undefined | null;
  if (sel == null) return false;
  return matchesSelector(sel, pod.metadata.labels);
}

/** The eviction subresource's getPodDisruptionBudgets: an empty selector matches nothing there. */
export function pdbsForEviction(api: ApiServer, pod: Pod): KObject[] {
  return api.store.list('poddisruptionbudgets', pod.metadata.namespace).filter((pdb) => {
    const sel = pdb.spec?.selector as LabelSelector | undefined | null;
    if (sel == null || Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0) return false;
    return matchesSelector(sel, pod.metadata.labels);
  });
}

/** A status with its keys in sorted order (as stored objects are kept). */
export function sortedStatus(st: PdbStatus): PdbStatus {
  const out: PdbStatus = {};
  for (const k of Object.keys(st).sort()) if (st[k] !== undefined) out[k] = st[k];
  return out;
}
