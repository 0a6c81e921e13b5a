// Turns the URL into a running page (lazy chunk, loaded by main.tsx): the route, a share link's
// moment, the lesson (its own chunk), the session with the lesson's seed/nodes/set-up, the lesson
// host wired to progress and to the embedding page's bridge. Notices collect everything the URL
// got wrong, shown as text.
import { catalog } from '../../lessons/catalog';
import { runSetup } from '../../lessons/cluster-actions';
import { recordComplete, recordStep } from '../../lessons/progress';
import { loadLesson } from '../../lessons/load-lesson';
import type { Lesson } from '../../lessons/types';
import { createEmbedBridge, readEmbedParams } from '../embed/protocol';
import { seedFromSearch } from '../seed';
import { createSession } from '../session/session';
import type { Session, ShareState } from '../session/types';
import { decodeShare } from '../share/share-link';
import { createLessonHost, type LessonHost } from './lesson-host';
import { lessonCluster } from './lesson-cluster';
import { createProgressStore, pageStorage, type ProgressStore } from './progress-store';
import { progressScore } from './lesson-view';
import { resumableStep } from './resume';
import { type Route, routeOf, unknownLessonNotice } from './route';

export interface Booted {
  route: Route;
  session: Session;
  progress: ProgressStore;
  host?: LessonHost;
}

type BootWindow = Window & typeof globalThis;

async function sharedMoment(fragment: string | undefined, notices: string[]): Promise<ShareState | undefined> {
  if (!fragment) return undefined;
  const decoded = await decodeShare(fragment);
  if ('error' in decoded) {
    notices.push(decoded.error);
    return undefined;
  }
  return decoded.state;
}

export async function boot(win: BootWindow): Promise<Booted> {
  const { search, hash } = win.location;
  const slugs = catalog.map((c) => c.slug);
  const params = readEmbedParams(search);
  const route = routeOf(hash, params, slugs);
  const notices = [...route.notices];
  const shared = await sharedMoment(route.share, notices);
  const progress = createProgressStore(pageStorage(win), slugs);
  if (progress.notice && route.mode !== 'home') notices.push(progress.notice);

  // A share link names its own lesson; it wins over the address's ?lesson.
  const slug = shared?.lesson ?? route.lesson;
  let lesson: Lesson | undefined;
  if (slug) {
    lesson = await loadLesson(slug);
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
    ...(the ? { setup: (perform, cluster) => void runSetup(lessonCluster({ perform, cluster }), the) } : {}),
    ...(notices.length ? { notice: notices.join(' ') } : {}),
    // Home and sandbox open on a band already playing; a lesson and a shared moment start as recorded.
    ...(!the && !shared ? { warmUp: true } : {}),
  });
  if (!the) return { route: finalRoute, session, progress };

  const bridge =
    finalRoute.embed && route.origin
      ? createEmbedBridge({
          target: win.parent,
          listen: win,
          origin: route.origin,
          onStart: (name) => {
            if (name === the.slug) {
              session.actions.reset();
              host.restart(0);
            } else {
              const url = new URL(win.location.href);
              url.searchParams.set('lesson', name);
              url.hash = '';
              win.location.assign(url.toString());
            }
          },
          onReset: () => {
            session.actions.reset();
            host.restart(0);
          },
        })
      : undefined;
  bridge?.post('ready', the.slug);
  // A share link is its own moment; otherwise saved progress mid-lesson is offered to continue.
  const resumeStep = shared ? undefined : resumableStep(the, progress.get().lessons[the.slug]);
  const host = createLessonHost({
    session,
    lesson: the,
    ...(shared?.lesson === the.slug && shared.step !== undefined
      ? { startStep: shared.step, ...(shared.facts ? { resume: shared.facts } : {}) }
      : {}),
    ...(resumeStep !== undefined ? { resumeStep } : {}),
    onStep: (step) => {
      progress.set(recordStep(progress.get(), the.slug, step));
      bridge?.post('step', the.slug, step);
    },
    onComplete: (score) => {
      // A failed challenge is not "done": the picker keeps offering it (its step stays saved).
      if (!score || score.passed) progress.set(recordComplete(progress.get(), the.slug, Date.now(), progressScore(score)));
      bridge?.post('complete', the.slug, undefined, score && { availability: score.availability, commands: score.commands });
    },
  });
  return { route: finalRoute, session, progress, host };
}
