// "Why?" for a Job: its conditions (Complete, Failed with the reason: BackoffLimitExceeded,
// DeadlineExceeded…), and the Job controller's own events: which pods it created and when it
// backed off after failures (10 s doubling).
import type { KObject } from '../objects/types';
import { type WhyContext, at, clock, eventsOf, newestFirst } from './context';
import type { WhyAnswer, WhyCause } from './types';

export function jobWhy(c: WhyContext, ns: string, name: string): WhyAnswer | undefined {
  const job = c.api.getByKind<KObject>('Job', ns, name);
  if (!job) return undefined;
  const ref = { kind: 'Job', ns, name };
  const st = job.status ?? {};
  const summary = `${name}: ${st.succeeded ?? 0} of ${job.spec?.completions ?? 1} completions, ${st.active ?? 0} active, ${st.failed ?? 0} failed (backoffLimit ${job.spec?.backoffLimit ?? 6}, parallelism ${job.spec?.parallelism ?? 1}).`;
  const causes: WhyCause[] = [];
  for (const cond of st.conditions ?? []) {
    if (cond.status !== 'True') continue;
    const when = at(cond.lastTransitionTime) ?? c.now;
    causes.push({ at: when, text: `${cond.type} at ${clock(when)}${cond.reason ? ` (${cond.reason})` : ''}${cond.message ? `: ${cond.message}` : ''}.`, actor: { kind: 'Component', name: 'job-controller' }, ref });
  }
  for (const e of eventsOf(c, 'Job', ns, name)) {
    const when = at(e.lastTimestamp) ?? 0;
    const pod = /Created pod: (\S+)/.exec(e.message ?? '')?.[1];
    causes.push({ at: when, text: `The Job controller: ${e.reason}: ${e.message}${e.count && e.count > 1 ? ` (×${e.count})` : ''}.`, actor: { kind: 'Component', name: 'job-controller' }, ref: pod ? { kind: 'Pod', ns, name: pod } : ref });
  }
  return { kind: 'Job', namespace: ns, name, now: c.now, summary, causes: newestFirst(causes) };
}
