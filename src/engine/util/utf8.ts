// Byte counts as Go sees strings (UTF-8), for limits stated in bytes.

/** The UTF-8 length of a string, without encoding it. */
export function utf8Length(s: string): number {
  // ASCII up to the first other character (a native scan: megabytes of ASCII cost a millisecond).
  const first = s.search(/[\u0080-\uffff]/);
  if (first < 0) return s.length;
  let n = first;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
