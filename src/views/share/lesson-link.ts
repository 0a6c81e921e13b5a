// Lesson links: a lesson written in the builder, in the URL fragment as
// `lesson=1.<base64url(deflate-raw(JSON))>` (the share links' packing, share-link.ts), opened by
// `?lesson#lesson=1.…`. The fragment is untrusted: it is capped before any work (32 000
// characters, which iframes and chat apps keep), unpacks to at most 64 kB, and is checked by
// validateLesson (src/lessons/authored/validate.ts), which names the wrong field.
import { MAX_LESSON_BYTES, MAX_LESSON_TEXT } from '../../lessons/authored/limits';
import type { AuthoredLesson } from '../../lessons/authored/types';
import { validateLesson } from '../../lessons/authored/validate';
import { fromBase64Url, pipe, TooLarge, toBase64Url } from './share-link';

export const LESSON_PREFIX = 'lesson=';
export const LESSON_LINK_FORMAT = 1;
export const MAX_LESSON_FRAGMENT_CHARS = 32_000;

export type LessonDecode = { lesson: AuthoredLesson } | { error: string };

const damaged = (why: string) => ({ error: `This lesson link is damaged: ${why}.` });
const refused = (why: string) => ({ error: `This lesson cannot be opened: ${why}.` });

/** The fragment (without `#`) for a lesson; throws with a plain reason when it is not a valid lesson. */
export async function encodeLessonLink(lesson: AuthoredLesson): Promise<string> {
  const checked = validateLesson(JSON.parse(JSON.stringify(lesson)));
  if (typeof checked === 'string') throw new Error(`this lesson cannot be shared: ${checked}`);
  const fragment = await packLesson(checked);
  if (fragment.length > MAX_LESSON_FRAGMENT_CHARS) throw new Error('this lesson cannot be shared: its link would be too long');
  return fragment;
}

/** Packs any JSON value as a lesson fragment without checking it (tests build tampered links with it). */
export async function packLesson(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const packed = await pipe(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  return `${LESSON_PREFIX}${LESSON_LINK_FORMAT}.${toBase64Url(packed)}`;
}

/** Reads `#lesson=1.…`; never throws. */
export async function decodeLessonLink(fragment: string): Promise<LessonDecode> {
  try {
    if (typeof fragment !== 'string' || fragment.length > MAX_LESSON_FRAGMENT_CHARS) return damaged('it is too long');
    const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
    if (!text.startsWith(LESSON_PREFIX)) return damaged('it does not start with "lesson="');
    const body = text.slice(LESSON_PREFIX.length);
    const dot = body.indexOf('.');
    if (body.slice(0, dot) !== String(LESSON_LINK_FORMAT)) return damaged('its format number is unknown');
    const bytes = fromBase64Url(body.slice(dot + 1));
    if (!bytes || bytes.length === 0) return damaged('its data is not valid base64url');
    let json: Uint8Array;
    try {
      json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_LESSON_BYTES);
    } catch (e) {
      return e instanceof TooLarge ? refused(`it is larger than ${MAX_LESSON_TEXT}`) : damaged('its data does not unpack');
    }
    return readLessonJson(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return damaged('it could not be read');
  }
}

/** A lesson from JSON text (a downloaded file, or a link's unpacked data); never throws. */
export function readLessonJson(json: string): LessonDecode {
  if (json.length > MAX_LESSON_BYTES) return refused(`it is larger than ${MAX_LESSON_TEXT}`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return refused('it is not valid JSON');
  }
  const checked = validateLesson(value);
  return typeof checked === 'string' ? refused(checked) : { lesson: checked };
}
