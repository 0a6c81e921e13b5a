// How many pods a PDB expects and how many must stay healthy: an integer minAvailable counts the
// selected pods; a percentage, or maxUnavailable, scales by the sum of the pods' controllers'
// replicas (Deployment through its ReplicaSet, bare ReplicaSet, StatefulSet).
// [k8s: pkg/controller/disruption/disruption.go getExpectedPodCount, getExpectedScale, finders]
// Simplification: no ReplicationControllers and no generic /scale lookup for other owners.
import type { Store } from '../api/store';
import { controllerRef } from '../objects/pod';
import type { KObject, OwnerReference, Pod } from '../objects/types';

export class ExpectedCountError extends Error {}

function group(ref: OwnerReference): string {
  const i = ref.apiVersion.indexOf('/');
  return i < 0 ? '' : ref.apiVersion.slice(0, i);
}

function isApps(ref: OwnerReference | undefined, kind: string): boolean {
  return !!ref && ref.kind === kind && (group(ref) === 'apps' || group(ref) === 'extensions');
}

/** The controller of a pod and its scale: [uid, replicas], or undefined when none is found. */
function controllerScale(store: Store, ref: OwnerReference, ns: string): [string, number] | undefined {
  if (isApps(ref, 'ReplicaSet')) {
    const rs = store.get('replicasets', ns, ref.name);
    if (!rs || rs.metadata.uid !== ref.uid) return undefined;
    const owner = controllerRef(rs);
    if (owner?.kind === 'Deployment') {
      if (!isApps(owner, 'Deployment')) return undefined;
      const d = store.get('deployments', ns, owner.name as string);
      return d && d.metadata.uid === owner.uid ? [d.metadata.uid, d.spec?.replicas ?? 1] : undefined;
    }
    return [rs.metadata.uid, rs.spec?.replicas ?? 1];
  }
  if (isApps(ref, 'StatefulSet')) {
    const ss = store.get('statefulsets', ns, ref.name);
    return ss && ss.metadata.uid === ref.uid ? [ss.metadata.uid, ss.spec?.replicas ?? 1] : undefined;
  }
  return undefined;
}

/** getExpectedScale: the sum of the controllers' scales, and the names of pods without one. */
function expectedScale(store: Store, pods: Pod[]): { expected: number; unmanaged: string[] } {
  const scales = new Map<string, number>();
  const unmanaged: string[] = [];
  for (const pod of pods) {
    const ref = controllerRef(pod);
    if (!ref) {
      unmanaged.push(pod.metadata.name);
      continue;
    }
    if (scales.has(ref.uid)) continue;
    const found = controllerScale(store, ref, pod.metadata.namespace as string);
    if (!found) throw new ExpectedCountError(`found no controllers for pod "${pod.metadata.name}"`);
    scales.set(found[0], found[1]);
  }
  let expected = 0;
  for (const n of scales.values()) expected += n;
  return { expected, unmanaged };
}

/** intstr.GetScaledValueFromIntOrPercent with roundUp. */
export function scaled(v: number | string, total: number): number {
  if (typeof v === 'number') return v;
  return Math.ceil((Number(v.replace('%', '')) * total) / 100);
}

export interface Expectation {
  expectedCount: number;
  desiredHealthy: number;
  unmanaged: string[];
}

export function expectedPodCount(store: Store, pdb: KObject, pods: Pod[]): Expectation {
  const spec = pdb.spec ?? {};
  if (spec.maxUnavailable != null) {
    const { expected, unmanaged } = expectedScale(store, pods);
    return { expectedCount: expected, desiredHealthy: Math.max(0, expected - scaled(spec.maxUnavailable, expected)), unmanaged };
  }
  if (spec.minAvailable != null) {
    if (typeof spec.minAvailable === 'number') return { expectedCount: pods.length, desiredHealthy: spec.minAvailable, unmanaged: [] };
    const { expected, unmanaged } = expectedScale(store, pods);
    return { expectedCount: expected, desiredHealthy: scaled(spec.minAvailable, expected), unmanaged };
  }
  return { expectedCount: 0, desiredHealthy: 0, unmanaged: [] };
}
