// Share links: a ShareState (seed, stages, command log, the moment) compressed into the URL
// fragment as `share=1.<base64url(deflate-raw(JSON))>`, so replaying the log reopens that exact
// moment. The fragment is untrusted input: decodeShare validates everything, caps every size
// (compressed and decompressed) and answers with a plain error instead of throwing.
import type { CommandLogEntry, ShareState } from '../session/types';
import { validateShareState } from './share-validate';

export const SHARE_PREFIX = 'share=';
/** The link format; bumped only when old links could no longer be read. */
export const SHARE_FORMAT = 1;
/** Longer fragments are refused before any work (browsers and chat apps cut long URLs anyway). */
export const MAX_FRAGMENT_CHARS = 200_000;
/** Decompression stops beyond this, so a small link cannot expand into a huge one. */
export const MAX_JSON_BYTES = 4_000_000;

export type { CommandLogEntry, ShareState };
export type DecodeResult = { state: ShareState } | { error: string };

const damaged = (why: string) => ({ error: `This share link is damaged: ${why}.` });
const NEWER = { error: 'This share link comes from a newer version of Podchestra.' };

/**
 * The fragment text (without `#`) for a state; callers build `location` + '#' + it. Throws (with
 * a plain reason) for a moment no page would open, e.g. more than 2 hours of simulated time;
 * lesson facts that fail the checks are left out rather than spoil the link.
 */
export async function encodeShare(state: ShareState): Promise<string> {
  let checked = validateShareState(JSON.parse(JSON.stringify(state)));
  if (typeof checked === 'string' && state.facts) {
    const { facts: _dropped, ...rest } = state;
    checked = validateShareState(JSON.parse(JSON.stringify(rest)));
  }
  if (typeof checked === 'string') throw new Error(`this moment cannot be shared: ${checked}`);
  const fragment = await packJson(checked);
  // The opening page refuses longer fragments: never hand out a link it would call damaged.
  if (fragment.length > MAX_FRAGMENT_CHARS) throw new Error('this moment cannot be shared: its link would be too long');
  return fragment;
}

/** Packs any JSON value as a fragment without checking it (tests build damaged links with it). */
export async function packJson(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const packed = await pipe(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  return `${SHARE_PREFIX}${SHARE_FORMAT}.${toBase64Url(packed)}`;
}

/** Reads a fragment (`#share=…` or `share=…`); never throws. */
export async function decodeShare(fragment: string): Promise<DecodeResult> {
  try {
    return await decode(fragment);
  } catch {
    return damaged('it could not be read');
  }
}

async function decode(fragment: string): Promise<DecodeResult> {
  if (typeof fragment !== 'string') return damaged('it is empty');
  if (fragment.length > MAX_FRAGMENT_CHARS) return damaged('it is too long');
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(SHARE_PREFIX)) return damaged('it does not start with "share="');
  const body = text.slice(SHARE_PREFIX.length);
  const dot = body.indexOf('.');
  const format = dot > 0 ? body.slice(0, dot) : '';
  if (!/^[0-9]{1,6}$/.test(format)) return damaged('it has no format number');
  if (Number(format) > SHARE_FORMAT) return NEWER;
  if (Number(format) !== SHARE_FORMAT) return damaged('its format number is unknown');
  const bytes = fromBase64Url(body.slice(dot + 1));
  if (!bytes || bytes.length === 0) return damaged('its data is not valid base64url');
  let json: Uint8Array;
  try {
    json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
  } catch (e) {
    return damaged(e instanceof TooLarge ? 'it unpacks to more than 4 MB' : 'its data does not unpack');
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return damaged('its data is not valid JSON');
  }
  if (typeof value === 'object' && value !== null && typeof (value as { v?: unknown }).v === 'number' && (value as { v: number }).v > 1) {
    return NEWER;
  }
  const checked = validateShareState(value);
  return typeof checked === 'string' ? damaged(checked) : { state: checked };
}

/** Thrown by `pipe` when the output passes its limit. */
export class TooLarge extends Error {}

/** Pushes bytes through a (de)compression stream, giving up once the output passes `limit`. */
export async function pipe(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface through the reader; the writer's promises are observed so none goes unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with a huge spread would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
