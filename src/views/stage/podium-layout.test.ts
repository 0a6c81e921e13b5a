import { describe, expect, it } from 'vitest';
import { NARROW, podiumLayout, WIDE } from './podium-layout';

describe('podium layout', () => {
  it.each([
    [390, NARROW],
    [639, NARROW],
    [640, WIDE],
    [1280, WIDE],
  ])('at %i px uses the %s layout', (w, layout) => expect(podiumLayout(w)).toBe(layout));

  it.each([
    ['wide', WIDE],
    ['narrow', NARROW],
  ])('%s: every station box lies inside the drawing, none overlapping', (_, layout) => {
    const boxes = Object.entries(layout.pos).map(([s, p]) => ({
      s,
      x0: p.x - p.w / 2,
      x1: p.x + p.w / 2,
      y0: p.y - 16,
      y1: p.y - 16 + (s === 'etcd' ? 46 : 32),
    }));
    for (const b of boxes) {
      expect(b.x0, b.s).toBeGreaterThanOrEqual(0);
      expect(b.x1, b.s).toBeLessThanOrEqual(layout.viewBox.width);
      expect(b.y0, b.s).toBeGreaterThanOrEqual(0);
      expect(b.y1, b.s).toBeLessThanOrEqual(layout.viewBox.height);
    }
    const overlaps = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)
        .map((b) => `${a.s}/${b.s}`),
    );
    expect(overlaps).toEqual([]);
  });
});
