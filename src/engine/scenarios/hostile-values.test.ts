// Issue 15 (hostile input): values that are well-typed but out of range must be defaulted or
// refused by the API server as upstream does, so no NaN, Infinity or wrong value reaches the
// store or a timer. Commands in, cluster out.
import { describe, expect, it } from 'vitest';
import { type Cluster, createCluster, restoreCluster } from '../index';
import { formatEndpoints, servicePorts } from '../kubectl/printers/network';
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

describe('probes: the kubelet never turns a bad period into a stalled or spinning clock', () => {
  it.each([0, -5])('a stored periodSeconds %i (an object that skipped the API) probes every 10 s', (period) => {
    const a = createCluster({ seed: 3, nodes: 1 });
    kubectlOk(a, 'apply -f -', JSON.stringify(pod('p', { readinessProbe: { exec: { command: ['true'] } } })));
    const snap = JSON.parse(JSON.stringify(a.snapshot()));
    const stored = snap.store.objects.find((o: { kind: string; metadata: { name: string } }) => o.kind === 'Pod' && o.metadata.name === 'p');
    stored.spec.containers[0].readinessProbe.periodSeconds = period;
    const b = restoreCluster(snap);
    b.advance(60_000);
    expect(Number.isFinite(b.nextEventAt())).toBe(true);
    expect(kubectlOk(b, 'get pod p')).toMatch(/^p\s+1\/1\s+Running\s+0\s+60s$/m);
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
  it('a sidecar (init container with restartPolicy Always) has its probes checked too', () => {
    const sidecar = { name: 'side', image: 'busybox', restartPolicy: 'Always', readinessProbe: { exec: { command: ['true'] }, periodSeconds: -2 } };
    const r = apply(c, pod('bad', {}, { initContainers: [sidecar] }));
    expect(r.stderr).toBe('The Pod "bad" is invalid: spec.initContainers[0].readinessProbe.periodSeconds: Invalid value: -2: must be greater than or equal to 0\n');
  });

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

describe('Endpoints and EndpointSlices: ports and addresses validated, printed as kubectl does', () => {
  const c = createCluster({ seed: 7, nodes: 1 });
  const ep = (name: string, subsets: unknown) => ({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name }, subsets });

  it('an Endpoints port without a number is refused (it printed 10.0.0.1:undefined)', () => {
    const r = apply(c, ep('e', [{ addresses: [{ ip: '10.0.0.1' }], ports: [{}] }]));
    expect(r.stderr).toBe('The Endpoints "e" is invalid: subsets[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive\n');
    expect(c.get('Endpoints', 'default', 'e')).toBeUndefined();
  });

  it('addresses must be IPs outside the special ranges; several ports need names', () => {
    const r = apply(c, ep('e', [{ addresses: [{ ip: 'not-an-ip' }, { ip: '127.0.0.1' }], ports: [{ port: 80 }, { name: 'b', port: 81, protocol: 'XX' }] }, {}]));
    expect(r.stderr).toBe(
      'The Endpoints "e" is invalid: \n' +
        '* subsets[0].addresses[0].ip: Invalid value: "not-an-ip": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)\n' +
        '* subsets[0].addresses[1].ip: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8)\n' +
        '* subsets[0].ports[0].name: Required value\n' +
        '* subsets[0].ports[1].protocol: Unsupported value: "XX": supported values: "SCTP", "TCP", "UDP"\n' +
        '* subsets[1]: Required value: must specify `addresses` or `notReadyAddresses`\n',
    );
  });

  it('a port without a number (an object read before validation existed) prints Go\'s zero, never undefined', () => {
    const old = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'e' }, subsets: [{ addresses: [{ ip: '10.0.0.1' }, { ip: 'fd00::1' }], ports: [{}] }] };
    expect(formatEndpoints(old as never)).toBe('10.0.0.1:0,[fd00::1]:0');
    expect(servicePorts({ spec: { ports: [{}, { port: 80, nodePort: 30080, protocol: 'UDP' }] } } as never)).toBe('0/TCP,80:30080/UDP');
  });

  it('prints IPs alone for a port-less subset, an empty cell for only not-ready addresses', () => {
    kubectlOk(c, 'apply -f -', JSON.stringify(ep('headless', [{ addresses: [{ ip: '10.0.0.1' }] }])));
    kubectlOk(c, 'apply -f -', JSON.stringify(ep('warming', [{ notReadyAddresses: [{ ip: '10.0.0.2' }], ports: [{ port: 80 }] }])));
    expect(kubectlOk(c, 'get ep headless warming')).toBe('NAME       ENDPOINTS   AGE\nheadless   10.0.0.1    0s\nwarming                0s\n');
  });

  it('EndpointSlice: address type, addresses and port protocol are checked; a port without number prints <unset>', () => {
    const slice = (name: string, body: Record<string, unknown>) => ({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name }, ...body });
    const r = apply(c, slice('bad', { addressType: 'IPv4', endpoints: [{ addresses: ['300.1.1.1', '0.0.0.0'] }, { addresses: [] }], ports: [{ protocol: 'XX' }] }));
    expect(r.stderr).toBe(
      'The EndpointSlice "bad" is invalid: \n' +
        '* endpoints[0].addresses[0]: Invalid value: "300.1.1.1": must be a valid IPv4 address\n' +
        '* endpoints[0].addresses[1]: Invalid value: "0.0.0.0": may not be unspecified (0.0.0.0)\n' +
        '* endpoints[1].addresses: Required value: must contain at least 1 address\n' +
        '* ports[0].protocol: Unsupported value: "XX": supported values: "SCTP", "TCP", "UDP"\n',
    );
    kubectlOk(c, 'apply -f -', JSON.stringify(slice('any-port', { addressType: 'IPv4', endpoints: [{ addresses: ['10.0.0.1'] }], ports: [{}] })));
    expect(kubectlOk(c, 'get endpointslice any-port')).toBe('NAME       ADDRESSTYPE   PORTS     ENDPOINTS   AGE\nany-port   IPv4          <unset>   10.0.0.1    0s\n');
  });
});

