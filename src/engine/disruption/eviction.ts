// The pods/eviction subresource: a graceful delete that honours PodDisruptionBudgets. Finished,
// pending or already terminating pods go at once; otherwise the one PDB covering the pod must
// allow a disruption (checked and decremented in its status, the pod noted in disruptedPods),
// or the answer is 429; more than one PDB is a 500. Evicted pods get the DisruptionTarget
// condition before the delete.
// [k8s: pkg/registry/core/pod/storage/eviction.go Create, checkAndDecrement, canIgnorePDB,
//  addConditionAndDeletePod]
// Simplifications: no dry run and no resourceVersion preconditions (a synchronous store has no
// race to guard against); the server's own writes are traced as the client 'kube-apiserver'.
import type { ApiServer, DeleteOptions } from '../api/api-server';
import { StatusError, apiErrors } from '../api/errors';
import { type KindInfo, kindInfo } from '../api/kinds';
import { isPodReady } from '../objects/pod';
import type { KObject, Pod } from '../objects/types';
import { rfc3339 } from '../util/time';
import { type PdbStatus, pdbsForEviction, sortedStatus, withDisruptionAllowedCondition } from './pdb-status';

export const EVICTION_ACTOR = 'kube-apiserver';
export const PDB_VIOLATION = "Cannot evict pod as it would violate the pod's disruption budget.";
export const MULTIPLE_PDBS = 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.';
/** MaxDisruptedPodSize. */
const MAX_DISRUPTED_PODS = 2000;

export interface EvictionRequest {
  namespace: string;
  name: string;
  opts: DeleteOptions;
  now: number;
  /** Records the request in the trace with its answer (called before any write). */
  trace(code: number): void;
}

function tooManyRequests(cause: string): StatusError {
  const e = apiErrors.tooManyRequests(PDB_VIOLATION);
  e.status.details = { causes: [{ reason: 'DisruptionBudget' as never, message: cause, field: '' }] };
  return e;
}

function forbidden(pdbName: string, why: string): StatusError {
  return apiErrors.forbidden(`poddisruptionbudgets.policy "${pdbName}" is forbidden: ${why}`);
}

/** The answer for a pod covered by PDBs: undefined = delete without touching a budget. */
function checkBudget(pod: Pod, pdbs: KObject[]): { pdb: KObject } | undefined {
  if (pdbs.length > 1) throw new StatusError({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message: MULTIPLE_PDBS, reason: 'InternalError', code: 500 });
  if (pdbs.length === 0) return undefined;
  const pdb = pdbs[0];
  const st = (pdb.status ?? {}) as PdbStatus;
  // An unready pod does not count as healthy: with the budget met (or AlwaysAllow) it goes
  // without spending a disruption (unhealthyPodEvictionPolicy IfHealthyBudget by default).
  if (!isPodReady(pod)) {
    if (pdb.spec?.unhealthyPodEvictionPolicy === 'AlwaysAllow') return undefined;
    if ((st.currentHealthy ?? 0) >= (st.desiredHealthy ?? 0) && (st.desiredHealthy ?? 0) > 0) return undefined;
  }
  const name = pdb.metadata.name;
  if ((st.observedGeneration ?? 0) < (pdb.metadata.generation ?? 0)) throw tooManyRequests(`The disruption budget ${name} is still being processed by the server.`);
  if ((st.disruptionsAllowed ?? 0) < 0) throw forbidden(name, 'pdb disruptions allowed is negative');
  if (Object.keys(st.disruptedPods ?? {}).length > MAX_DISRUPTED_PODS)
    throw forbidden(name, 'DisruptedPods map too big - too many evictions not confirmed by PDB controller');
  if ((st.disruptionsAllowed ?? 0) === 0)
    throw tooManyRequests(`The disruption budget ${name} needs ${st.desiredHealthy ?? 0} healthy pods and has ${st.currentHealthy ?? 0} currently`);
  return { pdb };
}

/** Finished, pending or terminating pods have nothing left to protect (canIgnorePDB). */
function canIgnorePdb(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending' || !!pod.metadata.deletionTimestamp;
}

function addConditionAndDelete(api: ApiServer, pod: Pod, req: EvictionRequest): void {
  const conditions = [...(pod.status?.conditions ?? [])];
  const i = conditions.findIndex((c) => c.type === 'DisruptionTarget');
  const prev = i >= 0 ? conditions[i] : undefined;
  const cond = {
    lastProbeTime: null,
    lastTransitionTime: prev?.status === 'True' ? prev.lastTransitionTime : rfc3339(req.now),
    message: 'Eviction API: evicting',
    reason: 'EvictionByEvictionAPI',
    status: 'True',
    type: 'DisruptionTarget',
  } as unknown as (typeof conditions)[number];
  if (i >= 0) conditions[i] = cond;
  else conditions.push(cond);
  api.update({ ...pod, status: { ...pod.status, conditions } } as KObject, EVICTION_ACTOR, 'status');
  api.delete('Pod', req.namespace, req.name, EVICTION_ACTOR, req.opts);
}

/** POST pods/<name>/eviction. Throws the API error; returns when the pod is being deleted. */
export function evictPod(api: ApiServer, req: EvictionRequest): void {
  const podInfo = kindInfo('Pod') as KindInfo;
  let budget: { pdb: KObject } | undefined;
  let pod: Pod | undefined;
  try {
    pod = api.store.get<Pod>('pods', req.namespace, req.name);
    if (!pod) throw apiErrors.notFound(podInfo, req.name);
    if (!canIgnorePdb(pod)) budget = checkBudget(pod, pdbsForEviction(api, pod));
  } catch (e) {
    if (e instanceof StatusError) req.trace(e.code);
    throw e;
  }
  req.trace(201);
  if (budget) {
    const st = { ...(budget.pdb.status ?? {}) } as PdbStatus;
    st.disruptionsAllowed -= 1;
    const next = st.disruptionsAllowed === 0 ? withDisruptionAllowedCondition(st, req.now) : st;
    // Tells the disruption controller not to count this pod as healthy while its delete lands.
    next.disruptedPods = { ...(st.disruptedPods ?? {}), [req.name]: rfc3339(req.now) };
    api.update({ ...budget.pdb, status: sortedStatus(next) }, EVICTION_ACTOR, 'status');
  }
  addConditionAndDelete(api, pod, req);
}
