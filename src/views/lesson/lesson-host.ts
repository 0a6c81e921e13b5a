// Runs one lesson beside the app's session: the xstate lesson actor on a LessonCluster proxy,
// `cluster.tick` after every move of virtual time, a fresh actor when time jumps back (reset →
// step 1, rewind → the current step again), an offer to continue from saved progress (resume.ts),
// and a plain view model for the panel (useSyncExternalStore). Progress and the embed bridge hang
// off onStep / onComplete.
import { type Actor, createActor } from 'xstate';
import { pickPod } from '../../lessons/cluster-actions';
import { describeGoal } from '../../lessons/goal-text';
import { currentStep, lessonMachine, lessonShareFacts } from '../../lessons/lesson-machine';
import type { Lesson, LessonFacts } from '../../lessons/types';
import type { Session } from '../session/types';
import { lessonCluster } from './lesson-cluster';
import { type LessonScore, type LessonView, viewOf } from './lesson-view';
import { fillNarration } from '../../lessons/narration-text';
import { type RebuildSession, rebuildToStep } from './resume';

type HostSession = Pick<Session, 'perform' | 'cluster' | 'watch' | 'onTick' | 'learnerCommands'> & Partial<RebuildSession>;

/** How long "Show me" waits for a Ready pod to act on (virtual ms) before it gives up. */
export const SHOW_ME_WAIT_MS = 60_000;
export const WAITING_FOR_POD = 'Waiting for a Ready pod…';

/**
 * Hint pressed before the step's prediction is answered. The hints say what to do and often what
 * happens (the prediction's answer), so they open once it is answered; the learner is told so,
 * instead of meeting a dead button (issue 12, a newcomer's walk).
 */
export const HINT_AFTER_PREDICTION =
  'Hints open once you answer the question above: they would give the answer away. Any answer is fine, it is a guess, not a test.';

export interface LessonHostOptions {
  session: HostSession;
  lesson: Lesson;
  /** Step index to open at (a share link's step). */
  startStep?: number;
  /** A share link's lesson facts: the first actor carries on from them (later restarts start fresh). */
  resume?: LessonFacts;
  /**
   * A saved step (0-based, > 0) to offer "Continue from step n" at; nothing runs until the
   * learner chooses. Needs the session's advance and actions.reset.
   */
  resumeStep?: number;
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
  /** Rebuilds the saved moment (see resume.ts) and opens the saved step; step 1 if that fails. */
  continueSaved(): void;
  /** Declines the offer: the lesson starts at step 1 on the cluster as it is. */
  startOver(): void;
  /** A fresh actor at `step` (default 0), e.g. after a reset or an embedding page's `start`. */
  restart(step?: number): void;
  /** What a share link needs to reopen this step exactly (undefined while no step runs). */
  facts(): LessonFacts | undefined;
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
  let actor: Actor<typeof lessonMachine> | undefined;
  let view: LessonView;
  let reportedStep = -1;
  let completed = false;
  let lastNow = session.cluster().now();
  /** A message for the panel, kept while its step and phase last (why Show me could not play…). */
  let note: { key: string; text: string } | undefined;
  /** "Show me" pressed with no Ready pod for its `{pod}` yet: retried on ticks until `until`. */
  let pendingShow: { key: string; until: number } | undefined;
  let offer = options.resumeStep !== undefined && options.resumeStep > 0 ? options.resumeStep : undefined;
  let rebuilding = false;

  const clampStep = (s: number | undefined) => Math.max(0, Math.min(lesson.steps.length - 1, Math.trunc(s ?? 0)));
  const keyOf = (v: LessonView) => `${v.stepIndex}:${v.phase}`;

