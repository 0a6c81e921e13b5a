// The words a riser's spotlight writes when a podium note reaches or leaves its kubelet (Cues.tsx),
// set at the hall's size and never squeezed (issue 10: SVG's textLength compressed
// "kubelet → update nodes/status node-2" into an illegible smear). Generated names shortened, then
// wrapped onto at most two lines across the riser, a word too long for a line cut with an ellipsis;
// the whole cue stays in the element's data-cue and the podium's live sentence. On a riser whose
// words would be smaller than the hall's smallest (a crowd of risers) the spotlight goes without words. Pure.
import { shortName } from './podium/ledger';
import { wrap } from './wrap';

/** Width of a character at the cue's weight (600), in em. */
const CUE_EM = 0.66;
/** Lines at most. */
export const CUE_LINES = 2;

/** The lines to write for `cue` at `fs` across `width` units (none when `fs` is under `minFs`). */
export function cueWords(cue: string, fs: number, width: number, minFs: number): string[] {
  if (fs < minFs - 1e-9) return [];
  const perLine = Math.max(1, Math.floor(width / (fs * CUE_EM)));
  const short = cue
    .split(' ')
    .map((w) => shortName(w, 16))
    .map((w) => (w.length > perLine ? `${w.slice(0, Math.max(1, perLine - 1))}…` : w))
    .join(' ');
  return wrap(short, perLine, CUE_LINES);
}
