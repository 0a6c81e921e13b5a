// "Why?" for a PersistentVolumeClaim: who created it, whether and when it was bound (the volume
// binder's and the provisioner's events), why it waits (WaitForFirstConsumer until a pod using it
// is scheduled), and which pods mount it.
import type { KObject, Pod } from '../objects/types';
import { type WhyContext, actorOf, at, clock, eventsOf, newestFirst, recordsOf, who } from './context';
import { capital } from './pod-creation';
import type { WhyAnswer, WhyCause } from './types';

export function pvcWhy(c: WhyContext, ns: string, name: string): WhyAnswer | undefined {
  const pvc = c.api.getByKind<KObject>('PersistentVolumeClaim', ns, name);
  if (!pvc) return undefined;
  const ref = { kind: 'PersistentVolumeClaim', ns, name };
  const phase = pvc.status?.phase ?? 'Pending';
  const summary = `${name} is ${phase}${pvc.spec?.volumeName ? ` to volume ${pvc.spec.volumeName}` : ''} (storage class ${pvc.spec?.storageClassName ?? 'default'}).`;
  const causes: WhyCause[] = [];
  const created = recordsOf(c, 'req', (r) => r.res === 'persistentvolumeclaims' && r.ns === ns && r.name === name && r.verb === 'create')[0];
  const createdAt = created?.at ?? at(pvc.metadata.creationTimestamp) ?? 0;
  causes.push({ at: createdAt, text: `${created ? capital(who(created.actor)) : 'Someone'} created ${name} at ${clock(createdAt)}.`, ...(created ? { actor: actorOf(created.actor) } : {}), ref });
  for (const e of eventsOf(c, 'PersistentVolumeClaim', ns, name)) {
    const when = at(e.firstTimestamp) ?? 0;
    const by = e.source?.component ?? e.reportingComponent ?? '';
    causes.push({ at: when, text: `${e.reason}${e.count && e.count > 1 ? ` (×${e.count}, last at ${clock(at(e.lastTimestamp) ?? when)})` : ''}: ${e.message}`, ...(by ? { actor: { kind: 'Component', name: by } } : {}), ref });
  }
  const users = c.api.list<Pod>('Pod', ns).filter((p) => (p.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === name));
  for (const p of users) causes.push({ at: at(p.metadata.creationTimestamp) ?? 0, text: `${p.metadata.name} mounts it${p.spec?.nodeName ? ` on ${p.spec.nodeName}` : ''}.`, actor: { kind: 'Pod', ns, name: p.metadata.name }, ref });
  return { kind: 'PersistentVolumeClaim', namespace: ns, name, now: c.now, summary, causes: newestFirst(causes) };
}
