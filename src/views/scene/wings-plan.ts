// Where things stand in the wings (Wings.tsx draws them): the waiting musicians' places, the card
// with the scheduler's reason and the door. Pure, so the scene's context can find the door without
// importing the component.
import type { Mark } from './choreographer';
import type { Box, Point, SceneLayout } from './geometry';
import { FIGURE_H } from './seating';

/** Places in the wings: a musician and its card side by side, in a column (landscape) or a row (portrait). */
export interface WingsPlace {
  mark: Mark;
  card: Box;
}

/** Where the portrait strip's places start, right of its title. */
export const PORTRAIT_PLACES_X = 118;

/**
 * The landscape wings, a narrow column beside the risers, as a designer would set it at the hall's
 * type size (type-scale.ts): the title and the count, a row of two waiting musicians and the door
 * they came in by, and under them one card with the scheduler's reason for the first of them (the
 * others' reasons are their own descriptions, and the audition's). Relative to the wings' box.
 */
export const LAND = {
  titleY: 30,
  countY: 56,
  /** Where the waiting musicians' feet (and the door's sill) are. */
  feetY: 100,
  figureH: 42,
  /** The card's top and the gap left under it. */
  cardY: 120,
  cardBottom: 6,
  pad: 10,
  /** Places across the row; the last is the door's. */
  slots: 3,
};

/** Where the slots' centres are across the inner width: two musicians (their names need about 60 units each), then the door. */
const SLOT_AT = [0.18, 0.6, 0.89];

/** The centre of slot `i` in the landscape row. */
export function slotX(w: Box, i: number): number {
  const inner = w.w - 2 * LAND.pad;
  return w.x + LAND.pad + inner * SLOT_AT[i];
}

export function wingsPlaces(layout: SceneLayout): WingsPlace[] {
  const w = layout.wings;
  if (layout.orientation === 'landscape') {
    const card = landscapeCard(w);
    return Array.from({ length: LAND.slots - 1 }, (_, i) => ({
      mark: { at: { x: slotX(w, i), y: w.y + LAND.feetY }, scale: LAND.figureH / FIGURE_H },
      card,
    }));
  }
  // Portrait (a phone): a short strip under the podium, the title on its left; one row of places
  // right of it, each musician with its card, the door at the row's right end.
  const inner = { x: w.x + PORTRAIT_PLACES_X, y: w.y + 2, w: w.w - PORTRAIT_PLACES_X - 44, h: w.h - 4 };
  const cols = 2;
  const cw = inner.w / cols;
  const out: WingsPlace[] = [];
  for (let c = 0; c < cols; c++) {
    const x = inner.x + c * cw;
    // A figure about 30 units tall, its name (12.5 units) under its feet, inside the strip.
    const fig = 30;
    out.push({
      mark: { at: { x: x + 16, y: inner.y + inner.h - 16 }, scale: fig / FIGURE_H },
      card: { x: x + 34, y: inner.y + 2, w: cw - 40, h: inner.h - 4 },
    });
  }
  return out;
}

export function landscapeCard(w: Box): Box {
  return { x: w.x + LAND.pad, y: w.y + LAND.cardY, w: w.w - 2 * LAND.pad - 6, h: w.h - LAND.cardY - LAND.cardBottom };
}

/** Where the wings' door is (newcomers come on from here, leavers walk off to it). */
export function wingsDoor(layout: SceneLayout): Point {
  const w = layout.wings;
  if (layout.orientation === 'landscape') return { x: slotX(w, LAND.slots - 1), y: w.y + LAND.feetY - 14 };
  return { x: w.x + w.w - 40, y: w.y + w.h - 12 };
}
