// The replay budget holds however the shared commands are spread in time: checked before every
// log entry, not only while virtual time advances. Wall time is a stand-in clock here.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../engine';
import { ReplayBudget, ReplayTooSlow, replayShareLog } from './share-replay';
import type { LogEntry } from './timeline';
import type { ShareState } from './types';

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
