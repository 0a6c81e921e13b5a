// `kubectl explain` and `kubectl apply --validate=strict|warn|false` with the real kubectl 1.32: explain
// reads the OpenAPI v3 schemas (server/openapi/), apply learns from the same documents that the
// server validates fields itself and sends fieldValidation=Strict. The in-page console does not
// run explain, so the expected text is upstream's: the template of
// staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl over k8s.io/api's types.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KUBECTL } from './testing/kubectl';
import { type Twins, startTwins } from './testing/twins';

describe.skipIf(!KUBECTL)('kubectl explain and strict validation against npm run serve', { timeout: 90_000 }, () => {
  let t: Twins;

  beforeAll(async () => {
    t = await startTwins({ seed: 5, prefix: 'explain' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('explains a kind, a nested list field and its fields', async () => {
    const pods = await t.k('explain pods');
    expect(pods.stderr).toBe('');
    expect(pods.stdout).toMatch(
      /^KIND: {7}Pod\nVERSION: {4}v1\n\nDESCRIPTION:\n {4}Pod is a collection of containers that can run on a host\./,
    );
    for (const field of ['apiVersion\t<string>', 'kind\t<string>', 'metadata\t<ObjectMeta>', 'spec\t<PodSpec>', 'status\t<PodStatus>'])
      expect(pods.stdout).toContain(`\n  ${field}\n`);

    const containers = await t.k('explain pod.spec.containers');
    expect(containers.stdout).toMatch(
      /^KIND: {7}Pod\nVERSION: {4}v1\n\nFIELD: containers <\[\]Container>\n\n\nDESCRIPTION:\n {4}List of containers belonging to the pod\./,
    );
    expect(containers.stdout).toContain('\n  name\t<string> -required-\n    Name of the container specified as a DNS_LABEL.');
    expect(containers.stdout).toContain('\n  ports\t<[]ContainerPort>\n');
    expect(containers.stdout).toContain('\n  env\t<[]EnvVar>\n');

    const group = await t.k('explain deployment.spec.strategy.rollingUpdate');
    expect(group.stdout).toMatch(
      /^GROUP: {6}apps\nKIND: {7}Deployment\nVERSION: {4}v1\n\nFIELD: rollingUpdate <RollingUpdateDeployment>\n/,
    );
    expect(group.stdout).toContain('\n  maxSurge\t<IntOrString>\n');
  });

  it('prints Quantity, Time and integer fields as upstream does', async () => {
    expect((await t.k('explain pod.spec.containers.resources.limits')).stdout).toContain('FIELD: limits <map[string]Quantity>\n');
    expect((await t.k('explain pod.metadata.creationTimestamp')).stdout).toContain('FIELD: creationTimestamp <string>\n');
    expect((await t.k('explain deploy.spec.replicas')).stdout).toContain('FIELD: replicas <integer>\n');
  });

  it('explains every kind the cluster serves from the core and named groups', async () => {
    for (const r of [
      'svc',
      'endpoints',
      'endpointslices',
      'sts',
      'ds',
      'rs',
      'hpa',
      'pvc',
      'pv',
      'sc',
      'cm',
      'secret',
      'pdb',
      'ns',
      'nodes',
      'leases',
      'events',
      'limits',
      'quota',
      'sa',
      'jobs',
      'cronjobs',
    ]) {
      const out = await t.k(`explain ${r}`);
      expect(out.stderr, r).toBe('');
      expect(out.stdout, r).toContain('\nFIELDS:\n');
    }
  });

  it('says which field does not exist', async () => {
    const out = await t.k('explain pod.spec.nope');
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('error: field "nope" does not exist\n');
  });

  it('refuses unknown fields with the strict decoding error (kubectl sends fieldValidation=Strict)', async () => {
    const file = t.file(
      'bad.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: bad}\nspec:\n  foo: 1\n  containers:\n  - {name: c, image: nginx, imagePullPolicyy: Always}\n',
    );
    for (const args of [`apply -f ${file}`, `apply --validate=strict -f ${file}`, `create -f ${file}`]) {
      const out = await t.k(args);
      expect(out.code, args).toBe(1);
      expect(out.stderr, args).toBe(
        `Error from server (BadRequest): error when creating "${file}": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagePullPolicyy", unknown field "spec.foo"\n`,
      );
    }
  });

  it('drops unknown fields with a warning for --validate=warn and silently for --validate=false', async () => {
    const bad = (name: string) =>
      t.file(
        `${name}.yaml`,
        `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  foo: 1\n  containers:\n  - {name: c, image: nginx, imagePullPolicyy: Always}\n`,
      );
    const warned = await t.k(`apply --validate=warn -f ${bad('warned')}`);
    expect(warned.stdout).toBe('pod/warned created\n');
    expect(warned.stderr).toBe('Warning: unknown field "spec.containers[0].imagePullPolicyy"\nWarning: unknown field "spec.foo"\n');
    const ignored = await t.k(`apply --validate=false -f ${bad('ignored')}`);
    expect(ignored.stdout).toBe('pod/ignored created\n');
    expect(ignored.stderr).toBe('');
    // Dropped from the object (kubectl's last-applied annotation still quotes the file).
    expect((await t.k('get pod warned -o jsonpath={.spec}')).stdout).not.toContain('imagePullPolicyy');
  });
});
