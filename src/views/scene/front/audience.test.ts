import { describe, expect, it } from 'vitest';
import type { FlowRow } from '../../traffic/flow';
import { contains } from '../geometry';
import { frontColumns, loopMs, walkerPoint, walkersAt } from './audience';

const row = (pod: string, endpoint: boolean, rps: number): FlowRow => ({
  pod,
  endpoint,
  why: endpoint ? '' : 'not Ready',
  rps,
  errors: 0,
  p95: 0,
  share: 0,
});

describe('the audience', () => {
  it('walks to ready musicians only, more walkers for more requests', () => {
    const ws = walkersAt([row('a', true, 30), row('b', true, 2), row('c', false, 50)], 0, 12_345, 1);
    expect(ws.filter((w) => w.pod === 'a')).toHaveLength(4);
    expect(ws.filter((w) => w.pod === 'b')).toHaveLength(1);
    expect(ws.filter((w) => w.pod === 'c')).toHaveLength(0);
    expect(ws.filter((w) => !w.pod)).toHaveLength(0);
  });

  it('turns errors away at the cop, as walkers with no musician', () => {
    const ws = walkersAt([row('a', true, 0)], 9, 0, 1);
    expect(ws).toHaveLength(3);
    expect(ws.every((w) => w.pod === undefined)).toBe(true);
  });

  it('is a function of virtual time: same now, same places; a loop later, the same again', () => {
    const rows = [row('a', true, 10)];
    expect(walkersAt(rows, 0, 5_200, 1)).toEqual(walkersAt(rows, 0, 5_200, 1));
    expect(walkersAt(rows, 0, 5_300, 1)[0].phase).not.toBeCloseTo(walkersAt(rows, 0, 5_200, 1)[0].phase);
    const a = walkersAt(rows, 0, 5_200, 2).map((w) => w.phase);
    const b = walkersAt(rows, 0, 5_200 + loopMs(2), 2).map((w) => w.phase);
    a.forEach((p, i) => expect(b[i]).toBeCloseTo(p));
  });

  it('leaves the queue, passes the cop and reaches the musician’s current place', () => {
    const [col] = frontColumns({ x: 0, y: 600, w: 1200, h: 200 }, 1);
    const target = { x: 100, y: 300 };
    expect(walkerPoint(col, { pod: 'a', phase: 0, lane: 0 }, target, 4)).toEqual(col.queue);
    expect(walkerPoint(col, { pod: 'a', phase: 0.35, lane: 0 }, target, 4)).toEqual(col.cop);
    const end = walkerPoint(col, { pod: 'a', phase: 0.999999, lane: 0 }, target, 4);
    expect(end?.x).toBeCloseTo(100);
    expect(end?.y).toBeCloseTo(300);
    expect(walkerPoint(col, { pod: 'a', phase: 0.5, lane: 0 }, undefined, 4)).toBeUndefined();
    // Turned away: never past the cop, back to the street.
    const away = walkerPoint(col, { phase: 0.49, lane: 0 }, undefined, 4);
    expect(away?.y).toBeGreaterThan(col.cop.y);
  });

  it('stacks a narrow column: the marquee spans it, the cop and queue below', () => {
    const front = { x: 0, y: 680, w: 400, h: 220 };
    const [c] = frontColumns(front, 1);
    expect(c.marquee.w).toBeGreaterThan(380);
    expect(c.cop.y).toBeGreaterThan(c.marquee.y + c.marquee.h);
    expect(contains(front, c.cop) && contains(front, c.queue)).toBe(true);
  });

  it('gives each Service a column inside the front box', () => {
    const front = { x: 0, y: 600, w: 1200, h: 200 };
    const cols = frontColumns({ ...front, w: 2400 }, 3);
    expect(cols).toHaveLength(3);
    for (const c of cols) {
      expect(contains({ ...front, w: 2400 }, c.cop) && contains({ ...front, w: 2400 }, c.queue)).toBe(true);
      expect(c.marquee.x + c.marquee.w).toBeLessThan(c.cop.x);
    }
  });
});
