// Deterministic identifiers drawn from the seeded generator: UUIDs for metadata.uid and the
// 5-character generateName suffixes. The alphabet is apimachinery's util/rand one
// (no vowels, no 0/1/3) so generated names look exactly like real ones.
import type { Rng } from './rng';

const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function randomSuffix(rng: Rng, length = 5, stream = 'names'): string {
  let out = '';
  for (let i = 0; i < length; i++) out += SUFFIX_ALPHABET[rng.int(stream, SUFFIX_ALPHABET.length)];
  return out;
}

function hex(n: number, width: number): string {
  return (n >>> 0).toString(16).padStart(width, '0').slice(-width);
}

/** A version-4 UUID built from the 'uid' stream. */
export function uuid(rng: Rng): string {
  const a = rng.nextUint32('uid');
  const b = rng.nextUint32('uid');
  const c = rng.nextUint32('uid');
  const d = rng.nextUint32('uid');
  const timeMid = (b >>> 16) & 0xffff;
  const timeHi = ((b & 0x0fff) | 0x4000) & 0xffff;
  const clock = ((c >>> 16) & 0x3fff) | 0x8000;
  return `${hex(a, 8)}-${hex(timeMid, 4)}-${hex(timeHi, 4)}-${hex(clock, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
}

/**
 * generateName: the prefix is cut so the result fits 63 characters (apiserver's
 * names.SimpleNameGenerator: maxGeneratedNameLength = 63 - 5).
 */
export function generateName(rng: Rng, prefix: string): string {
  const max = 63 - 5;
  return (prefix.length > max ? prefix.slice(0, max) : prefix) + randomSuffix(rng);
}
