// A generic XState v5 machine built from lesson data: per step intro → (predicting) →
// awaitingGoal → stepComplete, then the next step or complete (a challenge holds until its
// scoring window closes, and completes when it does, wherever the learner is). It runs on the
// cluster's virtual clock: the host advances the cluster and sends `cluster.tick`; no wall-clock
// timers. The machine reaches the cluster only through the named actions, guards and actor below.
import { assign, fromCallback, setup } from 'xstate';
import type { ClusterEvent } from '../engine/index';
import {
  type ChallengeScore,
  type ChallengeTally,
  curtainStep,
  dueStorm,
  scoreChallenge,
  startTally,
  tallyMetrics,
  windowOver,
} from './challenge-score';
import { dueInjections, type LessonCluster, runAction } from './cluster-actions';
import { emptyMemory, evaluateGoal, type GoalMemory, observe } from './goals';
import type { Lesson, LessonStep } from './types';

export interface LessonInput {
  lesson: Lesson;
  cluster: LessonCluster;
  /** Reopen at this step (a share link); clamped to the lesson's steps. */
  startStep?: number;
  /** The learner's commands so far (the session's learnerCommands); challenge scores count them. */
  commands?: () => number;
}

export interface LessonContext extends LessonInput {
  stepIndex: number;
  /** Chosen option per step id (predictions). */
  answers: Record<string, number>;
  /** Hints revealed in the current step. */
  hintsShown: number;
  /** Whether "show me" was used in the current step. */
  shownSolution: boolean;
  /** Whether the current step's goal holds (true from stepComplete until the next step). */
  goalMet: boolean;
  /** Virtual time (cluster.now()) when the current step's goal started being checked. */
  stepStartedAt: number;
  /** Indexes of the current step's injections already run. */
  injected: number[];
  memory: GoalMemory;
  /** A challenge's running count, from when its window opened. */
  challenge?: ChallengeTally;
  /** A challenge's live score (final once `over`). */
  score?: ChallengeScore;
}

export type LessonEvent =
  | { type: 'user.next' }
  | { type: 'user.answer'; option: number }
  | { type: 'user.hint' }
  | { type: 'user.showMe' }
  /** A watch event from the cluster, METRICS included (sent by the watchCluster actor). */
  | { type: 'cluster.changed'; event: ClusterEvent }
  /** The host advanced the cluster's clock; timed injections may be due. */
  | { type: 'cluster.tick' };

export function currentStep(context: Pick<LessonContext, 'lesson' | 'stepIndex'>): LessonStep {
  return context.lesson.steps[context.stepIndex];
}

function elapsed(context: LessonContext): number {
  return context.cluster.now() - context.stepStartedAt;
}

function liveScore(context: LessonContext, tally: ChallengeTally | undefined): ChallengeScore | undefined {
  const spec = context.lesson.challenge;
  if (!spec || !tally) return undefined;
  return scoreChallenge(spec, tally, context.commands?.() ?? 0, windowOver(spec, tally, context.cluster.now()));
}

