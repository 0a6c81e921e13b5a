// Identity, storage and health helpers of the StatefulSet controller: `<set>-<ordinal>` names,
// the labels and hostname/subdomain every pod gets, the claims `<template>-<set>-<ordinal>` and
// the pod volumes that point at them. [k8s: pkg/controller/statefulset/stateful_set_utils.go]
import { isPodReady, isPodAvailable } from '../../objects/pod';
import type { KObject, Pod } from '../../objects/types';

export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';
export const REVISION_LABEL = 'controller-revision-hash';

const ORDINAL_RE = /^(.*)-([0-9]+)$/;

/** getParentNameAndOrdinal: `web-3` → ['web', 3]; -1 when the name has no ordinal. */
export function parentAndOrdinal(pod: KObject): [string, number] {
  const m = ORDINAL_RE.exec(pod.metadata.name);
  return m ? [m[1], Number(m[2])] : ['', -1];
}

export function ordinalOf(pod: KObject): number {
  return parentAndOrdinal(pod)[1];
}

export function startOrdinal(set: KObject): number {
  return set.spec?.ordinals?.start ?? 0;
}

export function podName(set: KObject, ordinal: number): string {
  return `${set.metadata.name}-${ordinal}`;
}

export function claimName(set: KObject, template: KObject, ordinal: number): string {
  return `${template.metadata?.name}-${set.metadata.name}-${ordinal}`;
}

export function isMemberOf(set: KObject, pod: KObject): boolean {
  return parentAndOrdinal(pod)[0] === set.metadata.name;
}

/** getPersistentVolumeClaims: one claim per template, labelled with the set's matchLabels. */
export function claimsFor(set: KObject, ordinal: number): KObject[] {
  const out: KObject[] = [];
  for (const t of (set.spec?.volumeClaimTemplates ?? []) as KObject[]) {
    const labels = { ...(t.metadata?.labels ?? {}), ...(set.spec?.selector?.matchLabels ?? {}) };
    const metadata: Record<string, unknown> = { name: claimName(set, t, ordinal), namespace: set.metadata.namespace, labels };
    if (t.metadata?.annotations) metadata.annotations = { ...t.metadata.annotations };
    out.push({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata, spec: structuredClone(t.spec ?? {}) } as unknown as KObject);
  }
  return out;
}

export function identityMatches(set: KObject, pod: Pod): boolean {
  const [parent, ordinal] = parentAndOrdinal(pod);
  const l = pod.metadata.labels ?? {};
  return parent === set.metadata.name && ordinal >= 0 && pod.metadata.namespace === set.metadata.namespace && l[POD_NAME_LABEL] === pod.metadata.name && l[POD_INDEX_LABEL] === String(ordinal);
}

/** newStatefulSetPod: template → pod with identity (initIdentity) and storage (updateStorage). */
export function newStatefulSetPod(set: KObject, ordinal: number, revision: string): KObject {
  const template = set.spec?.template ?? {};
  const name = podName(set, ordinal);
  const labels: Record<string, string> = { ...(template.metadata?.labels ?? {}), [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ordinal), [REVISION_LABEL]: revision };
  const metadata: Record<string, unknown> = { name, namespace: set.metadata.namespace, labels };
  if (template.metadata?.annotations) metadata.annotations = { ...template.metadata.annotations };
  if (template.metadata?.finalizers) metadata.finalizers = [...template.metadata.finalizers];
  metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata.name, uid: set.metadata.uid, controller: true, blockOwnerDeletion: true }];
  const spec = structuredClone(template.spec ?? {});
  // Claim volumes first, then the template's own volumes without a claim of the same name.
  const claimVolumes = ((set.spec?.volumeClaimTemplates ?? []) as KObject[]).map((t) => ({ name: t.metadata?.name as string, persistentVolumeClaim: { claimName: claimName(set, t, ordinal) } }));
  const names = new Set(claimVolumes.map((v) => v.name));
  const volumes = [...claimVolumes, ...((spec.volumes ?? []) as { name: string }[]).filter((v) => !names.has(v.name))];
  if (volumes.length) spec.volumes = volumes;
  spec.hostname = name;
  if (set.spec?.serviceName) spec.subdomain = set.spec.serviceName;
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec } as unknown as KObject;
}

export function revisionOfPod(pod: KObject): string {
  return pod.metadata.labels?.[REVISION_LABEL] ?? '';
}

/** isCreated: the API server gave it a phase. */
export function isCreated(pod: Pod): boolean {
  return !!pod.status?.phase;
}

export function isTerminating(pod: Pod): boolean {
  return !!pod.metadata.deletionTimestamp;
}

export function isFailedOrSucceeded(pod: Pod): boolean {
  return pod.status?.phase === 'Failed' || pod.status?.phase === 'Succeeded';
}

export function isRunningAndReady(pod: Pod): boolean {
  return pod.status?.phase === 'Running' && isPodReady(pod);
}

export function isRunningAndAvailable(pod: Pod, minReadySeconds: number, now: number): boolean {
  return pod.status?.phase === 'Running' && isPodAvailable(pod, minReadySeconds, now);
}

export function isHealthy(pod: Pod): boolean {
  return isRunningAndReady(pod) && !isTerminating(pod);
}
