import { describe, expect, it } from 'vitest';
import { createSession } from '../session/session';
import { serviceOfWorkload } from './TrafficPanel';
import { recorderFor, WorkloadRecorder } from './workload-history';

const KEY = 'default/Deployment/solo';

describe('workload charts', () => {
  it('finds the Service that selects a Deployment’s pods, or none', () => {
    const s = createSession({ seed: 1 });
    s.actions.kubectl('create deployment solo --image=nginx --replicas=2');
    s.advance(1_000);
    const st = s.store.getState();
    expect(serviceOfWorkload(st, 'Deployment', 'default', 'nginx-deployment')).toBe('nginx-deployment');
    expect(serviceOfWorkload(st, 'Deployment', 'default', 'solo')).toBeUndefined();
    expect(serviceOfWorkload(st, 'StatefulSet', 'default', 'nginx-deployment')).toBeUndefined();
  });

  it('records desired and Ready replicas and metrics-server CPU once per virtual second; a rewind drops the future', () => {
    const s = createSession({ seed: 1 });
    s.actions.kubectl('create deployment solo --image=nginx --replicas=2');
    const rec = recorderFor(s);
    expect(recorderFor(s)).toBe(rec);
    for (let i = 0; i < 60; i++) s.advance(1_000);
    let h = rec.get(KEY);
    // From the moment the recorder started (0:00), one point a second.
    expect(h.map((p) => p.time)).toEqual(Array.from({ length: 61 }, (_, i) => i * 1_000));
    expect(h[0]).toMatchObject({ desired: 2, ready: 0, cpuMilli: 0 });
    const last = h[h.length - 1];
    expect(last).toMatchObject({ time: 60_000, desired: 2, ready: 2 });
    // Idle nginx pods: metrics-server's 1m each, once it has two scrapes.
    expect(last.cpuMilli).toBe(2);
    s.actions.scale('Deployment', 'default', 'solo', 1);
    s.advance(1_000);
    expect(rec.get(KEY).at(-1)).toMatchObject({ time: 61_000, desired: 3 });

    s.actions.rewindTo(30_000);
    h = rec.get(KEY);
    expect(h.at(-1)?.time).toBe(30_000);
    expect(h.every((p) => p.time <= 30_000)).toBe(true);
    s.advance(1_000);
    expect(rec.get(KEY).at(-1)?.time).toBe(31_000);
  });

  it('keeps one point per virtual second and the last 300 s; notifies listeners', () => {
    const rec = new WorkloadRecorder();
    let calls = 0;
    rec.subscribe(() => calls++);
    const point = (time: number) => new Map([[KEY, { time, desired: 1, ready: 1, cpuMilli: 1 }]]);
    rec.record(1_000, point(1_000));
    rec.record(1_400, point(1_400));
    expect(rec.get(KEY).map((p) => p.time)).toEqual([1_000]);
    rec.record(400_000, point(400_000));
    expect(rec.get(KEY).map((p) => p.time)).toEqual([400_000]);
    expect(calls).toBe(2);
    // A workload that is gone leaves no history behind.
    rec.record(401_000, new Map());
    expect(rec.get(KEY)).toEqual([]);
  });
});
