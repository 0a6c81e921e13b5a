// The order yaml.v2 writes map keys in (sorter.go keyList.Less), which is the order of kubectl's
// -o yaml: sigs.k8s.io/yaml re-reads the JSON into maps, so JSON's byte order does not survive.
// [k8s: sigs.k8s.io/yaml goyaml.v2/sorter.go]
// Simplification: keys the comparison cannot order consistently (`x1a` < `x2` < `x10a` < `x1a`)
// come out in JavaScript's sort order, not Go's pdqsort's.

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => /\p{Nd}/u.test(c);

/**
 * sorter.go keyList.Less for two string keys: letters by code point after anything else, runs of
 * digits by value (`file2` before `file10`, `1_000` before `012`). kubectl's YAML has its keys in
 * this order, not JSON's byte order: sigs.k8s.io/yaml re-reads the JSON into maps before writing.
 */
export function keyCompare(x: string, y: string): number {
  if (x === y) return 0;
  return keyLess(x, y) ? -1 : keyLess(y, x) ? 1 : 0;
}

const asciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function keyLess(x: string, y: string): boolean {
  // Most keys differ first at two ASCII characters, one of them a letter: no rune split needed.
  let k = 0;
  while (k < x.length && k < y.length && x.charCodeAt(k) === y.charCodeAt(k)) k++;
  if (k === x.length || k === y.length) return x.length < y.length;
  const cx = x.charCodeAt(k);
  const cy = y.charCodeAt(k);
  if (cx < 128 && cy < 128 && (asciiLetter(cx) || asciiLetter(cy))) return asciiLetter(cx) && asciiLetter(cy) ? cx < cy : asciiLetter(cy);
  return runeKeyLess(Array.from(x), Array.from(y));
}

/** A run of digits' value as Go's int64 accumulates it (wrapping past 2^63). */
function digitsValue(r: string[], from: number, start: number): { n: bigint; end: number } {
  let n = BigInt(start);
  let end = from;
  for (; end < r.length && isDigit(r[end]); end++) n = BigInt.asIntN(64, n * 10n + BigInt((r[end].codePointAt(0) as number) - 48));
  return { n, end };
}

function runeKeyLess(a: string[], b: string[]): boolean {
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i] === b[i]) continue;
    const al = isLetter(a[i]);
    const bl = isLetter(b[i]);
    if (al && bl) return (a[i].codePointAt(0) as number) < (b[i].codePointAt(0) as number);
    if (al || bl) return bl;
    // Digits by value; a zero inside a run that began with a non-zero digit counts as a digit.
    let start = 0;
    if (a[i] === '0' || b[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(a[j]); j--) {
        if (a[j] !== '0') {
          start = 1;
          break;
        }
      }
    }
    const an = digitsValue(a, i, start);
    const bn = digitsValue(b, i, start);
    if (an.n !== bn.n) return an.n < bn.n;
    if (an.end !== bn.end) return an.end < bn.end;
    return (a[i].codePointAt(0) as number) < (b[i].codePointAt(0) as number);
  }
  return a.length < b.length;
}
