import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster } from '../index';
import type { Cluster } from '../cluster/cluster';
import { kubectlOk, nginxDeployment, waitFor } from '../testing/helpers';
import type { KubeProxyComponent } from './kube-proxy';
import type { TrafficComponent } from './traffic';
import type { MetricsEvent } from './traffic-types';

const SIMPLE_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: my-service
spec:
  selector:
    app.kubernetes.io/name: MyApp
  ports:
    - protocol: TCP
      port: 80
      targetPort: 9376
`;

const LB_EXAMPLE = `apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app.kubernetes.io/name: load-balancer-example
  name: hello-world
spec:
  replicas: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: load-balancer-example
  template:
    metadata:
      labels:
        app.kubernetes.io/name: load-balancer-example
    spec:
      containers:
      - image: gcr.io/google-samples/hello-app:2.0
        name: hello-world
        ports:
        - containerPort: 8080
`;

function metrics(c: Cluster): MetricsEvent[] {
  const out: MetricsEvent[] = [];
  c.watch((e) => {
    if (e.type === 'METRICS') out.push(e);
  }, { metrics: true });
  return out;
}

function webCluster(replicas = 3, cpu = '100m', seed = 1): Cluster {
  const c = createCluster({ seed });
  kubectlOk(c, 'apply -f -', nginxDeployment('web', replicas, 'nginx:1.14.2', cpu));
  kubectlOk(c, 'expose deployment web --port=80');
  waitFor(c, () => (c.component<KubeProxyComponent>('kube-proxy')?.targets('default/web').endpoints.length ?? 0) === replicas, 60_000);
  return c;
}

describe('Service API', () => {
  it('defaults and allocates the official simple-service.yaml', () => {
    const c = createCluster();
    expect(kubectlOk(c, 'apply -f -', SIMPLE_SERVICE)).toBe('service/my-service created\n');
    const svc = c.get('Service', 'default', 'my-service') as { spec: Record<string, unknown>; status: unknown };
    expect(svc.spec.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\.\d+\.\d+$/);
    expect(svc.spec).toMatchObject({
      type: 'ClusterIP', sessionAffinity: 'None', internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack',
      clusterIPs: [svc.spec.clusterIP], ports: [{ protocol: 'TCP', port: 80, targetPort: 9376 }],
    });
    expect(svc.status).toEqual({ loadBalancer: {} });
    const kube = c.get('Service', 'default', 'kubernetes') as { spec: { clusterIP: string; ports: unknown[] } };
    expect(kube.spec.clusterIP).toBe('10.96.0.1');
    expect(kube.spec.ports).toEqual([{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }]);
    c.advance(2000);
    expect(c.kubectl('describe svc my-service').stdout).toContain('Endpoints:                <none>\n');
    expect(c.kubectl('get ep my-service').stdout).toMatch(/^NAME +ENDPOINTS +AGE\nmy-service +<none> +2s\n$/);
  });

  it.each([
    ['port: 70000', '\n* spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    ['port: 80\n  - port: 81', '\n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value'],
    ['port: 80\n    name: a\n  - port: 80\n    name: b', 'spec.ports[1]: Duplicate value: {"Name":"","Protocol":"TCP","AppProtocol":null,"Port":80,"TargetPort":0,"NodePort":0}'],
    ['port: 80\n    nodePort: 30080\n  type: ClusterIP', "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"],
    ['port: 80\n    nodePort: 80\n  type: NodePort', 'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767'],
  ])('rejects %s', (ports, message) => {
    const c = createCluster();
    const r = c.kubectl('apply -f -', `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - ${ports}\n`);
    expect(r.stderr).toBe(`The Service "s" is invalid: ${message}\n`);
  });

  it('NodePort allocation, conflicts and immutable clusterIP', () => {
    const c = createCluster();
    kubectlOk(c, 'create service nodeport a --tcp=80 --node-port=30080');
    expect(c.kubectl('get svc a').stdout).toMatch(/a +NodePort +10\.\S+ +<none> +80:30080\/TCP/);
    const r = c.kubectl('create service nodeport b --tcp=80 --node-port=30080');
    expect(r.stderr).toBe('The Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated\n');
    const a = c.get('Service', 'default', 'a') as { spec: { clusterIP: string } };
    const upd = c.kubectl('apply -f -', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  clusterIP: 10.96.5.5\n  type: NodePort\n  ports:\n  - port: 80\n    name: "80"\n');
    expect(upd.stderr).toContain(`spec.clusterIPs[0]: Invalid value: ["10.96.5.5"]: may not change once set`);
    expect((c.get('Service', 'default', 'a') as { spec: { clusterIP: string } }).spec.clusterIP).toBe(a.spec.clusterIP);
  });

  it('create service matches the real --dry-run=client -o yaml', () => {
    const c = createCluster();
    expect(kubectlOk(c, 'create service clusterip my-cs --tcp=5678:8080 --dry-run=client -o yaml')).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: my-cs
  name: my-cs
spec:
  ports:
  - name: 5678-8080
    port: 5678
    protocol: TCP
    targetPort: 8080
  selector:
    app: my-cs
  type: ClusterIP
status:
  loadBalancer: {}
`);
    expect(c.kubectl('create service clusterip x').stderr).toBe('error: at least one tcp port specifier must be provided\n');
  });
});

