// The session members lessons, challenges and share links build on: watch across rewinds, tick
// listeners, commands by origin, and rebuilding a moment from its share state.
import { describe, expect, it } from 'vitest';
import type { ClusterEvent } from '../../engine';
import { createSession } from './session';
import type { ShareState } from './types';

const pods = (s: ReturnType<typeof createSession>) => s.read('get pods -o wide').stdout;

describe('session for lessons and share links', () => {
  it('keeps a watch across a rewind: after the swap it hears the restored cluster', () => {
    const s = createSession({ seed: 3 });
    s.advance(30_000);
    const seen: string[] = [];
    s.watch((e: ClusterEvent) => {
      if (e.type !== 'TRACE' && e.type !== 'METRICS' && e.object.kind === 'Pod' && e.type === 'ADDED')
        seen.push(e.object.metadata?.name ?? '');
    });
    s.actions.rewindTo(20_000);
    s.actions.scale('Deployment', 'default', 'nginx-deployment', 1);
    s.advance(1_000);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^nginx-deployment-/);
  });

  it('delivers METRICS only to watchers that ask for them', () => {
    const s = createSession({ seed: 3 });
    let metrics = 0;
    let plainMetrics = 0;
    s.watch((e) => void (e.type === 'METRICS' && metrics++), { metrics: true });
    s.watch((e) => void (e.type === 'METRICS' && plainMetrics++));
    s.advance(10_000);
    expect(metrics).toBeGreaterThanOrEqual(9);
    expect(plainMetrics).toBe(0);
  });

  it('tells tick listeners when time moved, and stops after unsubscribe', () => {
    const s = createSession({ seed: 3 });
    let ticks = 0;
    const off = s.onTick(() => ticks++);
    s.advance(1_000);
    s.actions.step();
    expect(ticks).toBe(2);
    off();
    s.advance(1_000);
    expect(ticks).toBe(2);
  });

  it('counts the learner’s commands that change the cluster, not reads, typos, the set-up’s or the lesson’s', () => {
    const s = createSession({ seed: 3 });
    expect(s.learnerCommands()).toBe(0);
    s.actions.runConsole('get pods');
    s.actions.runConsole('kubectl describe deployment nginx-deployment');
    s.actions.runConsole('rollout status deployment/nginx-deployment');
    s.actions.runConsole('scale deployment nginx-deployment --replicas=4 --dry-run=client');
    s.actions.runConsole('scael deployment nginx-deployment --replicas=4');
    s.actions.runConsole('scale deployment no-such --replicas=4');
    s.actions.crashContainer('default', 'no-such-pod');
    s.perform({ kubectl: 'scale deployment nginx-deployment --replicas=5' }, 'lesson');
    s.perform({ fault: { type: 'load', service: 'nginx-deployment', rps: 20 } }, 'lesson');
    expect(s.learnerCommands()).toBe(0);
    s.actions.runConsole('kubectl scale deployment nginx-deployment --replicas=4');
    s.actions.scale('Deployment', 'default', 'nginx-deployment', 1);
    s.actions.setLoad('default', 'nginx-deployment', 50);
    s.actions.killNode('node-1');
    expect(s.learnerCommands()).toBe(4);
    s.actions.reset();
    expect(s.learnerCommands()).toBe(0);
  });

  it('performs a failing fault as a result, not a throw, and echoes it as a comment', () => {
    const s = createSession({ seed: 3 });
    const r = s.perform({ fault: { type: 'kill-node', node: 'node-9' } }, 'lesson');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^error: .*node-9/);
    const lines = s.store.getState().console.slice(-2);
    expect(lines[0]).toEqual({
      kind: 'comment',
      text: '# power off node-9: its kubelet stops reporting and its containers stop (fault injection)',
    });
    expect(lines[1].kind).toBe('stderr');
  });

  it('runs a custom set-up (a lesson’s) on start and again on reset, with the node count asked for', () => {
    const s = createSession({
      seed: 5,
      nodes: 4,
      setup: (perform) => void perform({ kubectl: 'create deployment band --image=nginx:1.27 --replicas=2' }),
    });
    expect(s.store.getState().deployments.map((d) => d.metadata?.name)).toEqual(['band']);
    expect(s.cluster().list('Node')).toHaveLength(4);
    s.advance(60_000);
    s.actions.reset();
    expect(s.cluster().now()).toBe(0);
    expect(s.store.getState().deployments.map((d) => d.metadata?.name)).toEqual(['band']);
  });

  it('rebuilds a shared moment exactly from its share state', () => {
    const a = createSession({ seed: 8 });
    a.advance(20_000);
    a.actions.killPod('default', a.cluster().list('Pod')[0].metadata?.name ?? '');
    a.actions.crashContainer('default', a.cluster().list('Pod')[1].metadata?.name ?? '');
    a.advance(0);
    a.advance(37_250);
    const state: ShareState = JSON.parse(JSON.stringify(a.shareState()));
    expect(state.at).toBe(57_250);
    expect(state.nodes).toBe(3);
    const b = createSession({ seed: 8, from: state });
    expect(b.cluster().now()).toBe(57_250);
    expect(pods(b)).toBe(pods(a));
    expect(JSON.stringify(b.cluster().snapshot())).toBe(JSON.stringify(a.cluster().snapshot()));
    // It carries on identically too.
    a.advance(30_000);
    b.advance(30_000);
    expect(pods(b)).toBe(pods(a));
    // And can rewind into the replayed past.
    b.actions.rewindTo(10_000);
    expect(b.cluster().now()).toBe(10_000);
  });

  it('gives up on a link that takes longer than its wall-clock budget to rebuild, and says why', () => {
    const heavy: ShareState = { v: 1, seed: 8, nodes: 3, log: [], at: 3_600_000 };
    // A stand-in wall clock: each look at it costs a second.
    let wall = 0;
    const s = createSession({ seed: 8, from: heavy, wallNow: () => (wall += 1_000), replayBudgetMs: 5_000 });
    expect(s.store.getState().notice).toBe(
      'This share link could not be replayed (its cluster is too busy to rebuild here within 5 seconds), so a fresh cluster is playing instead.',
    );
    expect(s.cluster().now()).toBe(0);
    // A real wall clock rebuilds the same light link well within the budget.
    const t = createSession({ seed: 8, from: { ...heavy, at: 60_000 } });
    expect(t.store.getState().notice).toBeUndefined();
    expect(t.cluster().now()).toBe(60_000);
  });

  it('falls back to a fresh start with a notice when a shared log cannot be replayed', () => {
    const bad: ShareState = {
      v: 1,
      seed: 8,
      nodes: 3,
      log: [{ at: 0, kind: 'fault', fault: { type: 'kill-node', node: 'node-42' } }],
      at: 5_000,
    };
    const s = createSession({ seed: 8, from: bad });
    expect(s.store.getState().notice).toMatch(
      /^This share link could not be replayed \(.*node-42.*\), so a fresh cluster is playing instead\.$/,
    );
    expect(s.cluster().now()).toBe(0);
    expect(s.store.getState().deployments.map((d) => d.metadata?.name)).toEqual(['nginx-deployment']);
  });
});
