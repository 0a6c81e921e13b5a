// "Why?" for a pod: why it exists (its creator's decision and what made it necessary), why on
// this node (the audition), why it waited or is not Ready (pulls, back-off, config errors,
// probes), and why it is going or gone (who removed it and by which rule).
import { podSummary } from '../kubectl/printers/pod';
import type { Pod } from '../objects/types';
import { type WhyContext, clock, newestFirst, recordsOf } from './context';
import { containerCauses } from './pod-containers';
import { creationCauses } from './pod-creation';
import { placementCauses } from './pod-placement';
import { removalCauses } from './pod-removal';
import type { WhyAnswer } from './types';

export function podWhy(c: WhyContext, ns: string, name: string): WhyAnswer | undefined {
  const pod = c.api.getByKind<Pod>('Pod', ns, name);
  if (!pod) return goneWhy(c, ns, name);
  const s = podSummary(pod);
  const node = pod.spec?.nodeName;
  const summary = `${name} is ${s.status}${node ? ` on ${node}` : ''}, ${s.ready} ready${s.restarts ? `, ${s.restarts} restart${s.restarts === 1 ? '' : 's'}` : ''}.`;
  const causes = [...creationCauses(c, pod), ...placementCauses(c, pod), ...containerCauses(c, pod)];
  if (pod.metadata.deletionTimestamp) causes.push(...removalCauses(c, ns, name, pod.metadata.labels));
  return { kind: 'Pod', namespace: ns, name, now: c.now, summary, causes: newestFirst(causes) };
}

/** A pod no longer in the API: the ledger still knows who removed it, for as long as it keeps records. */
function goneWhy(c: WhyContext, ns: string, name: string): WhyAnswer | undefined {
  const seen = recordsOf(c, 'req', (r) => r.res === 'pods' && r.ns === ns && r.name === name)[0];
  if (!seen) return undefined;
  const causes = removalCauses(c, ns, name, undefined);
  return { kind: 'Pod', namespace: ns, name, now: c.now, summary: `${name} is gone (last seen in a request at ${clock(seen.at)}).`, causes: newestFirst(causes) };
}