describe('endpoints and expose', () => {
  it('load-balancer-example + expose --type=LoadBalancer', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', LB_EXAMPLE);
    expect(kubectlOk(c, 'expose deployment hello-world --type=LoadBalancer --name=my-service')).toBe('service/my-service exposed\n');
    waitFor(c, () => c.kubectl('get ep my-service').stdout.includes('+ 2 more'), 60_000);
    expect(c.kubectl('get svc my-service').stdout).toMatch(/my-service +LoadBalancer +10\.\S+ +<pending> +8080:3\d{4}\/TCP/);
    expect(c.kubectl('get ep my-service').stdout).toMatch(/my-service +(10\.244\.\d\.\d+:8080,){2}10\.244\.\d\.\d+:8080 \+ 2 more\.\.\./);
    const slices = c.list('EndpointSlice', 'default').filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'my-service');
    expect(slices).toHaveLength(1);
    expect(slices[0].metadata.name).toMatch(/^my-service-[a-z0-9]{5}$/);
    expect(slices[0].metadata.labels?.['endpointslice.kubernetes.io/managed-by']).toBe('endpointslice-controller.k8s.io');
    const eps = slices[0].endpoints as { conditions: unknown; targetRef: { kind: string } }[];
    expect(eps).toHaveLength(5);
    expect(eps[0].conditions).toEqual({ ready: true, serving: true, terminating: false });
    expect(eps[0].targetRef.kind).toBe('Pod');
    const describe = c.kubectl('describe svc my-service').stdout;
    expect(describe).toContain('External Traffic Policy:  Cluster\n');
    expect(describe).toMatch(/NodePort: +<unset> +3\d{4}\/TCP\n/);
  });

  it('expose without a port fails like kubectl', () => {
    const c = createCluster();
    kubectlOk(c, 'create deployment np --image=nginx');
    expect(c.kubectl('expose deployment np').stderr).toBe("error: couldn't find port via --port flag or introspection\n");
  });

  it('a terminating pod turns not ready/terminating, then kube-proxy stops routing to it', () => {
    const c = webCluster(3);
    const victim = c.list('Pod', 'default').filter((p) => p.metadata.labels?.app === 'web')[0].metadata.name;
    c.kubectl(`delete pod ${victim} --wait=false`);
    c.advance(100);
    const slice = c.list('EndpointSlice', 'default').find((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web');
    const ep = ((slice?.endpoints ?? []) as { targetRef: { name: string }; conditions: Record<string, boolean> }[]).find((e) => e.targetRef.name === victim);
    if (ep) expect(ep.conditions.ready).toBe(false);
    c.advance(1100);
    expect(c.component<KubeProxyComponent>('kube-proxy')?.targets('default/web').endpoints).not.toContain(`default/${victim}`);
  });
});

