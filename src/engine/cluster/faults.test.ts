// Every fault's fields are checked before a handler sees them (issue 15: a `fail-probe` with
// durationMs Infinity was accepted, written to the snapshot as null, and a restored cluster
// then diverged from the original).
import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { createCluster, restoreCluster } from './cluster';
import { type Fault, FaultError } from './faults';
import { kubectlOk } from '../testing/helpers';

const READY_POD = JSON.stringify({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web' },
  spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', readinessProbe: { httpGet: { path: '/', port: 80 }, periodSeconds: 5 } }] },
});

const ready = (c: ReturnType<typeof createCluster>) =>
  c.get('Pod', 'default', 'web')?.status?.conditions?.find((x: { type: string }) => x.type === 'Ready')?.status;

describe('cluster.inject validates every fault field', () => {
  const c = createCluster({ seed: 3 });
  kubectlOk(c, 'apply -f -', READY_POD);
  kubectlOk(c, 'expose pod web --port=80');
  c.advance(20_000);
  const bad: [unknown, string][] = [
    [null, 'a fault must be an object, got null'],
    [[], 'a fault must be an object, got an array'],
    [{ type: 'reboot' }, 'unknown fault type: "reboot"'],
    [{ type: 'fail-probe', pod: 'web', probe: 'readiness', durationMs: Number.POSITIVE_INFINITY }, 'fail-probe: durationMs must be a finite number of milliseconds from 0 to 604800000, got Infinity'],
    [{ type: 'fail-probe', pod: 'web', probe: 'readiness', durationMs: Number.NaN }, 'fail-probe: durationMs must be a finite number of milliseconds from 0 to 604800000, got NaN'],
    [{ type: 'fail-probe', pod: 'web', probe: 'readiness', durationMs: -1 }, 'fail-probe: durationMs must be a finite number of milliseconds from 0 to 604800000, got -1'],
    [{ type: 'fail-probe', pod: 'web', probe: 'readiness', durationMs: '60000' }, 'fail-probe: durationMs must be a finite number of milliseconds from 0 to 604800000, got "60000"'],
    [{ type: 'fail-probe', pod: 'web', probe: 'startup' }, 'fail-probe: probe must be "readiness" or "liveness", got "startup"'],
    [{ type: 'fail-probe', pod: '', probe: 'readiness' }, 'fail-probe: pod must be a non-empty name, got ""'],
    [{ type: 'crash-container', pod: 'web', container: 7 }, 'crash-container: container must be a non-empty name, got 7'],
    [{ type: 'crash-container', pod: { name: 'web' } }, 'crash-container: pod must be a non-empty name, got an object'],
    [{ type: 'kill-node' }, 'kill-node: node: Required value'],
    [{ pod: 'web' }, 'type: Required value: one of crash-container, kill-node, restore-node, load, fail-probe'],
    [{ type: 'fail-probe', pod: 'web' }, 'fail-probe: probe: Required value'],
    [{ type: 'load', service: 'web' }, 'load: rps: Required value'],
    [{ type: 'restore-node', node: 'nope' }, 'nodes "nope" not found'],
    [{ type: 'load', service: 'web', rps: Number.NaN }, 'load: rps must be a finite number of requests per second from 0 to 1000000, got NaN'],
    [{ type: 'load', service: 'web', rps: 1e12 }, 'load: rps must be a finite number of requests per second from 0 to 1000000, got 1000000000000'],
    [{ type: 'load', service: 'web', namespace: null, rps: 5 }, 'load: namespace must be a non-empty name, got null'],
  ];
  it.each(bad)('refuses %j', (fault, message) => {
    expect(() => c.inject(fault as Fault)).toThrow(new FaultError(message));
  });

  it('leaves the cluster as it was after a refusal', () => {
    expect(ready(c)).toBe('True');
    c.advance(30_000);
    expect(ready(c)).toBe('True');
    expect(Number.isFinite(c.nextEventAt())).toBe(true);
  });
});

describe('a fail-probe fault survives snapshot → restore', () => {
  it('the restored cluster continues exactly as the original', () => {
    const a = createCluster({ seed: 4 });
    kubectlOk(a, 'apply -f -', READY_POD);
    a.advance(20_000);
    a.inject({ type: 'fail-probe', pod: 'web', probe: 'readiness', durationMs: 45_000 });
    a.advance(10_000);
    const b = restoreCluster(JSON.parse(JSON.stringify(a.snapshot())));
    for (const c of [a, b]) c.advance(20_000);
    expect(ready(b)).toBe('False');
    for (const c of [a, b]) c.advance(40_000);
    expect(ready(b)).toBe('True');
    expect(b.kubectl('get pods -o json').stdout).toBe(a.kubectl('get pods -o json').stdout);
    expect(b.kubectl('get events').stdout).toBe(a.kubectl('get events').stdout);
    expect(b.nextEventAt()).toBe(a.nextEventAt());
  });
});
