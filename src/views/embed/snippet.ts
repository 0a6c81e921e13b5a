// The `<iframe>` a course author pastes to embed a lesson (shown in the Embed dialog). Every
// attribute value is escaped; the frame asks for no extra permissions (no `allow`) and loads lazily.
import { LESSON_SLUG, parseOrigin } from './protocol';

export interface SnippetOptions {
  /** The app's address (this page); its query and fragment are replaced. */
  pageUrl: string;
  /** The lesson; pass its title for the frame's accessible name (a bare slug is used as the title). */
  lesson: { slug: string; title: string } | string;
  /** The course page's origin, for messages; left out when not a valid origin. */
  origin?: string;
  /**
   * A teacher's lesson (`lesson=1.…`, lesson-link.ts): the lesson itself travels in the frame's
   * fragment, and `slug` is only its label. Anything else is refused (an error, not a bad frame).
   */
  fragment?: string;
  width?: number;
  height?: number;
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// The lesson panel needs about 400×500 to be usable; beyond a big screen makes no sense.
const size = (n: number | undefined, fallback: number, min: number) =>
  n === undefined || !Number.isFinite(n) ? fallback : Math.min(4000, Math.max(min, Math.round(n)));

export function embedSnippet({ pageUrl, lesson: given, origin, fragment, width, height }: SnippetOptions): string {
  const lesson = typeof given === 'string' ? { slug: given, title: given } : given;
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  // Slugs come from the registry; the check keeps a bad one from producing a misleading link.
  if (!LESSON_SLUG.test(lesson.slug)) throw new Error(`not a lesson slug: ${lesson.slug}`);
  url.searchParams.set('lesson', lesson.slug);
  url.searchParams.set('embed', '1');
  const parent = origin === undefined ? undefined : parseOrigin(origin);
  if (parent) url.searchParams.set('origin', parent);
  if (fragment !== undefined) {
    if (!/^lesson=1\.[A-Za-z0-9_-]+$/.test(fragment)) throw new Error('not a lesson link fragment');
    url.hash = fragment;
  }
  const attrs: [string, string][] = [
    ['src', url.href],
    ['title', `Podchestra lesson: ${lesson.title}`],
    ['width', String(size(width, 800, 400))],
    ['height', String(size(height, 600, 500))],
    ['loading', 'lazy'],
    ['style', 'border: 0; max-width: 100%'],
  ];
  return `<iframe ${attrs.map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ')}></iframe>`;
}
