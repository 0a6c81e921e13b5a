// `kubectl apply --server-side` with the real kubectl 1.32 (PATCH application/apply-patch+yaml):
// field managers in metadata.managedFields, the 409 on a field another manager set (the words of
// apimachinery's managedfields/internal/conflict.go, then kubectl's advice), --force-conflicts,
// and the removal of what a manager stops applying.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KUBECTL } from './testing/kubectl';
import { type Twins, startTwins } from './testing/twins';

const deployment = (replicas: number, env = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27${env}
`;

interface Entry {
  manager: string;
  operation: string;
  apiVersion: string;
  fieldsV1: Record<string, Record<string, unknown>>;
}

describe.skipIf(!KUBECTL)('kubectl apply --server-side against npm run serve', { timeout: 90_000 }, () => {
  let t: Twins;
  const managed = async (what: string): Promise<Entry[]> =>
    JSON.parse((await t.k(`get ${what} -o json --show-managed-fields`)).stdout).metadata.managedFields;
  const rv = async (what: string) => (await t.k(`get ${what} -o jsonpath={.metadata.resourceVersion}`)).stdout;

  beforeAll(async () => {
    t = await startTwins({ seed: 9, prefix: 'ssa' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records the client-side apply as an Update by kubectl-client-side-apply, including defaulted fields', async () => {
    expect((await t.k(`apply -f ${t.file('web.yaml', deployment(2))}`)).stdout).toBe('deployment.apps/web created\n');
    const [entry] = await managed('deploy web');
    expect(entry).toMatchObject({
      manager: 'kubectl-client-side-apply',
      operation: 'Update',
      apiVersion: 'apps/v1',
      fieldsType: 'FieldsV1',
    });
    expect(entry.fieldsV1['f:spec']).toMatchObject({ 'f:replicas': {}, 'f:progressDeadlineSeconds': {} });
    const containers = (entry.fieldsV1['f:spec']['f:template'] as { 'f:spec': { 'f:containers': Record<string, unknown> } })['f:spec'][
      'f:containers'
    ];
    expect(containers['k:{"name":"nginx"}']).toMatchObject({ '.': {}, 'f:image': {}, 'f:name': {} });
    // kubectl hides managedFields unless asked.
    expect((await t.k('get deploy web -o yaml')).stdout).not.toContain('managedFields');
  });

  it('refuses to change a field another manager set, with the API server words, until --force-conflicts', async () => {
    const file = t.file('web3.yaml', deployment(3));
    const refused = await t.k(`apply --server-side -f ${file}`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^error: Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps\/v1: \.spec\.replicas\nPlease review the fields above--they currently have other managers\./,
    );
    expect((await t.k('get deploy web -o jsonpath={.spec.replicas}')).stdout).toBe('2');

    expect((await t.k(`apply --server-side --force-conflicts -f ${file}`)).stdout).toBe('deployment.apps/web serverside-applied\n');
    expect((await t.k('get deploy web -o jsonpath={.spec.replicas}')).stdout).toBe('3');
    const entries = await managed('deploy web');
    const mine = entries.find((e) => e.manager === 'kubectl' && e.operation === 'Apply');
    expect(mine?.fieldsV1['f:spec']).toHaveProperty('f:replicas');
    const csa = entries.find((e) => e.manager === 'kubectl-client-side-apply');
    expect(csa?.fieldsV1['f:spec']).not.toHaveProperty('f:replicas');
    expect(entries[0].operation).toBe('Apply');
  });

  it('writes nothing when the same configuration is applied again', async () => {
    const before = await rv('deploy web');
    expect((await t.k(`apply --server-side -f ${t.file('web3.yaml', deployment(3))}`)).stdout).toBe(
      'deployment.apps/web serverside-applied\n',
    );
    expect(await rv('deploy web')).toBe(before);
  });

  it('adds a keyed list item, then removes it when the manager stops applying it', async () => {
    const env = '\n        env: [{name: A, value: "1"}]';
    await t.k(`apply --server-side -f ${t.file('web-env.yaml', deployment(3, env))}`);
    expect((await t.k('get deploy web -o jsonpath={.spec.template.spec.containers[0].env}')).stdout).toBe('[{"name":"A","value":"1"}]');
    await t.k(`apply --server-side -f ${t.file('web3.yaml', deployment(3))}`);
    expect((await t.k('get deploy web -o json')).stdout).not.toContain('"env"');
  });

  it('creates with an Apply entry; two appliers co-own equal values and conflict on different ones', async () => {
    const created = await t.k('apply --server-side -f -', {
      stdin: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: conf}\ndata: {a: "1", b: "2"}\n',
    });
    expect(created.stdout).toBe('configmap/conf serverside-applied\n');
    expect(await managed('cm conf')).toMatchObject([
      { manager: 'kubectl', operation: 'Apply', fieldsV1: { 'f:data': { 'f:a': {}, 'f:b': {} } } },
    ]);

    const other = await t.k('apply --server-side --field-manager=other -f -', {
      stdin: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: conf}\ndata: {b: "3"}\n',
    });
    expect(other.stderr).toMatch(/^error: Apply failed with 1 conflict: conflict with "kubectl": \.data\.b\n/);

    expect(
      (
        await t.k('apply --server-side --field-manager=other -f -', {
          stdin: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: conf}\ndata: {b: "2", c: "x"}\n',
        })
      ).code,
    ).toBe(0);
    // kubectl stops applying b: other still owns it, so it stays; a is kubectl's alone and stays applied.
    await t.k('apply --server-side -f -', { stdin: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: conf}\ndata: {a: "1"}\n' });
    expect(JSON.parse((await t.k('get cm conf -o jsonpath={.data}')).stdout)).toEqual({ a: '1', b: '2', c: 'x' });
    // other stops applying b and c: no one owns them any more, they go.
    await t.k('apply --server-side --field-manager=other -f -', { stdin: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: conf}\n' });
    expect(JSON.parse((await t.k('get cm conf -o jsonpath={.data}')).stdout)).toEqual({ a: '1' });
  });

  it('answers a dry run without storing', async () => {
    const out = await t.k('apply --server-side --dry-run=server -f -', {
      stdin: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: dry}\ndata: {a: "1"}\n',
    });
    expect(out.stdout).toBe('configmap/dry serverside-applied (server dry run)\n');
    expect((await t.k('get cm dry')).stderr).toBe('Error from server (NotFound): configmaps "dry" not found\n');
  });
});