export const lessonMachine = setup({
  types: {
    context: {} as LessonContext,
    events: {} as LessonEvent,
    input: {} as LessonInput,
  },
  actors: {
    // Watch callbacks run inside the engine's processing, so this actor only forwards events;
    // writes (injections) happen on `cluster.tick`, between advances.
    watchCluster: fromCallback<LessonEvent, { cluster: LessonCluster }>(({ sendBack, input }) =>
      input.cluster.watch((event) => sendBack({ type: 'cluster.changed', event }), { metrics: true }),
    ),
  },
  guards: {
    hasPrediction: ({ context }) => currentStep(context).predict !== undefined,
    isLastStep: ({ context }) => context.stepIndex >= context.lesson.steps.length - 1,
    isGoalMet: ({ context }) => evaluateGoal(currentStep(context).goal, context.cluster, context.memory),
    isChallengeOver: ({ context }) =>
      !!context.lesson.challenge && !!context.challenge && windowOver(context.lesson.challenge, context.challenge, context.cluster.now()),
    isChallengeRunning: ({ context }) => !!context.lesson.challenge && !!context.challenge,
  },
  actions: {
    startStep: assign(({ context }) => ({
      stepStartedAt: context.cluster.now(),
      injected: [],
      memory: emptyMemory(),
      goalMet: false,
      // The curtain rises when the challenge's start step (or a later one, after a share link) starts.
      challenge:
        context.challenge ??
        (context.lesson.challenge && context.stepIndex >= curtainStep(context.lesson) ? startTally(context.cluster.now()) : undefined),
    })),
    injectFaults: ({ context }) => {
      for (const i of dueInjections(currentStep(context).inject, elapsed(context), context.injected)) {
        runAction(context.cluster, currentStep(context).inject![i].action);
      }
    },
    // Runs after injectFaults in the same transition, so both see the same due list.
    markInjected: assign(({ context }) => ({
      injected: [...context.injected, ...dueInjections(currentStep(context).inject, elapsed(context), context.injected)],
    })),
    runStorm: ({ context }) => {
      const spec = context.lesson.challenge;
      if (!spec || !context.challenge) return;
      for (const i of dueStorm(spec, context.challenge, context.cluster.now())) runAction(context.cluster, spec.storm[i].action);
    },
    markStorm: assign(({ context }) => {
      const spec = context.lesson.challenge;
      if (!spec || !context.challenge) return {};
      const done = dueStorm(spec, context.challenge, context.cluster.now());
      const challenge = done.length ? { ...context.challenge, stormDone: [...context.challenge.stormDone, ...done] } : context.challenge;
      return { challenge, score: liveScore(context, challenge) };
    }),
    observeChange: assign(({ context, event }) => {
      if (event.type !== 'cluster.changed') return {};
      const e = event.event;
      const memory = observe(context.memory, e);
      const spec = context.lesson.challenge;
      if (e.type !== 'METRICS' || !spec || !context.challenge) return memory === context.memory ? {} : { memory };
      const challenge = tallyMetrics(spec, context.challenge, e);
      return { memory, challenge, score: liveScore(context, challenge) };
    }),
    markGoalMet: assign({ goalMet: true }),
    recordAnswer: assign(({ context, event }) =>
      event.type === 'user.answer' ? { answers: { ...context.answers, [currentStep(context).id]: event.option } } : {},
    ),
    revealHint: assign(({ context }) => ({ hintsShown: Math.min(context.hintsShown + 1, currentStep(context).hints.length) })),
    playSolution: ({ context }) => {
      for (const a of currentStep(context).solution) runAction(context.cluster, a);
    },
    markSolutionShown: assign({ shownSolution: true }),
    advanceStep: assign(({ context }) => ({ stepIndex: context.stepIndex + 1, hintsShown: 0, shownSolution: false, goalMet: false })),
    finishChallenge: assign(({ context }) => ({ score: liveScore(context, context.challenge) })),
  },
}).createMachine({
  id: 'lesson',
  context: ({ input }) => ({
    ...input,
    stepIndex: Math.min(Math.max(0, Math.floor(input.startStep ?? 0)), Math.max(0, input.lesson.steps.length - 1)),
    answers: {},
    hintsShown: 0,
    shownSolution: false,
    goalMet: false,
    stepStartedAt: 0,
    injected: [],
    memory: emptyMemory(),
  }),
  invoke: { src: 'watchCluster', input: ({ context }) => ({ cluster: context.cluster }) },
  on: {
    'cluster.changed': { actions: 'observeChange' },
    // A challenge's storm plays on, and its window closes, whatever step the learner is on.
    'cluster.tick': [{ guard: 'isChallengeOver', target: '.complete' }, { actions: ['runStorm', 'markStorm'] }],
  },
  initial: 'intro',
  states: {
    intro: {
      on: { 'user.next': [{ guard: 'hasPrediction', target: 'predicting' }, { target: 'awaitingGoal' }] },
    },
    predicting: {
      on: { 'user.answer': { target: 'awaitingGoal', actions: 'recordAnswer' } },
    },
    awaitingGoal: {
      entry: ['startStep', 'injectFaults', 'markInjected', 'runStorm', 'markStorm'],
      always: { guard: 'isGoalMet', target: 'stepComplete' },
      on: {
        'cluster.tick': [
          { guard: 'isChallengeOver', target: 'complete' },
          { actions: ['injectFaults', 'markInjected', 'runStorm', 'markStorm'] },
        ],
        'user.hint': { actions: 'revealHint' },
        'user.showMe': { actions: ['playSolution', 'markSolutionShown'] },
      },
    },
    stepComplete: {
      entry: 'markGoalMet',
      on: {
        'user.next': [
          { guard: 'isLastStep', target: 'holding' },
          { target: 'intro', actions: 'advanceStep' },
        ],
      },
    },
    // Every step is done; a challenge's show goes on until its window closes.
    holding: {
      always: [{ guard: 'isChallengeRunning', target: 'curtainCall' }, { target: 'complete' }],
    },
    curtainCall: {},
    complete: { type: 'final', entry: 'finishChallenge' },
  },
});
