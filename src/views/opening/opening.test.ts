import { describe, expect, it } from 'vitest';
import { podSummary } from '../../engine/display';
import { catalog } from '../../lessons/catalog';
import { loadLesson } from '../../lessons/load-lesson';
import { emptyProgress } from '../../lessons/progress';
import { recorderFor } from '../traffic/workload-history';
import { likelyFrame, SAMPLE_FRAME } from './opening-frame-key';
import { boot } from '../lesson/boot';
import { type OpeningFrame, openingFrameAt, openingFrames, pageAt } from './opening-frames';
import { createOpeningHost } from './opening-host';
import { openingFor } from './opening-route';
import { createOpeningSession } from './opening-session';

const slugs = catalog.map((c) => c.slug);
const frames: Record<string, OpeningFrame> = await openingFrames();

describe('the opening frames', () => {
  it('has one for the sample and one for every lesson in the catalog', () => {
    expect(Object.keys(frames).sort()).toEqual([SAMPLE_FRAME, ...slugs].sort());
  });

  it('shows the sample band playing: three Running, ready musicians behind a Service with an audience', () => {
    const { state, lesson } = frames[SAMPLE_FRAME];
    expect(lesson).toBeUndefined();
    // The band is the sample's three; every node's kube-proxy pod and kubeadm's two CoreDNS pods
    // are the crew (session/crew.ts).
    expect(state.pods).toHaveLength(3);
    expect(
      state.crew
        ?.map((p) =>
          p.metadata?.name.startsWith('coredns-')
            ? 'coredns'
            : p.metadata?.name.startsWith('kube-proxy-')
              ? 'kube-proxy'
              : p.metadata?.name,
        )
        .sort(),
    ).toEqual(['coredns', 'coredns', 'kube-proxy', 'kube-proxy', 'kube-proxy']);
    expect(state.events.some((e) => e.involvedObject?.namespace === 'kube-system')).toBe(false);
    for (const pod of state.pods) expect(podSummary(pod)).toMatchObject({ status: 'Running', ready: '1/1' });
    expect(state.services?.map((s) => s.metadata?.name)).toContain('nginx-deployment');
    expect(state.loads).toEqual({ 'default/nginx-deployment': 5 });
    expect(state.now).toBeGreaterThan(0);
  });

  it.each(slugs)('%s opens at 0:00 on its first step, with its set-up done', (slug) => {
    const { state, lesson } = frames[slug];
    expect(state.now).toBe(0);
    expect(lesson).toMatchObject({ slug, stepIndex: 0 });
    expect(lesson?.resume).toBeUndefined();
    expect(lesson?.narration.length).toBeGreaterThan(0);
    expect(state.console.length).toBeGreaterThan(0);
  });

  // The live page takes over this picture: a second boot must give the same state (the engine and
  // the lesson machine are deterministic), or the band would jump when the engine arrives. (Both
  // sides are trimmed to what the first paint reads; first-paint-state.test.ts draws both.)
  it.each(['', '?sandbox', '?seed=1', '?lesson=self-healing', '?lesson=challenge-crash-storm&embed=1&origin=https://course.example'])(
    'is exactly the state a fresh boot() opens %s with',
    async (search) => {
      const key = new URLSearchParams(search).get('lesson') ?? SAMPLE_FRAME;
      expect(await openingFrameAt(search)).toEqual(frames[key]);
    },
  );

  it('keeps every frame small enough for the first screen (under 100 kB of JSON each)', () => {
    for (const [key, frame] of Object.entries(frames)) expect(JSON.stringify(frame).length, key).toBeLessThan(100_000);
  });
});

