import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster, type Cluster } from '../cluster/cluster';
import type { KObject } from '../objects/types';
import { phpApacheCluster } from './fixtures';

const k = (c: Cluster, line: string, stdin?: string) => c.kubectl(line, stdin);
const replicas = (c: Cluster) => c.get<KObject>('Deployment', 'default', 'php-apache')?.spec?.replicas;
const events = (c: Cluster, reason: string) =>
  c.list<KObject>('Event', 'default').filter((e) => e.reason === reason && (e.involvedObject as { kind: string }).kind === 'HorizontalPodAutoscaler').map((e) => `${e.type} ${e.reason} ${e.message}`);

function autoscaled(): Cluster {
  const c = phpApacheCluster();
  expect(k(c, 'autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10').stdout).toBe('horizontalpodautoscaler.autoscaling/php-apache autoscaled\n');
  return c;
}

describe('HPA walkthrough (php-apache)', () => {
  it('shows <unknown> before the first sync, then 0% at idle', () => {
    const c = autoscaled();
    expect(k(c, 'get hpa').stdout).toBe(
      'NAME         REFERENCE               TARGETS              MINPODS   MAXPODS   REPLICAS   AGE\n' +
        'php-apache   Deployment/php-apache   cpu: <unknown>/50%   1         10        0          0s\n',
    );
    c.advance(30_000);
    expect(k(c, 'get hpa').stdout).toContain('php-apache   Deployment/php-apache   cpu: 0%/50%   1         10        1          30s\n');
  });

  it('250% with one pod → recommends 5, the legacy rate limit gives 4, then grows; scale-down waits 300 s', () => {
    const c = autoscaled();
    c.advance(30_000);
    c.inject({ type: 'load', service: 'php-apache', rps: 300 });
    c.advance(15_000);
    // One pod capped at its 500m limit: 500/200 = 250% → ceil(250/50 × 1) = 5 → max(2×1, 4) = 4.
    expect(k(c, 'get hpa').stdout).toContain('cpu: 250%/50%');
    expect(replicas(c)).toBe(4);
    expect(events(c, 'SuccessfulRescale')).toEqual(['Normal SuccessfulRescale New size: 4; reason: cpu resource utilization (percentage of request) above target']);
    const hpa = c.get<KObject>('HorizontalPodAutoscaler', 'default', 'php-apache');
    const limited = ((hpa?.status?.conditions ?? []) as { type: string; reason: string; status: string }[]).find((x) => x.type === 'ScalingLimited');
    expect(limited).toMatchObject({ status: 'True', reason: 'ScaleUpLimit' });
    c.advance(120_000);
    const peak = replicas(c) as number;
    expect(peak).toBeGreaterThanOrEqual(5);
    expect(peak).toBeLessThanOrEqual(10);
    // Load stops: recommendations fall to 1 at once, but the 5-minute window holds the peak.
    c.inject({ type: 'load', service: 'php-apache', rps: 0 });
    const stoppedAt = c.now();
    c.advance(240_000);
    expect(replicas(c)).toBe(peak);
    const hpa2 = c.get<KObject>('HorizontalPodAutoscaler', 'default', 'php-apache');
    expect(((hpa2?.status?.conditions ?? []) as { type: string; reason: string }[])[0]).toMatchObject({ type: 'AbleToScale', reason: 'ScaleDownStabilized' });
    c.advance(120_000);
    expect(replicas(c)).toBe(1);
    expect(events(c, 'SuccessfulRescale').at(-1)).toBe('Normal SuccessfulRescale New size: 1; reason: All metrics below target');
    const scaledDownAt = Date.parse(c.get<KObject>('HorizontalPodAutoscaler', 'default', 'php-apache')?.status?.lastScaleTime as string) - Date.UTC(2025, 0, 1);
    expect(scaledDownAt - stoppedAt).toBeGreaterThanOrEqual(300_000);
  });

  it('describe hpa has the real layout', () => {
    const c = autoscaled();
    c.advance(30_000);
    const out = k(c, 'describe hpa php-apache').stdout;
    expect(out).toContain('Metrics:                                               ( current / target )\n');
    expect(out).toContain('  resource cpu on pods  (as a percentage of request):  0% (1m) / 50%\n');
    expect(out).toContain('Deployment pods:                                       1 current / 1 desired\n');
    // 0% recommends 0 replicas; the window still holds the initial 1 (as on a real idle cluster).
    expect(out).toContain('  AbleToScale     True    ScaleDownStabilized  recent recommendations were higher than current one, applying the highest recent recommendation\n');
    expect(out).toContain('  ScalingActive   True    ValidMetricFound     the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)\n');
    expect(out).toContain('  ScalingLimited  False   DesiredWithinRange   the desired count is within the acceptable range\n');
    c.advance(300_000);
    const later = k(c, 'describe hpa php-apache').stdout;
    expect(later).toContain('  AbleToScale     True    ReadyForNewScale  recommended size matches current size\n');
    expect(later).toContain('  ScalingLimited  True    TooFewReplicas    the desired replica count is less than the minimum replica count\n');
  });

  it('snapshot round-trip continues identically', () => {
    const c = autoscaled();
    c.advance(30_000);
    c.inject({ type: 'load', service: 'php-apache', rps: 300 });
    c.advance(20_000);
    const r = restoreCluster(c.snapshot());
    c.advance(200_000);
    r.advance(200_000);
    for (const line of ['get hpa php-apache -o json', 'get deploy php-apache -o json', 'top pods', 'top nodes', 'get events -o json'])
      expect(k(r, line).stdout).toBe(k(c, line).stdout);
  });
});

