import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';
import type { KObject } from '../../objects/types';

/** What `kubectl create deployment web --image=nginx:1.16.1 --dry-run=client -o yaml` sends. */
function clientDeployment(): Record<string, unknown> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { creationTimestamp: null, labels: { app: 'web' }, name: 'web' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      strategy: {},
      template: {
        metadata: { creationTimestamp: null, labels: { app: 'web' } },
        spec: { containers: [{ image: 'nginx:1.16.1', name: 'nginx', resources: {} }] },
      },
    },
    status: {},
  };
}

// biome-ignore lint/suspicious/noExplicitAny: tests poke at arbitrary spec paths.
type Spec = Record<string, any>;

function withSpec(patch: (spec: Spec) => void): Record<string, unknown> {
  const d = clientDeployment();
  patch(d.spec as Spec);
  return d;
}

describe('Deployment defaulting', () => {
  it('fills the fields the real API server fills', () => {
    const c = createCluster({ nodes: 0 });
    const d = c.api.create(clientDeployment() as never) as KObject;
    expect(d.spec).toEqual({
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      template: {
        metadata: { creationTimestamp: null, labels: { app: 'web' } },
        spec: {
          containers: [
            {
              image: 'nginx:1.16.1',
              name: 'nginx',
              resources: {},
              imagePullPolicy: 'IfNotPresent',
              terminationMessagePath: '/dev/termination-log',
              terminationMessagePolicy: 'File',
            },
          ],
          dnsPolicy: 'ClusterFirst',
          restartPolicy: 'Always',
          schedulerName: 'default-scheduler',
          securityContext: {},
          terminationGracePeriodSeconds: 30,
        },
      },
    });
    expect(d.status).toEqual({});
    expect(d.metadata.generation).toBe(1);
  });

  it('defaults replicas and keeps template limits without copying them into requests', () => {
    const c = createCluster({ nodes: 0 });
    const d = c.api.create(
      withSpec((s) => {
        delete s.replicas;
        s.strategy = { type: 'Recreate' };
        s.template.spec.containers[0].resources = { limits: { cpu: '1' } };
      }) as never,
    ) as KObject;
    expect(d.spec.replicas).toBe(1);
    expect(d.spec.strategy).toEqual({ type: 'Recreate' });
    expect(d.spec.template.spec.containers[0].resources).toEqual({ limits: { cpu: '1' } });
  });

  it('gives a ReplicaSet replicas 1 and a zeroed status', () => {
    const c = createCluster({ nodes: 0 });
    const d = clientDeployment();
    const rs = c.api.create({ ...d, kind: 'ReplicaSet', spec: { ...(d.spec as object), strategy: undefined, replicas: undefined } } as never) as KObject;
    expect(rs.spec.replicas).toBe(1);
    expect(rs.status).toEqual({ replicas: 0 });
  });
});

describe('Deployment validation', () => {
  const D = 'Deployment.apps "web" is invalid: ';
  it.each<[string, (s: Spec) => void, string]>([
    ['negative replicas', (s) => (s.replicas = -1), `${D}spec.replicas: Invalid value: -1: must be greater than or equal to 0`],
    [
      'labels not matching the selector',
      (s) => (s.template.metadata.labels = { app: 'x' }),
      `${D}spec.template.metadata.labels: Invalid value: {"app":"x"}: \`selector\` does not match template \`labels\``,
    ],
    [
      'no selector',
      (s) => delete s.selector,
      `${D}[spec.selector: Required value, spec.template.metadata.labels: Invalid value: {"app":"web"}: \`selector\` does not match template \`labels\`]`,
    ],
    ['empty selector', (s) => (s.selector = {}), `${D}spec.selector: Invalid value: {}: empty selector is invalid for deployment`],
    [
      'template restartPolicy Never',
      (s) => (s.template.spec.restartPolicy = 'Never'),
      `${D}spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"`,
    ],
    ['no image', (s) => delete s.template.spec.containers[0].image, `${D}spec.template.spec.containers[0].image: Required value`],
    [
      'maxSurge and maxUnavailable both 0',
      (s) => (s.strategy = { rollingUpdate: { maxSurge: 0, maxUnavailable: '0%' } }),
      `${D}spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "0%": may not be 0 when \`maxSurge\` is 0`,
    ],
    [
      'invalid percent',
      (s) => (s.strategy = { rollingUpdate: { maxSurge: '25' } }),
      `${D}spec.strategy.rollingUpdate.maxSurge: Invalid value: "25": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
    ],
    [
      'maxUnavailable above 100%',
      (s) => (s.strategy = { rollingUpdate: { maxUnavailable: '150%' } }),
      `${D}spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%`,
    ],
    [
      'rollingUpdate with Recreate',
      (s) => (s.strategy = { type: 'Recreate', rollingUpdate: {} }),
      `${D}spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy \`type\` is 'Recreate'`,
    ],
    [
      'progress deadline not above minReadySeconds',
      (s) => Object.assign(s, { minReadySeconds: 10, progressDeadlineSeconds: 10 }),
      `${D}spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds`,
    ],
    [
      'bad selector operator',
      (s) => (s.selector = { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['web'] }] }),
      `${D}[spec.selector.matchExpressions[0].operator: Invalid value: "Equals": not a valid selector operator, spec.selector: Invalid value: {"matchExpressions":[{"key":"app","operator":"Equals","values":["web"]}]}: invalid label selector]`,
    ],
  ])('%s', (_, patch, message) => {
    const c = createCluster({ nodes: 0 });
    let err: unknown;
    try {
      c.api.create(withSpec(patch) as never);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ status: { code: 422, reason: 'Invalid', message } });
  });

  it('keeps the selector immutable and bumps generation on spec changes only', () => {
    const c = createCluster({ nodes: 0 });
    const d = c.api.create(clientDeployment() as never) as KObject;
    const next = structuredClone(d);
    next.spec.selector = { matchLabels: { app: 'other' } };
    next.spec.template.metadata.labels = { app: 'other' };
    expect(() => c.api.update(next)).toThrow(
      'Deployment.apps "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"other"}}: field is immutable',
    );
    const scaled = structuredClone(d);
    scaled.spec.replicas = 3;
    expect((c.api.update(scaled) as KObject).metadata.generation).toBe(2);
    const st = structuredClone(c.api.getByKind('Deployment', 'default', 'web') as KObject);
    st.status = { replicas: 3 };
    expect((c.api.update(st, 'deployment-controller', 'status') as KObject).metadata.generation).toBe(2);
  });
});