describe('openingFor', () => {
  const fresh = { get: () => emptyProgress() };

  // The frame must be what the live page will show: same page kind, same state, no notice added.
  it.each([
    '',
    '?sandbox',
    '?sandbox=0',
    '?sandbox=false',
    '?embed=1',
    '?sandbox&embed=1',
    '?origin=nope',
    '?sandbox&origin=https://course.example',
    '?seed=1',
    '?seed=01',
    '?seed=%201',
    '?lesson=',
    '?lesson=scaling&embed=1',
    '?lesson=scaling&embed=0&origin=https://course.example',
    '?lesson=rollouts&origin=nope',
  ])('agrees with boot() on %s', async (search) => {
    const opening = openingFor(search, '', slugs, fresh);
    const booted = await boot(pageAt(search));
    booted.host?.dispose();
    const variant = booted.route.embed ? 'embed' : booted.host ? 'lesson' : booted.route.mode;
    // No frame: the live page will show a notice no frame has.
    if (!opening) return expect(booted.session.store.getState().notice).toBeDefined();
    expect(opening.variant).toBe(variant);
    expect(booted.session.store.getState().notice).toBeUndefined();
    expect(await openingFrameAt(search)).toEqual(frames[opening.frame]);
  });
  it.each([
    ['', '', SAMPLE_FRAME, 'home'],
    ['?test', '', SAMPLE_FRAME, 'home'],
    ['?test&seed=1', '', SAMPLE_FRAME, 'home'],
    ['?sandbox', '', SAMPLE_FRAME, 'sandbox'],
    ['?sandbox=1', '#', SAMPLE_FRAME, 'sandbox'],
    ['?sandbox&seed=1', '', SAMPLE_FRAME, 'sandbox'],
    ['?lesson=self-healing', '', 'self-healing', 'lesson'],
    // A lesson has its own seed: ?seed does not change it (boot ignores it there too).
    ['?lesson=scaling&seed=9', '', 'scaling', 'lesson'],
    ['?lesson=rollouts&embed=1&origin=https://course.example', '', 'rollouts', 'embed'],
  ] as const)('%s%s opens on frame %s as %s', (search, hash, frame, variant) => {
    expect(openingFor(search, hash, slugs, fresh)).toEqual({ frame, variant });
  });

  it.each([
    ['?seed=7', ''],
    ['?sandbox&seed=2', ''],
    ['?seed=banana', ''],
    ['?lesson=no-such-lesson', ''],
    ['?lesson=Bad_Slug', ''],
    ['?lesson=rollouts&embed=1&origin=javascript:alert(1)', ''],
    ['', '#share=abc'],
    ['?lesson=scaling', '#share=abc'],
    ['', '#anything'],
  ])('%s%s boots first: another cluster, or a notice the frame would not show', (search, hash) => {
    expect(openingFor(search, hash, slugs, fresh)).toBeUndefined();
  });

  it('boots a lesson left mid-way first (boot offers to continue it), and one whose record could not be read', () => {
    const saved = (step: number, completed = false) => ({
      get: () => ({ ...emptyProgress(), lessons: { scaling: { step, completed } } }),
    });
    expect(openingFor('?lesson=scaling', '', slugs, saved(2))).toBeUndefined();
    expect(openingFor('?lesson=scaling', '', slugs, saved(0))).toEqual({ frame: 'scaling', variant: 'lesson' });
    expect(openingFor('?lesson=scaling', '', slugs, saved(3, true))).toEqual({ frame: 'scaling', variant: 'lesson' });
    // Another lesson's progress does not matter.
    expect(openingFor('?lesson=rollouts', '', slugs, saved(2))).toEqual({ frame: 'rollouts', variant: 'lesson' });
    const unreadable = { get: () => emptyProgress(), notice: 'Your saved progress could not be read.' };
    expect(openingFor('?lesson=rollouts', '', slugs, unreadable)).toBeUndefined();
    expect(openingFor('?sandbox', '', slugs, unreadable)).toBeUndefined();
    // Home shows that notice in its picker, which the frame draws too.
    expect(openingFor('', '', slugs, unreadable)).toEqual({ frame: SAMPLE_FRAME, variant: 'home' });
  });

  it('guesses the likely frame from the query alone', () => {
    expect(likelyFrame('')).toBe(SAMPLE_FRAME);
    expect(likelyFrame('?sandbox')).toBe(SAMPLE_FRAME);
    expect(likelyFrame('?lesson=scaling&embed=1')).toBe('scaling');
  });
});

describe('the opening session and host', () => {
  const session = createOpeningSession(frames[SAMPLE_FRAME].state);

  it('holds the frame and says it is the opening', () => {
    expect(session.opening).toBe(true);
    expect(session.store.getState().pods).toHaveLength(3);
  });

  it('refuses reads and commands in kubectl words, and changes nothing', () => {
    const before = session.store.getState();
    expect(session.read('get pods')).toEqual({ stdout: '', stderr: 'error: The cluster engine is still loading.\n', exitCode: 1 });
    expect(session.perform({ kubectl: 'scale deployment nginx-deployment --replicas=5' }, 'learner').exitCode).toBe(1);
    session.actions.killPod('default', before.pods[0].metadata?.name ?? '');
    session.actions.runConsole('get pods');
    session.actions.play();
    expect(session.advance(1_000)).toBe(false);
    expect(session.store.getState()).toBe(before);
    expect(session.learnerCommands()).toBe(0);
  });

  it('has no cluster to hand out, and says why', () => {
    expect(() => session.cluster()).toThrow('The cluster engine is still loading.');
  });

  it('can be drawn by the traffic panel (its recorder stays empty instead of sampling a cluster)', () => {
    const recorder = recorderFor(session);
    expect(recorder).toBe(recorderFor(session));
  });

  it('a lesson host holds the first view and ignores the panel until the live host replaces it', async () => {
    const lesson = await loadLesson('self-healing');
    const view = frames['self-healing'].lesson;
    if (!lesson || !view) throw new Error('self-healing has a frame');
    const host = createOpeningHost(lesson, view);
    host.next();
    host.hint();
    host.answer(0);
    expect(host.view()).toBe(view);
    expect(host.facts()).toBeUndefined();
    expect(host.lesson.slug).toBe('self-healing');
  });
});
