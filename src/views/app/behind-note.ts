// The control bar's "running at N×" note: shown as soon as the engine falls behind the speed asked
// for, hidden only once it has kept up for HOLD_MS of wall time. On a busy machine the smoothed
// speed crosses the asked one several times a second; a note that blinks with it widens and narrows
// the masthead, which wraps and unwraps, and every wrap resizes the scene: the whole hall re-laid
// out and repainted (measured with bench/profile-frames.ts: an 8 ms layout ten times a second at 16×).

/** Wall ms the engine must keep up before the note goes. */
export const HOLD_MS = 2000;

export interface BehindNote {
  /** The speed the note shows; undefined: no note. */
  shown?: number;
  /** Wall ms since when the engine has kept up while the note still shows. */
  keptUpSince?: number;
}

export interface SpeedReading {
  running: boolean;
  speed: number;
  effective: number;
  /** Wall ms. */
  now: number;
}

export function nextBehindNote(prev: BehindNote, { running, speed, effective, now }: SpeedReading): BehindNote {
  if (!running) return {};
  if (effective < speed) return { shown: effective };
  if (prev.shown === undefined) return prev;
  const since = prev.keptUpSince ?? now;
  return now - since >= HOLD_MS ? {} : { shown: prev.shown, keptUpSince: since };
}
