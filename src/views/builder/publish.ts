// Publishing a lesson from the builder: the schema check (validate.ts), then the headless solution
// check (check-solution.ts: set-up and recorded solutions replayed on a fresh engine within the
// lesson's time budget), and only then the three ways to share it: a link (`?lesson=<slug>#lesson=1.…`),
// the JSON to download (and load again: readLessonJson) and the iframe snippet for a course page.
import { checkSolution } from '../../lessons/authored/check-solution';
import { textIn } from '../../lessons/authored/text';
import type { AuthoredLesson } from '../../lessons/authored/types';
import { validateLesson } from '../../lessons/authored/validate';
import { parseOrigin } from '../embed/protocol';
import { encodeLessonLink } from '../share/lesson-link';

export interface Published {
  lesson: AuthoredLesson;
  /** `lesson=1.…`, without `#`. */
  fragment: string;
  /** The learner's address: this page's folder, `?lesson=<slug>#lesson=1.…`. */
  link: string;
  json: string;
  /** Virtual ms the solution took in the check. */
  tookMs: number;
}

export type PublishResult = { ok: true; published: Published } | { ok: false; error: string };

export interface PublishOptions {
  /** This page's address; its query and fragment are replaced. */
  pageUrl: string;
  wallNow?: () => number;
}

const refuse = (why: string): PublishResult => ({ ok: false, error: `This lesson cannot be published yet: ${why}` });

export async function publishLesson(draft: AuthoredLesson, { pageUrl, wallNow }: PublishOptions): Promise<PublishResult> {
  const checked = validateLesson(JSON.parse(JSON.stringify(draft)));
  if (typeof checked === 'string') return refuse(`${checked}.`);
  const result = checkSolution(checked, wallNow ? { wallNow } : {});
  if (!result.ok) return refuse(result.error);
  let fragment: string;
  try {
    fragment = await encodeLessonLink(checked);
  } catch (e) {
    return refuse(`${e instanceof Error ? e.message : String(e)}.`);
  }
  const url = new URL(pageUrl);
  url.search = '';
  url.searchParams.set('lesson', checked.slug);
  url.hash = fragment;
  return {
    ok: true,
    published: { lesson: checked, fragment, link: url.href, json: `${JSON.stringify(checked, null, 2)}\n`, tookMs: result.tookMs },
  };
}

/**
 * The iframe for a published lesson; `origin` (the course page's) when it is a valid origin.
 * snippet.ts is fetched when asked for: imported statically here it was split out of the first
 * screen's chunk it shares with the Embed dialog (+0.6 kB gz on the first screen with use-live.ts's reason).
 */
export async function publishedSnippet(p: Published, pageUrl: string, origin: string): Promise<string> {
  const { embedSnippet } = await import('../embed/snippet');
  const parent = parseOrigin(origin.trim());
  return embedSnippet({
    pageUrl,
    lesson: { slug: p.lesson.slug, title: textIn(p.lesson.title) },
    fragment: p.fragment,
    ...(parent ? { origin: parent } : {}),
  });
}
