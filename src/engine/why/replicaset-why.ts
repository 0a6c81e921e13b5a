// "Why?" for a ReplicaSet: why it asks for this many (the rollout step or your scale), and what
// its latest syncs did (wanted N, had M: created or removed which pods, by which ranking rule).
import { controllerRef } from '../objects/pod';
import type { ReplicaSet } from '../objects/types';
import { type WhyContext, newestFirst, recordsOf } from './context';
import type { WhyAnswer, WhyCause } from './types';
import { replicasCauses } from './workload-replicas';

export function replicaSetWhy(c: WhyContext, ns: string, name: string): WhyAnswer | undefined {
  const rs = c.api.getByKind<ReplicaSet>('ReplicaSet', ns, name);
  if (!rs) return undefined;
  const ref = { kind: 'ReplicaSet', ns, name };
  const replicas = rs.spec?.replicas ?? 1;
  const owner = controllerRef(rs);
  const summary = `${name} wants ${replicas}: ${rs.status?.replicas ?? 0} pod${rs.status?.replicas === 1 ? '' : 's'}, ${rs.status?.readyReplicas ?? 0} ready${owner ? ` (owned by ${owner.kind} ${owner.name}, revision ${rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '?'})` : ''}.`;
  const causes: WhyCause[] = [...replicasCauses(c, 'ReplicaSet', 'replicasets', ns, name, replicas)];
  for (const s of recordsOf(c, 'rs', (r) => r.ns === ns && r.rs === name).slice(0, 2)) {
    const did = s.created.length ? `created ${s.created.join(', ')}` : `removed ${s.deleted.map((v) => (v.rule ? `${v.pod} (${v.rule}, unlike ${v.vs})` : v.pod)).join(', ')}`;
    causes.push({ at: s.at, text: `It wanted ${s.want} and had ${s.had}, so it ${did}.`, actor: ref, ref });
  }
  return { kind: 'ReplicaSet', namespace: ns, name, now: c.now, summary, causes: newestFirst(causes) };
}
