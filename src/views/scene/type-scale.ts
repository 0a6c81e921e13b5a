// The hall's type scale, in viewBox units, per orientation (issue 10: the scene must be read, not
// squinted at). A landscape hall is drawn at least 580 px wide (a 900 × 640 course frame gives the
// scene that much, 337 px tall; layout.ts's LANDSCAPE is 1000 × 580 units), so 19.5 units are at least 11.3 px
// on screen, and at 1280 × 800 (about 0.78 px a unit) 15.3 px. Every word in a landscape hall is
// at least `small`; the hall shrinks words only where a crowd of risers shrinks the risers.
//
// Portrait (a phone): layout.ts's PORTRAIT hall is 400 × 540 units, drawn 382 × 492 px at 390 × 844
// (0.91 px a unit), so 12.5 units are 11.4 px: every word on the phone is at least `small` too.
import type { Orientation } from './geometry';

export interface TypeScale {
  /** The smallest words: labels, counts, a musician's name, a station's role. */
  small: number;
  /** Sentences: the wings' card, an empty front, lights out. */
  body: number;
  /** Names of places: a riser's node, the wings. */
  title: number;
}

export const TYPE: Record<Orientation, TypeScale> = {
  landscape: { small: 19.5, body: 21, title: 24 },
  portrait: { small: 12.5, body: 13, title: 15 },
};

/** Screen px of the smallest landscape words in the narrowest box the shell gives a landscape hall. */
export const NARROWEST_LANDSCAPE_PX = 580;
