// What the name plate's one line holds: the node's name, `● STATUS`, and the crew's road case at
// its right end. Widths are estimated (no DOM to measure in: the plate is laid out before paint);
// a STATUS that does not fit is cut to its first condition, and the road case gives way to words. Pure.

/**
 * Em per character, measured in Chromium with DejaVu Sans (the widest sans-serif we meet) and
 * rounded up: the name is bold (node-2: 0.65), the STATUS regular (○ NotReady: 0.61, ○ Unknown 0.64
 * bold, which it no longer is: scene.css sets it at 400 so that "node-2 ○ NotReady" fits a
 * three-node riser's plate).
 */
const NAME_EM = 0.66;
const STATUS_EM = 0.62;
/** The gap between the name and its STATUS (the tspan's dx), in the title's em. */
export const STATUS_GAP_EM = 0.4;

/** How wide the name bar's words are: the name in the title size, the gap, then `● STATUS` in the small one. */
const plateWords = (name: string, status: string, t: { title: number; small: number }) =>
  name.length * t.title * NAME_EM + t.title * STATUS_GAP_EM + (status.length + 2) * t.small * STATUS_EM;

/** The STATUS as it fits the plate: whole, else its first condition and an ellipsis (the rope tells the rest). */
export function fitStatus(name: string, status: string, t: { title: number; small: number }, width: number): string {
  if (plateWords(name, status, t) <= width || !status.includes(',')) return status;
  return `${status.split(',')[0]},…`;
}

/**
 * Whether the crew's road case fits beside the name and STATUS as drawn; where it does not (a
 * narrow portrait riser), the plate's words win and the node's inspector still names the crew.
 */
export function crewCaseFits(name: string, shown: string, t: { title: number; small: number }, width: number, room: number): boolean {
  return plateWords(name, shown, t) + room <= width;
}

/**
 * Squeezes the name bar's words where even the cut STATUS would run past `width` (a long node name;
 * a font wider than DejaVu): SVG text does not wrap, and the plate must hold its words.
 */
export function squeezePlate(
  name: string,
  shown: string,
  t: { title: number; small: number },
  width: number,
): { textLength?: number; lengthAdjust?: 'spacingAndGlyphs' } {
  return plateWords(name, shown, t) > width ? { textLength: Math.max(1, width), lengthAdjust: 'spacingAndGlyphs' } : {};
}

/** Room the crew's case takes at the name bar's end: a case, and a count beside it when more than one. */
export const crewRoom = (words: string, size: number) => (words ? size * (words.includes(', ') ? 2.1 : 1.4) : 0);
