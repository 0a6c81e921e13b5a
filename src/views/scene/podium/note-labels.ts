// Where the words of the podium's notes stand (drawn while paused or at ≤ 0.5×): inside the podium,
// under its caption strip, never over each other, and clear of the stations' figures and labels
// where the room allows (issue 10: paused, a note's words sat over the caption and the labels, ran
// off the podium's sides, and on a phone in reduced motion hung over the wings). Each label is
// tried just above its note, just below it, then a line further out each way; only the newest may
// cover a station's words where nothing is clear, and a label that finds no clear place is left out
// (its note still flies; the caption and the live sentence say what the newest one carries). Boxes are estimates from the font size (bold, about
// 0.68 em a character in DejaVu Sans Bold, the widest we meet), not measured text. Pure.
import type { Box, Point } from '../geometry';
import type { CueLine } from './stations';

/** Bold words' width per character, in em. */
export const BOLD_EM = 0.68;
/** A line of text covers its baseline from 0.95 em above to 0.26 em below (DejaVu Sans). */
const ASCENT = 0.95;
const DESCENT = 0.26;

export interface PlacedLabel {
  /** The words drawn (shortened with an ellipsis when wider than the podium). */
  text: string;
  /** Centre and baseline, in viewBox units. */
  x: number;
  y: number;
}

/** The box of a label centred at `x` with its baseline at `y`. */
export function labelBox(text: string, x: number, y: number, fs: number): Box {
  const w = text.length * fs * BOLD_EM;
  return { x: x - w / 2, y: y - fs * ASCENT, w, h: fs * (ASCENT + DESCENT) };
}

/** Where words may stand: the podium under its caption line (caption baseline + its descent and a gap). */
export function labelArea(podium: Box, captionBaseline: number, captionFs: number): Box {
  const top = captionBaseline + captionFs * (DESCENT + 0.15);
  return { x: podium.x + 2, y: top, w: podium.w - 4, h: podium.y + podium.h - 2 - top };
}

function shared(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function within(inner: Box, outer: Box): boolean {
  const e = 1e-6;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.w <= outer.x + outer.w + e &&
    inner.y + inner.h <= outer.y + outer.h + e
  );
}

/**
 * Places the labels in order (the newest first: it gets the best place). `at` is where each note is
 * drawn; `gap` how far above its centre the words start (the note's stem). Returns one entry per
 * label, undefined for one left out.
 */
export function placeNoteLabels(
  labels: readonly { text: string; at: Point }[],
  fs: number,
  area: Box,
  obstacles: readonly Box[],
  gap = fs * 0.6,
): (PlacedLabel | undefined)[] {
  const taken: Box[] = [];
  const maxChars = Math.max(1, Math.floor(area.w / (fs * BOLD_EM)));
  const pitch = fs * (ASCENT + DESCENT + 0.1);
  return labels.map(({ text: whole, at }, index) => {
    const text = whole.length <= maxChars ? whole : `${whole.slice(0, maxChars - 1)}…`;
    const w = text.length * fs * BOLD_EM;
    const x = Math.min(Math.max(at.x, area.x + w / 2), area.x + area.w - w / 2);
    // Just above the note, just below it, then a line further out each way, then every line of the area.
    const above = at.y - gap;
    const below = at.y + gap + fs * ASCENT;
    const tries: number[] = [above, below];
    for (let k = 1; k <= 4; k++) tries.push(above - k * pitch, below + k * pitch);
    for (let y = area.y + fs * ASCENT; y + fs * DESCENT <= area.y + area.h + 1e-6; y += pitch) tries.push(y);
    // A note outside the area (on its way to a riser) has its words on the area's nearest line.
    const lowest = area.y + area.h - fs * DESCENT;
    const highest = area.y + fs * ASCENT;
    if (at.y > lowest) tries.unshift(lowest);
    if (at.y < highest) tries.unshift(highest);
    let best: { y: number; box: Box; covered: number } | undefined;
    for (const y of tries) {
      const box = labelBox(text, x, y, fs);
      if (!within(box, area) || taken.some((t) => shared(t, box) > 0)) continue;
      let covered = 0;
      for (const o of obstacles) covered += shared(o, box);
      if (covered === 0) {
        best = { y, box, covered };
        break;
      }
      if (!best || covered < best.covered) best = { y, box, covered };
    }
    // Only the newest note's words may cover a station's words (on the halo they are drawn with):
    // the others are left out rather than crowd the podium.
    if (!best || (index > 0 && best.covered > 0)) return undefined;
    taken.push(best.box);
    return { text, x, y: best.y };
  });
}

/**
 * The last point of a cue line still inside `box` (the line starts inside it): where a note to a
 * riser outside the podium is shown when it cannot fly (reduced motion), so it rests on the
 * podium's edge, not over the wings between the podium and the risers on a phone.
 */
export function endInside(line: CueLine, box: Box, inset = 0): Point {
  box = { x: box.x + inset, y: box.y + inset, w: box.w - 2 * inset, h: box.h - 2 * inset };
  const { a, b } = line;
  let t = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (dx > 0) t = Math.min(t, (box.x + box.w - a.x) / dx);
  if (dx < 0) t = Math.min(t, (box.x - a.x) / dx);
  if (dy > 0) t = Math.min(t, (box.y + box.h - a.y) / dy);
  if (dy < 0) t = Math.min(t, (box.y - a.y) / dy);
  t = Math.max(0, t);
  return { x: a.x + dx * t, y: a.y + dy * t };
}
