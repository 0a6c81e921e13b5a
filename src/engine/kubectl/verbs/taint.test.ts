// kubectl taint: its texts (checked against the real kubectl 1.32 where it answers offline, else
// taint.go and utils.go), the node's taint list it writes, and what the scheduler and the
// taint-eviction controller then do with the band.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';
import type { Node, Pod } from '../../objects/types';

function band() {
  const c = createCluster({ nodes: 2, seed: 1 });
  c.kubectl('create deployment web --image=nginx --replicas=4');
  c.advance(60_000);
  return c;
}
const taints = (c: ReturnType<typeof band>, node = 'node-1') => c.get<Node>('Node', undefined, node)?.spec?.taints;
const run = (c: ReturnType<typeof band>, line: string) => c.kubectl(line);

describe('kubectl taint: adding, replacing and removing', () => {
  it('adds a taint; the same key and effect again needs --overwrite; removing says untainted', () => {
    const c = band();
    expect(run(c, 'taint nodes node-1 dedicated=band:NoSchedule')).toEqual({ stdout: 'node/node-1 tainted\n', stderr: '', exitCode: 0 });
    expect(taints(c)).toEqual([{ key: 'dedicated', value: 'band', effect: 'NoSchedule' }]);
    expect(run(c, 'taint nodes node-1 dedicated=other:NoSchedule')).toEqual({
      stdout: '',
      stderr: 'error: node node-1 already has dedicated taint(s) with same effect(s) and --overwrite is false\n',
      exitCode: 1,
    });
    expect(run(c, 'taint nodes node-1 dedicated=other:NoSchedule --overwrite').stdout).toBe('node/node-1 modified\n');
    expect(taints(c)).toEqual([{ key: 'dedicated', value: 'other', effect: 'NoSchedule' }]);
    // A new taint goes first, as reorganizeTaints builds the list; describe sorts by effect, key.
    expect(run(c, 'taint node node-1 solo:PreferNoSchedule').stdout).toBe('node/node-1 tainted\n');
    expect(taints(c)?.map((t) => t.key)).toEqual(['solo', 'dedicated']);
    expect(run(c, 'describe node node-1').stdout).toContain('Taints:             dedicated=other:NoSchedule\n                    solo:PreferNoSchedule\n');
    expect(run(c, 'taint nodes node-1 dedicated:NoSchedule-').stdout).toBe('node/node-1 untainted\n');
    expect(run(c, 'taint nodes node-1 solo-').stdout).toBe('node/node-1 untainted\n');
    expect(taints(c)).toBeUndefined();
  });

  it('removing what is not there, and adding and removing one taint at once, are refused', () => {
    const c = band();
    expect(run(c, 'taint nodes node-1 ghost:NoSchedule-').stderr).toBe('error: taint "ghost:NoSchedule" not found\n');
    expect(run(c, 'taint nodes node-1 ghost-').stderr).toBe('error: taint "ghost" not found\n');
    expect(run(c, 'taint nodes node-1 a=b:NoSchedule a-').stderr).toBe('error: can not both modify and remove the following taint(s) in the same command: {"a":""}\n');
    expect(taints(c)).toBeUndefined();
  });

  it('--all and -l pick the nodes; --dry-run=client changes nothing', () => {
    const c = band();
    expect(run(c, 'taint nodes --all zone=a:PreferNoSchedule').stdout).toBe('node/node-1 tainted\nnode/node-2 tainted\n');
    expect(run(c, 'taint nodes -l kubernetes.io/hostname=node-2 zone:PreferNoSchedule-').stdout).toBe('node/node-2 untainted\n');
    expect(run(c, 'taint nodes node-1 zone- --dry-run=client').stdout).toBe('node/node-1 untainted (dry run)\n');
    expect(taints(c)).toEqual([{ key: 'zone', value: 'a', effect: 'PreferNoSchedule' }]);
    expect(run(c, 'taint nodes --all -l a=b x:NoSchedule').stderr).toBe("error: setting 'all' parameter with a non empty selector is prohibited\n");
  });
});

describe('kubectl taint: usage errors, in kubectl words', () => {
  it.each([
    ['taint', 'error: one or more resources must be specified as <resource> <name>\n'],
    ['taint nodes node-1', 'error: at least one taint update is required\n'],
    ['taint nodes', 'error: at least one taint update is required\n'],
    ['taint nodes a:NoSchedule', "error: at least one resource name must be specified since 'all' parameter is not set\n"],
    ['taint nodes node-1 a=b:NoSchedule node-2', 'error: all resources must be specified before taint changes: node-2\n'],
    ['taint nodes node-1 a=b:Bogus', "error: invalid taint effect: Bogus, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n"],
    ['taint nodes node-1 a=b=c:NoSchedule', "error: invalid taint spec: a=b=c:NoSchedule\nSee 'kubectl taint -h' for help and examples\n"],
    [
      'taint nodes node-1 a=b',
      "error: invalid taint spec: a=b, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')\nSee 'kubectl taint -h' for help and examples\n",
    ],
    ['taint nodes node-1 a:NoSchedule a=x:NoSchedule', "error: duplicated taints with the same key and effect: {a x NoSchedule <nil>}\nSee 'kubectl taint -h' for help and examples\n"],
    ['taint pods web a:NoSchedule', 'error: invalid resource type pods, only node types are supported\n'],
    ['taint nodes nowhere a:NoSchedule', 'Error from server (NotFound): nodes "nowhere" not found\n'],
  ])('%s', (line, stderr) => {
    expect(run(band(), line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });
});

describe('what a taint does to the band', () => {
  const podsOn = (c: ReturnType<typeof band>, node: string) => c.list<Pod>('Pod', 'default').filter((p) => p.spec?.nodeName === node && !p.metadata.deletionTimestamp);

  it('NoSchedule keeps new musicians off the node; those already there keep playing', () => {
    const c = band();
    const before = podsOn(c, 'node-1').length;
    expect(before).toBeGreaterThan(0);
    run(c, 'taint nodes node-1 dedicated=band:NoSchedule');
    run(c, 'scale deployment web --replicas=8');
    c.advance(60_000);
    expect(podsOn(c, 'node-1').length).toBe(before);
    expect(podsOn(c, 'node-2').length).toBe(8 - before);
  });

  it('NoExecute evicts the musicians that do not tolerate it, and their replacements go elsewhere', () => {
    const c = band();
    run(c, 'taint nodes node-1 maintenance=now:NoExecute');
    c.advance(60_000);
    expect(podsOn(c, 'node-1')).toEqual([]);
    expect(podsOn(c, 'node-2').length).toBe(4);
    expect(run(c, 'get events').stdout).toMatch(/TaintManagerEviction/);
  });
});
