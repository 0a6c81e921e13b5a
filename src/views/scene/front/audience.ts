// The front of house, as maths: where each Service's marquee, traffic cop (kube-proxy) and queue
// stand inside the front box, and the audience as walkers whose places are a function of virtual
// time. A request is a walker: from the queue to the cop, then on to a ready musician (only Ready
// endpoints receive: flow.ts's rows); a failed request is a walker the cop turns away. How many
// walkers per musician follows its requests/s (flow.ts's dotCount: one more per ×3). Pure.
//
// Deliberate simplification: a walker is not one request. The engine's traffic model is per
// second (METRICS), so walkers loop once per wall second at any speed: they show where the flow
// goes and how big it is, the marquee's text gives the numbers.
import type { Pod } from '../../../engine';
import { type Box, type Point, type SceneLayout, type ScenePositions, topCentre } from '../geometry';
import { dotCount, type FlowRow } from '../../traffic/flow';

export interface FrontColumn {
  /** The marquee's box (HTML inside a foreignObject). */
  marquee: Box;
  /** Where the traffic cop stands, and where the audience queues. */
  cop: Point;
  queue: Point;
}

/** Below this width-to-height ratio (a phone's front), each column stacks: the marquee above, the cop and queue below. */
export const STACK_RATIO = 2;

/**
 * One column per Service across the front box: the marquee on the left, the cop and the queue on
 * the right; in a narrow column the marquee spans the width and the cop and queue stand below it.
 */
export function frontColumns(front: Box, services: number): FrontColumn[] {
  const n = Math.max(1, services);
  const w = front.w / n;
  const pad = Math.min(8, w * 0.03, front.h * 0.05);
  const stacked = w / front.h < STACK_RATIO;
  return Array.from({ length: services }, (_, i) => {
    const x = front.x + i * w;
    if (stacked) {
      return {
        marquee: { x: x + pad, y: front.y + pad, w: w - 2 * pad, h: front.h * 0.72 - pad },
        cop: { x: x + w * 0.7, y: front.y + front.h * 0.87 },
        queue: { x: x + w * 0.3, y: front.y + front.h * 0.95 },
      };
    }
    // The marquee takes most of the width (its two columns of words need it); the cop and the
    // queue stand in the last sixth.
    const copX = x + w * 0.9;
    return {
      marquee: { x: x + pad, y: front.y + pad, w: w * 0.8 - pad, h: front.h - 2 * pad },
      cop: { x: copX, y: front.y + front.h * 0.3 },
      queue: { x: copX, y: front.y + front.h * 0.72 },
    };
  });
}

export interface Walker {
  /** The musician walked to; none for a walker turned away. */
  pod?: string;
  /** 0 leaving the queue, 1 arrived (or back in the street). */
  phase: number;
  /** A small sideways offset so walkers to the same musician do not overlap. */
  lane: number;
}

/** A walker's loop in virtual ms: one wall second at any speed (so a paused cluster's audience stands still). */
export function loopMs(speed: number): number {
  return 1000 * Math.max(1, speed);
}

function frac(x: number): number {
  return x - Math.floor(x);
}

/** A steady offset per name (FNV-1a), so walkers to different musicians do not move in step. */
export function offsetOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 32;
}

/** Most walkers drawn per Service; beyond, the marquee's numbers speak. */
export const MAX_WALKERS = 24;

/**
 * The walkers of one Service at virtual time `now`: for each ready musician that received
 * requests, dotCount(rps) walkers spread over the loop; for the second's errors, dotCount(errors)
 * walkers turned away. Not-ready musicians get none: kube-proxy sends them nothing.
 */
export function walkersAt(rows: readonly FlowRow[], errors: number, now: number, speed: number): Walker[] {
  const base = now / loopMs(speed);
  const out: Walker[] = [];
  const add = (pod: string | undefined, n: number, seed: string) => {
    const o = offsetOf(seed);
    for (let i = 0; i < n && out.length < MAX_WALKERS; i++) {
      const w: Walker = { phase: frac(base + o + i / n), lane: ((i % 3) - 1) * 0.5 };
      if (pod) w.pod = pod;
      out.push(w);
    }
  };
  add(undefined, dotCount(errors), 'turned-away');
  for (const r of rows) if (r.endpoint && r.rps > 0) add(r.pod, dotCount(r.rps), r.pod);
  return out;
}

/** The part of the walk spent reaching the cop. */
const TO_COP = 0.35;

function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/**
 * Where a walker is: queue → cop, then cop → its musician; a turned-away walker goes up to the
 * cop and back out beside the queue. Undefined when its musician is not drawn anywhere.
 */
export function walkerPoint(col: FrontColumn, w: Walker, target: Point | undefined, spread: number): Point | undefined {
  const side = { x: w.lane * spread, y: 0 };
  if (!w.pod) {
    const out = { x: col.queue.x + spread * 2, y: col.queue.y };
    const p = w.phase < 0.5 ? lerp(col.queue, col.cop, w.phase * 2 * 0.85) : lerp(col.cop, out, (w.phase - 0.5) * 2);
    return { x: p.x + side.x, y: p.y };
  }
  if (!target) return undefined;
  const p = w.phase < TO_COP ? lerp(col.queue, col.cop, w.phase / TO_COP) : lerp(col.cop, target, (w.phase - TO_COP) / (1 - TO_COP));
  return { x: p.x + side.x, y: p.y };
}

/** Walkers fade in leaving the queue and out on arrival, so none pops. */
export function walkerOpacity(phase: number): number {
  return Math.min(1, phase / 0.08, (1 - phase) / 0.08);
}

/** Where a pod's musician is now, else the top of its node's riser (a crowd), else nowhere. */
export function podPoint(
  layout: Pick<SceneLayout, 'risers'>,
  positions: Pick<ScenePositions, 'pod'>,
  pod: Pod | undefined,
  name: string,
): Point | undefined {
  const at = positions.pod(name);
  if (at) return at;
  const riser = pod?.spec?.nodeName ? layout.risers.get(pod.spec.nodeName) : undefined;
  return riser ? topCentre(riser) : undefined;
}
