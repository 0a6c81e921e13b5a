// A generic XState v5 machine built from lesson data: per step intro → (predicting) →
// awaitingGoal → stepComplete, then the next step or complete. It runs on the cluster's virtual
// clock: the host advances the cluster and sends `cluster.tick`; no wall-clock timers. The machine
// reaches the cluster only through the named actions, guard and actor below (tests `provide` fakes).
import { assign, fromCallback, setup } from 'xstate';
import type { ClusterWatchEvent } from '../engine/index';
import { dueInjections, type LessonCluster, runAction } from './cluster-actions';
import { emptyMemory, evaluateGoal, type GoalMemory, observe } from './goals';
import type { Lesson, LessonStep } from './types';

export interface LessonInput {
  lesson: Lesson;
  cluster: LessonCluster;
}

export interface LessonContext extends LessonInput {
  stepIndex: number;
  /** Chosen option per step id (predictions). */
  answers: Record<string, number>;
  /** Hints revealed in the current step. */
  hintsShown: number;
  /** Whether "show me" was used in the current step. */
  shownSolution: boolean;
  /** Virtual time (cluster.now()) when the current step's goal started being checked. */
  stepStartedAt: number;
  /** Indexes of the current step's injections already run. */
  injected: number[];
  memory: GoalMemory;
}

export type LessonEvent =
  | { type: 'user.next' }
  | { type: 'user.answer'; option: number }
  | { type: 'user.hint' }
  | { type: 'user.showMe' }
  /** A watch event from the cluster (sent by the watchCluster actor). */
  | { type: 'cluster.changed'; event: ClusterWatchEvent }
  /** The host advanced the cluster's clock; timed injections may be due. */
  | { type: 'cluster.tick' };

export function currentStep(context: Pick<LessonContext, 'lesson' | 'stepIndex'>): LessonStep {
  return context.lesson.steps[context.stepIndex];
}

function elapsed(context: LessonContext): number {
  return context.cluster.now() - context.stepStartedAt;
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
      input.cluster.watch((event) => {
        if (event.type !== 'TRACE') sendBack({ type: 'cluster.changed', event });
      }),
    ),
  },
  guards: {
    hasPrediction: ({ context }) => currentStep(context).predict !== undefined,
    isLastStep: ({ context }) => context.stepIndex >= context.lesson.steps.length - 1,
    isGoalMet: ({ context }) => evaluateGoal(currentStep(context).goal, context.cluster, context.memory),
  },
  actions: {
    startStep: assign(({ context }) => ({ stepStartedAt: context.cluster.now(), injected: [], memory: emptyMemory() })),
    injectFaults: ({ context }) => {
      for (const i of dueInjections(currentStep(context).inject, elapsed(context), context.injected)) {
        runAction(context.cluster, currentStep(context).inject![i].action);
      }
    },
    // Runs after injectFaults in the same transition, so both see the same due list.
    markInjected: assign(({ context }) => ({
      injected: [...context.injected, ...dueInjections(currentStep(context).inject, elapsed(context), context.injected)],
    })),
    observeChange: assign(({ context, event }) =>
      event.type === 'cluster.changed' ? { memory: observe(context.memory, event.event) } : {},
    ),
    recordAnswer: assign(({ context, event }) =>
      event.type === 'user.answer' ? { answers: { ...context.answers, [currentStep(context).id]: event.option } } : {},
    ),
    revealHint: assign(({ context }) => ({ hintsShown: Math.min(context.hintsShown + 1, currentStep(context).hints.length) })),
    playSolution: ({ context }) => {
      for (const a of currentStep(context).solution) runAction(context.cluster, a);
    },
    markSolutionShown: assign({ shownSolution: true }),
    advanceStep: assign(({ context }) => ({ stepIndex: context.stepIndex + 1, hintsShown: 0, shownSolution: false })),
  },
}).createMachine({
  id: 'lesson',
  context: ({ input }) => ({
    ...input,
    stepIndex: 0,
    answers: {},
    hintsShown: 0,
    shownSolution: false,
    stepStartedAt: 0,
    injected: [],
    memory: emptyMemory(),
  }),
  invoke: { src: 'watchCluster', input: ({ context }) => ({ cluster: context.cluster }) },
  on: { 'cluster.changed': { actions: 'observeChange' } },
  initial: 'intro',
  states: {
    intro: {
      on: { 'user.next': [{ guard: 'hasPrediction', target: 'predicting' }, { target: 'awaitingGoal' }] },
    },
    predicting: {
      on: { 'user.answer': { target: 'awaitingGoal', actions: 'recordAnswer' } },
    },
    awaitingGoal: {
      entry: ['startStep', 'injectFaults', 'markInjected'],
      always: { guard: 'isGoalMet', target: 'stepComplete' },
      on: {
        'cluster.tick': { actions: ['injectFaults', 'markInjected'] },
        'user.hint': { actions: 'revealHint' },
        'user.showMe': { actions: ['playSolution', 'markSolutionShown'] },
      },
    },
    stepComplete: {
      on: {
        'user.next': [
          { guard: 'isLastStep', target: 'complete' },
          { target: 'intro', actions: 'advanceStep' },
        ],
      },
    },
    complete: { type: 'final' },
  },
});
