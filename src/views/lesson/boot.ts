// Turns the URL into a running page (lazy chunk, loaded by main.tsx): the route, a share link's
// moment, the lesson (its own chunk), the session with the lesson's seed/nodes/set-up, the lesson
// host wired to progress and to the embedding page's bridge. Notices collect everything the URL
// got wrong, shown as text. The lesson half (xstate, goals: boot-lesson.ts) and the share-link
// decoder are fetched only when the URL asks for a lesson or carries a share link.
import { loadExamples } from '../../engine';
import { catalog } from '../../lessons/catalog';
import { loadLesson } from '../../lessons/load-lesson';
import type { Lesson } from '../../lessons/types';
import { readEmbedParams } from '../embed/protocol';
import { seedFromSearch } from '../seed';
import { createSession } from '../session/session';
import type { Session, ShareState } from '../session/types';
import type { LessonHost } from './lesson-host';
import { createProgressStore, pageStorage, type ProgressStore } from './progress-store';
import { type Route, routeOf, unknownLessonNotice } from './route';

export interface Booted {
  route: Route;
  session: Session;
  progress: ProgressStore;
  host?: LessonHost;
  /**
   * `?build`: the lesson builder's panel (its own chunk). Imported here, not in main.tsx, so the
   * entry chunk does not carry the import and the list of chunks it needs.
   */
  Builder?: typeof import('../builder/BuilderPanel').BuilderPanel;
}

type BootWindow = Window & typeof globalThis;

async function sharedMoment(fragment: string | undefined, notices: string[]): Promise<ShareState | undefined> {
  if (!fragment) return undefined;
  const { decodeShare } = await import('../share/share-link');
  const decoded = await decodeShare(fragment);
  if ('error' in decoded) {
    notices.push(decoded.error);
    return undefined;
  }
  // A shared log that applied an example by URL replays it from the example table: load it first.
  if (decoded.state.log.some((e) => e.kind === 'kubectl' && e.line.includes('://'))) await loadExamples();
  return decoded.state;
}

/** A teacher's lesson from the fragment, validated (lesson-link.ts) and put in the reader's language. */
async function authoredLesson(fragment: string | undefined, lang: string, notices: string[]): Promise<Lesson | undefined> {
  if (!fragment) return undefined;
  const [{ decodeLessonLink }, { localise }, { checkSolution }] = await Promise.all([
    import('../share/lesson-link'),
    import('../../lessons/authored/localise'),
    import('../../lessons/authored/check-solution'),
  ]);
  const decoded = await decodeLessonLink(fragment);
  if ('error' in decoded) {
    notices.push(decoded.error);
    return undefined;
  }
  // A link is untrusted: a lesson whose own solution does not reach its goals (edited by hand, or
  // never published through the builder's check) would leave the learner stuck, so it is replayed
  // headlessly first, bounded by 5 s of real time. Running out of real time says nothing about the
  // lesson (a slow machine), so that one is opened anyway.
  const check = checkSolution(decoded.lesson, { wallNow: () => performance.now() });
  if (!check.ok && !check.outOfWallTime) {
    notices.push(`This lesson cannot be opened: ${check.error}`);
    return undefined;
  }
  return localise(decoded.lesson, lang);
}

/** `drawnWith`: the progress store the opening frame's picker already uses (main.tsx), so there is one. */
export async function boot(win: BootWindow, drawnWith?: ProgressStore): Promise<Booted> {
  const { search, hash } = win.location;
  const slugs = catalog.map((c) => c.slug);
  const params = readEmbedParams(search);
  const route = routeOf(hash, params, slugs);
  const notices = [...route.notices];
  const shared = await sharedMoment(route.share, notices);
  const progress = drawnWith ?? createProgressStore(pageStorage(win), slugs);
  if (progress.notice && route.mode !== 'home') notices.push(progress.notice);

  // A share link names its own lesson; it wins over the address's ?lesson.
  const slug = shared?.lesson ?? route.lesson;
  let lesson: Lesson | undefined;
  let lessonPart: typeof import('./boot-lesson') | undefined;
  if (route.authored) {
    [lesson, lessonPart] = await Promise.all([authoredLesson(route.authored, win.navigator.language, notices), import('./boot-lesson')]);
  } else if (slug) {
    // Both chunks at once: the lesson's content and the code that runs lessons.
    [lesson, lessonPart] = await Promise.all([loadLesson(slug), import('./boot-lesson')]);
    if (!lesson) notices.push(unknownLessonNotice(slug));
  }
  const mode = lesson ? 'lesson' : route.mode === 'lesson' ? 'home' : route.mode;
  const finalRoute: Route = { ...route, mode, embed: route.embed && !!lesson, ...(lesson ? { lesson: lesson.slug } : {}) };

  const seedChoice = seedFromSearch(search);
  if (!lesson && !shared && seedChoice.notice) notices.push(seedChoice.notice);
  const the = lesson;
  const session = createSession({
    seed: shared?.seed ?? the?.seed ?? seedChoice.seed,
    ...(shared ? { nodes: shared.nodes, from: shared } : the?.nodes ? { nodes: the.nodes } : {}),
    ...(the && lessonPart ? { setup: lessonPart.lessonSetup(the) } : {}),
    ...(notices.length ? { notice: notices.join(' ') } : {}),
    // Home and sandbox open on a band already playing; a lesson and a shared moment start as recorded.
    ...(!the && !shared ? { warmUp: true } : {}),
  });
  if (!the || !lessonPart) {
    const Builder = finalRoute.build ? (await import('../builder/BuilderPanel')).BuilderPanel : undefined;
    return { route: finalRoute, session, progress, ...(Builder ? { Builder } : {}) };
  }
  const host = lessonPart.startLesson({
    win,
    route,
    embed: finalRoute.embed,
    session,
    lesson: the,
    ...(shared ? { shared } : {}),
    progress,
    authored: !!route.authored,
  });
  return { route: finalRoute, session, progress, host };
}
