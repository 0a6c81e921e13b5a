// The stage rendered to HTML in Node (no DOM): its accessible names and texts for a live dev
// session, so the structure is checked without a browser. Motion renders plain elements here.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { AppState } from '../session/types';
import type { Pod } from '../../engine';
import { createDevSession } from './dev-session';
import { BIG_POD } from './test-fixtures';
import { Audition } from './Audition';
import { Stage, StageProvider } from './Stage';
import { loadRiserTrouble } from '../scene/riser-trouble';

// A troubled riser's parts (lights out, signs, the heartbeat count) are a lazy chunk: a server
// render draws what is loaded, so load it first, as the live page does once it is idle.
await loadRiserTrouble();

/** Server rendering reads a store's initial state, so render a store born with the state of now. */
function html(session: ReturnType<typeof createDevSession>): string {
  const frozen = createStore<AppState>()(() => session.store.getState());
  const s = { ...session, store: frozen };
  // The audition is the shell's (beside the inspector), drawn here beside the stage as the shell does.
  const children = [createElement(Stage, { key: 'stage', session: s }), createElement(Audition, { key: 'audition' })];
  return renderToString(createElement(StageProvider, { session: s, children }));
}

describe('Stage (server-rendered)', () => {
  it('draws each node as a stage, each pod as a named button, and the wings with the scheduler’s reason', () => {
    const s = createDevSession({ seed: 2 });
    s.actions.kubectl('create deployment web --image=nginx:1.27 --replicas=3');
    s.actions.kubectl('apply -f -', BIG_POD);
    s.advance(60_000);
    const out = html(s);
    for (const n of ['node-1', 'node-2', 'node-3']) expect(out).toContain(`aria-label="Node ${n}"`);
    const pods = s.store.getState().pods.filter((p: Pod) => p.metadata.name.startsWith('web-'));
    expect(pods).toHaveLength(3);
    for (const p of pods) expect(out).toMatch(new RegExp(`aria-label="Pod ${p.metadata.name}, Running, on ${p.spec?.nodeName}, `));
    expect(out).toContain('aria-label="Unscheduled pods"');
    expect(out).toMatch(/aria-label="Pod hog, Pending, unscheduled, /);
    expect(out).toContain('0/3 nodes are available: 3 Insufficient cpu.');
    expect(out).toContain('aria-label="Control plane"');
    // What the pods request of what the node can allocate: the words on the plate and their title.
    expect(out).toMatch(/CPU \d+ \/ \d+ · mem \d+Mi \/ \d+Gi/);
    expect(out).toMatch(/Requested by its pods, of what the node can allocate: CPU \d+ of \d+/);
  });

  it('shows the audition for the selected pod and a dark stage for a dead node', () => {
    const s = createDevSession({ seed: 2 });
    s.actions.kubectl('create deployment web --image=nginx:1.27 --replicas=2');
    s.advance(30_000);
    const pod = s.store.getState().pods[0];
    s.actions.select({ kind: 'Pod', namespace: 'default', name: pod.metadata.name });
    s.actions.killNode('node-3');
    s.advance(60_000);
    const out = html(s);
    expect(out).toContain(`The scheduler’s audition for ${pod.metadata.name}`);
    expect(out).toContain(`Winner: ${pod.spec?.nodeName}`);
    expect(out).toMatch(/<th scope="col">NodeResourcesFit<\/th>/);
    // Its name counts the missed heartbeats (issue 12: the invisible made visible).
    expect(out).toMatch(
      /aria-label="Node node-3, no heartbeat for \d+ s, past the 50 s grace period" tabindex="-1" class="riser riser--dark"/,
    );
    expect(out).toContain('Lights out: the node is not Ready');
    // The other conditions, in words: Unknown once the kubelet stopped posting status.
    // SVG text wraps by lines (tspans): read the words as a screen reader would.
    const words = out.replace(/<[^>]+>/g, '');
    expect(words).toContain('Conditions: MemoryPressure=Unknown, DiskPressure=Unknown, PIDPressure=Unknown');
    expect(words.match(/Conditions: /g)).toHaveLength(1);
  });

  it('says READY and posture in a pod’s name: a Running pod failing its readiness probe is not ready', () => {
    const s = createDevSession({ seed: 2 });
    s.actions.kubectl(
      'apply -f -',
      `apiVersion: v1
kind: Pod
metadata:
  name: probed
spec:
  containers:
  - name: web
    image: nginx
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 2
`,
    );
    s.advance(30_000);
    const node = s.store.getState().pods.find((p: Pod) => p.metadata.name === 'probed')?.spec?.nodeName;
    expect(html(s)).toContain(`aria-label="Pod probed, Running, on ${node}, 1/1 ready, playing, `);
    s.actions.failProbe('default', 'probed', 'readiness');
    s.advance(10_000);
    expect(html(s)).toContain(`aria-label="Pod probed, Running, on ${node}, 0/1 ready, playing, not ready, `);
  });

  it('draws a crowd as a count', () => {
    const s = createDevSession({ seed: 2, nodes: 1 });
    s.actions.kubectl('create deployment band --image=nginx --replicas=30');
    s.advance(60_000);
    // A riser draws the musicians it has places for; the rest are a count, and none is lost.
    const out = html(s);
    const drawn = out.match(/aria-label="Pod band-/g)?.length ?? 0;
    const crowd = Number(/\+(\d+) more/.exec(out)?.[1]);
    expect(drawn).toBeGreaterThanOrEqual(10);
    expect(crowd).toBeGreaterThan(0);
    expect(drawn + crowd).toBe(30);
  });
});
