// "Why?" for a Service: which pods get its traffic and why the others get none — not selected
// (their labels miss the selector), not Ready (since when, and why, from the pod's own answer),
// or terminating. kube-proxy routes only to ready endpoints the endpoints controller lists.
// [k8s: pkg/controller/endpoint/endpoints_controller.go, podEndpointsChanged / ShouldPodBeInEndpoints]
import { matchesMap } from '../objects/labels';
import { isPodReady, podCondition } from '../objects/pod';
import type { Pod } from '../objects/types';
import { type WhyContext, at, clock, newestFirst, recordsOf } from './context';
import type { WhyAnswer, WhyCause } from './types';

export function serviceWhy(c: WhyContext, ns: string, name: string): WhyAnswer | undefined {
  const svc = c.api.getByKind<{ kind: string; spec?: { selector?: Record<string, string> } } & Pod>('Service', ns, name);
  if (!svc) return undefined;
  const selector = svc.spec?.selector;
  const sel = selector ? Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(',') : '';
  const actor = { kind: 'Service', ns, name };
  const causes: WhyCause[] = [];
  if (!selector) return { kind: 'Service', namespace: ns, name, now: c.now, summary: `${name} has no selector: only Endpoints written by hand give it backends.`, causes };
  const serving: string[] = [];
  let servingSince = 0;
  for (const pod of c.api.list<Pod>('Pod', ns)) {
    const pname = pod.metadata.name;
    const ref = { kind: 'Pod', ns, name: pname };
    const labels = pod.metadata.labels ?? {};
    if (!matchesMap(selector, labels)) {
      // Only pods that look related (they share a selector key) are worth a sentence.
      const shared = Object.keys(selector).filter((k) => Object.hasOwn(labels, k));
      if (shared.length) {
        const missing = Object.entries(selector).filter(([k, v]) => labels[k] !== v).map(([k, v]) => `${k}=${v} (it has ${k}=${labels[k] ?? 'nothing'})`);
        causes.push({ at: at(pod.metadata.creationTimestamp) ?? 0, text: `${pname} gets no traffic: it is not selected; the selector ${sel} needs ${missing.join(', ')}.`, actor, ref });
      }
      continue;
    }
    if (pod.metadata.deletionTimestamp) {
      const del = recordsOf(c, 'req', (r) => r.res === 'pods' && r.ns === ns && r.name === pname && (r.verb === 'delete' || (r.verb === 'evict' && !r.refused)))[0];
      const when = del?.at ?? at(pod.metadata.deletionTimestamp) ?? c.now;
      causes.push({ at: when, text: `${pname} gets no traffic: it is terminating (deleted at ${clock(when)}), so the endpoints controller took it out.`, actor, ref });
      continue;
    }
    const ready = podCondition(pod, 'Ready');
    if (!isPodReady(pod)) {
      const when = at(ready?.lastTransitionTime) ?? at(pod.metadata.creationTimestamp) ?? c.now;
      causes.push({ at: when, text: `${pname} gets no traffic: it is not Ready (since ${clock(when)}${ready?.reason ? `, ${ready.reason}` : ''}); ask "Why?" on it for the probe or container behind that.`, actor, ref });
      continue;
    }
    serving.push(pname);
    servingSince = Math.max(servingSince, at(ready?.lastTransitionTime) ?? 0);
  }
  if (serving.length) causes.push({ at: servingSince, text: `${serving.length} pod${serving.length === 1 ? '' : 's'} get${serving.length === 1 ? 's' : ''} traffic: ${serving.join(', ')} (selected by ${sel} and Ready; the last became Ready at ${clock(servingSince)}).`, actor });
  const summary = `${name} selects ${sel}: ${serving.length} ready endpoint${serving.length === 1 ? '' : 's'}.`;
  return { kind: 'Service', namespace: ns, name, now: c.now, summary, causes: newestFirst(causes) };
}
