// What the name plate's one line holds: the node's name, `● STATUS`, and the crew's road case at
// its right end. Widths are estimated (no DOM to measure in: the plate is laid out before paint);
// a STATUS that does not fit is cut to its first condition, and the road case gives way to words. Pure.

/** About how wide a line of sans-serif is, in em per character (DejaVu Sans, the widest we meet). */
const EM_PER_CHAR = 0.6;

/** How wide the name bar's words are: the name in the title size, then `● STATUS` in the small one. */
const plateWords = (name: string, status: string, t: { title: number; small: number }) =>
  name.length * t.title * (EM_PER_CHAR + 0.04) + (status.length + 3) * t.small * EM_PER_CHAR;

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

/** Room the crew's case takes at the name bar's end: a case, and a count beside it when more than one. */
export const crewRoom = (words: string, size: number) => (words ? size * (words.includes(', ') ? 2.1 : 1.4) : 0);
