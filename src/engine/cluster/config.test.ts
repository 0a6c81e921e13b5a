// createCluster's numeric options are checked up front: NaN capacity printed as "NaN" in every
// Node and made every fit check false; an Infinity trace ring grew without bound.
import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { createCluster, restoreCluster } from './cluster';

describe('createCluster options', () => {
  it.each([
    [{ nodeCpu: Number.NaN }, 'nodeCpu must be a number of cores above 0 and at most 1024, got NaN'],
    [{ nodeCpu: 0 }, 'nodeCpu must be a number of cores above 0 and at most 1024, got 0'],
    [{ nodeMemoryBytes: Number.POSITIVE_INFINITY }, 'nodeMemoryBytes must be a whole number of bytes from 1024 to 17592186044416, got Infinity'],
    [{ nodeMemoryBytes: 1.5e9 + 0.5 }, 'nodeMemoryBytes must be a whole number of bytes from 1024 to 17592186044416, got 1500000000.5'],
    [{ traceCapacity: Number.POSITIVE_INFINITY }, 'traceCapacity must be an integer from 0 to 1000000, got Infinity'],
    [{ traceCapacity: 2.5 }, 'traceCapacity must be an integer from 0 to 1000000, got 2.5'],
  ])('refuses %j', (options, message) => {
    expect(() => createCluster(options)).toThrow(new RangeError(message));
  });

  it('accepts fractional cores and shows them in the Node', () => {
    const c = createCluster({ nodes: 1, nodeCpu: 1.5 });
    expect(c.kubectl('get node node-1 -o jsonpath={.status.capacity.cpu}').stdout).toBe('1.5');
    expect(() => restoreCluster(c.snapshot(), { traceCapacity: -1 })).toThrow('traceCapacity must be an integer from 0 to 1000000, got -1');
  });
});

describe('restoreCluster refuses a clock that cannot run', () => {
  it('a timer due at null (a NaN or Infinity written to JSON) is a SnapshotError, not a stopped cluster', () => {
    const snap = JSON.parse(JSON.stringify(createCluster({ nodes: 1 }).snapshot()));
    snap.clock.heap[0].at = null;
    const target = `${snap.clock.heap[0].target}/${snap.clock.heap[0].type}`;
    expect(() => restoreCluster(snap)).toThrow(`the snapshot cannot run: timer ${target} is due at null`);
    const snap2 = JSON.parse(JSON.stringify(createCluster({ nodes: 1 }).snapshot()));
    snap2.clock.now = null;
    expect(() => restoreCluster(snap2)).toThrow("the snapshot cannot run: the clock's time is null");
  });
});