describe('failing metrics', () => {
  it('FailedGetResourceMetric when the target has no CPU requests', () => {
    const c = createCluster({ seed: 3 });
    k(c, 'create deployment web --image=nginx');
    c.advance(30_000);
    k(c, 'autoscale deployment web --max=5');
    c.advance(60_000);
    const pod = c.list<KObject>('Pod', 'default')[0].metadata.name;
    const detail = `failed to get cpu utilization: missing request for cpu in container nginx of Pod ${pod}`;
    expect(events(c, 'FailedGetResourceMetric')).toEqual([`Warning FailedGetResourceMetric ${detail}`]);
    expect(events(c, 'FailedComputeMetricsReplicas')).toEqual([
      `Warning FailedComputeMetricsReplicas invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: ${detail}`,
    ]);
    const out = k(c, 'describe hpa web').stdout;
    expect(out).toContain('  resource cpu on pods  (as a percentage of request):  <unknown> / 80%\n');
    expect(out).toContain(`ScalingActive  False   FailedGetResourceMetric  the HPA was unable to compute the replica count: ${detail}\n`);
    expect(out).toContain('AbleToScale    True    SucceededGetScale        the HPA controller was able to get the target\'s current scale\n');
    expect(k(c, 'get hpa web -o json').stdout).toContain('"currentMetrics": [\n            {\n                "type": ""\n            }\n        ]');
  });

  it('FailedGetScale when the target does not exist', () => {
    const c = createCluster();
    const r = k(c, 'apply -f -', 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ghost\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ghost}\n  maxReplicas: 3\n');
    expect(r.exitCode).toBe(0);
    c.advance(16_000);
    expect(events(c, 'FailedGetScale')).toEqual(['Warning FailedGetScale deployments.apps "ghost" not found']);
  });
});

describe('HorizontalPodAutoscaler API', () => {
  const hpa = (spec: string) => `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h\nspec:\n${spec}`;
  it('defaults minReplicas and the 80% cpu metric; behavior only when given', () => {
    const c = createCluster();
    k(c, 'apply -f -', hpa('  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: x}\n  maxReplicas: 3\n  behavior:\n    scaleDown:\n      stabilizationWindowSeconds: 60\n'));
    const o = c.get<KObject>('HorizontalPodAutoscaler', 'default', 'h');
    expect(o?.spec?.minReplicas).toBe(1);
    expect(o?.spec?.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }]);
    expect(o?.spec?.behavior).toEqual({
      scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }] },
      scaleDown: { stabilizationWindowSeconds: 60, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] },
    });
    expect(k(c, 'get hpa h').stdout).toContain('cpu: <unknown>/80%');
  });

  it.each([
    ['  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: x}\n  maxReplicas: 0\n', // minReplicas is defaulted to 1 before validation, so both checks fire (as on a real server).
      'The HorizontalPodAutoscaler "h" is invalid: \n* spec.maxReplicas: Invalid value: 0: must be greater than 0\n* spec.maxReplicas: Invalid value: 0: must be greater than or equal to `minReplicas`\n'],
    [
      '  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: x}\n  minReplicas: 5\n  maxReplicas: 2\n',
      'The HorizontalPodAutoscaler "h" is invalid: spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`\n',
    ],
    ['  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment}\n  maxReplicas: 2\n', 'The HorizontalPodAutoscaler "h" is invalid: spec.scaleTargetRef.name: Required value\n'],
    [
      '  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: x}\n  maxReplicas: 2\n  metrics:\n  - type: Resource\n    resource: {name: cpu, target: {type: Utilization, averageUtilization: 0}}\n',
      'The HorizontalPodAutoscaler "h" is invalid: spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0\n',
    ],
  ])('rejects with the real text (%#)', (spec, err) => {
    const c = createCluster();
    expect(k(c, 'apply -f -', hpa(spec)).stderr).toBe(err);
  });
});

describe('kubectl top / autoscale', () => {
  it('top pods says "metrics not available yet" before the second scrape, then prints usage', () => {
    const c = createCluster();
    k(c, 'create deployment web --image=nginx');
    c.advance(25_000);
    expect(k(c, 'top pods')).toEqual({ stdout: '', stderr: 'error: metrics not available yet\n', exitCode: 1 });
    c.advance(30_000);
    const pod = c.list<KObject>('Pod', 'default')[0].metadata.name;
    const out = k(c, 'top pods').stdout.split('\n');
    expect(out[0]).toBe('NAME                   CPU(cores)   MEMORY(bytes)   ');
    expect(out[1]).toMatch(new RegExp(`^${pod}   1m           \\d+Mi +$`));
    expect(k(c, 'top nodes').stdout.split('\n')[0]).toBe('NAME     CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   ');
  });

  it('autoscale --dry-run=client -o yaml prints the autoscaling/v1 object kubectl 1.32 builds', () => {
    const c = phpApacheCluster();
    expect(k(c, 'autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10 --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata:\n  creationTimestamp: null\n  name: php-apache\nspec:\n  maxReplicas: 10\n  minReplicas: 1\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: php-apache\n  targetCPUUtilizationPercentage: 50\nstatus:\n  currentReplicas: 0\n  desiredReplicas: 0\n',
    );
    expect(c.list('HorizontalPodAutoscaler')).toEqual([]);
  });

  it.each([
    ['autoscale deployment php-apache --max=0', 'error: --max=MAXPODS is required and must be at least 1, max: 0\n'],
    ['autoscale deployment php-apache --min=5 --max=2', 'error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: 2, min: 5\n'],
    ['autoscale deployment nope --max=2', 'Error from server (NotFound): deployments.apps "nope" not found\n'],
  ])('%s', (line, err) => {
    const c = phpApacheCluster();
    expect(k(c, line).stderr).toBe(err);
  });
});
