// Two HPAs on one Deployment: once both have been reconciled, each finds the other selecting its
// pods and stops with ScalingActive=False AmbiguousSelector, so replicas stay where they are.
// Before, they took turns rescaling the Deployment every 15 s.
// [k8s: pkg/controller/podautoscaler/horizontal.go validateAndParseSelector]
import { describe, expect, it } from 'vitest';
import { type Cluster, restoreCluster } from '../cluster/cluster';
import type { KObject } from '../objects/types';
import { kubectlOk } from '../testing/helpers';
import { phpApacheCluster } from './fixtures';

const replicas = (c: Cluster) => c.get<KObject>('Deployment', 'default', 'php-apache')?.spec?.replicas;
const scalingActive = (c: Cluster, name: string) =>
  ((c.get<KObject>('HorizontalPodAutoscaler', 'default', name)?.status?.conditions ?? []) as { type: string; status: string; reason: string; message: string }[]).find((x) => x.type === 'ScalingActive');
const MESSAGE = 'pods by selector run=php-apache are controlled by multiple HPAs: [default/fast default/slow]';

function twoHpas(): Cluster {
  const c = phpApacheCluster();
  kubectlOk(c, 'autoscale deployment php-apache --name=fast --cpu-percent=50 --min=1 --max=10');
  kubectlOk(c, 'autoscale deployment php-apache --name=slow --cpu-percent=90 --min=1 --max=3');
  c.advance(30_000);
  return c;
}

describe('HPAs selecting the same pods', () => {
  it('both report AmbiguousSelector and leave replicas alone under load', () => {
    const c = twoHpas();
    expect(replicas(c)).toBe(1);
    c.inject({ type: 'load', service: 'php-apache', rps: 300 });
    c.advance(300_000);
    expect(replicas(c)).toBe(1);
    for (const name of ['fast', 'slow']) expect(scalingActive(c, name)).toMatchObject({ status: 'False', reason: 'AmbiguousSelector', message: MESSAGE });
    const events = c
      .list<KObject>('Event', 'default')
      .filter((e) => (e.involvedObject as { name: string }).name === 'fast' && e.type === 'Warning')
      .map((e) => `${e.reason} ${e.message}`);
    expect(events).toEqual([`AmbiguousSelector ${MESSAGE}`, `FailedComputeMetricsReplicas ${MESSAGE}`]);
    expect(kubectlOk(c, 'describe hpa fast')).toContain(`  ScalingActive   False   AmbiguousSelector   ${MESSAGE}\n`);
  });

  it('one HPA deleted, the other scales again; the registry survives a snapshot', () => {
    const c = restoreCluster(JSON.parse(JSON.stringify(twoHpas().snapshot())));
    c.inject({ type: 'load', service: 'php-apache', rps: 300 });
    c.advance(30_000);
    expect(replicas(c)).toBe(1);
    kubectlOk(c, 'delete hpa slow');
    c.advance(60_000);
    expect(replicas(c)).toBeGreaterThan(1);
    expect(scalingActive(c, 'fast')).toMatchObject({ status: 'True', reason: 'ValidMetricFound' });
  });
});
