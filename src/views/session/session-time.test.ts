// Time control edge cases found in review: a speed drop or a rewind leaves the last snapshot far
// behind now, and the next advance must not ask the engine to run backwards.
import { describe, expect, it } from 'vitest';
import { createSession } from './session';

function session() {
  let t = 0;
  const s = createSession({ seed: 1, wallNow: () => t });
  const play = (frames: number) => {
    for (let i = 0; i < frames; i++) {
      s.tick(16);
      t += 16;
    }
  };
  return { s, play };
}

describe('session time after speed changes and rewinds', () => {
  it('keeps playing after dropping from 16× to 1×', () => {
    const { s, play } = session();
    s.actions.setSpeed(16);
    play(60);
    const before = s.cluster().now();
    s.actions.setSpeed(1);
    play(1);
    expect(s.store.getState().failure).toBeUndefined();
    expect(s.cluster().now()).toBe(before + 16);
  });

  it('keeps playing after a rewind far behind the last snapshot at 64×', () => {
    const { s, play } = session();
    s.actions.setSpeed(64);
    play(300);
    s.actions.rewindTo(35_000);
    expect(s.cluster().now()).toBe(35_000);
    play(1);
    expect(s.store.getState().failure).toBeUndefined();
    expect(s.cluster().now()).toBe(35_000 + 16 * 64);
    // And the moment just played can itself be rewound to.
    s.actions.rewindTo(35_500);
    expect(s.cluster().now()).toBe(35_500);
  });
});

describe('warm-up', () => {
  it('opens the sample on a band already playing, and so does reset', () => {
    const s = createSession({ seed: 1, warmUp: true });
    const available = () => s.store.getState().deployments.every((d) => d.status?.availableReplicas === 3);
    expect(available()).toBe(true);
    expect(s.store.getState().pods.filter((p) => p.status?.phase === 'Running')).toHaveLength(3);
    const warmedTo = s.cluster().now();
    expect(warmedTo).toBeGreaterThan(0);
    expect(warmedTo).toBeLessThanOrEqual(60_000);
    // The set-up stays rewindable from 0:00 and the warm-up is reproducible.
    expect(s.store.getState().timelineStart).toBe(0);
    s.actions.reset();
    expect(s.cluster().now()).toBe(warmedTo);
    expect(available()).toBe(true);
  });

  it('is off unless asked for (tests and lessons start at 0:00)', () => {
    expect(createSession({ seed: 1 }).cluster().now()).toBe(0);
  });
});
