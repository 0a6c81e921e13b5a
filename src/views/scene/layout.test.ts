import { describe, expect, it } from 'vitest';
import { contains, type Box } from './geometry';
import { orientationFor, riserGrid, sceneLayout } from './layout';

const names = (n: number) => Array.from({ length: n }, (_, i) => `node-${i + 1}`);
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (outer: Box, b: Box) => contains(outer, { x: b.x, y: b.y }) && contains(outer, { x: b.x + b.w, y: b.y + b.h });

describe('sceneLayout', () => {
  it.each([
    [1280, 800, 'landscape'],
    [868, 800, 'landscape'],
    [390, 844, 'portrait'],
    [600, 900, 'portrait'],
  ] as const)('%i × %i → %s', (w, h, o) => expect(orientationFor(w, h)).toBe(o));

  it('puts three risers side by side in landscape, under the podium, right of the wings', () => {
    const l = sceneLayout(names(3), 'landscape');
    const r = names(3).map((n) => l.risers.get(n) as Box);
    expect(new Set(r.map((b) => b.y)).size).toBe(1);
    expect(r[0].x).toBeLessThan(r[1].x);
    for (const b of r) {
      expect(b.y).toBeGreaterThan(l.podium.y + l.podium.h);
      expect(b.x).toBeGreaterThan(l.wings.x + l.wings.w);
    }
  });

  it.each([1, 3, 4, 10, 37, 100])('%i risers fit the hall without overlapping anything (both orientations)', (n) => {
    for (const o of ['landscape', 'portrait'] as const) {
      const l = sceneLayout(names(n), o);
      const boxes = [...l.risers.values()];
      expect(boxes).toHaveLength(n);
      for (const b of boxes) {
        expect(inside(l.viewBox, b)).toBe(true);
        for (const area of [l.podium, l.wings, l.front, l.desk, l.safe]) expect(overlap(b, area)).toBe(false);
      }
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
    }
  });

  it('stacks the portrait hall for a phone: podium, wings, risers, then the front, each full width or side by side', () => {
    const l = sceneLayout(names(3), 'portrait');
    const r = names(3).map((n) => l.risers.get(n) as Box);
    expect(l.podium.y + l.podium.h).toBeLessThanOrEqual(l.wings.y);
    for (const b of r) {
      expect(b.y).toBeGreaterThanOrEqual(l.wings.y + l.wings.h);
      expect(b.y + b.h).toBeLessThanOrEqual(l.front.y);
    }
    // Three risers share one row (a phone's width holds them), so the band is one glance.
    expect(new Set(r.map((b) => b.y)).size).toBe(1);
    // The hall is drawn about 1:1 with a phone's CSS pixels (a 390 px screen): the scene's text sizes
    // are close to what the learner sees.
    expect(l.viewBox.w).toBeLessThanOrEqual(420);
    expect(l.viewBox.w / l.viewBox.h).toBeGreaterThan(0.7);
  });

  it('is the same for the same names: updates never re-lay out the hall', () => {
    expect(sceneLayout(names(5), 'portrait')).toEqual(sceneLayout(names(5), 'portrait'));
  });

  it('makes a crowd of a hundred risers a grid, not one long row', () => {
    const g = riserGrid(100, { x: 0, y: 0, w: 1300, h: 590 }, 8);
    expect(g.cols * g.rows).toBeGreaterThanOrEqual(100);
    expect(g.rows).toBeGreaterThan(3);
  });
});
