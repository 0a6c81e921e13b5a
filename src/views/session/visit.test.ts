// Following a "Why?" cause visits an earlier moment: the stage shows it exactly (as a rewind
// would), the present waits and "Back to now" returns to it untouched; acting in the visited
// moment makes it the present.
import { describe, expect, it } from 'vitest';
import { createSession } from './session';

const podsJson = (s: ReturnType<typeof createSession>) => s.read('get pods -o json').stdout;

describe('visiting an earlier moment', () => {
  it('shows the moment, keeps the present, and comes back to it with nothing lost', () => {
    const s = createSession({ seed: 7, snapshotIntervalMs: 10_000 });
    s.advance(25_000);
    const atKill = s.cluster().now();
    const before = podsJson(s);
    s.actions.killNode('node-2');
    s.advance(40_000);
    const live = s.cluster();
    const liveNow = live.now();
    const livePods = podsJson(s);
    const why = s.actions.askWhy('Node', undefined, 'node-2');
    const cut = why?.causes.find((c) => c.text.startsWith('You cut the power'));
    expect(cut?.at).toBe(atKill);
    s.actions.visit(cut?.at ?? 0);
    expect(s.cluster()).not.toBe(live);
    expect(s.cluster().now()).toBe(atKill);
    // The moment just before the power cut, as the timeline rebuilds it.
    expect(podsJson(s)).toBe(before);
    expect(s.store.getState()).toMatchObject({ visit: { at: atKill, liveAt: liveNow }, running: false, now: atKill });
    expect(s.store.getState().why).toBe(why);
    s.actions.backToNow();
    expect(s.cluster()).toBe(live);
    expect(s.cluster().now()).toBe(liveNow);
    expect(podsJson(s)).toBe(livePods);
    expect(s.store.getState().visit).toBeUndefined();
    expect(s.store.getState().running).toBe(true);
  });

  it('acting in the visited moment carries on from it: the later history is dropped', () => {
    const s = createSession({ seed: 7, snapshotIntervalMs: 10_000 });
    s.advance(25_000);
    s.actions.killNode('node-2');
    s.advance(40_000);
    s.actions.visit(30_000);
    s.advance(1_000);
    expect(s.cluster().now()).toBe(31_000);
    expect(s.store.getState().visit).toBeUndefined();
    s.actions.backToNow();
    expect(s.cluster().now()).toBe(31_000);
    expect(s.shareState().log.every((e) => e.at <= 31_000)).toBe(true);
  });
});
