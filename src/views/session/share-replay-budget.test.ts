// Rebuilding a shared moment (issue 15). A share link whose log applies a pod with `periodSeconds: 0` used to rebuild a
// cluster whose clock had stopped (a NaN probe timer at the top of the heap). Replayed here on a
// plain cluster, with no page around it.
//
// The replay budget holds however the shared commands are spread in time: checked before every
// log entry, not only while virtual time advances. Wall time is a stand-in clock here.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../engine';
import { ReplayBudget, ReplayTooSlow, replayShareLog } from './share-replay';
import type { LogEntry } from './timeline';
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
    replayShareLog(shared, { cluster: () => cluster, advanceBy: (ms) => cluster.advance(ms), record: () => {}, checkBudget: () => {} });
    expect(cluster.now()).toBe(90_000);
    expect(Number.isFinite(cluster.nextEventAt())).toBe(true);
    expect(cluster.kubectl('get deploy x').stdout).toMatch(/^x\s+1\/1\s+1\s+1\s+30s$/m);
  });
});

/** A replay target whose every kubectl line costs `msPerCommand` of stand-in wall time. */
function target(msPerCommand: number) {
  const clock = { wall: 0 };
  const cluster = createCluster({ seed: 1, nodes: 1 });
  const ran: string[] = [];
  const budget = new ReplayBudget(() => clock.wall, 5_000);
  const kubectl = cluster.kubectl.bind(cluster);
  cluster.kubectl = (line: string, stdin?: string) => {
    clock.wall += msPerCommand;
    ran.push(line);
    return kubectl(line, stdin);
  };
  return {
    clock,
    ran,
    budget,
    t: {
      cluster: () => cluster,
      advanceBy: (ms: number) => cluster.advance(ms),
      record: (_: LogEntry) => {},
      checkBudget: () => budget.check(),
    },
  };
}

const sameInstant = (n: number): ShareState => ({
  v: 1,
  seed: 1,
  nodes: 1,
  log: Array.from({ length: n }, (_, i) => ({ at: 0, kind: 'kubectl' as const, line: `create namespace ns-${i}` })),
  at: 0,
});

describe('replayShareLog budget', () => {
  it('stops 1,800 commands at one instant once 5 s of wall time are spent', () => {
    const r = target(15);
    expect(() => r.budget.during(() => replayShareLog(sameInstant(1_800), r.t))).toThrow(ReplayTooSlow);
    // 5,000 ms / 15 ms a command: the check after the budget stops the 335th.
    expect(r.ran.length).toBe(334);
    expect(r.clock.wall).toBeLessThanOrEqual(5_000 + 15);
  });

  it('replays a log that fits the budget in full', () => {
    const r = target(1);
    r.budget.during(() => replayShareLog(sameInstant(100), r.t));
    expect(r.ran.length).toBe(100);
    expect(r.t.cluster().get('Namespace', '', 'ns-99')).toBeDefined();
  });
});