describe('kube-proxy', () => {
  function withSlice(endpoints: { ready: boolean; serving: boolean; terminating: boolean }[], affinity = false): { c: Cluster; proxy: KubeProxyComponent } {
    const c = createCluster({ nodes: 1 });
    c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80 }], ...(affinity ? { sessionAffinity: 'ClientIP' } : {}) } });
    c.api.create({
      apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 's-x', labels: { 'kubernetes.io/service-name': 's' } }, addressType: 'IPv4',
      endpoints: endpoints.map((conditions, i) => ({ addresses: [`10.0.0.${i}`], conditions, targetRef: { kind: 'Pod', name: `p${i}`, namespace: 'default' } })),
    });
    c.advance(1100);
    return { c, proxy: c.component<KubeProxyComponent>('kube-proxy') as KubeProxyComponent };
  }

  it('routes only to ready endpoints, falls back to serving+terminating, else refuses (property)', () => {
    const cond = fc.record({ ready: fc.boolean(), serving: fc.boolean(), terminating: fc.boolean() });
    fc.assert(
      fc.property(fc.array(cond, { maxLength: 6 }), fc.integer({ min: 0, max: 1000 }), (eps, seed) => {
        const { proxy } = withSlice(eps);
        const ready = eps.map((e, i) => (e.ready && !e.terminating ? `default/p${i}` : '')).filter(Boolean);
        const fallback = eps.map((e, i) => (!(e.ready && !e.terminating) && e.serving && e.terminating ? `default/p${i}` : '')).filter(Boolean);
        const chosen = proxy.choose('default/s', '192.168.0.2', (n) => seed % n);
        if (ready.length) expect(ready).toContain(chosen);
        else if (fallback.length) expect(fallback).toContain(chosen);
        else expect(chosen).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  it('ClientIP affinity pins a client to one endpoint', () => {
    const { proxy } = withSlice([{ ready: true, serving: true, terminating: false }, { ready: true, serving: true, terminating: false }, { ready: true, serving: true, terminating: false }], true);
    let i = 0;
    const first = proxy.choose('default/s', '192.168.0.9', () => i++ % 3);
    for (let k = 0; k < 20; k++) expect(proxy.choose('default/s', '192.168.0.9', () => i++ % 3)).toBe(first);
    expect(proxy.route('default/s')?.affinitySeconds).toBe(10800);
  });
});

describe('traffic', () => {
  it('conserves requests and routes only to ready endpoints under random deletions (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 50 }), (kills, seed) => {
        const c = webCluster(3, '100m', seed);
        const proxy = c.component<KubeProxyComponent>('kube-proxy') as KubeProxyComponent;
        let violations = 0;
        let seconds = 0;
        c.watch((e) => {
          if (e.type !== 'METRICS') return;
          seconds++;
          const targets = proxy.targets('default/web').endpoints;
          for (const s of e.services) if (s.requests !== s.successes + s.errors || s.errors !== s.refused + s.unavailable + s.overloaded) violations++;
          const before = proxy.route('default/web')?.before ?? [];
          for (const p of e.pods) if (p.requests > 0 && !targets.includes(`default/${p.pod}`) && !before.includes(`default/${p.pod}`)) violations++;
        }, { metrics: true });
        c.inject({ type: 'load', service: 'web', rps: 60 });
        for (const k of kills) {
          const pods = c.list('Pod', 'default').filter((p) => p.metadata.labels?.app === 'web' && !p.metadata.deletionTimestamp);
          if (pods.length) c.kubectl(`delete pod ${pods[k % pods.length].metadata.name} --wait=false`);
          c.advance(2000);
        }
        expect(seconds).toBeGreaterThan(0);
        expect(violations).toBe(0);
      }),
      { numRuns: 5 },
    );
  });

  it('killing a pod under load: a short error blip, then recovery', () => {
    const c = webCluster(3);
    const m = metrics(c);
    c.inject({ type: 'load', service: 'web', rps: 90 });
    c.advance(5000);
    const victim = c.list('Pod', 'default').filter((p) => p.metadata.labels?.app === 'web')[0].metadata.name;
    c.kubectl(`delete pod ${victim} --wait=false`);
    c.advance(5000);
    const during = m.slice(5, 10).reduce((s, e) => s + e.services[0].errors, 0);
    expect(during).toBeGreaterThan(0);
    c.advance(60_000);
    const last = m[m.length - 1].services[0];
    expect(last.errors).toBe(0);
    expect(last.successes).toBe(last.requests);
    expect(c.component<TrafficComponent>('traffic')?.history('default', 'web').length).toBe(m.length);
  });

  it('overload degrades latency and fails the excess with 503s', () => {
    const c = webCluster(2, '100m'); // 2 pods × 50 rps capacity
    const m = metrics(c);
    c.inject({ type: 'load', service: 'web', rps: 20 });
    c.advance(3000);
    const calm = m[m.length - 1].services[0];
    c.inject({ type: 'load', service: 'web', rps: 400 });
    c.advance(3000);
    const hot = m[m.length - 1].services[0];
    expect(calm.errors).toBe(0);
    expect(hot.overloaded).toBeGreaterThan(250);
    expect(hot.successes).toBeLessThanOrEqual(100);
    expect(hot.p95).toBeGreaterThan(calm.p95 * 10);
    const usage = c.component<TrafficComponent>('traffic')?.usage('default', c.list('Pod', 'default').find((p) => p.metadata.labels?.app === 'web')?.metadata.name as string);
    expect(usage?.cpuMilli).toBe(100);
    c.inject({ type: 'load', service: 'web', rps: 0 });
    c.advance(3000);
    expect(c.nextEventAt() === undefined || m[m.length - 1].services.length === 0).toBe(true);
  });

  it('snapshot round-trip continues identically', () => {
    const c = webCluster(3);
    c.inject({ type: 'load', service: 'web', rps: 75 });
    c.advance(4500);
    const r = restoreCluster(c.snapshot());
    const a = metrics(c);
    const b = metrics(r);
    c.advance(10_000);
    r.advance(10_000);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(r.kubectl('get ep -o json').stdout).toBe(c.kubectl('get ep -o json').stdout);
  });
});
