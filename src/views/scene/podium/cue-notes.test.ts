import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '../../../engine';
import { createCluster } from '../../../engine';
import { emptyPlan, FLIGHT_MS, latestStory, MAX_STORY_LAG_MS, notesAt, planNotes, STAGGER_MS } from './cue-notes';

let seq = 0;
function entry(time: number, from: string, to: string, verb: string, extra: Partial<TraceEntry> = {}): TraceEntry {
  return { seq: ++seq, time, from, to, verb, resource: 'pods', name: 'web-1', ...extra };
}

describe('planNotes: a schedule in virtual time', () => {
  it('a request leaves at its trace time; the next note waits its stagger; a fan-out leaves together', () => {
    const t = [
      entry(1000, 'kubectl', 'api-server', 'create', { resource: 'deployments', name: 'web' }),
      entry(1000, 'api-server', 'etcd', 'write', { resource: 'deployments', name: 'web', revision: 9 }),
      entry(1000, 'api-server', 'deployment-controller', 'watch', { eventType: 'ADDED', revision: 9 }),
      entry(1000, 'api-server', 'default-scheduler', 'watch', { eventType: 'ADDED', revision: 9 }),
    ];
    const plan = planNotes(emptyPlan(), t);
    expect(plan.notes.map((n) => [n.from, n.to, n.sent])).toEqual([
      ['you', 'api', 1000],
      ['api', 'etcd', 1000 + STAGGER_MS],
      // The watch notifications leave the API server together (one slot: same instant, same station).
      ['api', 'controllers', 1000 + 2 * STAGGER_MS],
      ['api', 'scheduler', 1000 + 2 * STAGGER_MS],
    ]);
    for (const n of plan.notes) expect(n.received - n.sent).toBe(FLIGHT_MS);
  });

  it('places each note as a function of now: pausing is the same now, rewinding an earlier one', () => {
    const plan = planNotes(emptyPlan(), [entry(5000, 'kubectl', 'api-server', 'get')]);
    expect(notesAt(plan, 4999)).toEqual([]);
    expect(notesAt(plan, 5000)[0].progress).toBe(0);
    expect(notesAt(plan, 5000 + FLIGHT_MS / 4)[0].progress).toBeCloseTo(0.25);
    expect(notesAt(plan, 5000 + FLIGHT_MS / 4)).toEqual(notesAt(plan, 5000 + FLIGHT_MS / 4));
    expect(notesAt(plan, 5000 + FLIGHT_MS)).toEqual([]);
  });

  it('folding in pieces gives the same plan as folding at once (the window may slide between frames)', () => {
    const all = [0, 0, 5, 5, 10, 14, 93, 1193].map((t, i) =>
      entry(t, i % 2 ? 'api-server' : 'replicaset-controller', i % 2 ? 'etcd' : 'api-server', i % 2 ? 'write' : 'update', { revision: i }),
    );
    const once = planNotes(emptyPlan(), all);
    let stepwise = emptyPlan();
    for (let i = 1; i <= all.length; i++) stepwise = planNotes(stepwise, all.slice(Math.max(0, i - 3), i));
    expect(stepwise.notes).toEqual(once.notes);
  });

  it('starts afresh when the trace goes back (a rewind swaps the cluster)', () => {
    const before = planNotes(emptyPlan(), [entry(9000, 'kubectl', 'api-server', 'get'), entry(9000, 'kubectl', 'api-server', 'list')]);
    seq = 0;
    const after = planNotes(before, [entry(2000, 'kubectl', 'api-server', 'delete')]);
    expect(after.notes.map((n) => n.sent)).toEqual([2000]);
  });

  it('drops chatter first when the schedule lags, and never lags more than MAX_STORY_LAG_MS', () => {
    const burst: TraceEntry[] = [];
    for (let i = 0; i < 80; i++) burst.push(entry(0, 'replicaset-controller', 'api-server', 'update', { name: `rs-${i}` }));
    burst.push(entry(0, 'kubectl', 'api-server', 'scale', { resource: 'deployments', name: 'web' }));
    const plan = planNotes(emptyPlan(), burst);
    expect(plan.dropped).toBeGreaterThan(0);
    expect(plan.notes.at(-1)?.from).toBe('you');
    for (const n of plan.notes) expect(n.sent).toBeLessThanOrEqual(MAX_STORY_LAG_MS);
    expect(latestStory(plan, 10_000)?.text).toBe('scale deployments web');
  });

  it('lets your own command leave at once, even behind a backlog', () => {
    const burst: TraceEntry[] = [];
    for (let i = 0; i < 8; i++) burst.push(entry(0, 'replicaset-controller', 'api-server', 'update', { name: `rs-${i}` }));
    burst.push(entry(10, 'kubectl', 'api-server', 'get'));
    burst.push(entry(10, 'api-server', 'etcd', 'write', { revision: 3 }));
    const plan = planNotes(emptyPlan(), burst);
    expect(plan.notes.at(-2)).toMatchObject({ from: 'you', sent: 10 });
    expect(plan.notes.at(-1)).toMatchObject({ from: 'api', sent: 10 + STAGGER_MS });
  });

  it('plans a real cluster’s trace: a create reaches the kubelet that runs the pod', () => {
    const c = createCluster({ seed: 1 });
    c.advance(30_000);
    const t0 = c.now();
    c.kubectl('kubectl create deployment web --image=nginx --replicas=1');
    c.advance(3_000);
    const plan = planNotes(
      emptyPlan(),
      c.trace().filter((e) => e.time >= t0),
    );
    expect(plan.notes[0]).toMatchObject({ from: 'you', to: 'api', text: 'create deployments web', sent: t0 });
    expect(plan.notes.some((n) => n.to === 'kubelets' && n.nodes?.length === 1)).toBe(true);
    for (let i = 1; i < plan.notes.length; i++) expect(plan.notes[i].sent).toBeGreaterThanOrEqual(plan.notes[i - 1].sent);
  });
});
