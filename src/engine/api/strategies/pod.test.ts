import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';
import type { KObject, NewObject } from '../../objects/types';
import { fieldErrorString } from '../errors';
import { computeQOS } from './pod-qos';
import { podStrategy } from './pod';

function pod(name: string, spec: Record<string, unknown>, meta: Record<string, unknown> = {}): NewObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, ...meta }, spec };
}
const nginx = { containers: [{ name: 'nginx', image: 'nginx' }] };

describe('Pod defaulting and admission', () => {
  it('defaults a bare pod like the real API server', () => {
    const c = createCluster({ nodes: 0 });
    const p = c.api.create(pod('web', nginx)) as KObject;
    const vol = p.spec.volumes[0].name as string;
    expect(vol).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(p.spec).toEqual({
      containers: [
        {
          name: 'nginx',
          image: 'nginx',
          imagePullPolicy: 'Always',
          resources: {},
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
          volumeMounts: [{ name: vol, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }],
        },
      ],
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      securityContext: {},
      serviceAccount: 'default',
      serviceAccountName: 'default',
      terminationGracePeriodSeconds: 30,
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
      volumes: [
        {
          name: vol,
          projected: {
            defaultMode: 420,
            sources: [
              { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
              { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
              { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
            ],
          },
        },
      ],
    });
    expect(p.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
  });

  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.16.1', 'IfNotPresent'],
    ['localhost:5000/nginx', 'Always'],
    ['registry.k8s.io/pause:3.10', 'IfNotPresent'],
    ['nginx@sha256:abc', 'IfNotPresent'],
  ])('image %s gets imagePullPolicy %s', (image, policy) => {
    const c = createCluster({ nodes: 0 });
    const p = c.api.create(pod('p', { containers: [{ name: 'c', image }] })) as KObject;
    expect(p.spec.containers[0].imagePullPolicy).toBe(policy);
  });

  it('copies limits into missing requests on pods, and sets port protocol', () => {
    const c = createCluster({ nodes: 0 });
    const p = c.api.create(
      pod('p', { containers: [{ name: 'c', image: 'x:1', ports: [{ containerPort: 80 }], resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '500m' } } }] }),
    ) as KObject;
    expect(p.spec.containers[0].resources).toEqual({ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '500m', memory: '1Gi' } });
    expect(p.spec.containers[0].ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
    expect(p.status.qosClass).toBe('Burstable');
  });

  it.each([
    ['already tolerating everything', [{ operator: 'Exists' }], 1],
    ['tolerating not-ready NoExecute', [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' }], 2],
    ['tolerating not-ready NoSchedule only', [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoSchedule' }], 3],
    ['tolerating unreachable any effect', [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists' }], 2],
  ])('DefaultTolerationSeconds: %s', (_, tolerations, count) => {
    const c = createCluster({ nodes: 0 });
    const p = c.api.create(pod('p', { ...nginx, tolerations })) as KObject;
    expect(p.spec.tolerations).toHaveLength(count);
  });

  it('skips the token volume when automount is off and keeps an explicit service account', () => {
    const c = createCluster({ nodes: 0 });
    // The ServiceAccount admission plugin refuses a pod naming an account that does not exist.
    c.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot', namespace: 'default' } });
    const p = c.api.create(pod('p', { ...nginx, serviceAccountName: 'robot', automountServiceAccountToken: false })) as KObject;
    expect(p.spec.volumes).toBeUndefined();
    expect(p.spec.serviceAccount).toBe('robot');
  });

  it('rejects an unknown priority class with the Priority plugin message', () => {
    const c = createCluster({ nodes: 0 });
    expect(() => c.api.create(pod('p', { ...nginx, priorityClassName: 'gold' }))).toThrow(
      'pods "p" is forbidden: no PriorityClass with name gold was found',
    );
    const p = c.api.create(pod('q', { ...nginx, priorityClassName: 'system-node-critical' })) as KObject;
    expect(p.spec.priority).toBe(2000001000);
  });
});

describe('QoS class', () => {
  const ctr = (resources: unknown) => ({ name: 'c', image: 'x', resources });
  it.each([
    ['no resources', [ctr({})], 'BestEffort'],
    ['limits only (requests default to them)', [ctr({ limits: { cpu: '1', memory: '1Gi' } })], 'Guaranteed'],
    ['equal requests and limits', [ctr({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1000m', memory: '1024Mi' } })], 'Guaranteed'],
    ['cpu limit only', [ctr({ limits: { cpu: '1' } })], 'Burstable'],
    ['requests only', [ctr({ requests: { memory: '64Mi' } })], 'Burstable'],
    ['one container without limits', [ctr({ limits: { cpu: '1', memory: '1Gi' } }), ctr({})], 'Burstable'],
    ['only non-QoS resources', [ctr({ requests: { 'ephemeral-storage': '1Gi' } })], 'BestEffort'],
    ['zero requests', [ctr({ requests: { cpu: '0' } })], 'BestEffort'],
  ])('%s → %s', (_, containers, qos) => {
    expect(computeQOS({ containers } as never)).toBe(qos);
  });
});

describe('Pod validation', () => {
  const invalid = (spec: Record<string, unknown>) => {
    const obj = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec } as unknown as KObject;
    podStrategy.default?.(obj, undefined as never);
    return (podStrategy.validate?.(obj, undefined as never) ?? []).map(fieldErrorString);
  };
  it.each<[string, Record<string, unknown>, string[]]>([
    ['no containers', { containers: [] }, ['spec.containers: Required value']],
    ['no image', { containers: [{ name: 'c' }] }, ['spec.containers[0].image: Required value']],
    [
      'bad container name',
      { containers: [{ name: 'Web', image: 'x' }] },
      [
        `spec.containers[0].name: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      ],
    ],
    ['duplicate names', { containers: [{ name: 'a', image: 'x' }, { name: 'a', image: 'y' }] }, ['spec.containers[1].name: Duplicate value: "a"']],
    [
      'requests above limits',
      { containers: [{ name: 'c', image: 'x', resources: { requests: { cpu: '2000m' }, limits: { cpu: '1' } } }] },
      ['spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1'],
    ],
    [
      'memory requests above limits',
      { containers: [{ name: 'c', image: 'x', resources: { requests: { memory: '2048Mi' }, limits: { memory: '1Gi' } } }] },
      ['spec.containers[0].resources.requests: Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi'],
    ],
    [
      'unknown resource',
      { containers: [{ name: 'c', image: 'x', resources: { limits: { gpu: '1' } } }] },
      ['spec.containers[0].resources.limits[gpu]: Invalid value: "gpu": must be a standard resource for containers', 'spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource for containers'],
    ],
    [
      'restart policy',
      { ...nginx, restartPolicy: 'Sometimes' },
      ['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'],
    ],
    [
      'port out of range',
      { containers: [{ name: 'c', image: 'x', ports: [{ containerPort: 70000 }, { containerPort: 0 }] }] },
      ['spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive', 'spec.containers[0].ports[1].containerPort: Required value'],
    ],
    [
      'env names',
      { containers: [{ name: 'c', image: 'x', env: [{ name: '' }, { name: 'A=B' }] }] },
      ['spec.containers[0].env[0].name: Required value', `spec.containers[0].env[1].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='`],
    ],
    [
      'volume mount without volume',
      { containers: [{ name: 'c', image: 'x', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] },
      ['spec.containers[0].volumeMounts[0].name: Not found: "data"'],
    ],
  ])('%s', (_, spec, messages) => {
    expect(invalid(spec)).toEqual(messages);
  });

  it('renders the 422 like the real API server', () => {
    const c = createCluster({ nodes: 0 });
    expect(() => c.api.create(pod('p', { containers: [{ name: 'c' }] }))).toThrow('Pod "p" is invalid: spec.containers[0].image: Required value');
  });
});

describe('Pod updates', () => {
  const FORBIDDEN =
    'Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';
  const setup = () => {
    const c = createCluster({ nodes: 0 });
    const p = c.api.create(pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.16.1', ports: [{ containerPort: 80 }] }] })) as KObject;
    return { c, p };
  };
  it('allows an image change, labels and added tolerations', () => {
    const { c, p } = setup();
    const next = structuredClone(p);
    next.spec.containers[0].image = 'nginx:1.17';
    next.metadata.labels = { app: 'web' };
    next.spec.tolerations.push({ key: 'x', operator: 'Exists' });
    const out = c.api.update(next) as KObject;
    expect(out.spec.containers[0].image).toBe('nginx:1.17');
  });
  it.each<[string, (spec: KObject['spec']) => void, string]>([
    ['a port change', (s) => (s.containers[0].ports[0].containerPort = 8080), FORBIDDEN],
    ['a nodeName change', (s) => (s.nodeName = 'node-1'), FORBIDDEN],
    ['removing a toleration', (s) => s.tolerations.pop(), 'Pod "web" is invalid: spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds'],
    ['adding a container', (s) => s.containers.push({ name: 'b', image: 'busybox' }), 'Pod "web" is invalid: spec.containers: Forbidden: pod updates may not add or remove containers'],
    ['clearing the image', (s) => (s.containers[0].image = ''), 'Pod "web" is invalid: [spec.containers[0].image: Required value, spec.containers[0].image: Required value]'],
  ])('rejects %s', (_, mutate, message) => {
    const { c, p } = setup();
    const next = structuredClone(p);
    mutate(next.spec);
    expect(() => c.api.update(next)).toThrow(message);
  });
  it('lets status and binding through', () => {
    const { c, p } = setup();
    c.api.bind('default', 'web', 'node-1');
    const s = structuredClone(c.api.getByKind('Pod', 'default', 'web') as KObject);
    s.status = { ...s.status, phase: 'Running' };
    expect((c.api.update(s, 'kubelet', 'status') as KObject).status.phase).toBe('Running');
    expect(p.spec.nodeName).toBeUndefined();
  });
});

describe('pod cap (a ResourceQuota in the simulator)', () => {
  it('rejects the 1001st pod on a cluster without nodes', () => {
    const c = createCluster({ nodes: 0 });
    const client = c.api.client('replicaset-controller');
    for (let i = 0; i < 1000; i++) client.create(pod(`p${i}`, nginx));
    let err: unknown;
    try {
      client.create(pod('one-more', nginx));
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({
      status: {
        code: 403,
        reason: 'Forbidden',
        message: 'pods "one-more" is forbidden: exceeded quota: podchestra-pods, requested: pods=1, used: pods=1000, limited: pods=1000',
      },
    });
  });
});
