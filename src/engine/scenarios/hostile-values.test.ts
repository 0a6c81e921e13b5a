// Issue 15 (hostile input): values that are well-typed but out of range must be defaulted or
// refused by the API server as upstream does, so no NaN, Infinity or wrong value reaches the
// store or a timer. Commands in, cluster out.
import { describe, expect, it } from 'vitest';
import { type Cluster, createCluster } from '../index';
import { kubectlOk } from '../testing/helpers';

const apply = (c: Cluster, obj: unknown) => c.kubectl('apply -f -', JSON.stringify(obj));

function pod(name: string, container: Record<string, unknown>, spec: Record<string, unknown> = {}) {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'nginx:1.27', ...container }], ...spec } };
}

describe('probes: SetDefaults_Probe turns zeros into defaults', () => {
  it('periodSeconds 0 becomes 10, and the cluster keeps running (it used to stop every timer)', () => {
    const c = createCluster({ seed: 1 });
    const probe = { exec: { command: ['true'] }, periodSeconds: 0, timeoutSeconds: 0, successThreshold: 0, failureThreshold: 0 };
    expect(apply(c, pod('p', { readinessProbe: probe })).stdout).toBe('pod/p created\n');
    expect(kubectlOk(c, 'get pod p -o jsonpath={.spec.containers[0].readinessProbe}')).toBe(
      '{"exec":{"command":["true"]},"failureThreshold":3,"periodSeconds":10,"successThreshold":1,"timeoutSeconds":1}',
    );
    c.advance(60_000);
    expect(Number.isFinite(c.nextEventAt())).toBe(true);
    kubectlOk(c, 'create deployment x --image=nginx');
    c.advance(30_000);
    expect(kubectlOk(c, 'get deploy x')).toMatch(/^x\s+1\/1\s+1\s+1\s+30s$/m);
    expect(kubectlOk(c, 'get pod p')).toMatch(/^p\s+1\/1\s+Running\s+0\s+90s$/m);
  });
});

describe('probes: validation with the real texts', () => {
  const c = createCluster({ seed: 2, nodes: 1 });
  const cases: [string, Record<string, unknown>, string][] = [
    ['negative period', { livenessProbe: { exec: { command: ['true'] }, periodSeconds: -1 } }, 'spec.containers[0].livenessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0'],
    ['negative failure threshold', { readinessProbe: { tcpSocket: { port: 80 }, failureThreshold: -3 } }, 'spec.containers[0].readinessProbe.failureThreshold: Invalid value: -3: must be greater than or equal to 0'],
    ['liveness successThreshold 2', { livenessProbe: { exec: { command: ['true'] }, successThreshold: 2 } }, 'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1'],
    ['startup successThreshold 3', { startupProbe: { exec: { command: ['true'] }, successThreshold: 3 } }, 'spec.containers[0].startupProbe.successThreshold: Invalid value: 3: must be 1'],
    ['empty exec command', { livenessProbe: { exec: { command: [] } } }, 'spec.containers[0].livenessProbe.exec.command: Required value'],
    ['httpGet port 0', { readinessProbe: { httpGet: { port: 0 } } }, 'spec.containers[0].readinessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive'],
    ['tcpSocket port 70000', { readinessProbe: { tcpSocket: { port: 70000 } } }, 'spec.containers[0].readinessProbe.tcpSocket.port: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    ['tcpSocket bad port name', { livenessProbe: { tcpSocket: { port: 'Web_Port' } } }, 'spec.containers[0].livenessProbe.tcpSocket.port: Invalid value: "Web_Port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'],
    ['readiness termination grace', { readinessProbe: { tcpSocket: { port: 80 }, terminationGracePeriodSeconds: 5 } }, 'spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 5: must not be set for readinessProbes'],
    ['liveness termination grace 0', { livenessProbe: { tcpSocket: { port: 80 }, terminationGracePeriodSeconds: 0 } }, 'spec.containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0'],
  ];
  it.each(cases)('%s', (_, container, message) => {
    const r = apply(c, pod('bad', container));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(`The Pod "bad" is invalid: ${message}\n`);
  });
});

describe('HorizontalPodAutoscaler: values the controller would turn into NaN are refused', () => {
  const hpa = (spec: Record<string, unknown>) => ({
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'h' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, ...spec },
  });
  const cpu = (target: unknown) => [{ type: 'Resource', resource: { name: 'cpu', target } }];

  it('an averageUtilization that is not a number never reaches the Deployment as NaN replicas', () => {
    const c = createCluster({ seed: 5 });
    kubectlOk(c, 'create deployment web --image=nginx --replicas=2');
    // A wrong JSON type is the decoder's to refuse first; whichever layer does, nothing is stored.
    const r = apply(c, hpa({ maxReplicas: 5, metrics: cpu({ type: 'Utilization', averageUtilization: [1, 2] }) }));
    expect(r.exitCode).toBe(1);
    expect(c.list('HorizontalPodAutoscaler', 'default')).toEqual([]);
    c.advance(60_000);
    expect(kubectlOk(c, 'get deploy web')).toMatch(/^web\s+2\/2\s+2\s+2\s+60s$/m);
    expect(Number.isFinite(c.nextEventAt())).toBe(true);
  });

  const c = createCluster({ seed: 6, nodes: 1 });
  const cases: [string, Record<string, unknown>, string][] = [
    ['maxReplicas 0', { maxReplicas: 0 }, ' \n* spec.maxReplicas: Invalid value: 0: must be greater than 0\n* spec.maxReplicas: Invalid value: 0: must be greater than or equal to `minReplicas`'],
    ['minReplicas 0', { minReplicas: 0, maxReplicas: 3 }, ' spec.minReplicas: Invalid value: 0: must be greater than or equal to 1'],
    ['maxReplicas below minReplicas', { minReplicas: 4, maxReplicas: 3 }, ' spec.maxReplicas: Invalid value: 3: must be greater than or equal to `minReplicas`'],
    ['averageUtilization -5', { maxReplicas: 3, metrics: cpu({ type: 'Utilization', averageUtilization: -5 }) }, ' spec.metrics[0].resource.target.averageUtilization: Invalid value: -5: must be greater than 0'],
    ['scaleUp policy value 0', { maxReplicas: 3, behavior: { scaleUp: { policies: [{ type: 'Pods', value: 0, periodSeconds: 15 }] } } }, ' spec.behavior.scaleUp.policies[0].value: Invalid value: 0: must be greater than zero'],
    ['negative stabilization window', { maxReplicas: 3, behavior: { scaleDown: { stabilizationWindowSeconds: -1 } } }, ' spec.behavior.scaleDown.stabilizationWindowSeconds: Invalid value: -1: must be greater than or equal to zero'],
  ];
  it.each(cases)('%s', (_, spec, message) => {
    const r = apply(c, hpa(spec));
    expect(r.stderr).toBe(`The HorizontalPodAutoscaler "h" is invalid:${message}\n`);
  });
});
