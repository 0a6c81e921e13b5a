// The Timeline slider's range. A range input snaps its value to min + k·step: with max = now (any
// millisecond), the live moment is rarely on that grid, so the browser drew the thumb up to a
// second short of the end (issue 10). The range therefore ends on the last whole second of the
// grid, and the live moment is drawn there: the thumb sits at the live end while the cluster plays.

export const TIMELINE_STEP_MS = 1000;

export interface TimelineRange {
  min: number;
  /** The last grid point at or before now (at least one step past min, so the slider has a span). */
  max: number;
}

export function timelineRange(start: number, now: number): TimelineRange {
  const span = Math.max(TIMELINE_STEP_MS, Math.floor((now - start) / TIMELINE_STEP_MS) * TIMELINE_STEP_MS);
  return { min: start, max: start + span };
}

/** A slider value at (or past) the range's end means "now": no rewind. */
export function isLiveEnd(range: TimelineRange, value: number): boolean {
  return value >= range.max;
}

/**
 * What the Timeline reads from the store, each a number that changes at most once a virtual
 * second: the clock it shows (h:mm:ss) and its range. `now` itself changes on every frame while
 * the cluster plays; subscribed to these instead, the Timeline renders only when what it draws
 * changes (issue 10: it re-rendered on every frame).
 */
export const timelineSelectors = {
  start: (s: { timelineStart: number }) => s.timelineStart,
  /** The whole seconds of now: all the clock and the value text show. */
  second: (s: { now: number }) => Math.floor(s.now / 1000),
  max: (s: { timelineStart: number; now: number }) => timelineRange(s.timelineStart, s.now).max,
};
