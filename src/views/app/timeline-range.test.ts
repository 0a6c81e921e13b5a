import { describe, expect, it } from 'vitest';
import { isLiveEnd, timelineRange } from './timeline-range';

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
