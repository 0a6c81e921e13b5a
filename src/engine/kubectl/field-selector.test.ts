// --field-selector on get and delete: the fields each kind offers, = == !=, several terms, and
// the API server's 400 as kubectl rewords it (texts from the field-selectors concept page and
// cli-runtime's resource/selector.go).
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import { parseFieldSelector } from './field-selector';

function band() {
  const c = createCluster({ nodes: 2, seed: 1 });
  c.kubectl('create deployment web --image=nginx --replicas=3');
  c.advance(60_000);
  return c;
}
const names = (out: string) => out.trim().split('\n').slice(1).map((l) => l.split(/\s+/)[0]);

describe('kubectl get --field-selector', () => {
  it('pods by node, by phase, and with several terms', () => {
    const c = band();
    const all = names(c.kubectl('get pods').stdout);
    const on1 = names(c.kubectl('get pods --field-selector spec.nodeName=node-1').stdout);
    const on2 = names(c.kubectl('get pods --field-selector=spec.nodeName!=node-1').stdout);
    expect(on1.length).toBeGreaterThan(0);
    expect([...on1, ...on2].sort()).toEqual(all);
    expect(names(c.kubectl('get pods --field-selector status.phase==Running,spec.restartPolicy=Always').stdout)).toEqual(all);
    expect(c.kubectl('get pods --field-selector status.phase!=Running')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
    // An empty selector selects everything, as `kubectl get pods --field-selector ""` does.
    expect(names(c.kubectl('get pods --field-selector ""').stdout)).toEqual(all);
  });

  it('events by reason and involved object; nodes by spec.unschedulable', () => {
    const c = band();
    const scheduled = c.kubectl('get events --field-selector reason=Scheduled').stdout.trim().split('\n').slice(1);
    expect(scheduled).toHaveLength(3);
    for (const l of scheduled) expect(l).toMatch(/Normal +Scheduled +pod\/web-/);
    expect(c.kubectl('get events --field-selector involvedObject.kind=Deployment').stdout).toMatch(/ScalingReplicaSet +deployment\/web /);
    c.kubectl('cordon node-2');
    expect(names(c.kubectl('get nodes --field-selector spec.unschedulable=true').stdout)).toEqual(['node-2']);
  });

  it.each([
    ['get pods --field-selector foo=bar', 'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "foo=bar": field label not supported: foo\n'],
    [
      'get deploy --field-selector spec.replicas=3',
      'Error from server (BadRequest): Unable to find "apps/v1, Resource=deployments" that match label selector "", field selector "spec.replicas=3": "spec.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"\n',
    ],
    ["get pods -l 'a in b'", 'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "a in b", field selector "": unable to parse requirement: found \'b\', expected: \'(\'\n'],
    ['get pods web --field-selector status.phase=Running', 'error: name cannot be provided when a selector is specified\n'],
  ])('%s', (line, stderr) => {
    expect(band().kubectl(line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });
});

describe('kubectl delete --field-selector', () => {
  it('deletes only what matches; the Deployment replaces them', () => {
    const c = band();
    const on2 = names(c.kubectl('get pods --field-selector spec.nodeName=node-2').stdout);
    expect(c.kubectl('delete pods --field-selector spec.nodeName=node-2').stdout).toBe(on2.map((n) => `pod "${n}" deleted\n`).join(''));
    c.advance(30_000);
    expect(names(c.kubectl('get pods --field-selector status.phase=Running').stdout)).toHaveLength(3);
  });
});

describe('parseFieldSelector', () => {
  it('splits on unescaped commas and unescapes values', () => {
    expect(parseFieldSelector('a=b,c!=d,e==f')).toEqual([
      { field: 'a', op: '=', value: 'b' },
      { field: 'c', op: '!=', value: 'd' },
      { field: 'e', op: '=', value: 'f' },
    ]);
    expect(parseFieldSelector('a=x\\,y')).toEqual([{ field: 'a', op: '=', value: 'x,y' }]);
    expect(() => parseFieldSelector('nope')).toThrow("invalid selector: 'nope'; can't understand 'nope'");
  });
});
