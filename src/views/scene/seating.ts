// A riser's seats: one seat per slice of the node's allocatable CPU (kube-ops-view draws one box
// per CPU; a 2-core node gets eight quarter-core seats), and a musician sits on as many seats as
// its CPU request needs, so a full riser is visibly full and a pod that asks for more than is left
// visibly has nowhere to sit. A pod with no CPU request holds no seat: it stands at the front of
// the riser (BestEffort and memory-only pods reserve no CPU, and the scheduler counts none).
//
// Places are sticky: a musician keeps its seat while it stays, a newcomer takes the first free
// span, so nobody shuffles when a neighbour leaves. Pure, tested in seating.test.ts.
import type { Box, Point } from './geometry';

/** CPU per seat: a quarter core on small nodes, more on big ones, at most MAX_SEATS seats. */
export const MAX_SEATS = 32;

export function seatUnit(allocatableCores: number): number {
  if (allocatableCores <= 4) return 0.25;
  if (allocatableCores <= 8) return 0.5;
  if (allocatableCores <= MAX_SEATS) return 1;
  return allocatableCores / MAX_SEATS;
}

export function seatCount(allocatableCores: number): number {
  if (allocatableCores <= 0) return 0;
  return Math.min(MAX_SEATS, Math.ceil(allocatableCores / seatUnit(allocatableCores) - 1e-9));
}

/** Seats a request needs (a part seat is a whole seat: the picture rounds up, the numbers do not). */
export function seatsFor(cpuRequest: number, unit: number): number {
  if (cpuRequest <= 0) return 0;
  return Math.max(1, Math.ceil(cpuRequest / unit - 1e-9));
}

export interface Sitter {
  uid: string;
  /** Cores requested, counted only while the pod holds resources (holdsResources). */
  cpu: number;
}

export interface SeatChart {
  /** uid → index of its first seat (seated) … */
  seats: Map<string, number>;
  /** … or of its standing place. */
  standing: Map<string, number>;
  /** Pods that got no place (too many to draw, or no span of free seats left). */
  unplaced: string[];
}

/**
 * Hands out places for `sitters` (oldest first), keeping the places of `previous` for those still
 * here. `standingPlaces` caps how many stand; `budget` caps how many are placed at all.
 */
export function assignPlaces(
  previous: SeatChart | undefined,
  sitters: readonly Sitter[],
  seatTotal: number,
  unit: number,
  standingPlaces: number,
  budget = Number.POSITIVE_INFINITY,
): SeatChart {
  const taken: (string | undefined)[] = new Array(seatTotal).fill(undefined);
  const stand: (string | undefined)[] = new Array(standingPlaces).fill(undefined);
  const seats = new Map<string, number>();
  const standing = new Map<string, number>();
  const unplaced: string[] = [];
  const need = new Map(sitters.map((s) => [s.uid, seatsFor(s.cpu, unit)]));
  let placed = 0;
  // Keep the places of those who had one and still need the same kind of place.
  for (const s of sitters) {
    const k = need.get(s.uid) ?? 0;
    const seat = previous?.seats.get(s.uid);
    const spot = previous?.standing.get(s.uid);
    if (placed >= budget) break;
    if (k > 0 && seat !== undefined && seat + k <= seatTotal && taken.slice(seat, seat + k).every((t) => t === undefined)) {
      for (let i = seat; i < seat + k; i++) taken[i] = s.uid;
      seats.set(s.uid, seat);
      placed++;
    } else if (k === 0 && spot !== undefined && spot < standingPlaces && stand[spot] === undefined) {
      stand[spot] = s.uid;
      standing.set(s.uid, spot);
      placed++;
    }
  }
  for (const s of sitters) {
    if (seats.has(s.uid) || standing.has(s.uid)) continue;
    if (placed >= budget) {
      unplaced.push(s.uid);
      continue;
    }
    const k = need.get(s.uid) ?? 0;
    if (k > 0) {
      const at = freeSpan(taken, k);
      if (at === undefined) unplaced.push(s.uid);
      else {
        for (let i = at; i < at + k; i++) taken[i] = s.uid;
        seats.set(s.uid, at);
        placed++;
      }
    } else {
      const at = stand.indexOf(undefined);
      if (at < 0) unplaced.push(s.uid);
      else {
        stand[at] = s.uid;
        standing.set(s.uid, at);
        placed++;
      }
    }
  }
  return { seats, standing, unplaced };
}

function freeSpan(taken: readonly (string | undefined)[], k: number): number | undefined {
  for (let i = 0; i + k <= taken.length; i++) {
    let ok = true;
    for (let j = i; j < i + k && ok; j++) ok = taken[j] === undefined;
    if (ok) return i;
  }
  return undefined;
}

