// Who walks where: the one animation loop of the scene. React tells it where a musician should
// stand (place) or that it is leaving (leave); it walks the musician there over wall time, writing
// the `transform` attribute of the musician's <g> directly and its position into ScenePositions,
// one requestAnimationFrame loop for all of them, running only while someone walks. The walk is
// presentation only: the engine's virtual time never waits for it.
//
// A musician's position outlives its element for a moment, so a pod whose button moves from the
// wings' region to its riser's region (a new element) starts from where the old one stood.
// Reduced motion: no walk; a musician fades in where it belongs and fades out where it was.
import type { Point, ScenePositions } from './geometry';

export interface Mark {
  /** Feet position, viewBox units. */
  at: Point;
  scale: number;
  /** Every other place on a riser: where names are wider than a place (a phone), this one's name sits a line lower. */
  alternate?: boolean;
}

interface Walk {
  from: Mark;
  to: Mark;
  start: number;
  ms: number;
  /** Fade out over the last part of the walk, then stay hidden (leaving). */
  out: boolean;
  done?: () => void;
}

interface Dancer {
  el: Element | null;
  name: string;
  mark: Mark;
  walk?: Walk;
}

export interface ChoreographerOptions {
  positions: ScenePositions;
  /** Wall ms (performance.now in the browser). */
  now(): number;
  frame(cb: (t: number) => void): number;
  /** Walk length in wall ms (shorter at high speeds). */
  walkMs(): number;
  reducedMotion(): boolean;
  /** Fades an element in (1) or out (0) without moving it (WAAPI in the browser). */
  fade(el: Element, to: 0 | 1, ms: number): void;
}

/** Wall ms a walk takes at 1× (long enough to follow with the eye). */
export const WALK_MS = 800;

/** At speed s a walk takes WALK_MS / √s, never less than a quarter second nor more than WALK_MS. */
export function walkMsAt(speed: number): number {
  return Math.round(Math.min(WALK_MS, Math.max(250, WALK_MS / Math.sqrt(Math.max(1, speed)))));
}

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

export function transformOf(m: Mark): string {
  return `translate(${m.at.x.toFixed(1)} ${m.at.y.toFixed(1)}) scale(${m.scale.toFixed(3)})`;
}

/** How long a departed musician's last position is remembered (for the same pod reappearing). */
const REMEMBER_MS = 2000;

export class Choreographer {
  private dancers = new Map<string, Dancer>();
  /** Positions of musicians whose element is gone, kept briefly (uid → mark, when). */
  private gone = new Map<string, { mark: Mark; at: number }>();
  private walking = new Set<string>();
  private looping = false;
  /** Before the scene's first paint, everyone is simply where they belong (no entrances). */
  live = false;

  constructor(private readonly o: ChoreographerOptions) {}

  /** Where a musician is drawn now (walking or standing), if it is drawn or was a moment ago. */
  markOf(uid: string): Mark | undefined {
    const d = this.dancers.get(uid);
    if (d) return d.mark;
    const g = this.gone.get(uid);
    return g && this.o.now() - g.at < REMEMBER_MS ? g.mark : undefined;
  }

  isWalking(uid: string): boolean {
    return this.walking.has(uid);
  }

