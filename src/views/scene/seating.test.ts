import { describe, expect, it } from 'vitest';
import { assignPlaces, MIN_CELL, planRiser, seatCount, seatsFor, seatUnit } from './seating';

describe('seats', () => {
  it('gives a 2-core node eight quarter-core seats and a big node at most 32', () => {
    expect(seatUnit(2)).toBe(0.25);
    expect(seatCount(2)).toBe(8);
    expect(seatCount(16)).toBe(16);
    expect(seatCount(96)).toBe(32);
    expect(seatCount(0)).toBe(0);
  });

  it('seats a request by whole seats, rounding a part seat up; no request, no seat', () => {
    expect(seatsFor(0.2, 0.25)).toBe(1);
    expect(seatsFor(0.5, 0.25)).toBe(2);
    expect(seatsFor(0.51, 0.25)).toBe(3);
    expect(seatsFor(0, 0.25)).toBe(0);
  });

  it('keeps everyone in their place when a neighbour leaves, and a newcomer takes the first free span', () => {
    const a = { uid: 'a', cpu: 0.5 };
    const b = { uid: 'b', cpu: 0.25 };
    const c = { uid: 'c', cpu: 0.5 };
    const first = assignPlaces(undefined, [a, b, c], 8, 0.25, 4);
    expect([...first.seats]).toEqual([
      ['a', 0],
      ['b', 2],
      ['c', 3],
    ]);
    const next = assignPlaces(first, [b, c, { uid: 'd', cpu: 0.25 }], 8, 0.25, 4);
    expect(next.seats.get('b')).toBe(2);
    expect(next.seats.get('c')).toBe(3);
    expect(next.seats.get('d')).toBe(0);
  });

  it('leaves a pod that needs more seats than are free unplaced (nowhere to sit), and stands the BestEffort ones', () => {
    const chart = assignPlaces(
      undefined,
      [
        { uid: 'big', cpu: 1.5 },
        { uid: 'huge', cpu: 1 },
        { uid: 'free', cpu: 0 },
      ],
      8,
      0.25,
      4,
    );
    expect(chart.seats.get('big')).toBe(0);
    expect(chart.unplaced).toEqual(['huge']);
    expect(chart.standing.get('free')).toBe(0);
  });

  it('places no more than the budget; the rest are counted', () => {
    const sitters = Array.from({ length: 10 }, (_, i) => ({ uid: `p${i}`, cpu: 0 }));
    const chart = assignPlaces(undefined, sitters, 8, 0.25, 20, 6);
    expect(chart.standing.size).toBe(6);
    expect(chart.unplaced).toHaveLength(4);
  });

  it('plans seat cells and standing places inside the riser', () => {
    const box = { x: 100, y: 100, w: 400, h: 330 };
    const plan = planRiser(box, 8);
    expect(plan.seats).toHaveLength(8);
    expect(plan.standing.length).toBeGreaterThan(4);
    expect(plan.cell).toBeGreaterThan(MIN_CELL);
    for (const s of plan.seats) {
      expect(s.x).toBeGreaterThanOrEqual(box.x);
      expect(s.x + s.w).toBeLessThanOrEqual(box.x + box.w);
      expect(s.y + s.h).toBeLessThanOrEqual(box.y + box.h);
    }
    for (const p of plan.standing) expect(p.y).toBeLessThanOrEqual(box.y + box.h);
  });

  it('keeps the line of names under the front row on the riser', () => {
    // The landscape hall's riser for three nodes; names at the type scale's 19.5 units (line 1.2 em).
    const box = { x: 200, y: 198, w: 245, h: 204 };
    const nameH = 19.5 * 1.2;
    const plan = planRiser(box, 8, { plateH: 62, nameRoom: 66, nameH });
    const front = Math.max(...plan.standing.map((p) => p.y));
    // The riser's front edge is drawn 6 units above its bottom (Riser.tsx).
    expect(front + nameH).toBeLessThanOrEqual(box.y + box.h - 6 + 1);
    const without = planRiser(box, 8, { plateH: 62, nameRoom: 66 });
    expect(Math.max(...without.standing.map((p) => p.y)) + nameH).toBeGreaterThan(box.y + box.h - 6 + 1);
  });

  it('hands standing places out with room for names first, and still fits a crowd shoulder to shoulder', () => {
    // The landscape hall's riser for three nodes (layout.ts) with its two-line plate (Riser's plateType).
    const box = { x: 200, y: 198, w: 248, h: 219 };
    const tight = planRiser(box, 8, { plateH: 62 });
    const roomy = planRiser(box, 8, { plateH: 62, nameRoom: 66 });
    expect(roomy.standing).toHaveLength(tight.standing.length);
    expect(new Set(roomy.standing.map((p) => `${p.x},${p.y}`))).toEqual(new Set(tight.standing.map((p) => `${p.x},${p.y}`)));
    // The first three of the front row are a name's width apart, and clear of the riser's edge.
    const [a, b, c] = roomy.standing;
    expect(a.y).toBe(b.y);
    expect(b.y).toBe(c.y);
    const xs = [a.x, b.x, c.x].sort((p, q) => p - q);
    expect(xs[1] - xs[0]).toBeGreaterThanOrEqual(66);
    expect(xs[2] - xs[1]).toBeGreaterThanOrEqual(66);
    expect(xs[0] - box.x).toBeGreaterThan(25);
  });
});
