// "Why?" for a StatefulSet: why this many replicas, and why each pod keeps its volume: a claim
// per ordinal from volumeClaimTemplates (`<template>-<set>-<ordinal>`), created once by the
// StatefulSet controller and kept when the pod goes, so a recreated pod mounts the same one.
// [k8s: pkg/controller/statefulset/stateful_set_utils.go getPersistentVolumeClaimName]
import type { KObject } from '../objects/types';
import { type WhyContext, actorOf, at, clock, newestFirst, recordsOf, who } from './context';
import { capital } from './pod-creation';
import type { WhyAnswer, WhyCause } from './types';
import { replicasCauses } from './workload-replicas';

export function statefulSetWhy(c: WhyContext, ns: string, name: string): WhyAnswer | undefined {
  const set = c.api.getByKind<KObject>('StatefulSet', ns, name);
  if (!set) return undefined;
  const replicas: number = set.spec?.replicas ?? 1;
  const summary = `${name} wants ${replicas} (${set.status?.readyReplicas ?? 0} ready), pods ${name}-0 to ${name}-${replicas - 1}, created in order (${set.spec?.podManagementPolicy ?? 'OrderedReady'}).`;
  const causes: WhyCause[] = [...replicasCauses(c, 'StatefulSet', 'statefulsets', ns, name, replicas)];
  const retain = set.spec?.persistentVolumeClaimRetentionPolicy ?? {};
  const templates: string[] = (set.spec?.volumeClaimTemplates ?? []).map((t: KObject) => t.metadata?.name).filter(Boolean);
  for (let i = 0; i < replicas; i++) {
    const pod = `${name}-${i}`;
    for (const t of templates) {
      const claim = `${t}-${pod}`;
      const pvc = c.api.getByKind<KObject>('PersistentVolumeClaim', ns, claim);
      if (!pvc) continue;
      const created = recordsOf(c, 'req', (r) => r.res === 'persistentvolumeclaims' && r.ns === ns && r.name === claim && r.verb === 'create')[0];
      const when = created?.at ?? at(pvc.metadata.creationTimestamp) ?? 0;
      const by = created ? who(created.actor) : 'the StatefulSet controller';
      causes.push({
        at: when,
        text: `${pod} mounts the claim ${claim}${pvc.spec?.volumeName ? ` (volume ${pvc.spec.volumeName})` : ''}: ${capital(by)} created it at ${clock(when)} from the template ${t} for ordinal ${i}. Claims outlive their pods (whenDeleted ${retain.whenDeleted ?? 'Retain'}, whenScaled ${retain.whenScaled ?? 'Retain'}), so a recreated ${pod} gets the same volume.`,
        ...(created ? { actor: actorOf(created.actor) } : {}),
        ref: { kind: 'PersistentVolumeClaim', ns, name: claim },
      });
    }
  }
  return { kind: 'StatefulSet', namespace: ns, name, now: c.now, summary, causes: newestFirst(causes) };
}