  const refresh = (): void => {
    if (!actor) {
      // The offer: step 1's words for the goal status, nothing to press but Continue / Start over.
      const base = viewOf(
        lesson,
        'intro',
        { stepIndex: 0, answers: {}, hintsShown: 0, shownSolution: false },
        describeGoal(lesson.steps[0].goal),
      );
      view = { ...base, canHint: false, ...(offer !== undefined ? { resume: offer } : {}) };
    } else {
      const snap = actor.getSnapshot();
      view = viewOf(lesson, snap.value as string, snap.context, describeGoal(currentStep(snap.context).goal));
      // Counts in the narration follow the stage (narration-text.ts).
      view = { ...view, narration: fillNarration(view.narration, cluster) };
    }
    const key = keyOf(view);
    if (note && note.key !== key) note = undefined;
    if (pendingShow && pendingShow.key !== key) pendingShow = undefined;
    if (note) view = { ...view, note: note.text };
    if (pendingShow) view = { ...view, waiting: WAITING_FOR_POD };
    if (actor && view.stepIndex !== reportedStep) {
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
    if (actor?.getSnapshot().value === 'intro') actor.send({ type: 'user.next' });
  };

  const start = (step: number, resume?: LessonFacts): void => {
    actor?.stop();
    offer = undefined;
    pendingShow = undefined;
    completed = false;
    reportedStep = -1;
    const next = createActor(lessonMachine, {
      input: { lesson, cluster, startStep: step, commands: () => session.learnerCommands(), ...(resume ? { resume } : {}) },
    });
    actor = next;
    next.subscribe(() => refresh());
    next.start();
    skipIntro();
    lastNow = session.cluster().now();
    refresh();
  };

  /** The first `{pod}` selector of the step's solution with no Ready pod to fill it, if any. */
  const missingPod = (): string | undefined =>
    lesson.steps[view.stepIndex].solution.find((a) => a.pod !== undefined && pickPod(cluster, a.pod) === undefined)?.pod;

  const playShowMe = (): void => {
    pendingShow = undefined;
    note = undefined;
    send({ type: 'user.showMe' });
  };

  const retryShowMe = (): void => {
    if (!pendingShow) return;
    if (pendingShow.key !== keyOf(view)) {
      pendingShow = undefined;
      return;
    }
    const missing = missingPod();
    if (missing === undefined) return playShowMe();
    if (session.cluster().now() < pendingShow.until) return;
    pendingShow = undefined;
    note = { key: keyOf(view), text: `No Ready pod matches ${missing} yet, so there is nothing to show. Let time run, then try again.` };
    refresh();
  };

  const offTick = session.onTick(() => {
    if (rebuilding) return;
    const now = session.cluster().now();
    const jumpedBack = now < lastNow;
    lastNow = now;
    if (!actor) {
      // Still offering: a reset or an embedding page's start means "from the top".
      if (jumpedBack) start(0);
      return;
    }
    if (jumpedBack) {
      // A reset replays the lesson's set-up at time 0; a rewind lands mid-lesson: the goal memory
      // (deleted pods, worst unavailability) would describe a future that no longer happened.
      start(now === 0 ? 0 : view.stepIndex);
      return;
    }
    actor.send({ type: 'cluster.tick' });
    retryShowMe();
  });

  const send = (event: Parameters<Actor<typeof lessonMachine>['send']>[0]): void => {
    if (!actor) return;
    actor.send(event);
    skipIntro();
  };

  if (offer !== undefined && session.advance && session.actions) refresh();
  else start(clampStep(options.startStep), options.resume);

  return {
    lesson,
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answer: (option) => send({ type: 'user.answer', option }),
    hint() {
      if (view.phase === 'predicting' && view.canHint) {
        note = { key: keyOf(view), text: HINT_AFTER_PREDICTION };
        refresh();
        return;
      }
      send({ type: 'user.hint' });
    },
    showMe() {
      // The machine plays a solution blindly; a `{pod}` with no Ready pod yet would fail, so wait
      // for one (new pods are often still ContainerCreating) and play it on a later tick.
      if (!actor || !view.canShowMe) return;
      if (missingPod() === undefined) return playShowMe();
      note = undefined;
      pendingShow = { key: keyOf(view), until: session.cluster().now() + SHOW_ME_WAIT_MS };
      refresh();
    },
    next: () => send({ type: 'user.next' }),
    continueSaved() {
      const step = offer;
      if (step === undefined || !session.advance || !session.actions) return;
      rebuilding = true;
      let result: ReturnType<typeof rebuildToStep>;
      try {
        result = rebuildToStep(session as RebuildSession, lesson, clampStep(step));
      } finally {
        rebuilding = false;
      }
      start(result.ok ? clampStep(step) : 0);
      if (!result.ok) {
        note = { key: keyOf(view), text: result.message };
        refresh();
      }
    },
    startOver: () => start(0),
    restart: (step) => start(clampStep(step)),
    facts: () => (actor ? lessonShareFacts(actor.getSnapshot().context) : undefined),
    dispose() {
      offTick();
      actor?.stop();
      listeners.clear();
    },
  };
}
