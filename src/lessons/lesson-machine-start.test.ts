// The review's findings on the machine: actions while a prediction is open count; switching the
// challenge's audience off (or down) never wins; a share link's facts continue a step and a
// challenge instead of restarting them.
import { type Actor, createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { type Cluster, createCluster, type Pod } from '../engine/index';
import { type LessonCluster, pickPod, runSetup } from './cluster-actions';
import { lessonMachine, lessonShareFacts } from './lesson-machine';
import { lessonBySlug } from './registry';
import { replayLesson } from './replay';
import type { Lesson, LessonFacts } from './types';

type LessonActor = Actor<typeof lessonMachine>;

const bySlug = (slug: string): Lesson => {
  const l = lessonBySlug(slug);
  if (!l) throw new Error(slug);
  return l;
};

/** Advances in 500 ms slices, ticking the actor after each (as the host does). */
function run(cluster: Pick<Cluster, 'advance'>, actor: LessonActor, ms: number): void {
  for (let t = 0; t < ms; t += 500) {
    cluster.advance(500);
    actor.send({ type: 'cluster.tick' });
  }
}

/** A machine on `cluster` at `step`, past its intro as the host's skipIntro does. */
function open(lesson: Lesson, cluster: LessonCluster, step: number, extra: { commands?: () => number; resume?: LessonFacts } = {}) {
  const actor = createActor(lessonMachine, { input: { lesson, cluster, startStep: step, ...extra } }).start();
  if (actor.getSnapshot().value === 'intro') actor.send({ type: 'user.next' });
  return actor;
}

describe('a step starts when it appears, before its prediction', () => {
  it.each([
    ['self-healing', 1, 'delete pod {pod}'],
    ['mechanics', 1, 'scale deployment band --replicas=2'],
  ])('%s step %i: acting while predicting meets the goal once answered', (slug, step, line) => {
    const lesson = bySlug(slug);
    const { cluster } = replayLesson(lesson, { steps: step });
    const actor = open(lesson, cluster, step);
    expect(actor.getSnapshot().value).toBe('predicting');
    const pod = pickPod(cluster, 'app=band') ?? '';
    expect(cluster.kubectl(line.replace('{pod}', pod)).exitCode).toBe(0);
    run(cluster as Cluster, actor, 60_000);
    expect(actor.getSnapshot().value).toBe('predicting');
    actor.send({ type: 'user.answer', option: 1 });
    if (actor.getSnapshot().value === 'awaitingGoal') {
      actor.send({ type: 'user.showMe' });
      run(cluster as Cluster, actor, 120_000);
    }
    expect([actor.getSnapshot().value, actor.getSnapshot().context.goalMet]).toEqual(['stepComplete', true]);
    actor.stop();
  });
});

/** Crash-storm played through the machine; `learner` acts once, when the curtain has risen. */
function crashStorm(learner: (cluster: Cluster) => void) {
  const lesson = bySlug('challenge-crash-storm');
  const cluster = createCluster({ seed: lesson.seed, nodes: lesson.nodes });
  runSetup(cluster, lesson);
  const actor = open(lesson, cluster, 0);
  let acted = false;
  while (!actor.getSnapshot().matches('complete') && cluster.now() < lesson.timeBudgetMs) {
    const snap = actor.getSnapshot();
    if (snap.matches('stepComplete')) actor.send({ type: 'user.next' });
    if (actor.getSnapshot().matches('intro')) actor.send({ type: 'user.next' });
    if (!acted && actor.getSnapshot().context.challenge) {
      acted = true;
      learner(cluster);
    }
    run(cluster, actor, 500);
  }
  const score = actor.getSnapshot().context.score;
  actor.stop();
  return score;
}

describe('a challenge cannot be won by silencing the audience', () => {
  const scaleUp = (c: Cluster) => c.kubectl('scale deployment band --replicas=5');
  it('scaling up passes; the same with the load set to 0 fails', () => {
    expect(crashStorm(scaleUp)).toMatchObject({ passed: true, over: true });
    const silenced = crashStorm((c) => {
      scaleUp(c);
      c.inject({ type: 'load', service: 'band', rps: 0 });
    });
    expect(silenced).toMatchObject({ passed: false, over: true, served: 0 });
    // 120 requests/s for the 180 s window, none sent, none served.
    expect(silenced!.requests).toBeGreaterThanOrEqual(120 * 179);
    expect(silenced!.availability).toBe(0);
  });
  it('lowering the load scores no better than leaving it alone', () => {
    const alone = crashStorm(() => undefined);
    const lowered = crashStorm((c) => c.inject({ type: 'load', service: 'band', rps: 60 }));
    expect(lowered!.availability).toBeLessThan(alone!.availability);
    expect(lowered!.availability).toBeLessThan(0.6);
  });
});

/** A LessonCluster that counts the writes made through it. */
function counting(cluster: Cluster) {
  const writes: string[] = [];
  const view: LessonCluster = {
    kubectl: (line, stdin) => {
      writes.push(line);
      return cluster.kubectl(line, stdin);
    },
    inject: (fault) => {
      writes.push(fault.type);
      cluster.inject(fault);
    },
    list: cluster.list.bind(cluster) as Cluster['list'],
    get: cluster.get.bind(cluster) as Cluster['get'],
    now: () => cluster.now(),
    watch: cluster.watch.bind(cluster) as Cluster['watch'],
  };
  return { view, writes };
}

describe('share-link facts continue the step', () => {
  it('injections already run are not run again; the start time and answer carry over', () => {
    const lesson = bySlug('self-healing');
    const { cluster } = replayLesson(lesson, { steps: 2 });
    const first = open(lesson, cluster, 2);
    run(cluster as Cluster, first, 3_000);
    const facts = lessonShareFacts(first.getSnapshot().context);
    first.stop();
    expect([facts.injected, facts.stepStartedAt]).toEqual([[0], cluster.now() - 3_000]);
    const { view, writes } = counting(cluster as Cluster);
    const again = open(lesson, view, 2, { resume: JSON.parse(JSON.stringify(facts)) });
    run(cluster as Cluster, again, 5_000);
    expect(writes).toEqual([]);
    expect(again.getSnapshot().context.stepStartedAt).toBe(facts.stepStartedAt);
    again.stop();
    // Facts without the injected index: the overdue crash runs again at once.
    const fresh = counting(cluster as Cluster);
    const restarted = open(lesson, fresh.view, 2, { resume: { ...facts, injected: [] } });
    restarted.stop();
    expect(fresh.writes).toEqual(['crash-container']);
    restarted.stop();
  });

  it('a prediction answered before the link is not asked again', () => {
    const lesson = bySlug('self-healing');
    const { cluster } = replayLesson(lesson, { steps: 1 });
    const first = open(lesson, cluster, 1);
    first.send({ type: 'user.answer', option: 2 });
    const facts = lessonShareFacts(first.getSnapshot().context);
    first.stop();
    expect(facts.answer).toBe(2);
    const again = open(lesson, cluster, 1, { resume: facts });
    expect([again.getSnapshot().value, again.getSnapshot().context.answers]).toEqual(['awaitingGoal', { 'remove-a-player': 2 }]);
    again.stop();
  });

  it("a challenge's tally, storm and command count carry on", () => {
    const lesson = bySlug('challenge-crash-storm');
    const cluster = createCluster({ seed: lesson.seed });
    runSetup(cluster, lesson);
    let commands = 0;
    const first = open(lesson, cluster, 0, { commands: () => commands });
    while (!first.getSnapshot().context.challenge) {
      run(cluster, first, 500);
      if (first.getSnapshot().matches('stepComplete')) first.send({ type: 'user.next' });
      if (first.getSnapshot().matches('intro')) first.send({ type: 'user.next' });
    }
    commands++;
    cluster.kubectl('scale deployment band --replicas=5');
    run(cluster, first, 60_000);
    const facts = lessonShareFacts(first.getSnapshot().context);
    const before = first.getSnapshot().context.challenge!;
    first.stop();
    expect(facts.challenge).toMatchObject({ startedAt: before.startedAt, stormDone: [0, 1], commands: 1 });
    expect(facts.challenge!.requests).toBeGreaterThan(60 * 100);
    // The reopened page's session counts its learner's commands from zero.
    const { view, writes } = counting(cluster);
    const again = open(lesson, view, 1, { commands: () => 0, resume: JSON.parse(JSON.stringify(facts)) });
    expect(again.getSnapshot().context.challenge).toMatchObject({ startedAt: before.startedAt, requests: before.requests });
    while (!again.getSnapshot().matches('complete') && cluster.now() < lesson.timeBudgetMs) run(cluster, again, 500);
    const score = again.getSnapshot().context.score!;
    // Only the three crashes still due ran; the window closed where it would have.
    expect(writes).toEqual(['crash-container', 'crash-container', 'crash-container']);
    expect(cluster.now()).toBeLessThan(before.startedAt + lesson.challenge!.windowMs + 1_000);
    expect(score).toMatchObject({ over: true, passed: true, commands: 1, stars: 3 });
    expect(score.requests).toBeGreaterThan(120 * 170);
    again.stop();
    expect(cluster.list<Pod>('Pod').length).toBeGreaterThan(0);
  });
});
