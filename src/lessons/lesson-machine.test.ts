import { createActor, fromCallback } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { createCluster } from '../engine/index';
import { runSetup, type LessonCluster } from './cluster-actions';
import { lessonMachine } from './lesson-machine';
import { lessons } from './registry';

const selfHealing = lessons.find((l) => l.slug === 'self-healing')!;
const crashStorm = lessons.find((l) => l.slug === 'challenge-crash-storm')!;

describe('lessonMachine with provided fakes', () => {
  it('walks intro → predicting → awaitingGoal → stepComplete → next intro', () => {
    let goalMet = false;
    const playSolution = vi.fn();
    const injectFaults = vi.fn();
    const fakeCluster = { now: () => 0 } as unknown as LessonCluster;
    const machine = lessonMachine.provide({
      actions: { playSolution, injectFaults },
      guards: { isGoalMet: () => goalMet },
      actors: { watchCluster: fromCallback(() => () => {}) },
    });
    const actor = createActor(machine, { input: { lesson: selfHealing, cluster: fakeCluster } }).start();
    const values: unknown[] = [actor.getSnapshot().value];
    const send = (e: Parameters<typeof actor.send>[0]) => {
      actor.send(e);
      values.push(actor.getSnapshot().value);
    };
    send({ type: 'user.next' }); // take-seats has no prediction
    send({ type: 'user.showMe' });
    goalMet = true;
    send({ type: 'cluster.tick' });
    send({ type: 'user.next' });
    goalMet = false;
    send({ type: 'user.next' }); // remove-a-player asks first
    send({ type: 'user.hint' });
    send({ type: 'user.answer', option: 1 });
    send({ type: 'user.hint' });
    expect(values).toEqual([
      'intro',
      'awaitingGoal',
      'awaitingGoal',
      'stepComplete',
      'intro',
      'predicting',
      'predicting',
      'awaitingGoal',
      'awaitingGoal',
    ]);
    const ctx = actor.getSnapshot().context;
    expect([ctx.stepIndex, ctx.answers, ctx.hintsShown]).toEqual([1, { 'remove-a-player': 1 }, 1]);
    expect(playSolution).toHaveBeenCalledTimes(1);
    expect(injectFaults).toHaveBeenCalledTimes(3); // two step entries and one tick
  });
});

describe('lessonMachine on a real cluster', () => {
  it('completes self-healing through "show me", ticks and virtual time only', () => {
    const cluster = createCluster({ seed: selfHealing.seed });
    runSetup(cluster, selfHealing);
    const actor = createActor(lessonMachine, { input: { lesson: selfHealing, cluster } }).start();
    const visited: string[] = [];
    while (!actor.getSnapshot().matches('complete') && cluster.now() < selfHealing.timeBudgetMs) {
      const snap = actor.getSnapshot();
      if (snap.matches('intro') || snap.matches('stepComplete')) actor.send({ type: 'user.next' });
      else if (snap.matches('predicting')) actor.send({ type: 'user.answer', option: 0 });
      else {
        if (!visited.includes(`${snap.context.stepIndex}`)) {
          visited.push(`${snap.context.stepIndex}`);
          actor.send({ type: 'user.showMe' });
        }
        cluster.advance(500);
        actor.send({ type: 'cluster.tick' });
      }
    }
    expect(actor.getSnapshot().value).toBe('complete');
    expect(actor.getSnapshot().context.answers).toEqual({ 'remove-a-player': 0 });
    expect(visited).toEqual(['0', '1', '2']);
    actor.stop();
  });
});

describe('lessonMachine inputs and exposed context', () => {
  const quiet = lessonMachine.provide({ actors: { watchCluster: fromCallback(() => () => {}) }, guards: { isGoalMet: () => false } });
  const fakeCluster = { now: () => 0 } as unknown as LessonCluster;
  it.each([
    [1, 1],
    [99, 2],
    [-3, 0],
  ])('startStep %i opens step %i at its intro', (startStep, stepIndex) => {
    const actor = createActor(quiet, { input: { lesson: selfHealing, cluster: fakeCluster, startStep } }).start();
    expect([actor.getSnapshot().value, actor.getSnapshot().context.stepIndex, actor.getSnapshot().context.goalMet]).toEqual([
      'intro',
      stepIndex,
      false,
    ]);
  });
});

describe('lessonMachine running a challenge on a real cluster', () => {
  it('folds METRICS into memory and the tally, plays the storm, and completes when the window closes', () => {
    const cluster = createCluster({ seed: crashStorm.seed });
    runSetup(cluster, crashStorm);
    // Commands typed before the curtain (4) are not the challenge's: only the one during it counts.
    let commands = 4;
    const actor = createActor(lessonMachine, { input: { lesson: crashStorm, cluster, commands: () => commands } }).start();
    const seen: string[] = [];
    let sawTraffic = false;
    while (!actor.getSnapshot().matches('complete') && cluster.now() < crashStorm.timeBudgetMs) {
      const snap = actor.getSnapshot();
      const value = String(snap.value);
      if (seen[seen.length - 1] !== value) seen.push(value);
      if (snap.matches('intro') || snap.matches('stepComplete')) actor.send({ type: 'user.next' });
      else {
        if (snap.matches('awaitingGoal') && snap.context.stepIndex === 1 && !snap.context.shownSolution) {
          commands++;
          actor.send({ type: 'user.showMe' });
        }
        cluster.advance(500);
        actor.send({ type: 'cluster.tick' });
        sawTraffic ||= (actor.getSnapshot().context.memory.traffic?.services['default/band']?.requests ?? 0) > 0;
      }
    }
    const ctx = actor.getSnapshot().context;
    expect(seen).toEqual(['intro', 'awaitingGoal', 'stepComplete', 'intro', 'awaitingGoal', 'stepComplete', 'curtainCall']);
    expect(actor.getSnapshot().value).toBe('complete');
    expect(sawTraffic).toBe(true);
    expect(ctx.challenge?.stormDone).toEqual([0, 1, 2, 3, 4]);
    expect(ctx.score).toMatchObject({ passed: true, over: true, commands: 1, stars: 3 });
    expect(ctx.score!.requests).toBeGreaterThan(20_000);
    expect(ctx.score!.availability).toBeGreaterThanOrEqual(0.99);
    actor.stop();
  });

  it('completes a do-nothing challenge with a failing score', () => {
    const cluster = createCluster({ seed: crashStorm.seed });
    runSetup(cluster, crashStorm);
    const actor = createActor(lessonMachine, { input: { lesson: crashStorm, cluster } }).start();
    while (!actor.getSnapshot().matches('complete') && cluster.now() < crashStorm.timeBudgetMs) {
      const snap = actor.getSnapshot();
      if (snap.matches('intro') || snap.matches('stepComplete')) actor.send({ type: 'user.next' });
      else {
        cluster.advance(500);
        actor.send({ type: 'cluster.tick' });
      }
    }
    expect(actor.getSnapshot().value).toBe('complete');
    expect(actor.getSnapshot().context.score).toMatchObject({ passed: false, over: true, commands: 0, stars: 0 });
    actor.stop();
  });
});
