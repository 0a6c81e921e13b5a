import { describe, expect, it } from 'vitest';
import { Choreographer, type ChoreographerOptions, transformOf, walkMsAt, WALK_MS } from './choreographer';
import { createScenePositions } from './geometry';

/** A fake element: just the attributes the choreographer writes. */
class El {
  attrs = new Map<string, string>();
  setAttribute(k: string, v: string) {
    this.attrs.set(k, v);
  }
  removeAttribute(k: string) {
    this.attrs.delete(k);
  }
}

function rig(reduced = false) {
  let now = 0;
  const frames: ((t: number) => void)[] = [];
  const fades: number[] = [];
  const positions = createScenePositions();
  const o: ChoreographerOptions = {
    positions,
    now: () => now,
    frame: (cb) => frames.push(cb),
    walkMs: () => 800,
    reducedMotion: () => reduced,
    fade: (_el, to) => fades.push(to),
  };
  const c = new Choreographer(o);
  const run = (t: number) => {
    now = t;
    const due = frames.splice(0);
    for (const f of due) f(t);
  };
  return { c, run, positions, fades };
}

const door = { x: 10, y: 500 };
const seat = { at: { x: 400, y: 300 }, scale: 1 };

describe('Choreographer', () => {
  it('puts the band in place without walking before the scene is live', () => {
    const { c, positions } = rig();
    const el = new El();
    c.place('u1', 'web-1', el as unknown as Element, seat, door);
    expect(el.attrs.get('transform')).toBe(transformOf(seat));
    expect(positions.pod('web-1')).toEqual(seat.at);
    expect(c.isWalking('u1')).toBe(false);
  });

  it('walks a newcomer from the door to its seat over wall time, through points in between', () => {
    const { c, run, positions } = rig();
    c.live = true;
    const el = new El();
    c.place('u1', 'web-1', el as unknown as Element, seat, door);
    expect(positions.pod('web-1')).toEqual(door);
    expect(el.attrs.has('data-walking')).toBe(true);
    run(400);
    const mid = positions.pod('web-1');
    expect(mid?.x).toBeGreaterThan(door.x);
    expect(mid?.x).toBeLessThan(seat.at.x);
    run(800);
    expect(positions.pod('web-1')).toEqual(seat.at);
    expect(el.attrs.has('data-walking')).toBe(false);
    expect(c.isWalking('u1')).toBe(false);
  });

  it('starts a pod whose element moved (wings → riser) from where the old element stood', () => {
    const { c, run, positions } = rig();
    c.live = true;
    const wingsSpot = { at: { x: 60, y: 400 }, scale: 1 };
    const a = new El();
    c.place('u1', 'hog', a as unknown as Element, wingsSpot, door);
    run(900);
    c.drop('u1', a as unknown as Element);
    const b = new El();
    c.place('u1', 'hog', b as unknown as Element, seat, door);
    expect(positions.pod('hog')).toEqual(wingsSpot.at);
    run(1300);
    expect(positions.pod('hog')?.x).toBeGreaterThan(wingsSpot.at.x);
  });

  it('under reduced motion, no walk: the newcomer fades in where it belongs', () => {
    const { c, positions, fades } = rig(true);
    c.live = true;
    c.place('u1', 'web-1', new El() as unknown as Element, seat, door);
    expect(positions.pod('web-1')).toEqual(seat.at);
    expect(c.isWalking('u1')).toBe(false);
    expect(fades).toEqual([1]);
  });

  it('walks a leaver to the door, fading, then reports it gone', () => {
    const { c, run, positions } = rig();
    c.live = true;
    const el = new El();
    c.place('u1', 'web-1', el as unknown as Element, seat);
    c.drop('u1', el as unknown as Element);
    const ghost = new El();
    let gone = false;
    c.leave('u1', 'web-1', ghost as unknown as Element, door, () => {
      gone = true;
    });
    run(400);
    expect(Number(ghost.attrs.get('opacity'))).toBeGreaterThan(0);
    expect(gone).toBe(false);
    run(800);
    expect(gone).toBe(true);
    expect(positions.pod('web-1')).toEqual(door);
  });

  it('takes about 0.8 s at 1× and never less than a quarter second', () => {
    expect(walkMsAt(1)).toBe(WALK_MS);
    expect(walkMsAt(0.25)).toBe(WALK_MS);
    expect(walkMsAt(16)).toBe(250);
    expect(walkMsAt(4)).toBe(400);
  });
});
