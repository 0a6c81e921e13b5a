// `kubectl patch` against the simulated API server: kubectl 1.32's words, checked by running the
// real kubectl 1.32 against a stand-in server answering as kube-apiserver's patch handler does
// (`patched (no change)`, no dry-run suffix, `The request is invalid: the server rejected our
// request due to an error in our request` for a JSON patch that does not apply, client-side
// parse errors before any request).
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { Deployment } from '../objects/types';

function cluster() {
  const c = createCluster({ seed: 3 });
  c.kubectl('create deployment web --image=nginx');
  c.advance(20_000);
  const run = (line: string) => c.kubectl(line);
  return { c, run, dep: () => c.get<Deployment>('Deployment', 'default', 'web') as Deployment };
}

describe('kubectl patch', () => {
  it('patches with the three types and says when nothing changed', () => {
    const { run, dep } = cluster();
    const gen = dep().metadata.generation ?? 0;
    expect(run(`patch deployment web -p '{"spec":{"replicas":3}}'`)).toEqual({ stdout: 'deployment.apps/web patched\n', stderr: '', exitCode: 0 });
    expect(dep().spec?.replicas).toBe(3);
    expect(dep().metadata.generation).toBe(gen + 1);
    const rv = dep().metadata.resourceVersion;
    expect(run(`patch deploy/web --type merge -p 'spec: {replicas: 3}'`).stdout).toBe('deployment.apps/web patched (no change)\n');
    expect(dep().metadata.resourceVersion).toBe(rv);
    expect(run(`patch deployment web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":1}]' -o name`).stdout).toBe('deployment.apps/web\n');
    expect(dep().spec?.replicas).toBe(1);
  });

  it('dry runs print without a suffix and change nothing', () => {
    const { run, dep } = cluster();
    const rv = dep().metadata.resourceVersion;
    expect(run(`patch deployment web -p '{"spec":{"replicas":5}}' --dry-run=client`).stdout).toBe('deployment.apps/web patched\n');
    expect(run(`patch deployment web -p '{"spec":{"replicas":5}}' --dry-run=server -o jsonpath={.spec.replicas}`).stdout).toBe('5');
    expect(dep().spec?.replicas).toBe(1);
    expect(dep().metadata.resourceVersion).toBe(rv);
  });

  it.each([
    [`patch deployment web`, 'error: must specify --patch or --patch-file containing the contents of the patch\n'],
    [`patch deployment web -p '{}' --patch-file p.yaml`, 'error: cannot specify --patch and --patch-file together\n'],
    [`patch deployment web --type=foo -p '{}'`, 'error: --type must be one of [json merge strategic], not "foo"\n'],
    [`patch deployment web --patch-file patch-file.yaml`, 'error: unable to read patch file: open patch-file.yaml: no such file or directory\n'],
    [
      `patch deployment patch-demo --patch 'spec:\\n template:\\n  spec:\\n   containers:\\n   - name: patch-demo-ctr-2\\n     image: redis'`,
      'error: unable to parse "spec:\\\\n template:\\\\n  spec:\\\\n   containers:\\\\n   - name: patch-demo-ctr-2\\\\n     image: redis": yaml: mapping values are not allowed in this context\n',
    ],
    [`patch deployment nope -p '{}'`, 'Error from server (NotFound): deployments.apps "nope" not found\n'],
    [`patch deployment web --type=json -p '[{"op":"add","path":"/a/b","value":1}]'`, 'The request is invalid: the server rejected our request due to an error in our request\n'],
    [`patch deployment web --type=json -p '{"op":"add"}'`, 'Error from server (BadRequest): error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp\n'],
    [`patch deployment web --type=json -p '[{"op":"add","path":"/a/b","value":1}]' --dry-run=client`, 'error: add operation does not apply: doc is missing path: "/a/b": missing value\n'],
    [`patch deployment web --type=json -p '[{"op":"replace","path":"/spec/template/spec/containers/3","value":1}]' --dry-run=client`, 'error: Object to be patched is missing field (/spec/template/spec/containers/3: missing value)\n'],
    [`patch deployment web -p '{"spec":'`, 'Error from server (BadRequest): unexpected end of JSON input\n'],
    [`patch deployment web -p '- a'`, 'Error from server (BadRequest): json: cannot unmarshal array into Go value of type map[string]interface {}\n'],
    [`patch deployment web --type=merge -p 'null'`, 'Error from server (BadRequest): Invalid JSON Patch\n'],
    [`patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"image":"redis"}]}}}}'`, 'Error from server: map: map[image:redis] does not contain declared merge key: name\n'],
    [`patch deployment web -p '{"spec":{"replicas":"two"}}'`, 'The request is invalid: patch: Invalid value: "map[spec:map[replicas:two]]": json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32\n'],
    [`patch deployment web -p '{"metadata":{"resourceVersion":"1"}}'`, 'Error from server (Conflict): Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again\n'],
    [`patch deployment web -p '{"metadata":{"name":"other"}}'`, 'Error from server (BadRequest): the name of the object (other) does not match the name on the URL (web)\n'],
    [`patch deployment web -p '{"spec":{"selector":{"matchLabels":{"app":"x"}}}}'`, expect.stringMatching(/^The Deployment "web" is invalid: /)],
    [`patch deployment -p '{}'`, 'error: resource(s) were provided, but no name was specified\n'],
  ])('%s', (line, stderr) => {
    const { run } = cluster();
    const r = run(line);
    expect(r.stderr).toEqual(stderr);
    expect(r.exitCode).toBe(1);
  });

  it('warns about unknown fields and drops them (fieldValidation=Warn)', () => {
    const { run, dep } = cluster();
    expect(run(`patch deployment web -p '{"spec":{"replicas":2,"replica":3}}'`)).toEqual({
      stdout: 'deployment.apps/web patched\n',
      stderr: 'Warning: unknown field "spec.replica"\n',
      exitCode: 0,
    });
    expect(dep().spec).not.toHaveProperty('replica');
  });

  it('traces the request as a patch', () => {
    const { c, run } = cluster();
    run(`patch deployment web -p '{"spec":{"replicas":2}}'`);
    expect(c.trace().filter((t) => t.verb === 'patch').map((t) => [t.from, t.resource, t.name, t.code])).toEqual([['kubectl', 'deployments', 'web', 200]]);
  });

  it('patches a node as the docs example does (kubectl patch node … unschedulable)', () => {
    const { c, run } = cluster();
    expect(run(`patch node node-1 -p '{"spec":{"unschedulable":true}}'`).stdout).toBe('node/node-1 patched\n');
    expect(c.kubectl('get node node-1').stdout).toMatch(/Ready,SchedulingDisabled/);
  });
});

