// kubectl's view of a Deployment's ReplicaSets: the ones it controls, which is "new" (template
// equal ignoring pod-template-hash, oldest first) and each one's revision number.
// [k8s: staging/src/k8s.io/kubectl/pkg/util/deployment/deployment.go GetAllReplicaSets,
//  FindNewReplicaSet, EqualIgnoreHash, Revision]
import type { ApiServer } from '../../api/api-server';
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../../objects/types';
import { controllerRef } from '../../objects/pod';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const HASH_LABEL = 'pod-template-hash';

/** Canonical JSON (sorted keys) so two templates compare as Semantic.DeepEqual would. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function withoutHash(t: PodTemplateSpec | undefined): PodTemplateSpec {
  const copy: PodTemplateSpec = structuredClone(t ?? {});
  const labels = { ...(copy.metadata?.labels ?? {}) };
  delete labels[HASH_LABEL];
  copy.metadata = { ...(copy.metadata ?? {}), labels };
  if (Object.keys(labels).length === 0) delete copy.metadata.labels;
  return copy;
}

export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return canonical(withoutHash(a)) === canonical(withoutHash(b));
}

/** The RS's revision, or undefined when the annotation is missing or not a number. */
export function revisionOf(rs: ReplicaSet): number | undefined {
  const v = rs.metadata.annotations?.[REVISION_ANNOTATION];
  if (v === undefined || !/^\d+$/.test(v)) return undefined;
  return Number(v);
}

export interface DeploymentReplicaSets {
  /** Every old RS, including scaled-down ones, by name (the API lists in key order). */
  old: ReplicaSet[];
  new?: ReplicaSet;
}

export function replicaSetsOf(api: ApiServer, d: Deployment): DeploymentReplicaSets {
  const owned = api.store
    .list<ReplicaSet>('replicasets', d.metadata.namespace)
    .filter((rs) => controllerRef(rs)?.uid === d.metadata.uid)
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  const byAge = [...owned].sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : a.metadata.creationTimestamp > b.metadata.creationTimestamp ? 1 : a.metadata.name < b.metadata.name ? -1 : 1));
  const newRS = byAge.find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
  return { old: owned.filter((rs) => rs !== newRS), new: newRS };
}