/** The geometry inside one riser box: its name plate, seat cells and standing places. */
export interface RiserPlan {
  plate: Box;
  /** Seat cells, row by row (index = seat number). */
  seats: Box[];
  /** Where standing musicians' feet are, front row first. */
  standing: Point[];
  /** A musician's scale on this riser (1 = the figure's own 44 × 60 units). */
  scale: number;
  /** The cell size (viewBox units). */
  cell: number;
  /** Rows of seats (tiers, back to front). */
  seatRows: number;
  /** The front strip where musicians without a CPU request stand. */
  apron: Box;
}

/** Figure height in its own units (Figure.tsx draws it from y = -FIGURE_H to 0). */
export const FIGURE_H = 60;

/** Below this cell size a musician would be a smudge: the riser shows counts only. */
export const MIN_CELL = 14;

export interface PlanOptions {
  /** The name plate's height (its words' size decides it); default: a share of the riser. */
  plateH?: number;
  /**
   * How far apart two standing musicians' names must be. The places stay shoulder to shoulder (a
   * crowd still fits), but they are handed out spread this far apart first, so a few musicians
   * stand with room for their names and a crowd fills the gaps.
   */
  nameRoom?: number;
  /**
   * The height of the names' line under the front row's feet: kept inside the riser (issue 10:
   * the front row's names hung over the riser's front edge and, lit, under its spotlight's border).
   */
  nameH?: number;
}

export function planRiser(box: Box, seatTotal: number, options: PlanOptions = {}): RiserPlan {
  const pad = Math.max(3, box.w * 0.025);
  const plateH = options.plateH ?? Math.max(16, Math.min(56, box.h * 0.17));
  const plate = { x: box.x + pad, y: box.y + pad * 0.6, w: box.w - 2 * pad, h: plateH };
  const nameH = options.nameH ?? 0;
  const inner = { x: box.x + pad, y: plate.y + plateH + pad * 0.4, w: box.w - 2 * pad, h: box.h - plateH - pad * 2 };
  // The largest square cell such that the seats (k per row) and two rows of standing room fit.
  let best = { cols: Math.max(1, seatTotal), rows: 1, cell: 0 };
  for (let cols = 1; cols <= Math.max(1, seatTotal); cols++) {
    const rows = seatTotal === 0 ? 0 : Math.ceil(seatTotal / cols);
    const cell = Math.min(inner.w / cols, inner.h / (rows + 2));
    if (cell > best.cell) best = { cols, rows, cell };
  }
  const { cols, rows, cell } = best;
  const seatsW = cols * cell;
  const sx = inner.x + (inner.w - seatsW) / 2;
  const seats: Box[] = [];
  for (let i = 0; i < seatTotal; i++) {
    seats.push({ x: sx + (i % cols) * cell, y: inner.y + Math.floor(i / cols) * cell, w: cell, h: cell });
  }
  // Standing room: rows of musicians shoulder to shoulder, front row first; alternate rows are
  // offset by half a place, so the back row looks between the heads of the front row.
  const standTop = inner.y + rows * cell;
  const rowH = cell * 0.9;
  // The names' line under the front row comes out of the standing room, not out of the seats'
  // size: the figures keep their size and the front row stands a name's height further back.
  const standBottom = Math.max(standTop + rowH, inner.y + inner.h - nameH);
  const standRows = Math.max(1, Math.floor((standBottom - standTop) / rowH + 1e-9));
  const step = cell * 0.62;
  const perRow = Math.max(1, Math.floor(inner.w / step));
  const rowW = perRow * step;
  // Places of a row in the order they are handed out: every `stride`-th first (room for names).
  const stride = Math.max(1, Math.min(perRow, Math.ceil((options.nameRoom ?? 0) / step)));
  const spread = (n: number) => {
    const order: number[] = [];
    // The middle phase first: the first few stand clear of the riser's edges, names and all.
    const phases = [Math.floor(stride / 2), ...Array.from({ length: stride }, (_, p) => p).filter((p) => p !== Math.floor(stride / 2))];
    for (const phase of phases) for (let c = phase; c < n; c += stride) order.push(c);
    return order;
  };
  const standing: Point[] = [];
  for (let r = standRows - 1; r >= 0; r--) {
    const offset = (standRows - 1 - r) % 2 === 1 && perRow > 1 ? step / 2 : 0;
    const n = offset ? perRow - 1 : perRow;
    for (const c of spread(n)) {
      standing.push({ x: inner.x + (inner.w - rowW) / 2 + (c + 0.5) * step + offset, y: standTop + (r + 1) * rowH - cell * 0.06 });
    }
  }
  return {
    plate,
    seats,
    standing,
    scale: cell / FIGURE_H,
    cell,
    seatRows: rows,
    apron: { x: inner.x, y: standTop, w: inner.w, h: inner.y + inner.h - standTop },
  };
}

/** Where a seated musician's feet are: the bottom centre of its first seat. */
export function seatFeet(seat: Box): Point {
  return { x: seat.x + seat.w / 2, y: seat.y + seat.h * 0.94 };
}
