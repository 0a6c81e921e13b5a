// Runs one lesson beside the app's session: the xstate lesson actor on a LessonCluster proxy,
// `cluster.tick` after every move of virtual time, a fresh actor when time jumps back (reset →
// step 1, rewind → the current step again), and a plain view model for the panel
// (useSyncExternalStore). Progress and the embed bridge hang off onStep / onComplete.
import { type Actor, createActor } from 'xstate';
import { pickPod } from '../../lessons/cluster-actions';
import { describeGoal } from '../../lessons/goal-text';
import { currentStep, lessonMachine } from '../../lessons/lesson-machine';
import type { Lesson } from '../../lessons/types';
import type { Session } from '../session/types';
import { lessonCluster } from './lesson-cluster';
import { type LessonScore, type LessonView, viewOf } from './lesson-view';

type HostSession = Pick<Session, 'perform' | 'cluster' | 'watch' | 'onTick' | 'learnerCommands'>;

export interface LessonHostOptions {
  session: HostSession;
  lesson: Lesson;
  /** Step index to open at (a share link's step). */
  startStep?: number;
  /** A step became current (0-based), including the first. */
  onStep?: (step: number) => void;
  onComplete?: (score: LessonScore | undefined) => void;
}

export interface LessonHost {
  readonly lesson: Lesson;
  view(): LessonView;
  subscribe(listener: () => void): () => void;
  answer(option: number): void;
  hint(): void;
  showMe(): void;
  next(): void;
  /** A fresh actor at `step` (default 0), e.g. after a reset or an embedding page's `start`. */
  restart(step?: number): void;
  dispose(): void;
}

export function createLessonHost(options: LessonHostOptions): LessonHost {
  const { session, lesson } = options;
  const cluster = lessonCluster({
    perform: (c) => session.perform(c, 'lesson'),
    cluster: () => session.cluster(),
    watch: (l, o) => session.watch(l, o),
  });
  const listeners = new Set<() => void>();
  let actor: Actor<typeof lessonMachine>;
  let view: LessonView;
  let reportedStep = -1;
  let completed = false;
  let lastNow = session.cluster().now();
  /** Why "Show me" could not play just now (cleared when the step or phase changes). */
  let showMeNote: { key: string; text: string } | undefined;

  const clampStep = (s: number | undefined) => Math.max(0, Math.min(lesson.steps.length - 1, Math.trunc(s ?? 0)));

  const refresh = (): void => {
    const snap = actor.getSnapshot();
    view = viewOf(lesson, snap.value as string, snap.context, describeGoal(currentStep(snap.context).goal));
    const key = `${view.stepIndex}:${view.phase}`;
    if (showMeNote && showMeNote.key !== key) showMeNote = undefined;
    if (showMeNote) view = { ...view, note: showMeNote.text };
    if (view.stepIndex !== reportedStep) {
      reportedStep = view.stepIndex;
      options.onStep?.(view.stepIndex);
    }
    if (view.phase === 'complete' && !completed) {
      completed = true;
      options.onComplete?.(view.score);
    }
    for (const l of listeners) l();
  };

  // The step's narration is shown with its prediction (or goal) at once: nothing to press in intro.
  const skipIntro = (): void => {
    if (actor.getSnapshot().value === 'intro') actor.send({ type: 'user.next' });
  };

  const start = (step: number): void => {
    actor?.stop();
    completed = false;
    reportedStep = -1;
    actor = createActor(lessonMachine, { input: { lesson, cluster, startStep: step, commands: () => session.learnerCommands() } });
    actor.subscribe(() => refresh());
    actor.start();
    skipIntro();
    lastNow = session.cluster().now();
    refresh();
  };

  const offTick = session.onTick(() => {
    const now = session.cluster().now();
    const jumpedBack = now < lastNow;
    lastNow = now;
    if (jumpedBack) {
      // A reset replays the lesson's set-up at time 0; a rewind lands mid-lesson: the goal memory
      // (deleted pods, worst unavailability) would describe a future that no longer happened.
      start(now === 0 ? 0 : view.stepIndex);
      return;
    }
    actor.send({ type: 'cluster.tick' });
  });

  const send = (event: Parameters<typeof actor.send>[0]): void => {
    actor.send(event);
    skipIntro();
  };

  start(clampStep(options.startStep));

  return {
    lesson,
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answer: (option) => send({ type: 'user.answer', option }),
    hint: () => send({ type: 'user.hint' }),
    showMe() {
      // The machine plays a solution blindly; a `{pod}` with no Ready pod yet would silently do
      // nothing, so say why and let the learner try again once the band has taken its seats.
      const step = lesson.steps[view.stepIndex];
      const missing = step.solution.find((a) => a.pod !== undefined && pickPod(cluster, a.pod) === undefined);
      if (missing?.pod !== undefined) {
        showMeNote = {
          key: `${view.stepIndex}:${view.phase}`,
          text: `No Ready pod matches ${missing.pod} yet, so there is nothing to show. Let time run, then try again.`,
        };
        refresh();
        return;
      }
      showMeNote = undefined;
      send({ type: 'user.showMe' });
    },
    next: () => send({ type: 'user.next' }),
    restart: (step) => start(clampStep(step)),
    dispose() {
      offTick();
      actor.stop();
      listeners.clear();
    },
  };
}
