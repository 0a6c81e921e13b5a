// base64 as the API server's JSON decoder applies it to []byte fields (Secret.data,
// ConfigMap.binaryData): Go's base64.StdEncoding, padded, non-strict, skipping \r and \n, with its
// exact error positions (`illegal base64 data at input byte N`). Stored values are re-encoded
// canonically, as the server does when it serialises the bytes again.
// [go: src/encoding/base64/base64.go decodeQuantum; src/encoding/json/decode.go literalStore]
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Map<number, number>([...ALPHABET].map((ch, i) => [ch.charCodeAt(0), i]));
const PAD = 0x3d; // '='
const CR = 0x0d;
const LF = 0x0a;

export class CorruptInputError extends Error {
  constructor(readonly offset: number) {
    super(`illegal base64 data at input byte ${offset}`);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function utf8Bytes(s: string): Uint8Array {
  return encoder.encode(s);
}

export function utf8String(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** StdEncoding.Decode: the bytes, or a CorruptInputError at Go's offset (in UTF-8 bytes). */
export function decodeBase64(text: string): Uint8Array {
  const src = utf8Bytes(text);
  const out: number[] = [];
  let si = 0;
  const isNl = (b: number) => b === CR || b === LF;
  while (si < src.length) {
    const dbuf = [0, 0, 0, 0];
    let dlen = 4;
    let trailing: number | undefined;
    for (let j = 0; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return new Uint8Array(out);
        // Padded encoding: an incomplete final quantum is corrupt (`case j == 1, padChar != NoPadding`).
        throw new CorruptInputError(si - j);
      }
      const inb = src[si++];
      const v = DECODE.get(inb);
      if (v !== undefined) {
        dbuf[j] = v;
        continue;
      }
      if (isNl(inb)) {
        j--;
        continue;
      }
      if (inb !== PAD) throw new CorruptInputError(si - 1);
      if (j === 0 || j === 1) throw new CorruptInputError(si - 1);
      if (j === 2) {
        while (si < src.length && isNl(src[si])) si++;
        if (si === src.length) throw new CorruptInputError(src.length);
        if (src[si] !== PAD) throw new CorruptInputError(si - 1);
        si++;
      }
      while (si < src.length && isNl(src[si])) si++;
      if (si < src.length) trailing = si;
      dlen = j;
      break;
    }
    const val = (dbuf[0] << 18) | (dbuf[1] << 12) | (dbuf[2] << 6) | dbuf[3];
    const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff];
    out.push(...bytes.slice(0, dlen - 1));
    if (trailing !== undefined) throw new CorruptInputError(trailing);
    if (dlen < 4) break;
  }
  return new Uint8Array(out);
}

export function encodeBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = bytes.length - i;
    const val = (bytes[i] << 16) | ((n > 1 ? bytes[i + 1] : 0) << 8) | (n > 2 ? bytes[i + 2] : 0);
    s += ALPHABET[(val >> 18) & 63] + ALPHABET[(val >> 12) & 63];
    s += n > 1 ? ALPHABET[(val >> 6) & 63] : '=';
    s += n > 2 ? ALPHABET[val & 63] : '=';
  }
  return s;
}

/** base64 of a string's UTF-8 bytes (kubectl create secret, stringData). */
export function encodeString(s: string): string {
  return encodeBase64(utf8Bytes(s));
}