describe('kubectl patch with hostile input', () => {
  it('keeps __proto__ and constructor as ordinary ConfigMap keys (no prototype pollution)', () => {
    const { c, run } = cluster();
    run('create configmap cfg --from-literal=a=1');
    const r = run(`patch configmap cfg --type=merge -p '{"data":{"__proto__":"x","constructor":"y"}}'`);
    expect(r).toEqual({ stdout: 'configmap/cfg patched\n', stderr: '', exitCode: 0 });
    const r2 = run(`patch configmap cfg -p '{"data":{"__proto__":{"polluted":"yes"}}}'`);
    expect(r2.exitCode).toBe(1);
    const data = (c.get('ConfigMap', 'default', 'cfg') as unknown as { data: Record<string, string> }).data;
    expect(Object.keys(data)).toEqual(['a', '__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe('x');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a deeply nested patch with encoding/json words, quickly', () => {
    const { run } = cluster();
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const start = performance.now();
    const r = run(`patch deployment web -p '${deep}'`);
    expect(r.stderr).toBe(`Error from server (BadRequest): invalid character '{' exceeded max depth\n`);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('refuses more than 10,000 JSON patch operations with the API server\'s 413', () => {
    const { run } = cluster();
    const ops = JSON.stringify(Array.from({ length: 10_001 }, () => ({ op: 'test', path: '/kind', value: 'Deployment' })));
    expect(run(`patch deployment web --type=json -p '${ops}'`).stderr).toBe(
      'Error from server (RequestEntityTooLarge): Request entity too large: The allowed maximum operations in a JSON patch is 10000, got 10001\n',
    );
  });

  it('applies a huge merged list in bounded time', () => {
    const { run, dep } = cluster();
    const env = JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ name: `V${i}`, value: String(i) })));
    const start = performance.now();
    const r = run(`patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","env":${env}}]}}}}'`);
    expect(r.stderr).toBe('');
    expect(dep().spec?.template.spec?.containers[0].env).toHaveLength(3000);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