describe('Service ports', () => {
  const c = createCluster({ seed: 8, nodes: 1 });
  const svc = (ports: unknown) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { selector: { app: 's' }, ports } });
  const cases: [string, unknown, string][] = [
    ['port 0 (targetPort defaults to it)', [{ port: 0 }], ' \n* spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive'],
    ['targetPort 70000', [{ port: 80, targetPort: 70000 }], ' spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    ['targetPort name with capitals', [{ port: 80, targetPort: 'Web_Port' }], ' spec.ports[0].targetPort: Invalid value: "Web_Port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'],
  ];
  it.each(cases)('%s', (_, ports, message) => {
    expect(apply(c, svc(ports)).stderr).toBe(`The Service "s" is invalid:${message}\n`);
  });

  it('targetPort 0 takes the port, as SetDefaults_Service does', () => {
    kubectlOk(c, 'apply -f -', JSON.stringify(svc([{ port: 8080, targetPort: 0 }])));
    expect(kubectlOk(c, 'get svc s -o jsonpath={.spec.ports[0].targetPort}')).toBe('8080');
  });
});

describe('terminationGracePeriodSeconds', () => {
  it('a negative grace period is accepted but a delete treats it as 1 s (pod strategy CheckGracefulDelete)', () => {
    const c = createCluster({ seed: 9, nodes: 1 });
    expect(apply(c, pod('p', {}, { terminationGracePeriodSeconds: -5 })).stdout).toBe('pod/p created\n');
    c.advance(20_000);
    kubectlOk(c, 'delete pod p --wait=false');
    expect(c.get('Pod', 'default', 'p')?.metadata.deletionGracePeriodSeconds).toBe(1);
    c.advance(5_000);
    expect(c.get('Pod', 'default', 'p')).toBeUndefined();
    expect(Number.isFinite(c.nextEventAt())).toBe(true);
  });
});

describe('volume file modes', () => {
  it('a defaultMode or item mode outside 0–0777 is refused', () => {
    const c = createCluster({ seed: 10, nodes: 1 });
    const volumes = [
      { name: 'cfg', configMap: { name: 'cfg', defaultMode: 512, items: [{ key: 'a', path: 'a', mode: -1 }] } },
      { name: 'sec', secret: { secretName: 's', defaultMode: 420 } },
    ];
    expect(apply(c, pod('p', {}, { volumes })).stderr).toBe(
      'The Pod "p" is invalid: \n' +
        '* spec.volumes[0].configMap.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive\n' +
        '* spec.volumes[0].configMap.items[0].mode: Invalid value: -1: must be a number between 0 and 0777 (octal), both inclusive\n',
    );
  });
});
