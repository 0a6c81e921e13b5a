// Which musicians' names are written: in a row, left to right, a name only where there is room
// since the last one written, so names never print over each other. Pure.
import type { Mark } from './choreographer';

/**
 * Musicians whose names would run into a neighbour's (same row, closer than `room`): left to
 * right, a name is written only where there is room since the last one written. The accessible
 * name and the title always carry it.
 */
export function namesCrowded(drawn: readonly { uid: string; item: { mark: Mark } }[], room: number): Set<string> {
  const rows = new Map<number, { uid: string; x: number }[]>();
  for (const { uid, item } of drawn) {
    const y = Math.round(item.mark.at.y);
    const row = rows.get(y) ?? [];
    row.push({ uid, x: item.mark.at.x });
    rows.set(y, row);
  }
  const out = new Set<string>();
  for (const row of rows.values()) {
    let last = Number.NEGATIVE_INFINITY;
    for (const m of row.sort((a, b) => a.x - b.x)) {
      if (m.x - last < room) out.add(m.uid);
      else last = m.x;
    }
  }
  return out;
}
