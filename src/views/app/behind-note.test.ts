import { describe, expect, it } from 'vitest';
import { HOLD_MS, nextBehindNote } from './behind-note';

const at = (now: number, effective: number, speed = 16, running = true) => ({ running, speed, effective, now });

describe('the "running at" note', () => {
  it('shows as soon as the engine falls behind, with the speed it achieves', () => {
    expect(nextBehindNote({}, at(0, 14.5)).shown).toBe(14.5);
  });

  it('stays while the engine keeps up for less than the hold time (no blinking masthead)', () => {
    let n = nextBehindNote({}, at(0, 14));
    n = nextBehindNote(n, at(100, 16));
    n = nextBehindNote(n, at(100 + HOLD_MS - 1, 16));
    expect(n.shown).toBe(14);
    n = nextBehindNote(n, at(200 + HOLD_MS, 15));
    n = nextBehindNote(n, at(300 + HOLD_MS, 16));
    n = nextBehindNote(n, at(300 + 2 * HOLD_MS - 1, 16));
    expect(n.shown).toBe(15);
  });

  it('goes once the engine has kept up for the hold time, and at once on pause', () => {
    let n = nextBehindNote({}, at(0, 14));
    n = nextBehindNote(n, at(100, 16));
    expect(nextBehindNote(n, at(100 + HOLD_MS, 16)).shown).toBeUndefined();
    expect(nextBehindNote(n, at(200, 14, 16, false)).shown).toBeUndefined();
  });

  it('never shows while the engine keeps up', () => {
    expect(nextBehindNote({}, at(0, 16)).shown).toBeUndefined();
  });
});
