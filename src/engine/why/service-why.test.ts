// "Why?" for a Service: which pods get its traffic and why the others get none — not selected,
// not Ready (since the Ready transition), terminating (since your delete).
import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { createCluster } from '../cluster/cluster';
import type { Pod } from '../objects/types';
import { kubectlOk } from '../testing/helpers';
import { cause, podsOf, traced } from './test-helpers';

const READY_PROBE = (name: string, app: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, labels: {app: ${app}}}\nspec:\n  terminationGracePeriodSeconds: 30\n  containers:\n  - name: nginx\n    image: nginx\n    readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}\n`;

describe('why a pod gets no traffic', () => {
  it('not selected, not Ready, terminating, and who does get it', () => {
    const c = createCluster({ seed: 6 });
    kubectlOk(c, 'create deployment web --image=nginx --replicas=2');
    kubectlOk(c, 'apply -f -', READY_PROBE('flaky', 'web'));
    kubectlOk(c, 'apply -f -', READY_PROBE('other', 'api'));
    kubectlOk(c, 'expose deployment web --port=80');
    c.advance(30_000);
    c.inject({ type: 'fail-probe', pod: 'flaky', probe: 'readiness', durationMs: 120_000 });
    c.advance(30_000);
    const victim = podsOf(c, 'web-')[0].metadata.name;
    kubectlOk(c, `delete pod ${victim} --wait=false`);
    c.advance(100);
    const answer = c.why('Service', 'default', 'web');
    expect(cause(answer, /^other gets no traffic/).text).toBe('other gets no traffic: it is not selected; the selector app=web needs app=web (it has app=api).');
    const flaky = c.get<Pod>('Pod', 'default', 'flaky');
    const readyAt = Date.parse(String(flaky?.status?.conditions?.find((x) => x.type === 'Ready')?.lastTransitionTime)) - Date.parse('2025-01-01T00:00:00Z');
    expect(cause(answer, /^flaky gets no traffic/)).toMatchObject({ at: readyAt, ref: { kind: 'Pod', ns: 'default', name: 'flaky' } });
    expect(cause(answer, /^flaky gets no traffic/).text).toMatch(/^flaky gets no traffic: it is not Ready \(since 0:00:\d\d, ContainersNotReady\); ask "Why\?" on it/);
    expect(cause(answer, new RegExp(`^${victim} gets no traffic`))).toMatchObject({
      at: traced(c, { from: 'kubectl', verb: 'delete', resource: 'pods', name: victim }),
      text: `${victim} gets no traffic: it is terminating (deleted at 0:01:00), so the endpoints controller took it out.`,
    });
    expect(cause(answer, /get(s)? traffic:/).text).toMatch(/^1 pod gets traffic: web-\w+-\w+ \(selected by app=web and Ready; the last became Ready at \d:\d\d:\d\d\)\.$/);
  });
});
