// Frozen, back-off and revision read from a real (dev) cluster: commands in, what the musician shows out.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../engine';
import { createDevSession } from '../stage/dev-session';
import type { Instrument, Workload } from '../stage/musician-style';
import { musicianLabel } from './musician-label';
import { backOffLeft, frozenOf, probeFailing, revisionOf } from './posture';

const LIVE = `apiVersion: v1
kind: Pod
metadata:
  name: singer
spec:
  containers:
  - name: web
    image: nginx
    livenessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
      failureThreshold: 3
`;

const pod = (s: ReturnType<typeof createDevSession>, name: string) =>
  s.store.getState().pods.find((p: Pod) => p.metadata.name === name) as Pod;

describe('what a musician shows beyond STATUS', () => {
  it('freezes a singer whose liveness probe fails, counting towards the threshold, and thaws it after the restart', () => {
    const s = createDevSession({ seed: 3 });
    s.actions.kubectl('apply -f -', LIVE);
    s.advance(40_000);
    const st = () => s.store.getState();
    expect(frozenOf(pod(s, 'singer'), st().events, st().now)).toBeUndefined();
    s.actions.failProbe('default', 'singer', 'liveness');
    s.advance(6_000);
    const f1 = frozenOf(pod(s, 'singer'), st().events, st().now);
    expect(f1?.threshold).toBe(3);
    expect(f1?.failures).toBeGreaterThanOrEqual(1);
    s.advance(5_000);
    const f2 = frozenOf(pod(s, 'singer'), st().events, st().now);
    expect(f2?.failures).toBeGreaterThan(f1?.failures ?? 0);
  });

  it('empties the back-off ring between crashes', () => {
    const s = createDevSession({ seed: 3 });
    s.actions.kubectl('run crasher --image=nginx');
    s.advance(30_000);
    const st = () => s.store.getState();
    let ring: ReturnType<typeof backOffLeft>;
    for (let i = 0; i < 6 && !ring; i++) {
      s.actions.crashContainer('default', 'crasher');
      s.advance(1_000);
      ring = backOffLeft(pod(s, 'crasher'), st().now);
      if (!ring) s.advance(20_000);
    }
    expect(ring).toBeDefined();
    const later = backOffLeft(pod(s, 'crasher'), st().now + 2_000);
    expect(later?.share).toBeLessThan(ring?.share ?? 0);
    expect(later?.seconds).toBeLessThan(ring?.seconds ?? 0);
  });

  it('tells the outgoing revision from the new one during a rollout', () => {
    const s = createDevSession({ seed: 3 });
    s.actions.kubectl('create deployment web --image=nginx:1.14.2 --replicas=3');
    s.advance(60_000);
    const st = () => s.store.getState();
    const old = st().pods.find((p: Pod) => p.metadata.name.startsWith('web-')) as Pod;
    expect(revisionOf(old, st().replicaSets)).toEqual({ revision: 1, newest: 1 });
    s.actions.kubectl('set image deployment/web nginx=nginx:1.16.1');
    s.advance(1_000);
    const mine = st().pods.find((p: Pod) => p.metadata.uid === old.metadata.uid) as Pod;
    expect(revisionOf(mine, st().replicaSets)).toEqual({ revision: 1, newest: 2 });
    const fresh = st().pods.find((p: Pod) => revisionOf(p, st().replicaSets)?.revision === 2);
    expect(fresh).toBeDefined();
  });
});

const READY_PROBE = `apiVersion: v1
kind: Pod
metadata:
  name: voice
spec:
  containers:
  - name: web
    image: nginx
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
      failureThreshold: 3
`;

describe('a readiness probe failing (issue 12)', () => {
  it('counts failures towards the threshold while the pod is still Ready, then stays at the threshold', () => {
    const s = createDevSession({ seed: 3 });
    s.actions.kubectl('apply -f -', READY_PROBE);
    s.advance(40_000);
    const st = () => s.store.getState();
    const now = () => probeFailing(pod(s, 'voice'), st().events, st().now, 'Readiness');
    expect(now()).toBeUndefined();
    s.actions.failProbe('default', 'voice', 'readiness');
    s.advance(6_000);
    const first = now();
    expect(first).toMatchObject({ probe: 'Readiness', threshold: 3 });
    expect(first?.failures).toBeGreaterThanOrEqual(1);
    expect(first?.failures).toBeLessThan(3);
    expect(pod(s, 'voice').status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    s.advance(15_000);
    expect(now()?.failures).toBe(3);
    expect(pod(s, 'voice').status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('False');
    // The liveness count is not confused with it.
    expect(probeFailing(pod(s, 'voice'), st().events, st().now, 'Liveness')).toBeUndefined();
  });

  it('says it in the musician’s accessible name', () => {
    const label = musicianLabel({
      name: 'voice',
      status: 'Running',
      node: 'node-1',
      ready: '1/1',
      postureText: 'playing',
      unready: { failures: 2, threshold: 3 },
      instrument: { name: 'violin', colour: '#000' } as Instrument,
      workload: { kind: 'Pod', name: 'voice' } as Workload,
      restarts: 0,
    });
    expect(label).toContain('readiness probe failing 2 of 3');
  });
});
