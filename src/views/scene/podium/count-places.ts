// Where the podium's request counts ("×3", drawn on a cue line when time runs fast) stand: on
// their line (or just beside it), at the first point along it where the count covers no station's figure or label, the
// historian's ledger or a count already placed (issue 10: a "×1" sat over "Conductor:"). Boxes are
// estimates from the font size (about 0.6 em a character, bold 0.66), not measured text. Pure.
import type { Box, Point } from '../geometry';
import { along, type CueLine } from './stations';

/** The area two boxes share (0 when apart). */
function shared(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The box of a count's text centred at `p` (its baseline). */
export function countBox(p: Point, text: string, fs: number): Box {
  const w = text.length * fs * 0.62;
  return { x: p.x - w / 2, y: p.y - fs * 0.95, w, h: fs * 1.21 };
}

/** Fractions of a line tried in turn: the middle first, then out towards either end. */
const ALONG = [0.5, 0.6, 0.4, 0.7, 0.3, 0.78, 0.22, 0.85, 0.15, 0.9, 0.1];

/** Sideways shifts tried at each fraction, in em: on the line, then just beside it either side. */
const BESIDE = [0, 0.3, -0.3, 0.6, -0.6, 0.9, -0.9, 1.3, -1.3, 1.6, -1.6, 2, -2, 2.4, -2.4];

/**
 * The first point along `line` (or just beside it) where a count of `text` at `fs` clears
 * `obstacles` and the counts already placed (`taken`, which the chosen box joins); where no point
 * is clear (a short line between two crowded stations), the one that covers least.
 */
export function placeCount(line: CueLine, text: string, fs: number, obstacles: readonly Box[], taken: Box[]): Point {
  const dx = line.b.x - line.a.x;
  const dy = line.b.y - line.a.y;
  const len = Math.hypot(dx, dy) || 1;
  const normal = { x: -dy / len, y: dx / len };
  let best = { p: along(line, 0.5), box: countBox(along(line, 0.5), text, fs), covered: Number.POSITIVE_INFINITY };
  for (const shift of BESIDE)
    for (const t of ALONG) {
      const on = along(line, t);
      const p = { x: on.x + normal.x * shift * fs, y: on.y + normal.y * shift * fs };
      const box = countBox(p, text, fs);
      let covered = 0;
      for (const o of obstacles) covered += shared(o, box);
      for (const o of taken) covered += shared(o, box);
      if (covered === 0) {
        taken.push(box);
        return p;
      }
      if (covered < best.covered) best = { p, box, covered };
    }
  taken.push(best.box);
  return best.p;
}
