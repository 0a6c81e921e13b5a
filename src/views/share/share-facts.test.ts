import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { runSetup } from '../../lessons/cluster-actions';
import { lessonMachine, lessonShareFacts } from '../../lessons/lesson-machine';
import { lessonBySlug } from '../../lessons/registry';
import type { Lesson } from '../../lessons/types';
import { lessonCluster } from '../lesson/lesson-cluster';
import { createSession } from '../session/session';
import type { ShareState } from '../session/types';
import { decodeShare, encodeShare, packJson } from './share-link';
import { MAX_LOG_ENTRIES } from './share-validate';

const damaged = (why: string) => ({ error: `This share link is damaged: ${why}.` });
const base: ShareState = { v: 1, seed: 1, nodes: 3, at: 60_000, log: [], lesson: 'self-healing', step: 1 };
const facts = {
  stepStartedAt: 50_000,
  injected: [0],
  answer: 1,
  memory: {
    deletedPods: [{ uid: 'u1', namespace: 'default', labels: { app: 'band' }, node: 'node-1' }],
    addedPodUids: ['u2'],
    maxUnavailable: { 'default/band': 1 },
    trace: { 'kubectl>api-server:delete:pods': [3, 9] as [number, number] },
    events: [{ reason: 'Killing', kind: 'Pod', name: 'band-x', message: 'Stopping container nginx' }],
    traffic: { services: { 'default/band': { requests: 10, served: 9, firstAt: 51_000, lastAt: 59_000 } } },
  },
  challenge: { startedAt: 40_000, requests: 900, served: 890, unsent: 5, countedTo: 59_000, stormDone: [0], commands: 2 },
};

describe('lesson facts in a share link', () => {
  it('round-trip exactly', async () => {
    const decoded = await decodeShare(await encodeShare({ ...base, facts }));
    expect(decoded).toEqual({ state: { ...base, facts } });
  });

  it.each<[string, unknown]>([
    ['a step start after the moment', { ...facts, stepStartedAt: 70_000 }],
    ['an injection index out of range', { ...facts, injected: [100] }],
    ['more served than requested', { ...facts, challenge: { ...facts.challenge, served: 901 } }],
    ['a counted time before the curtain', { ...facts, challenge: { ...facts.challenge, countedTo: 1 } }],
    [
      'a __proto__ label',
      { ...facts, memory: { ...facts.memory, deletedPods: [{ uid: 'u', namespace: 'd', labels: JSON.parse('{"__proto__":"x"}') }] } },
    ],
    ['a trace hop that is not a pair', { ...facts, memory: { ...facts.memory, trace: { a: [1] } } }],
    ['too many added pods', { ...facts, memory: { ...facts.memory, addedPodUids: Array.from({ length: 201 }, (_, i) => `u${i}`) } }],
  ])('refuse %s', async (_name, bad) => {
    const state = JSON.parse(JSON.stringify({ ...base, facts: bad }));
    const fragment = await encodeShare(state);
    // The sender leaves bad facts out instead of failing; a hand-made link with them is refused.
    expect(await decodeShare(fragment)).toEqual({ state: base });
    expect(await decodeShare(await packJson(state))).toEqual(damaged('its lesson progress is not valid'));
  });
});

describe('the limits hold when sharing too', () => {
  it('a moment more than 2 hours in cannot be shared, and a link to one is refused', async () => {
    await expect(encodeShare({ ...base, at: 2 * 3_600_000 + 1 })).rejects.toThrow(
      'this moment cannot be shared: its moment is more than 2 hours of simulated time in, and links hold at most 2 hours',
    );
    expect(await decodeShare(await packJson({ ...base, at: 3 * 3_600_000 }))).toEqual(
      damaged('its moment is more than 2 hours of simulated time in, and links hold at most 2 hours'),
    );
  });
  it(`a log of more than ${MAX_LOG_ENTRIES} entries cannot be shared`, async () => {
    const log = Array.from({ length: MAX_LOG_ENTRIES + 1 }, () => ({ at: 0, kind: 'run' as const }));
    await expect(encodeShare({ ...base, log })).rejects.toThrow('its command log has more than 5000 entries');
    await expect(encodeShare({ ...base, log: log.slice(1) })).resolves.toMatch(/^share=1\./);
  });
});

describe('reopening a challenge from a link continues it', () => {
  it('the storm, the tally and the command count carry on; nothing the log holds runs twice', async () => {
    const lesson = lessonBySlug('challenge-crash-storm') as Lesson;
    const setup = (perform: Parameters<typeof lessonCluster>[0]['perform'], cluster: () => ReturnType<typeof s.cluster>) =>
      void runSetup(lessonCluster({ perform, cluster }), lesson);
    const s = createSession({ seed: lesson.seed, wallNow: () => 0, setup });
    const machine = (session: typeof s, resume?: ShareState['facts'], step = 0) => {
      const cluster = lessonCluster({
        perform: (c) => session.perform(c, 'lesson'),
        cluster: () => session.cluster(),
        watch: session.watch,
      });
      const actor = createActor(lessonMachine, {
        input: { lesson, cluster, startStep: step, commands: () => session.learnerCommands(), ...(resume ? { resume } : {}) },
      }).start();
      session.onTick(() => actor.send({ type: 'cluster.tick' }));
      return actor;
    };
    const first = machine(s);
    first.send({ type: 'user.next' });
    while (!first.getSnapshot().context.challenge) {
      s.advance(500);
      if (first.getSnapshot().matches('stepComplete')) first.send({ type: 'user.next' });
      if (first.getSnapshot().matches('intro')) first.send({ type: 'user.next' });
    }
    s.actions.runConsole('get pods');
    s.actions.runConsole('scale deployment band --replicas=5');
    for (let i = 0; i < 120; i++) s.advance(500);
    const ctx = first.getSnapshot().context;
    const state: ShareState = { ...s.shareState(), lesson: lesson.slug, step: ctx.stepIndex, facts: lessonShareFacts(ctx) };
    first.stop();
    const decoded = await decodeShare(await encodeShare(state));
    if ('error' in decoded) throw new Error(decoded.error);
    const s2 = createSession({ seed: lesson.seed, wallNow: () => 0, from: decoded.state, setup });
    const logBefore = s2.shareState().log.length;
    const second = machine(s2, decoded.state.facts, decoded.state.step);
    expect(second.getSnapshot().context.challenge).toMatchObject({ startedAt: ctx.challenge!.startedAt, stormDone: [0, 1] });
    expect(second.getSnapshot().context.score?.commands).toBe(1);
    while (!second.getSnapshot().matches('complete') && s2.cluster().now() < lesson.timeBudgetMs) s2.advance(500);
    // Three crashes were still due; the step's and the storm's earlier ones are not replayed.
    expect(
      s2
        .shareState()
        .log.slice(logBefore)
        .map((e) => e.kind),
    ).toEqual(['fault', 'fault', 'fault']);
    expect(second.getSnapshot().context.score).toMatchObject({ over: true, passed: true, commands: 1, stars: 3 });
    expect(s2.cluster().now()).toBeLessThanOrEqual(ctx.challenge!.startedAt + lesson.challenge!.windowMs + 500);
    second.stop();
  });
});
