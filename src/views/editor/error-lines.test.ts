import { describe, expect, it } from 'vitest';
import { createCluster } from '../../engine';
import { SAMPLE_DEPLOYMENT_YAML } from '../session/sample-cluster';
import { errorRefs, lineOfPath, locateError, parseFieldPath } from './error-lines';

const DEP = SAMPLE_DEPLOYMENT_YAML; // replicas on line 8, `- name: nginx` on 18, image on 19

describe('parseFieldPath', () => {
  it.each([
    ['spec.replicas', ['spec', 'replicas']],
    ['spec.template.spec.containers[0].image', ['spec', 'template', 'spec', 'containers', 0, 'image']],
    ['metadata.labels[app.kubernetes.io/name]', ['metadata', 'labels', 'app.kubernetes.io/name']],
  ])('%s', (path, segs) => expect(parseFieldPath(path)).toEqual(segs));
});

describe('errorRefs', () => {
  it.each([
    [
      'The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
      ['spec.replicas'],
      'Deployment',
    ],
    [
      'Error from server (BadRequest): error when applying patch to "STDIN": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].portz"',
      ['spec.template.spec.containers[0].portz'],
      'Deployment',
    ],
    [
      'Error from server (BadRequest): error when applying patch to "STDIN": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
      ['spec.replicas'],
      'Deployment',
    ],
    [
      'The Deployment "web" is invalid: \n* spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`\n* spec.selector: Invalid value: {}: field is immutable',
      ['spec.template.metadata.labels', 'spec.selector'],
      'Deployment',
    ],
    ['error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: did not find expected key', [], undefined],
  ])('%s', (stderr, paths, kind) => {
    const r = errorRefs(stderr);
    expect(r.paths).toEqual(paths);
    expect(r.kind).toBe(kind);
  });
  it('reads the YAML line', () => expect(errorRefs('error: … yaml: line 4: did not find expected key').yamlLine).toBe(4));
});

describe('lineOfPath', () => {
  it.each([
    [['spec', 'replicas'], 8],
    [['spec', 'template', 'spec', 'containers', 0], 18],
    [['spec', 'template', 'spec', 'containers', 0, 'image'], 19],
    // Missing fields land on the deepest ancestor that exists.
    [['spec', 'template', 'spec', 'containers', 0, 'portz'], 18],
    [['spec', 'nope', 'deeper'], 7],
    [['apiVersion'], 1],
  ])('%j → line %i', (path, line) => expect(lineOfPath(DEP, path)).toBe(line));
});

describe('locateError against the engine’s own messages', () => {
  const cluster = createCluster({ seed: 1 });
  it.each([
    ['replicas: -1', DEP.replace('replicas: 3', 'replicas: -1'), [8]],
    ['unknown field', DEP.replace('replicas: 3', 'replicass: 3'), [8]],
    ['wrong type', DEP.replace('replicas: 3', 'replicas: three'), [8]],
    ['bad image pull policy', DEP.replace('image: nginx:1.14.2', 'image: nginx:1.14.2\n        imagePullPolicy: Sometimes'), [20]],
    ['bad YAML', DEP.replace('  name: nginx-deployment', '  name: nginx-deployment\n bad: [1'), [4]],
    [
      'second document',
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ok\nspec:\n  containers:\n  - name: c\n    image: nginx\n---\n${DEP.replace('replicas: 3', 'replicas: -1')}`,
      [17],
    ],
  ])('%s', (_what, text, lines) => {
    const r = cluster.kubectl('apply -f -', text);
    expect(r.exitCode).toBe(1);
    expect(locateError(text, r.stderr).lines).toEqual(lines);
  });
  it('an alias bomb ("billion laughs") gets kubectl’s refusal, placed at the first alias, without throwing', () => {
    const row = (alias: string) => `[${Array(9).fill(alias).join(',')}]`;
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\n${'bcdefg'
      .split('')
      .map((k, i) => `${k}: &${k} ${row(`*${'abcdefg'[i]}`)}`)
      .join('\n')}\nkind: Pod\n`;
    const r = cluster.kubectl('apply -f -', bomb);
    expect(r.stderr).toBe('error: error parsing STDIN: error converting YAML to JSON: yaml: document contains excessive aliasing\n');
    expect(locateError(bomb, r.stderr).lines).toEqual([2]);
    // Any other message about the same text must not throw either (chunkValue expands it).
    expect(locateError(bomb, 'The Pod "x" is invalid: spec.containers: Required value').lines).toEqual([1]);
  });
  it('a message naming no place has no line', () => {
    expect(locateError(DEP, 'error: error validating "STDIN": error validating data: apiVersion not set').lines).toEqual([]);
  });
});
