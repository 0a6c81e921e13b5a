// Strategic merge patch cases from upstream's patch_test.go and the docs page, on the schemas of
// the kinds this simulator serves.
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../validation/schemas';
import '../validation/kind-schemas';
import { StrategicPatchError, strategicMergePatch } from './strategic-merge-patch';

const deployment = (containers: unknown[], extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'patch-demo' },
  spec: { replicas: 2, template: { spec: { containers, ...extra } } },
});
const smp = (original: object, patch: object) => JSON.parse(JSON.stringify(strategicMergePatch(original as never, patch as never, SCHEMAS.Deployment)));

describe('strategic merge patch', () => {
  it('merges containers by name, the new one first (the docs page: redis before nginx)', () => {
    const out = smp(deployment([{ name: 'patch-demo-ctr', image: 'nginx' }]), { spec: { template: { spec: { containers: [{ name: 'patch-demo-ctr-2', image: 'redis' }] } } } });
    expect(out.spec.template.spec.containers).toEqual([
      { name: 'patch-demo-ctr-2', image: 'redis' },
      { name: 'patch-demo-ctr', image: 'nginx' },
    ]);
  });

  it('replaces a list with no patch strategy (tolerations)', () => {
    const out = smp(deployment([], { tolerations: [{ key: 'a', operator: 'Exists' }] }), {
      spec: { template: { spec: { tolerations: [{ effect: 'NoSchedule', key: 'disktype', value: 'ssd' }] } } },
    });
    expect(out.spec.template.spec.tolerations).toEqual([{ effect: 'NoSchedule', key: 'disktype', value: 'ssd' }]);
  });

  it.each([
    ['ports by containerPort', { ports: [{ containerPort: 80 }, { containerPort: 443, name: 'https' }] }, { ports: [{ containerPort: 443, name: 'tls' }] }, 'ports', [{ containerPort: 80 }, { containerPort: 443, name: 'tls' }]],
    ['env by name', { env: [{ name: 'A', value: '1' }] }, { env: [{ name: 'A', value: '2' }, { name: 'B', value: '3' }] }, 'env', [{ name: 'A', value: '2' }, { name: 'B', value: '3' }]],
    ['volumeMounts by mountPath', { volumeMounts: [{ name: 'v', mountPath: '/a' }] }, { volumeMounts: [{ name: 'w', mountPath: '/a' }] }, 'volumeMounts', [{ name: 'w', mountPath: '/a' }]],
    ['args are replaced', { args: ['a', 'b'] }, { args: ['c'] }, 'args', ['c']],
  ])('container %s', (_, have, patch, field, want) => {
    const out = smp(deployment([{ name: 'c', image: 'x', ...have }]), { spec: { template: { spec: { containers: [{ name: 'c', ...patch }] } } } });
    expect(out.spec.template.spec.containers[0][field]).toEqual(want);
  });

  it('$patch: delete removes the item with that key; null deletes a field', () => {
    const out = smp(deployment([{ name: 'a', image: 'x' }, { name: 'b', image: 'y' }]), {
      spec: { replicas: null, template: { spec: { containers: [{ name: 'a', $patch: 'delete' }] } } },
    });
    expect(out.spec.template.spec.containers).toEqual([{ name: 'b', image: 'y' }]);
    expect(out.spec).not.toHaveProperty('replicas');
  });

  it('$patch: replace on a list and on a map', () => {
    const list = smp(deployment([{ name: 'a', image: 'x' }]), { spec: { template: { spec: { containers: [{ name: 'z', image: 'q' }, { $patch: 'replace' }] } } } });
    expect(list.spec.template.spec.containers).toEqual([{ name: 'z', image: 'q' }]);
    const map = smp({ ...deployment([]), metadata: { name: 'p', labels: { a: '1', b: '2' } } }, { metadata: { labels: { c: '3', $patch: 'replace' } } });
    expect(map.metadata.labels).toEqual({ c: '3' });
  });

  it('$retainKeys clears the keys it does not list (the docs page: strategy type Recreate)', () => {
    const out = smp({ spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%' } } } }, { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } });
    expect(out.spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('$deleteFromPrimitiveList and $setElementOrder, as kubectl apply generates them', () => {
    const out = smp(
      { metadata: { name: 'x', finalizers: ['a', 'b', 'c'] }, spec: { template: { spec: { containers: [{ name: 'a' }, { name: 'b' }] } } } },
      {
        metadata: { '$deleteFromPrimitiveList/finalizers': ['b'] },
        spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'b' }, { name: 'a' }], containers: [{ name: 'a', image: 'n' }] } } },
      },
    );
    expect(out.metadata.finalizers).toEqual(['a', 'c']);
    expect(out.spec.template.spec.containers).toEqual([{ name: 'b' }, { name: 'a', image: 'n' }]);
  });

  it.each([
    [{ spec: { template: { spec: { containers: [{ image: 'x' }] } } } }, 'map: map[image:x] does not contain declared merge key: name', 500],
    [{ spec: { template: { spec: { containers: [{ name: 'a', $patch: 'merge' }] } } } }, 'merging lists cannot yet be specified in the patch', 500],
    [{ spec: { strategy: { $retainKeys: 'type' } } }, 'invalid patch format of retainKeys', 400],
    [{ spec: { strategy: { $retainKeys: ['type'], rollingUpdate: {} } } }, 'invalid patch format of retainKeys', 400],
    [{ metadata: { $patch: 'frob' } }, 'unknown patch type: frob in map: map[$patch:frob]', 500],
    [{ spec: { '$setElementOrderx/containers': [] } }, 'invalid patch format of setElementOrder list', 400],
  ])('refuses %j with mergepatch words', (patch, message, code) => {
    const original = deployment([{ name: 'a', image: 'x' }], {});
    (original.spec as Record<string, unknown>).strategy = { type: 'RollingUpdate' };
    let err: unknown;
    try {
      smp(original, patch);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StrategicPatchError);
    expect((err as StrategicPatchError).message).toBe(message);
    expect((err as StrategicPatchError).code).toBe(code);
  });

  it('keeps `__proto__` and `constructor` as ordinary keys', () => {
    const patch = JSON.parse('{"metadata":{"labels":{"__proto__":{"polluted":"yes"},"constructor":"c"}}}');
    const out = strategicMergePatch({ metadata: { name: 'x', labels: {} } }, patch, SCHEMAS.Deployment) as { metadata: { labels: object } };
    expect(Object.keys(out.metadata.labels)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
