// Where every area of the concert hall sits (geometry.ts's SceneLayout), for a wide box
// (landscape) and a tall one (portrait). Pure: the same node names give the same boxes, so an
// update never moves anything; only the number of nodes changes the risers' grid.
//
// Landscape (1000 × 580, about the shape of the scene's box at 1280 × 800 and 1440 × 900): three
// bands, each with one story. The control plane on top (the podium at the centre between the desk
// and the safe), the wings and the risers in the middle, the front of house along the bottom. Small
// enough that type-scale.ts's words stay legible when the hall is drawn 580 px wide.
// Portrait (400 × 540, a phone): podium on top, the wings a strip under it, the risers, then the
// front (no desk or safe: see below). Its units are about a phone's CSS pixels (a 390 px
// screen draws it at 0.95), so the scene's fixed text sizes read there as they are written.
import type { Box, Orientation, SceneLayout } from './geometry';

export const LANDSCAPE = { w: 1000, h: 580 } as const;
export const PORTRAIT = { w: 400, h: 540 } as const;

/** Portrait below this width ÷ height of the box the scene is given (a phone, a narrow column). */
export const PORTRAIT_BELOW = 0.95;

export function orientationFor(width: number, height: number): Orientation {
  if (width <= 0 || height <= 0) return 'landscape';
  return width / height < PORTRAIT_BELOW ? 'portrait' : 'landscape';
}

/** Risers are drawn no wider than this (one node alone should not span the hall). */
const MAX_RISER_W = 620;
/** … in the landscape hall, whose units are larger (1000 across, not 1600). */
const MAX_RISER_W_LANDSCAPE = 400;
/** Widest riser ÷ its height: a riser is a platform, wider than deep. */
const RISER_ASPECT = 1.2;

/**
 * Columns × rows for `n` risers in `area` that give each riser the largest size at its aspect
 * (a square-ish crowd of small risers at 100 nodes, one row of large ones for three).
 */
export function riserGrid(n: number, area: Box, gap: number, maxW = MAX_RISER_W): { cols: number; rows: number } {
  let best = { cols: 1, rows: Math.max(1, n), size: -1 };
  for (let cols = 1; cols <= Math.max(1, n); cols++) {
    const rows = Math.ceil(n / cols);
    const cw = (area.w - gap * (cols - 1)) / cols;
    const ch = (area.h - gap * (rows - 1)) / rows;
    // The riser's width when it keeps its aspect within the cell.
    const size = Math.min(cw, ch * RISER_ASPECT, maxW);
    if (size > best.size + 1e-9) best = { cols, rows, size };
  }
  return { cols: best.cols, rows: best.rows };
}

function riserBoxes(names: readonly string[], area: Box, maxW = MAX_RISER_W): Map<string, Box> {
  const n = names.length;
  const out = new Map<string, Box>();
  if (n === 0) return out;
  // Gaps shrink with the crowd so a hundred risers still get most of the floor.
  const gap = n > 36 ? 8 : n > 9 ? 14 : 24;
  const { cols, rows } = riserGrid(n, area, gap, maxW);
  const cw = (area.w - gap * (cols - 1)) / cols;
  const ch = (area.h - gap * (rows - 1)) / rows;
  const w = Math.min(cw, ch * RISER_ASPECT, maxW);
  const h = Math.min(ch, w / RISER_ASPECT + (ch - w / RISER_ASPECT) * 0.5);
  // The grid as a whole is centred in the area; each riser sits at the bottom of its cell's width.
  const gridW = cols * cw + (cols - 1) * gap;
  const gridH = rows * ch + (rows - 1) * gap;
  const x0 = area.x + (area.w - gridW) / 2;
  const y0 = area.y + (area.h - gridH) / 2;
  names.forEach((name, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    // A last row that is not full is centred under the others.
    const inRow = row === rows - 1 ? n - row * cols : cols;
    const shift = ((cols - inRow) * (cw + gap)) / 2;
    out.set(name, {
      x: round(x0 + shift + col * (cw + gap) + (cw - w) / 2),
      y: round(y0 + row * (ch + gap) + (ch - h) / 2),
      w: round(w),
      h: round(h),
    });
  });
  return out;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The hall for these risers (node names in the order they should stand) in one orientation. */
export function sceneLayout(nodeNames: readonly string[], orientation: Orientation): SceneLayout {
  if (orientation === 'portrait') {
    const { w, h } = PORTRAIT;
    // Every word at type-scale.ts's portrait size (at least 11 px on a 390 × 844 phone): the
    // podium's two rows with their labels, a short strip of wings, the risers, and the front with
    // a marquee tall enough for all its lines and its load control, the cop beside it.
    // Deliberate simplification: the band manager's desk and the safe are not drawn on a phone
    // (their words would not fit beside the marquee at that size); the inspector and kubectl
    // show ConfigMaps, Secrets and claims there.
    const risersArea = { x: 4, y: 204, w: w - 8, h: 152 };
    return {
      orientation,
      viewBox: { x: 0, y: 0, w, h },
      podium: { x: 0, y: 0, w, h: 138 },
      wings: { x: 4, y: 144, w: w - 8, h: 54 },
      risers: riserBoxes(nodeNames, risersArea),
      front: { x: 0, y: 362, w, h: h - 362 },
      desk: { x: w, y: h, w: 0, h: 0 },
      safe: { x: w, y: h, w: 0, h: 0 },
    };
  }
  const { w, h } = LANDSCAPE;
  // The podium's two rows of stations with their two-line labels and the caption above them take
  // 178 units; the risers 204 (three of them still get their words at full size: Riser's
  // plateType); the front the rest, 182, so a marquee shows all its lines and its load control
  // at the type scale's size (issue 10: it showed its sign and one line, the rest scrolled).
  const risersArea = { x: 200, y: 186, w: w - 200 - 8, h: 204 };
  return {
    orientation,
    viewBox: { x: 0, y: 0, w, h },
    podium: { x: 204, y: 0, w: 592, h: 178 },
    desk: { x: 8, y: 8, w: 188, h: 170 },
    safe: { x: 804, y: 8, w: 188, h: 170 },
    wings: { x: 8, y: 186, w: 184, h: 204 },
    risers: riserBoxes(nodeNames, risersArea, MAX_RISER_W_LANDSCAPE),
    front: { x: 0, y: 398, w, h: h - 398 },
  };
}
