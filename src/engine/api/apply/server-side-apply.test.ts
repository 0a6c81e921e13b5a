import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';
import type { KObject } from '../../objects/types';
import { StatusError } from '../errors';
import { fieldSet, fromFieldsV1, pathString, toFieldsV1 } from './field-set';
import { schemaOf } from '../validation/known-fields';

const deploy = (replicas: number, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: {
    replicas,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx', ...extra }] } },
  },
});

const apply = (c: ReturnType<typeof createCluster>, config: Record<string, unknown>, manager: string, force = false) =>
  c.api.apply({ kind: config.kind as string, namespace: 'default', name: 'web', config, manager, force, dryRun: false, strict: true });

function errOf(fn: () => unknown): StatusError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatusError) return e;
    throw e;
  }
  throw new Error('expected a StatusError');
}

describe('field sets', () => {
  it('names leaves, keyed items and ports by both keys, and round-trips FieldsV1', () => {
    const set = fieldSet(deploy(1, { ports: [{ containerPort: 80 }] }) as never, schemaOf('Deployment'));
    const paths = [...set].map(pathString);
    expect(paths).toContain('.spec.replicas');
    expect(paths).toContain('.spec.selector'); // LabelSelector is atomic
    expect(paths).toContain('.spec.template.spec.containers[name="nginx"]');
    expect(paths).toContain('.spec.template.spec.containers[name="nginx"].ports[containerPort=80,protocol="TCP"].containerPort');
    expect(paths).not.toContain('.metadata.name');
    expect(fromFieldsV1(toFieldsV1(set))).toEqual(set);
  });
});

describe('server-side apply', () => {
  it('creates with an Apply entry, then conflicts with an Update manager until forced', () => {
    const c = createCluster({ nodes: 0 });
    c.api.create(deploy(2) as never, 'kubectl', { fieldManager: 'kubectl-client-side-apply' });
    const e = errOf(() => apply(c, deploy(3), 'kubectl'));
    expect(e.code).toBe(409);
    expect(e.status.message).toBe('Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas');
    expect(e.status.details?.causes).toEqual([{ reason: 'FieldManagerConflict', message: 'conflict with "kubectl-client-side-apply" using apps/v1', field: '.spec.replicas' }]);
    const out = apply(c, deploy(3), 'kubectl', true);
    expect(out.created).toBe(false);
    expect(out.object.spec?.replicas).toBe(3);
    const entries = out.object.metadata.managedFields as { manager: string; operation: string }[];
    expect(entries.map((x) => `${x.manager}/${x.operation}`)).toEqual(['kubectl/Apply', 'kubectl-client-side-apply/Update']);
  });

  it('lists several conflicts by manager', () => {
    const c = createCluster({ nodes: 0 });
    apply(c, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web' }, data: { a: '1', b: '2' } }, 'one');
    const e = errOf(() => apply(c, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web' }, data: { a: '3', b: '4' } }, 'two'));
    expect(e.status.message).toBe('Apply failed with 2 conflicts: conflicts with "one":\n- .data.a\n- .data.b');
  });

  it('an apply that changes nothing writes nothing', () => {
    const c = createCluster({ nodes: 0 });
    const first = apply(c, deploy(1), 'kubectl').object;
    const again = apply(c, deploy(1), 'kubectl').object as KObject;
    expect(again.metadata.resourceVersion).toBe(first.metadata.resourceVersion);
  });
});
