// Why a workload asks for this many replicas: the latest request that changed spec.replicas (your
// kubectl scale, the HPA's arithmetic, the Deployment controller's rollout step), with the
// decision behind it as the controller recorded it.
import { type WhyContext, actorOf, clock, forgotten, isYou, recordsOf, who } from './context';
import { hpaCause } from './hpa-why';
import { capital } from './pod-creation';
import { rolloutCause } from './rollout-text';
import type { RequestRecord, WhyCause } from './types';

/** The requests that set `res/ns/name`'s replicas to a new value, newest first. */
export function replicaChanges(c: WhyContext, res: string, ns: string, name: string): RequestRecord[] {
  const all = recordsOf(c, 'req', (r) => r.res === res && r.ns === ns && r.name === name && r.replicas !== undefined);
  return all.filter((r, i) => r.verb === 'create' || all[i + 1] === undefined || all[i + 1].replicas !== r.replicas);
}

export function replicasCauses(c: WhyContext, kind: string, res: string, ns: string, name: string, replicas: number): WhyCause[] {
  const ref = { kind, ns, name };
  const change = replicaChanges(c, res, ns, name).find((r) => r.replicas === replicas);
  if (!change) return [forgotten(c, `Who set ${name} to ${replicas} replicas`, ref) ?? { at: c.now, text: `No record says who set ${name} to ${replicas} replicas.`, ref }];
  const causes: WhyCause[] = [];
  if (change.actor === 'horizontal-pod-autoscaler') {
    const hpa = recordsOf(c, 'hpa', (h) => h.ns === ns && h.target === `${kind}/${name}` && h.replicas === replicas && h.at <= change.at)[0];
    causes.push({ at: change.at, text: `The HorizontalPodAutoscaler ${hpa ? hpa.hpa : ''} scaled ${name} to ${replicas} at ${clock(change.at)}.`.replace('  ', ' '), actor: hpa ? { kind: 'HorizontalPodAutoscaler', ns, name: hpa.hpa } : actorOf(change.actor), ref });
    if (hpa) causes.push(hpaCause(hpa));
    return causes;
  }
  if (change.actor === 'deployment-controller' && kind === 'ReplicaSet') {
    const step = recordsOf(c, 'rollout', (r) => r.ns === ns && r.rs === name && r.to === replicas && r.at <= change.at)[0];
    causes.push({ at: change.at, text: `The Deployment controller set ${name} to ${replicas} replicas at ${clock(change.at)}.`, actor: actorOf(change.actor), ref });
    if (step) causes.push(rolloutCause(step));
    return causes;
  }
  const verb = change.verb === 'create' ? `created ${name} with ${replicas} replicas` : `scaled ${name} to ${replicas} replicas${isYou(change.actor) ? ' (kubectl scale, apply or edit)' : ''}`;
  causes.push({ at: change.at, text: `${capital(who(change.actor))} ${verb} at ${clock(change.at)}.`, actor: actorOf(change.actor), ref });
  return causes;
}
