// The epoch (wall-clock time of virtual time 0) is a config value: the default keeps the
// in-page cluster's timestamps exactly as they were; the server passes its real start time.
import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster } from '../index';
import { DEFAULT_EPOCH_MS, EPOCH_MS } from '../util/time';

const nodeCreated = (c: ReturnType<typeof createCluster>) => c.api.store.get('nodes', undefined, 'node-1')?.metadata.creationTimestamp;

describe('cluster epoch', () => {
  it('defaults to 2025-01-01 and follows config.epochMs', () => {
    const byDefault = createCluster({ seed: 1, nodes: 1 });
    expect(EPOCH_MS).toBe(DEFAULT_EPOCH_MS);
    expect(nodeCreated(byDefault)).toBe('2025-01-01T00:00:00Z');
    const served = createCluster({ seed: 1, nodes: 1, epochMs: Date.UTC(2026, 11, 7, 20, 30, 5, 250) });
    expect(nodeCreated(served)).toBe('2026-12-07T20:30:05Z');
    served.advance(61_000);
    expect((served.api.store.get('nodes', undefined, 'node-1') as { status?: { conditions?: { type: string; lastHeartbeatTime?: string }[] } } | undefined)?.status?.conditions?.find((c) => c.type === 'Ready')?.lastHeartbeatTime).toMatch(/^2026-12-07T20:3/);
    // A snapshot carries its epoch; restoring it sets the epoch again.
    const snap = served.snapshot();
    createCluster({ seed: 1, nodes: 1 });
    expect(EPOCH_MS).toBe(DEFAULT_EPOCH_MS);
    restoreCluster(snap);
    expect(EPOCH_MS).toBe(Date.UTC(2026, 11, 7, 20, 30, 5, 250));
    createCluster({ seed: 1 });
    expect(EPOCH_MS).toBe(DEFAULT_EPOCH_MS);
  });

  it('refuses an epoch that is not whole milliseconds', () => {
    expect(() => createCluster({ epochMs: 1.5 })).toThrow(/epochMs must be/);
    expect(() => createCluster({ epochMs: Number.NaN })).toThrow(/epochMs must be/);
  });
});
