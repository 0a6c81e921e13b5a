import { describe, expect, it } from 'vitest';
import { podSummary } from '../../engine/display';
import { boot } from '../lesson/boot';
import { memoryStorage } from '../lesson/progress-store';
import { recorderFor } from '../traffic/workload-history';
import { openingFrame } from './opening-frame';
import { opensOnFrame } from './opening-route';
import { createOpeningSession } from './opening-session';

/** Just enough of a window for boot(): an address and storage. */
function pageAt(search: string) {
  return { location: { search, hash: '' }, localStorage: memoryStorage() } as unknown as Window & typeof globalThis;
}

describe('the opening frame', () => {
  const frame = openingFrame();

  it('shows the sample band playing: three Running, ready musicians behind a Service with an audience', () => {
    expect(frame.pods).toHaveLength(3);
    for (const pod of frame.pods) expect(podSummary(pod)).toMatchObject({ status: 'Running', ready: '1/1' });
    expect(frame.services?.map((s) => s.metadata?.name)).toContain('nginx-deployment');
    expect(frame.loads).toEqual({ 'default/nginx-deployment': 5 });
    expect(frame.now).toBeGreaterThan(0);
  });

  // The live page takes over this picture: if boot's home or sandbox session ever differed (another
  // seed, no warm-up, other set-up), the band would jump when the engine arrives.
  for (const search of ['', '?sandbox', '?seed=1']) {
    it(`is exactly the state boot() opens ${search || 'home'} with`, async () => {
      const { session } = await boot(pageAt(search));
      expect(JSON.parse(JSON.stringify(session.store.getState()))).toEqual(frame);
    });
  }

  it('is small enough to ship in the first screen (under 100 kB of JSON)', () => {
    expect(JSON.stringify(frame).length).toBeLessThan(100_000);
  });
});

describe('opensOnFrame', () => {
  it.each([
    ['', '', 'home'],
    ['?sandbox', '', 'sandbox'],
    ['?sandbox=1', '#', 'sandbox'],
    ['?test', '', 'home'],
    ['?test&seed=1', '', 'home'],
    ['?sandbox&seed=1', '', 'sandbox'],
  ] as const)('%s%s opens on the frame (%s)', (search, hash, expected) => {
    expect(opensOnFrame(search, hash)).toBe(expected);
  });

  it.each([
    ['?lesson=self-healing', ''],
    ['?seed=7', ''],
    ['?sandbox&seed=2', ''],
    ['?seed=banana', ''],
    ['?lesson=x&embed=1', ''],
    ['', '#share=abc'],
    ['', '#anything'],
  ])('%s%s boots first: another cluster than the frame', (search, hash) => {
    expect(opensOnFrame(search, hash)).toBeUndefined();
  });
});

describe('the opening session', () => {
  const session = createOpeningSession(openingFrame());

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
});
