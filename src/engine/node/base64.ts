// base64 → UTF-8 text for Secret data (and ConfigMap binaryData) as the kubelet writes it into
// env vars and files. Written out because the engine runs in browsers too (no Buffer) and atob
// yields Latin-1. Simplification: invalid input (the API server rejects it anyway) is returned as is.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeBase64(b64: string): string {
  const clean = b64.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean)) return b64;
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of clean) {
    acc = (acc << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
