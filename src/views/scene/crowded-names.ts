// Which musicians' names a riser writes, and how (issue 10: a StatefulSet's long names,
// cassandra-cluster-0, -1, -2, printed over each other and ran off the riser). Names are measured
// (an estimate from the font size, about 0.66 em a character at the names' weight), never squeezed:
// first every name whole; where a row's names would touch or leave the riser, every name on the
// riser is cut to the same shorter length, a StatefulSet's keeping its ordinal (`cassan…-0`, down
// to `…-0`: the ordinal is its identity) and other long names their start; where even that does
// not fit, left to right a name is written only where there is room since the last one written.
// A generated ReplicaSet tail (5 characters) is never cut. The accessible name and the title
// always carry the whole name. Pure.
import type { Mark } from './choreographer';

/** Width of a name's character, in em (DejaVu Sans at weight 600). */
export const NAME_EM = 0.66;
/** Room between two names in a row, in em. */
const GAP_EM = 0.4;
/** Names without an ordinal are never cut below this many characters (a ReplicaSet's tail is 5). */
const MIN_CUT = 6;

/** A name cut to at most `max` characters (see the header); `max` ≥ its length leaves it whole. */
export function cutName(name: string, max: number): string {
  if (name.length <= max) return name;
  const ordinal = /^(.+)(-\d+)$/.exec(name);
  if (ordinal) {
    const [, stem, suffix] = ordinal;
    return `${stem.slice(0, Math.max(0, max - 1 - suffix.length))}…${suffix}`;
  }
  const keep = Math.max(MIN_CUT - 1, max - 1);
  return keep + 1 >= name.length ? name : `${name.slice(0, keep)}…`;
}

interface Spot {
  uid: string;
  x: number;
  y: number;
  text: string;
}

function fits(spots: readonly Spot[], fs: number, left: number, right: number): boolean {
  const rows = new Map<number, Spot[]>();
  for (const s of spots) {
    const y = Math.round(s.y);
    rows.set(y, [...(rows.get(y) ?? []), s]);
  }
  for (const row of rows.values()) {
    let end = Number.NEGATIVE_INFINITY;
    for (const s of row.sort((a, b) => a.x - b.x)) {
      const half = (s.text.length * NAME_EM * fs) / 2;
      if (s.x - half < left || s.x + half > right || s.x - half < end + GAP_EM * fs) return false;
      end = s.x + half;
    }
  }
  return true;
}

/**
 * The names to write under the drawn musicians (uid → words; a uid left out writes none).
 * `names` are the names as they would be written whole (musician-label's shortName), `fs` their
 * size in viewBox units, `left`/`right` the riser's edges.
 */
export function riserNames(
  drawn: readonly { uid: string; item: { mark: Mark } }[],
  names: ReadonlyMap<string, string>,
  fs: number,
  left: number,
  right: number,
): Map<string, string> {
  const base = drawn.map(({ uid, item }) => ({ uid, x: item.mark.at.x, y: item.mark.at.y, text: names.get(uid) ?? '' }));
  const longest = Math.max(0, ...base.map((s) => s.text.length));
  let spots = base;
  for (let max = longest; max >= 1; max--) {
    spots = base.map((s) => ({ ...s, text: cutName(s.text, max) }));
    if (fits(spots, fs, left, right)) return new Map(spots.map((s) => [s.uid, s.text]));
  }
  // Even the shortest do not fit: in each row, left to right, a name only where there is room
  // since the last one written (and inside the riser).
  const out = new Map<string, string>();
  const rows = new Map<number, Spot[]>();
  for (const s of spots) rows.set(Math.round(s.y), [...(rows.get(Math.round(s.y)) ?? []), s]);
  for (const row of rows.values()) {
    let end = Number.NEGATIVE_INFINITY;
    for (const s of row.sort((a, b) => a.x - b.x)) {
      const half = (s.text.length * NAME_EM * fs) / 2;
      if (s.x - half < left || s.x + half > right || s.x - half < end + GAP_EM * fs) continue;
      out.set(s.uid, s.text);
      end = s.x + half;
    }
  }
  return out;
}
