import { describe, expect, it } from 'vitest';
import { clampDock, DOCK_MIN_PX, dockAfterKey, dockMax } from './dock-size';

describe('dock size', () => {
  it('stays between a few lines and half the window', () => {
    expect(clampDock(10, 800)).toBe(DOCK_MIN_PX);
    expect(clampDock(1_000, 800)).toBe(400);
    expect(clampDock(200, 800)).toBe(200);
  });

  it.each([
    { key: 'ArrowUp', from: 160, want: 176 },
    { key: 'ArrowDown', from: 160, want: 144 },
    { key: 'PageUp', from: 160, want: 224 },
    { key: 'PageDown', from: 100, want: DOCK_MIN_PX },
    { key: 'Home', from: 300, want: DOCK_MIN_PX },
    { key: 'End', from: 100, want: dockMax(800) },
    { key: 'a', from: 100, want: undefined },
  ])('$key from $from → $want', ({ key, from, want }) => {
    expect(dockAfterKey(key, from, 800)).toBe(want);
  });
});