  /**
   * The musician `uid` (drawn by `el`) belongs at `to`. A newcomer comes from `entrance` (the
   * wings) if given and the scene is live; one already drawn walks from where it is now.
   */
  place(uid: string, name: string, el: Element | null, to: Mark, entrance?: Point): void {
    const known = this.dancers.get(uid);
    let from = known?.mark ?? this.markOf(uid);
    const newcomer = !from;
    if (!from && entrance && this.live) from = { at: entrance, scale: to.scale };
    this.gone.delete(uid);
    const d: Dancer = known ?? { el, name, mark: from ?? to };
    d.el = el;
    d.name = name;
    this.dancers.set(uid, d);
    if (known?.walk && !known.walk.out && sameMark(known.walk.to, to)) {
      // Already on its way there (a re-render mid-walk): keep walking.
      this.write(d);
      return;
    }
    const still = !from || (Math.abs(from.at.x - to.at.x) < 0.5 && Math.abs(from.at.y - to.at.y) < 0.5 && from.scale === to.scale);
    const reduced = this.o.reducedMotion();
    if (still || reduced || !this.live) {
      d.walk = undefined;
      d.mark = to;
      this.walking.delete(uid);
      this.write(d);
      if (reduced && this.live && el && (newcomer || !still)) this.o.fade(el, 1, 400);
      return;
    }
    d.walk = { from: from ?? to, to, start: this.o.now(), ms: this.o.walkMs(), out: false };
    d.mark = d.walk.from;
    // Marked while walking, so a test (or a curious reader of the DOM) can tell who is on the move.
    el?.setAttribute('data-walking', '');
    this.walking.add(uid);
    this.write(d);
    this.loop();
  }

  /** The musician leaves: it walks to `exit` and fades (reduced motion: fades where it is), then `done`. */
  leave(uid: string, name: string, el: Element | null, exit: Point, done?: () => void): void {
    // The pod's element was just replaced by its leaver: revive it from its remembered mark.
    const mark = this.markOf(uid);
    if (!mark || !el) {
      done?.();
      return;
    }
    const d: Dancer = this.dancers.get(uid) ?? { el, name, mark };
    this.dancers.set(uid, d);
    this.gone.delete(uid);
    d.el = el;
    this.write(d);
    // Reduced motion: the same walk without the distance, a fade where it stands.
    const still = this.o.reducedMotion() || !this.live;
    const to = still ? { ...d.mark } : { at: exit, scale: d.mark.scale };
    d.walk = { from: { ...d.mark }, to, start: this.o.now(), ms: still ? 400 : this.o.walkMs(), out: true, done };
    this.walking.add(uid);
    this.loop();
  }

  /** The element is unmounted; its last mark is remembered for a moment. */
  drop(uid: string, el: Element | null): void {
    const d = this.dancers.get(uid);
    if (!d || (el && d.el !== el)) return;
    this.dancers.delete(uid);
    this.walking.delete(uid);
    this.gone.set(uid, { mark: d.mark, at: this.o.now() });
    this.o.positions.set(d.name, undefined);
    if (this.gone.size > 500) {
      const cutoff = this.o.now() - REMEMBER_MS;
      for (const [k, g] of this.gone) if (g.at < cutoff) this.gone.delete(k);
    }
  }

  /** One frame: advances every walk to wall time `t`. */
  tick(t: number): void {
    for (const uid of this.walking) {
      const d = this.dancers.get(uid);
      const w = d?.walk;
      if (!d || !w) {
        this.walking.delete(uid);
        continue;
      }
      const k = Math.min(1, Math.max(0, (t - w.start) / w.ms));
      const e = ease(k);
      d.mark = {
        at: { x: w.from.at.x + (w.to.at.x - w.from.at.x) * e, y: w.from.at.y + (w.to.at.y - w.from.at.y) * e },
        scale: w.from.scale + (w.to.scale - w.from.scale) * e,
      };
      this.write(d);
      if (w.out && d.el) d.el.setAttribute('opacity', String(Math.min(1, (1 - k) * 2.5).toFixed(2)));
      if (k >= 1) {
        d.walk = undefined;
        d.el?.removeAttribute('data-walking');
        this.walking.delete(uid);
        w.done?.();
      }
    }
  }

  private write(d: Dancer): void {
    d.el?.setAttribute('transform', transformOf(d.mark));
    this.o.positions.set(d.name, d.mark.at);
  }

  private loop(): void {
    if (this.looping) return;
    this.looping = true;
    const step = (t: number) => {
      this.tick(t);
      if (this.walking.size > 0) this.o.frame(step);
      else this.looping = false;
    };
    this.o.frame(step);
  }
}

function sameMark(a: Mark, b: Mark): boolean {
  return a.at.x === b.at.x && a.at.y === b.at.y && a.scale === b.scale;
}
