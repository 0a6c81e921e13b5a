// A binary min-heap over plain JSON arrays, so a priority queue can live in a snapshot as is.
// Entries are tuples compared element by element (numbers, then strings); the caller puts its sort
// keys first and a unique sequence number last-but-one so ties never depend on heap layout.

import { heapPop as pop, heapPush as push } from '../util/binary-heap';

export type HeapEntry = (number | string)[];

function less(a: HeapEntry, b: HeapEntry): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] < b[i]) return true;
    if (a[i] > b[i]) return false;
  }
  return a.length < b.length;
}

export function heapPush(heap: HeapEntry[], entry: HeapEntry): void {
  push(heap, entry, less);
}

export function heapPop(heap: HeapEntry[]): HeapEntry | undefined {
  return pop(heap, less);
}
