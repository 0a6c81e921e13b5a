// "Why?" for Deployments and ReplicaSets: this many replicas because of your scale or the HPA's
// arithmetic; a rollout paused by you or stuck past its progress deadline; why the old
// ReplicaSet still has pods (maxUnavailable/maxSurge arithmetic).
import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { phpApacheCluster } from '../autoscaling/fixtures';
import { createCluster } from '../cluster/cluster';
import type { ReplicaSet } from '../objects/types';
import { kubectlOk } from '../testing/helpers';
import { cause, isNewestFirst, traced } from './test-helpers';

describe('why a Deployment has this many replicas', () => {
  it('your kubectl scale, at the time of the request', () => {
    const c = createCluster({ seed: 1 });
    kubectlOk(c, 'create deployment web --image=nginx --replicas=3');
    c.advance(12_000);
    kubectlOk(c, 'scale deployment web --replicas=5');
    c.advance(1_000);
    const answer = c.why('Deployment', 'default', 'web');
    expect(answer?.summary).toMatch(/^web wants 5 replicas: /);
    expect(cause(answer, /scaled web to 5/)).toMatchObject({
      at: traced(c, { from: 'kubectl', verb: 'update', resource: 'deployments', name: 'web' }),
      text: 'You scaled web to 5 replicas (kubectl scale, apply or edit) at 0:00:12.',
      actor: { kind: 'you', name: 'you' },
    });
  });

  it("the HPA's arithmetic: metric, target, ratio, tolerance 0.1, ready pods, min/max", () => {
    const c = phpApacheCluster();
    kubectlOk(c, 'autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10');
    c.advance(30_000);
    c.inject({ type: 'load', service: 'php-apache', rps: 300 });
    c.advance(60_000);
    const replicas = c.get('Deployment', 'default', 'php-apache')?.spec?.replicas;
    const scaledAt = c.trace().filter((t) => t.from === 'horizontal-pod-autoscaler' && t.verb === 'update' && t.resource === 'deployments').at(-1)?.time;
    const answer = c.why('Deployment', 'default', 'php-apache');
    expect(cause(answer, /HorizontalPodAutoscaler php-apache scaled/)).toMatchObject({ at: scaledAt, text: `The HorizontalPodAutoscaler php-apache scaled php-apache to ${replicas} at ${clockOf(scaledAt ?? 0)}.` });
    const arithmetic = cause(answer, /against a target of 50%/);
    expect(arithmetic.at).toBe(scaledAt);
    expect(arithmetic.text).toMatch(/^At \d:\d\d:\d\d, with \d+ replicas: cpu resource utilization \(percentage of request\) was \d+% against a target of 50%, a ratio of \d+\/50 = \d\.\d\d; .*outside the tolerance of 0\.1, so it proposed ceil\(\d\.\d\d × \d+( ready)? pods\) = \d+; min 1, max 10: /);
  });
});

function clockOf(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

describe('why a rollout is where it is', () => {
  it('the old ReplicaSet still has its pods: maxUnavailable arithmetic; paused by you; past the progress deadline', () => {
    const c = createCluster({ seed: 4 });
    kubectlOk(c, 'create deployment web --image=nginx --replicas=3');
    c.advance(30_000);
    kubectlOk(c, 'set image deployment/web nginx=nginx:doesnotexist');
    c.advance(40_000);
    const rss = c.list<ReplicaSet>('ReplicaSet', 'default');
    const old = rss.find((r) => r.metadata.annotations?.['deployment.kubernetes.io/revision'] === '1');
    const answer = c.why('Deployment', 'default', 'web');
    const blocked = cause(answer, /keeps 3/);
    expect(blocked.text).toBe(
      `Since 0:00:30 the old ReplicaSet ${old?.metadata.name} keeps 3: at least 3 − maxUnavailable 0 = 3 pods must stay available; the ReplicaSets ask for 4 pods and the new ReplicaSet has 1 not available yet, so the rollout may remove 4 − 3 − 1 = 0, none. It waits for new pods to become available.`,
    );
    expect(blocked.actor).toEqual({ kind: 'Deployment', ns: 'default', name: 'web' });
    expect(Math.floor(blocked.at / 1000)).toBe(30);
    kubectlOk(c, 'rollout pause deployment/web');
    c.advance(1_000);
    const paused = c.why('Deployment', 'default', 'web');
    expect(cause(paused, /You paused the rollout/).at).toBe(70_000);
    expect(isNewestFirst(paused)).toBe(true);
  });

  it('a progress deadline exceeded, with the controller’s message', () => {
    const c = createCluster({ seed: 4 });
    kubectlOk(
      c,
      'apply -f -',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n  progressDeadlineSeconds: 20\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - {name: nginx, image: "nginx:doesnotexist"}\n',
    );
    c.advance(60_000);
    const answer = c.why('Deployment', 'default', 'web');
    const stuck = cause(answer, /stopped progressing/);
    expect(stuck.text).toMatch(/^The rollout stopped progressing: ReplicaSet "web-\w+" has timed out progressing\. \(no new pod became available within progressDeadlineSeconds, 20 s\)\.$/);
  });

  it('a ReplicaSet: its count set by the rollout step, and what its syncs did', () => {
    const c = createCluster({ seed: 4 });
    kubectlOk(c, 'create deployment web --image=nginx --replicas=3');
    c.advance(30_000);
    kubectlOk(c, 'set image deployment/web nginx=nginx:1.27');
    c.advance(60_000);
    const rss = c.list<ReplicaSet>('ReplicaSet', 'default');
    const old = rss.find((r) => r.metadata.annotations?.['deployment.kubernetes.io/revision'] === '1');
    const answer = c.why('ReplicaSet', 'default', old?.metadata.name ?? '');
    expect(answer?.summary).toBe(`${old?.metadata.name} wants 0: 0 pods, 0 ready (owned by Deployment web, revision 1).`);
    const set = cause(answer, /set .* to 0 replicas/);
    expect(set.at).toBe(c.trace().filter((t) => t.from === 'deployment-controller' && t.verb === 'update' && t.resource === 'replicasets' && t.name === old?.metadata.name).at(-1)?.time);
    expect(cause(answer, /the rollout scaled the old ReplicaSet .* from 1 to 0: maxUnavailable 0 keeps at least 3 − 0 = 3 pods available, and 4 were\./).at).toBe(set.at);
  });
});
