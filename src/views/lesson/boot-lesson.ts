// The lesson half of booting (its own chunk, loaded by boot.ts only when a lesson is asked for):
// the lesson's set-up for the session, and the lesson host (xstate machine, goals) wired to
// progress and to the embedding page's bridge. Home and sandbox never fetch it.
import { runSetup } from '../../lessons/cluster-actions';
import { recordComplete, recordStep } from '../../lessons/progress';
import type { Lesson } from '../../lessons/types';
import { createEmbedBridge } from '../embed/protocol';
import type { SessionOptions } from '../session/session';
import type { Session, ShareState } from '../session/types';
import { createLessonHost, type LessonHost } from './lesson-host';
import { lessonCluster } from './lesson-cluster';
import { progressScore } from './lesson-view';
import type { ProgressStore } from './progress-store';
import { resumableStep } from './resume';
import type { Route } from './route';

/** The session's set-up hook for a lesson: its recorded set-up actions, run through the session. */
export function lessonSetup(lesson: Lesson): NonNullable<SessionOptions['setup']> {
  return (perform, cluster) => void runSetup(lessonCluster({ perform, cluster }), lesson);
}

export interface LessonStart {
  win: Window & typeof globalThis;
  /** The address's route (before a share link's lesson replaced it). */
  route: Route;
  embed: boolean;
  session: Session;
  lesson: Lesson;
  shared?: ShareState;
  progress: ProgressStore;
  /** A teacher's lesson from a link: untrusted, so it never writes the learner's saved progress (its slug could name a shipped lesson). */
  authored?: boolean;
}

export function startLesson({ win, route, embed, session, lesson: the, shared, progress: saved, authored }: LessonStart): LessonHost {
  const progress = authored ? { get: saved.get, set: () => undefined } : saved;
  const bridge =
    embed && route.origin
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
  const resumeStep = shared || authored ? undefined : resumableStep(the, progress.get().lessons[the.slug]);
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
  return host;
}
