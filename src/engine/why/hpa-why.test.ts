// "Why?" for a HorizontalPodAutoscaler: why 7 (the metric, the target, the ratio, the 0.1
// tolerance, ceil over the pods counted, min/max), and why it does not scale down yet (the 300 s
// stabilization window keeps the highest recent recommendation).
import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { phpApacheCluster } from '../autoscaling/fixtures';
import { kubectlOk } from '../testing/helpers';
import { cause, isNewestFirst } from './test-helpers';

describe('why an HPA wants this many', () => {
  // The count itself follows the cluster (kube-proxy on every node since the DaemonSets landed
  // moved the timings: 6 here, where the example had 7; kubeadm's CoreDNS pods moved the
  // last write from 0:02:10 to 0:01:55); what is checked is that the
  // answer's arithmetic is the decision behind the HPA's last write, at the time of that write.
  it('why N: the arithmetic of the decision that set N, at the time of its write', () => {
    const c = phpApacheCluster();
    kubectlOk(c, 'autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10');
    c.advance(30_000);
    c.inject({ type: 'load', service: 'php-apache', rps: 300 });
    c.advance(60_000);
    const answer = c.why('HorizontalPodAutoscaler', 'default', 'php-apache');
    const wanted = (c.get('HorizontalPodAutoscaler', 'default', 'php-apache') as { status?: { desiredReplicas?: number } } | undefined)?.status?.desiredReplicas;
    expect(wanted).toBe(6);
    expect(answer?.summary).toBe(`php-apache wants ${wanted} replicas of Deployment php-apache (min 1, max 10).`);
    const writes = c.trace().filter((t) => t.from === 'horizontal-pod-autoscaler' && t.verb === 'update' && t.resource === 'deployments');
    const toN = cause(answer, new RegExp(`proposed ceil\\(.*\\) = ${wanted}`));
    expect(toN.at).toBe(writes.at(-1)?.time);
    expect(toN.text).toBe(
      'At 0:01:55, with 5 replicas: cpu resource utilization (percentage of request) was 145% against a target of 50%, a ratio of 145/50 = 2.90; 1 pod was not ready yet (counted at 0%) and 2 had no metrics (counted at 100% or the target), so it recomputed conservatively over 5 pods: a ratio of 1.16; outside the tolerance of 0.1, so it proposed ceil(1.16 × 5 pods) = 6; min 1, max 10: the desired count is within the acceptable range.',
    );
    expect(toN.actor).toEqual({ kind: 'HorizontalPodAutoscaler', ns: 'default', name: 'php-apache' });
    expect(isNewestFirst(answer)).toBe(true);
  });

  it('why it does not scale down yet: the stabilization window', () => {
    const c = phpApacheCluster();
    kubectlOk(c, 'autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10');
    c.advance(30_000);
    c.inject({ type: 'load', service: 'php-apache', rps: 300 });
    c.advance(90_000);
    c.inject({ type: 'load', service: 'php-apache', rps: 0 });
    c.advance(60_000);
    const answer = c.why('HorizontalPodAutoscaler', 'default', 'php-apache');
    const latest = answer?.causes[0];
    expect(latest?.text).toMatch(
      /proposed ceil\(0\.\d\d × \d+ ready pods\) = \d+; then recent recommendations were higher than current one, applying the highest recent recommendation \(a 300 s stabilization window for scaling down\), giving \d+; min 1, max 10/,
    );
  });
});
