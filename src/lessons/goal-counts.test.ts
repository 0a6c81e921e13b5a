import { describe, expect, it } from 'vitest';
import { stageCounts } from './goal-counts';
import { lessons } from './registry';

describe('what goals count on stage (issue 12)', () => {
  it('finds the songs and the heartbeats the lessons wait on', () => {
    const all = lessons.flatMap((l) => l.steps.flatMap((s) => stageCounts(s.goal).map((c) => `${l.slug}/${s.id}: ${c.thing}`)));
    expect(all).toContain('statefulsets/own-safe: songs');
    expect(all).toContain('statefulsets/same-name: songs');
    expect(all).toContain('node-failure/lights-out: heartbeat');
    expect(all).toContain('crash-loop/back-off: restarts');
    expect(all).toContain('load-balancing/lost-voice: endpoints');
    expect(all).toContain('rollouts/new-arrangement: revision');
  });

  it('reads nested goals', () => {
    expect(
      stageCounts({
        kind: 'all',
        goals: [
          { kind: 'podReplaced', selector: 'app=jam' },
          { kind: 'podUsesClaim', pod: 'web-1', claim: 'www-web-1', minSongs: 3 },
        ],
      }),
    ).toEqual([{ thing: 'songs', pod: 'web-1', claim: 'www-web-1', atLeast: 3 }]);
  });
});
