import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from '../../engine';
import { Timeline } from './timeline';

const snap = (n: number) => ({ n }) as unknown as ClusterSnapshot;

describe('Timeline', () => {
  it('plans from the nearest earlier snapshot with the log entries after it, up to the target', () => {
    const t = new Timeline(10_000, 100);
    t.addSnapshot(0, snap(0));
    t.record({ at: 5_000, kind: 'kubectl', line: 'a' });
    t.addSnapshot(10_000, snap(1));
    t.record({ at: 12_000, kind: 'kubectl', line: 'b' });
    t.record({ at: 18_000, kind: 'fault', fault: { type: 'kill-node', node: 'node-1' } });
    t.addSnapshot(20_000, snap(2));
    const plan = t.plan(15_000);
    expect(plan?.from.at).toBe(10_000);
    expect(plan?.replay.map((e) => e.at)).toEqual([12_000]);
    expect(t.plan(-1)).toBeUndefined();
    t.truncate(15_000, plan as NonNullable<typeof plan>);
    expect(t.entries.map((e) => e.at)).toEqual([5_000, 12_000]);
    expect(t.nextSnapshotAt()).toBe(20_000);
  });

  it.each([
    [10, 25],
    [20, 100],
  ])('keeps at most %i snapshots over %i intervals, always the first and the newest', (max, n) => {
    const t = new Timeline(1_000, max);
    for (let i = 0; i <= n; i++) t.addSnapshot(i * 1_000, snap(i));
    expect(t.snapshotCount).toBeLessThanOrEqual(max);
    expect(t.start).toBe(0);
    expect(t.plan(n * 1_000)?.from.at).toBe(n * 1_000);
  });
});
