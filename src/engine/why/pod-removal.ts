// Why a pod is terminating or gone: who asked (you, the ReplicaSet controller with the ranking
// rule that picked it, the taint eviction controller after the node's NotReady taint, a drain
// through the eviction API and the PodDisruptionBudget it respected, the garbage collector).
import { type WhyContext, actorOf, clock, forgotten, isYou, recordsOf, seconds, who } from './context';
import { capital } from './pod-creation';
import type { RequestRecord, WhyCause } from './types';

export function removalCauses(c: WhyContext, ns: string, name: string, labels: Record<string, string> | undefined): WhyCause[] {
  const ref = { kind: 'Pod', ns, name };
  const req = recordsOf(c, 'req', (r) => r.res === 'pods' && r.ns === ns && r.name === name && (r.verb === 'delete' || (r.verb === 'evict' && !r.refused)))[0];
  if (!req) return [forgotten(c, `Who removed ${name}`, ref) ?? { at: c.now, text: `No record says who removed ${name}.`, ref }];
  if (req.verb === 'evict') return evictionCauses(c, req, labels);
  if (isYou(req.actor)) return [{ at: req.at, text: `You deleted ${name} (kubectl delete) at ${clock(req.at)}.`, actor: actorOf(req.actor), ref }];
  if (req.actor === 'replicaset-controller') return rankingCauses(c, req);
  if (req.actor === 'taint-eviction-controller') {
    const e = recordsOf(c, 'evict', (x) => x.ns === ns && x.pod === name && x.at === req.at)[0];
    if (e)
      return [
        {
          at: req.at,
          text: `The taint eviction controller evicted ${name} at ${clock(req.at)}: ${e.node} had the taint ${e.taints.join(', ')} since ${clock(e.since)}, and ${name} tolerated it for ${seconds(req.at - e.since)} (its tolerationSeconds).`,
          actor: actorOf(req.actor),
          ref,
        },
        { at: e.since, text: `${e.node} was tainted ${e.taints.join(', ')} at ${clock(e.since)}, when the node lifecycle controller found it NotReady.`, actor: { kind: 'Node', name: e.node }, ref: { kind: 'Node', name: e.node } },
      ];
  }
  if (req.actor === 'garbage-collector-controller') return [{ at: req.at, text: `The garbage collector deleted ${name} at ${clock(req.at)}: its owner was gone.`, actor: actorOf(req.actor), ref }];
  if (req.actor === 'pod-garbage-collector') return [{ at: req.at, text: `The pod garbage collector deleted ${name} at ${clock(req.at)} (its node is gone, or too many finished pods).`, actor: actorOf(req.actor), ref }];
  return [{ at: req.at, text: `${capital(who(req.actor))} deleted ${name} at ${clock(req.at)}.`, actor: actorOf(req.actor), ref }];
}

function rankingCauses(c: WhyContext, req: RequestRecord): WhyCause[] {
  const ns = req.ns ?? 'default';
  const ref = { kind: 'Pod', ns, name: req.name };
  const sync = recordsOf(c, 'rs', (r) => r.ns === ns && r.at === req.at && r.deleted.some((v) => v.pod === req.name))[0];
  if (!sync) return [{ at: req.at, text: `The ReplicaSet controller deleted ${req.name} at ${clock(req.at)}.`, actor: actorOf(req.actor), ref }];
  const victim = sync.deleted.find((v) => v.pod === req.name);
  const rule = victim?.rule
    ? ` It chose ${req.name} over ${victim.vs} because ${req.name} was ${victim.rule} (the first rule of the ReplicaSet's deletion ranking that told them apart).`
    : victim?.vs
      ? ` Nothing in the deletion ranking told ${req.name} from ${victim.vs} apart; the order of the list decided.`
      : ` Every pod it had went.`;
  const causes: WhyCause[] = [{ at: req.at, text: `The ReplicaSet ${sync.rs} had ${sync.had} and wanted ${sync.want}, so it removed ${sync.had - sync.want}.${rule}`, actor: { kind: 'ReplicaSet', ns, name: sync.rs }, ref }];
  // Why it wanted fewer: the latest change of its count.
  const scale = recordsOf(c, 'req', (r) => r.res === 'replicasets' && r.ns === ns && r.name === sync.rs && r.replicas === sync.want && r.at <= req.at)[0];
  if (scale) causes.push({ at: scale.at, text: `${capital(who(scale.actor))} set the ReplicaSet ${sync.rs} to ${sync.want} replicas at ${clock(scale.at)}.`, actor: actorOf(scale.actor), ref: { kind: 'ReplicaSet', ns, name: sync.rs } });
  return causes;
}

function evictionCauses(c: WhyContext, req: RequestRecord, _labels: Record<string, string> | undefined): WhyCause[] {
  const ns = req.ns ?? 'default';
  const ref = { kind: 'Pod', ns, name: req.name };
  const by = isYou(req.actor) ? 'You evicted' : `${capital(who(req.actor))} evicted`;
  const budget = req.budget ? ` The eviction API checked the PodDisruptionBudget ${req.budget} and allowed it.` : ' No PodDisruptionBudget covers it, so the eviction API allowed it at once.';
  const causes: WhyCause[] = [{ at: req.at, text: `${by} ${req.name} at ${clock(req.at)} (kubectl drain uses the eviction API).${budget}`, actor: actorOf(req.actor), ref }];
  // The refusals a drain waited through before this one was allowed.
  const refusals = recordsOf(c, 'req', (r) => r.res === 'pods' && r.ns === ns && r.name === req.name && r.verb === 'evict' && r.refused === true && r.at <= req.at);
  if (refusals.length) {
    const first = refusals[refusals.length - 1];
    causes.push({
      at: first.at,
      text: `The eviction API refused to evict ${req.name} ${refusals.length} time${refusals.length === 1 ? '' : 's'} from ${clock(first.at)} (429: the budget ${first.budget ?? ''} allowed no disruption), so the drain waited and retried.`,
      actor: actorOf(first.actor),
      ref,
    });
  }
  return causes;
}
