// `kubectl create pdb`: objects and errors as kubectl 1.32 prints them (`--dry-run=client`), then
// a real create the disruption controller fills in.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';

const run = (line: string) => createCluster({ nodes: 1 }).kubectl(line);

describe('kubectl create poddisruptionbudget', () => {
  it('builds the PodDisruptionBudget kubectl 1.32 builds (the help text\'s examples)', () => {
    expect(run('create pdb my-pdb --selector=app=rails --min-available=1 --dry-run=client -o yaml')).toEqual({
      stdout:
        'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  creationTimestamp: null\n  name: my-pdb\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: rails\nstatus:\n  currentHealthy: 0\n  desiredHealthy: 0\n  disruptionsAllowed: 0\n  expectedPods: 0\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run('create poddisruptionbudget my-pdb --selector=app=nginx --max-unavailable=50% --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  creationTimestamp: null\n  name: my-pdb\nspec:\n  maxUnavailable: 50%\n  selector:\n    matchLabels:\n      app: nginx\nstatus:\n  currentHealthy: 0\n  desiredHealthy: 0\n  disruptionsAllowed: 0\n  expectedPods: 0\n',
    );
    // Set-based requirements become matchExpressions, sorted by key; -o json keeps struct order.
    expect(JSON.parse(run("create pdb my-pdb --selector='app=rails,tier in (a,b),!z,w' --min-available=1 --dry-run=client -o json").stdout)).toEqual({
      kind: 'PodDisruptionBudget',
      apiVersion: 'policy/v1',
      metadata: { name: 'my-pdb', creationTimestamp: null },
      spec: {
        minAvailable: 1,
        selector: {
          matchLabels: { app: 'rails' },
          matchExpressions: [
            { key: 'tier', operator: 'In', values: ['a', 'b'] },
            { key: 'w', operator: 'Exists' },
            { key: 'z', operator: 'DoesNotExist' },
          ],
        },
      },
      status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 },
    });
  });

  it('is listed by `kubectl create --help`, whose commands cobra sorts by name', () => {
    const help = run('create --help').stdout;
    const block = help.slice(help.indexOf('Available Commands:\n'), help.indexOf('\nUsage:'));
    const names = [...block.matchAll(/^ {2}([a-z]+) +\S/gm)].map((m) => m[1]);
    expect(names).toContain('poddisruptionbudget');
    expect(names).toEqual([...names].sort());
  });

  it.each([
    ['create pdb x --dry-run=client', 'error: a selector must be specified\n'],
    ['create pdb x --selector=a=b --dry-run=client', 'error: one of min-available or max-unavailable must be specified\n'],
    ['create pdb x --selector=a=b --min-available=1 --max-unavailable=1 --dry-run=client', 'error: min-available and max-unavailable cannot be both specified\n'],
    ['create pdb x --selector=a=b --min-available=-1 --dry-run=client', 'error: invalid format specified for min-available\n'],
    ['create pdb x --selector=a=b --max-unavailable=10Gb --dry-run=client', 'error: invalid format specified for max-unavailable\n'],
    ['create pdb x --selector=x!=y --min-available=1 --dry-run=client', 'error: "!=" is not a valid label selector operator\n'],
    ['create pdb --selector=a=b --min-available=1 --dry-run=client', "error: exactly one NAME is required, got 0\nSee 'kubectl create poddisruptionbudget -h' for help and examples\n"],
  ])('%s', (line, stderr) => {
    expect(run(line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('creates it in the namespace, and the disruption controller counts the pods it selects', () => {
    const c = createCluster({ seed: 4 });
    expect(c.kubectl('create deployment web --image=nginx --replicas=3').exitCode).toBe(0);
    c.advance(60_000);
    expect(c.kubectl('create pdb web-pdb --selector=app=web --min-available=2')).toEqual({ stdout: 'poddisruptionbudget.policy/web-pdb created\n', stderr: '', exitCode: 0 });
    c.advance(5_000);
    expect(c.kubectl('get pdb web-pdb').stdout).toMatch(/^NAME +MIN AVAILABLE +MAX UNAVAILABLE +ALLOWED DISRUPTIONS +AGE\nweb-pdb +2 +N\/A +1 +5s\n$/);
  });
});
