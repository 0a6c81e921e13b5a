// What the podium's words keep clear of: every station's figure and label, and the historian's
// ledger. The notes' words (note-labels.ts, shown while paused or slow, so on the first screen) and
// the fast-time counts (count-places.ts, a lazy chunk) both place themselves around these boxes.
// Boxes are estimates from the font size (about 0.6 em a character, bold 0.66), not measured text. Pure.
import type { Box, Point } from '../geometry';
import { CAST_LABEL } from './Figures';
import type { CastMember, PodiumGeometry } from './stations';

/** How a station's two-line label is set, in the figures' own units (scaled by `geo.scale`). */
export interface LabelSetting {
  /** Font size of the label. */
  fs: number;
  /** Baseline of the first line under the feet, and the second line's distance below it. */
  firstY: number;
  pitch: number;
  /** The stations whose label is not drawn (the hall's Kubelets post). */
  unlabelled?: readonly CastMember[];
}

/** Each figure with its prop, in its own frame (Figures.tsx: a person from x = −8 to 8, head at y = −22). */
const FIGURE: Record<CastMember, Box> = {
  conductor: { x: -13, y: -23, w: 31, h: 45 },
  api: { x: -30, y: -26, w: 38, h: 42 },
  you: { x: -8, y: -23, w: 30, h: 39 },
  etcd: { x: -8, y: -23, w: 32, h: 39 },
  scheduler: { x: -8, y: -24, w: 36, h: 40 },
  controllers: { x: -16, y: -23, w: 39, h: 39 },
  kubelets: { x: -9, y: -20, w: 22, h: 34 },
};

function scaled(b: Box, at: Point, s: number): Box {
  return { x: at.x + b.x * s, y: at.y + b.y * s, w: b.w * s, h: b.h * s };
}

/** The boxes the counts keep clear of: every station's figure and label, and the ledger's lines. */
export function podiumObstacles(
  geo: PodiumGeometry,
  label: LabelSetting,
  ledger?: { lines: number; fs: number; pitch: number; width: number },
): Box[] {
  const s = geo.scale;
  const out: Box[] = [];
  for (const [member, at] of Object.entries(geo.at) as [CastMember, Point][]) {
    out.push(scaled(FIGURE[member], at, s));
    if (label.unlabelled?.includes(member)) continue;
    const [who, what] = CAST_LABEL[member];
    const w = Math.max((who.length + 1) * 0.66, what.length * 0.6) * label.fs;
    // A line of text covers its baseline from 0.95 em above to 0.26 em below (DejaVu Sans).
    const top = label.firstY - label.fs * 0.95;
    const h = label.pitch + label.fs * 1.21;
    // The kubelets' post has its words beside it (PodiumLayer's StationLabel); a wide box covers both.
    const x = member === 'kubelets' ? 16 : -w / 2;
    out.push(scaled({ x, y: member === 'kubelets' ? -12 - label.fs : top, w, h }, at, s));
  }
  if (ledger) {
    const { x, y } = geo.ledger;
    const w = ledger.width;
    out.push({ x: geo.narrow ? x - w : x, y: y - ledger.fs * s, w, h: (ledger.fs + ledger.lines * ledger.pitch) * s });
  }
  return out;
}
