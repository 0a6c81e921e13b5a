// Why a pod exists: who created it, and why that creator wanted one more. A ReplicaSet's pod is
// explained by its sync (wanted N, had M) and by what took one away before it (your delete, an
// eviction, a scale up); a StatefulSet's by its ordinal; a bare pod by the request that made it.
import { controllerRef } from '../objects/pod';
import type { Pod } from '../objects/types';
import { type WhyContext, actorOf, at, clock, forgotten, isYou, recordsOf, who } from './context';
import type { RequestRecord, WhyCause } from './types';

export function creationCauses(c: WhyContext, pod: Pod): WhyCause[] {
  const ns = pod.metadata.namespace ?? 'default';
  const name = pod.metadata.name;
  const created = at(pod.metadata.creationTimestamp) ?? 0;
  const owner = controllerRef(pod);
  const ref = { kind: 'Pod', ns, name };
  if (owner?.kind === 'ReplicaSet') {
    const sync = recordsOf(c, 'rs', (r) => r.ns === ns && r.rs === owner.name && r.created.includes(name))[0];
    if (!sync) return [forgotten(c, `Why ReplicaSet ${owner.name} created ${name}`, ref) ?? { at: created, text: `The ReplicaSet ${owner.name} created ${name} at ${clock(created)}.`, actor: { kind: 'ReplicaSet', ns, name: owner.name }, ref }];
    const causes: WhyCause[] = [
      {
        at: sync.at,
        text: `The ReplicaSet ${owner.name} wanted ${sync.want} and had ${sync.had}, so it created ${name}${sync.created.length > 1 ? ` (and ${sync.created.length - 1} more)` : ''}.`,
        actor: { kind: 'ReplicaSet', ns, name: owner.name },
        ref,
      },
    ];
    const short = shortfall(c, ns, owner.name, sync.at);
    if (short) causes.push(short);
    return causes;
  }
  if (owner?.kind === 'StatefulSet') {
    const ordinal = name.slice(owner.name.length + 1);
    return [{ at: created, text: `The StatefulSet ${owner.name} created ${name} for ordinal ${ordinal}: a StatefulSet names its pods by ordinal and creates each one it is missing, in order.`, actor: { kind: 'StatefulSet', ns, name: owner.name }, ref }];
  }
  if (owner) return [{ at: created, text: `The ${owner.kind} ${owner.name} created ${name}.`, actor: { kind: owner.kind, ns, name: owner.name }, ref }];
  const req = recordsOf(c, 'req', (r) => r.res === 'pods' && r.verb === 'create' && r.ns === ns && r.name === name && r.at <= created + 1000)[0];
  if (!req) return [forgotten(c, `Who created ${name}`, ref) ?? { at: created, text: `${name} was created at ${clock(created)}; it has no owner, so nothing recreates it if it goes.`, ref }];
  return [{ at: req.at, text: `${capital(who(req.actor))} created ${name}; it has no owner, so nothing recreates it if it goes.`, actor: actorOf(req.actor), ref }];
}

/**
 * Why a ReplicaSet had fewer pods than it wanted at `before`: the latest thing that took one away
 * (a delete or eviction of one of its pods) or raised its count (a scale), at or before then.
 */
export function shortfall(c: WhyContext, ns: string, rs: string, before: number): WhyCause | undefined {
  const owner = `ReplicaSet/${rs}`;
  const raised = (r: RequestRecord, i: number, all: RequestRecord[]): boolean => {
    // An update that set a higher count than the previous record of the same ReplicaSet.
    const prev = all.slice(i + 1).find((p) => p.res === 'replicasets' && p.name === rs && p.replicas !== undefined);
    return r.replicas !== undefined && (prev === undefined ? r.verb === 'create' : r.replicas > (prev.replicas ?? 0));
  };
  const reqs = recordsOf(c, 'req', (r) => r.ns === ns && r.at <= before && ((r.res === 'pods' && r.owner === owner && (r.verb === 'delete' || (r.verb === 'evict' && !r.refused))) || (r.res === 'replicasets' && r.name === rs)));
  for (let i = 0; i < reqs.length; i++) {
    const r = reqs[i];
    if (r.res === 'pods') {
      const gone = podTakenAway(c, r);
      return { ...gone, text: `The ReplicaSet ${rs} had lost a pod ${gone.text}.` };
    }
    if (raised(r, i, reqs)) {
      const text = r.verb === 'create'
        ? `${capital(who(r.actor))} created the ReplicaSet ${rs} with ${r.replicas} replicas.`
        : `${capital(who(r.actor))} raised the ReplicaSet ${rs} to ${r.replicas} replicas.`;
      return { at: r.at, text, actor: actorOf(r.actor), ref: { kind: 'ReplicaSet', ns, name: rs } };
    }
  }
  return forgotten(c, `Why ReplicaSet ${rs} was short`, { kind: 'ReplicaSet', ns, name: rs });
}

/** A pod of a ReplicaSet that went away: who took it. */
function podTakenAway(c: WhyContext, r: RequestRecord): WhyCause {
  const ref = { kind: 'Pod', ns: r.ns, name: r.name };
  if (isYou(r.actor))
    return {
      at: r.at,
      text: r.verb === 'evict' ? `because you evicted ${r.name} (kubectl drain uses the eviction API) at ${clock(r.at)}` : `because you deleted ${r.name} at ${clock(r.at)}`,
      actor: actorOf(r.actor),
      ref,
    };
  const evict = r.actor === 'taint-eviction-controller' ? recordsOf(c, 'evict', (e) => e.ns === r.ns && e.pod === r.name && e.at === r.at)[0] : undefined;
  if (evict) return { at: r.at, text: `because the taint eviction controller evicted ${r.name} from ${evict.node} (taint ${evict.taints.join(', ')}) at ${clock(r.at)}`, actor: actorOf(r.actor), ref };
  return { at: r.at, text: `because ${who(r.actor)} deleted ${r.name} at ${clock(r.at)}`, actor: actorOf(r.actor), ref };
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
