// "Why?" for a Deployment: why this many replicas (your scale or the HPA's arithmetic), why the
// rollout is paused or stuck (your pause, the progress deadline), and the rolling update's latest
// steps with their maxSurge/maxUnavailable arithmetic (why the old ReplicaSet still has pods).
import type { Deployment } from '../objects/types';
import { type WhyContext, actorOf, at, clock, newestFirst, recordsOf } from './context';
import { rolloutCause } from './rollout-text';
import type { WhyAnswer, WhyCause } from './types';
import { replicasCauses } from './workload-replicas';

export function deploymentWhy(c: WhyContext, ns: string, name: string): WhyAnswer | undefined {
  const d = c.api.getByKind<Deployment>('Deployment', ns, name);
  if (!d) return undefined;
  const ref = { kind: 'Deployment', ns, name };
  const replicas = d.spec?.replicas ?? 1;
  const st = d.status ?? {};
  const summary = `${name} wants ${replicas} replica${replicas === 1 ? '' : 's'}: ${st.readyReplicas ?? 0} ready, ${st.updatedReplicas ?? 0} up to date, ${st.availableReplicas ?? 0} available${d.spec?.paused ? '; its rollout is paused' : ''}.`;
  const causes: WhyCause[] = [...replicasCauses(c, 'Deployment', 'deployments', ns, name, replicas)];
  if (d.spec?.paused) {
    const pause = recordsOf(c, 'req', (r) => r.res === 'deployments' && r.ns === ns && r.name === name && r.paused !== undefined).find((r, i, all) => r.paused && !all[i + 1]?.paused);
    if (pause) causes.push({ at: pause.at, text: `You paused the rollout (kubectl rollout pause) at ${clock(pause.at)}: the controller keeps the ReplicaSets as they are until you resume it.`, actor: actorOf(pause.actor), ref });
  }
  const progressing = st.conditions?.find((x) => x.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded')
    causes.push({ at: at(progressing.lastUpdateTime) ?? c.now, text: `The rollout stopped progressing: ${progressing.message} (no new pod became available within progressDeadlineSeconds, ${d.spec?.progressDeadlineSeconds ?? 600} s).`, actor: { kind: 'Component', name: 'deployment-controller' }, ref });
  // The current rollout's latest steps.
  for (const r of recordsOf(c, 'rollout', (x) => x.ns === ns && x.deployment === name).slice(0, 3)) causes.push(rolloutCause(r));
  return { kind: 'Deployment', namespace: ns, name, now: c.now, summary, causes: newestFirst(causes) };
}
