import { describe, expect, it } from 'vitest';
import { isLiveEnd, timelineRange, timelineSelectors } from './timeline-range';

describe('timelineRange', () => {
  it('ends on the step grid, so a value equal to max is not snapped below it', () => {
    // 12.345 s into a timeline that starts at 0: the grid is whole seconds; max is 12 s, not 12.345 s.
    expect(timelineRange(0, 12_345)).toEqual({ min: 0, max: 12_000 });
    // The grid starts at min (a timeline thinned to start at 20.5 s).
    expect(timelineRange(20_500, 31_000)).toEqual({ min: 20_500, max: 30_500 });
  });

  it('keeps a one-step span in the first second', () => {
    expect(timelineRange(0, 0)).toEqual({ min: 0, max: 1_000 });
    expect(timelineRange(0, 400)).toEqual({ min: 0, max: 1_000 });
  });

  it('treats the end as the live moment', () => {
    const r = timelineRange(0, 12_345);
    expect(isLiveEnd(r, 12_000)).toBe(true);
    expect(isLiveEnd(r, 11_000)).toBe(false);
  });
});

describe('what the Timeline subscribes to', () => {
  it('changes once a virtual second, not on every frame (so the Timeline renders once a second at 1×)', () => {
    // A second and a half of play at 1×, 60 frames a second: `now` moves every frame.
    let changes = 0;
    let last: number[] | undefined;
    for (let frame = 0; frame <= 90; frame++) {
      const s = { timelineStart: 0, now: 9_200 + frame * (1000 / 60) };
      const read = Object.values(timelineSelectors).map((sel) => sel(s));
      if (last && read.some((v, i) => !Object.is(v, last?.[i]))) changes++;
      last = read;
    }
    // The clock passes 0:00:10 once: one change (before, `now` itself: 90).
    expect(changes).toBe(1);
  });

  it('still shows the clock and the range exactly', () => {
    const s = { timelineStart: 20_500, now: 31_999 };
    expect(timelineSelectors.second(s)).toBe(31);
    expect(timelineSelectors.max(s)).toBe(timelineRange(20_500, 31_999).max);
  });
});
