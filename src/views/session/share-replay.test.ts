// Issue 15: a share link whose log applies a pod with `periodSeconds: 0` used to rebuild a
// cluster whose clock had stopped (a NaN probe timer at the top of the heap). Replayed here on a
// plain cluster, with no page around it.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../engine';
import { replayShareLog } from './share-replay';
import type { ShareState } from './types';

const POD = JSON.stringify({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec: { containers: [{ name: 'c', image: 'nginx:1.27', readinessProbe: { exec: { command: ['true'] }, periodSeconds: 0 } }] },
});

describe('replayShareLog', () => {
  it('rebuilds a moment with a zero probe period into a cluster that keeps running', () => {
    const shared: ShareState = {
      v: 1,
      seed: 1,
      nodes: 3,
      at: 90_000,
      log: [
        { at: 0, kind: 'kubectl', line: 'apply -f -', stdin: POD },
        { at: 60_000, kind: 'kubectl', line: 'create deployment x --image=nginx' },
      ],
    };
    const cluster = createCluster({ seed: shared.seed, nodes: shared.nodes });
    replayShareLog(shared, { cluster: () => cluster, advanceBy: (ms) => cluster.advance(ms), record: () => {} });
    expect(cluster.now()).toBe(90_000);
    expect(Number.isFinite(cluster.nextEventAt())).toBe(true);
    expect(cluster.kubectl('get deploy x').stdout).toMatch(/^x\s+1\/1\s+1\s+1\s+30s$/m);
  });
});
