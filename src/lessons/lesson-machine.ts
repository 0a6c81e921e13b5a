// A generic XState v5 machine built from lesson data: per step intro → (predicting) →
// awaitingGoal → stepComplete, then the next step or complete (a challenge holds until its
// scoring window closes, and completes when it does, wherever the learner is). A step starts when
// it appears (intro): the stage is live while the learner reads and predicts, so what they do then
// counts. It runs on the cluster's virtual clock: the host advances the cluster and sends
// `cluster.tick`; no wall-clock timers. The cluster is reached only through the named actions,
// guards and actor below.
import { assign, fromCallback, setup } from 'xstate';
import type { ClusterEvent } from '../engine/index';
import {
  type ChallengeScore,
  type ChallengeTally,
  commandsSince,
  curtainStep,
  dueStorm,
  scoreChallenge,
  setLoad,
  startTally,
  tallyMetrics,
  windowOver,
} from './challenge-score';
import { dueInjections, type LessonCluster, runAction } from './cluster-actions';
import { emptyMemory, evaluateGoal, type GoalMemory, observe } from './goals';
import type { Lesson, LessonFacts, LessonStep } from './types';

export interface LessonInput {
  lesson: Lesson;
  cluster: LessonCluster;
  /** Reopen at this step (a share link); clamped to the lesson's steps. */
  startStep?: number;
  /** The learner's commands so far (the session's learnerCommands); challenge scores count them. */
  commands?: () => number;
  /** A share link's facts for `startStep`: the step continues instead of starting again. */
  resume?: LessonFacts;
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
  const commands = commandsSince(tally, context.commands?.() ?? 0);
  const now = context.cluster.now();
  return scoreChallenge(spec, tally, commands, windowOver(spec, tally, now), now);
}

/** The step's start: fresh, or continued from a share link's facts (used once). */
function stepStart(context: LessonContext): Partial<LessonContext> {
  const now = context.cluster.now();
  const commands = context.commands?.() ?? 0;
  const r = context.resume;
  const curtain = context.lesson.challenge && context.stepIndex >= curtainStep(context.lesson);
  if (!r) {
    // The curtain rises when the challenge's start step (or a later one, after a share link) starts.
    return {
      stepStartedAt: now,
      injected: [],
      memory: emptyMemory(),
      goalMet: false,
      challenge: context.challenge ?? (curtain ? startTally(now, commands) : undefined),
    };
  }
  const step = currentStep(context);
  const c = r.challenge;
  return {
    resume: undefined,
    stepStartedAt: Math.min(r.stepStartedAt, now),
    injected: r.injected.filter((i) => i >= 0 && i < (step.inject?.length ?? 0)),
    memory: r.memory ?? emptyMemory(),
    goalMet: false,
    answers: r.answer !== undefined && step.predict ? { ...context.answers, [step.id]: r.answer } : context.answers,
    challenge:
      c && context.lesson.challenge
        ? {
            startedAt: c.startedAt,
            requests: c.requests,
            served: c.served,
            unsent: c.unsent,
            countedTo: c.countedTo,
            stormDone: [...c.stormDone],
            // The new session counts from zero; the commands used before the link carry over.
            commandsBefore: commands - c.commands,
          }
        : curtain
          ? startTally(now, commands)
          : undefined,
  };
}

/** The facts a share link needs to reopen this moment exactly (put them in ShareState.facts). */
export function lessonShareFacts(
  context: Pick<LessonContext, 'lesson' | 'stepIndex' | 'stepStartedAt' | 'injected' | 'answers' | 'memory' | 'challenge' | 'commands'>,
): LessonFacts {
  const step = currentStep(context);
  const t = context.challenge;
  return {
    stepStartedAt: context.stepStartedAt,
    injected: [...context.injected],
    ...(context.answers[step.id] !== undefined ? { answer: context.answers[step.id] } : {}),
    memory: context.memory,
    ...(t
      ? {
          challenge: {
            startedAt: t.startedAt,
            requests: t.requests,
            served: t.served,
            unsent: t.unsent ?? 0,
            countedTo: t.countedTo ?? t.startedAt,
            stormDone: [...t.stormDone],
            commands: commandsSince(t, context.commands?.() ?? 0),
          },
        }
      : {}),
  };
}

/** While a step runs (reading, predicting, acting): timed injections and the storm play on. */
const stepTick = [
  { guard: 'isChallengeOver', target: 'complete' },
  { actions: ['injectFaults', 'markInjected', 'runStorm', 'markStorm'] },
] as const;

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
    // A share link may carry the step's answer already.
    hasPrediction: ({ context }) => currentStep(context).predict !== undefined && context.answers[currentStep(context).id] === undefined,
    isLastStep: ({ context }) => context.stepIndex >= context.lesson.steps.length - 1,
    isGoalMet: ({ context }) => evaluateGoal(currentStep(context).goal, context.cluster, context.memory),
    isChallengeOver: ({ context }) =>
      !!context.lesson.challenge && !!context.challenge && windowOver(context.lesson.challenge, context.challenge, context.cluster.now()),
    isChallengeRunning: ({ context }) => !!context.lesson.challenge && !!context.challenge,
  },
  actions: {
    startStep: assign(({ context }) => stepStart(context)),
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
      const challenge = tallyMetrics(spec, context.challenge, e, setLoad(spec, context.cluster));
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
    // Only meaningful for the step it was taken at.
    resume: input.resume && input.startStep !== undefined ? input.resume : undefined,
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
      entry: ['startStep', 'injectFaults', 'markInjected', 'runStorm', 'markStorm'],
      on: {
        'cluster.tick': stepTick,
        'user.next': [{ guard: 'hasPrediction', target: 'predicting' }, { target: 'awaitingGoal' }],
      },
    },
    predicting: {
      on: { 'cluster.tick': stepTick, 'user.answer': { target: 'awaitingGoal', actions: 'recordAnswer' } },
    },
    awaitingGoal: {
      always: { guard: 'isGoalMet', target: 'stepComplete' },
      on: {
        'cluster.tick': stepTick,
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
