import { describe, expect, it } from 'vitest';
import { createSession } from './session';

const podsJson = (s: ReturnType<typeof createSession>) => s.read('get pods -o json').stdout;
const nodesJson = (s: ReturnType<typeof createSession>) => s.read('get nodes -o json').stdout;

function fakeWall() {
  let t = 0;
  return { now: () => t, add: (ms: number) => void (t += ms) };
}

describe('session', () => {
  it('opens on the sample Deployment, echoed as the command a learner would type', () => {
    const s = createSession({ seed: 1 });
    const st = s.store.getState();
    expect(st.console[0]).toEqual({ kind: 'input', text: 'kubectl apply -f nginx-deployment.yaml' });
    expect(st.console[1]).toEqual({ kind: 'stdout', text: 'deployment.apps/nginx-deployment created' });
    expect(st.deployments.map((d) => d.metadata?.name)).toEqual(['nginx-deployment']);
    expect(st.running).toBe(true);
    s.advance(60_000);
    // The band, as the learner's `kubectl get pods` lists it; kube-proxy's pods are the crew.
    const pods = s.store.getState().pods;
    expect(pods).toHaveLength(3);
    expect(pods.every((p) => p.status?.phase === 'Running')).toBe(true);
    expect(s.store.getState().narration).toContain('Node node-1 joined the cluster (RegisteredNode)');
    expect(
      s.store.getState().narration.some((l) => /^The scheduler seated nginx-deployment-\S+ on node-[123] \(Scheduled\)$/.test(l)),
    ).toBe(true);
  });

  it('keeps kube-system as the crew: its pods in `crew`, its other objects and events out of the band’s lists and narration', () => {
    const s = createSession({ seed: 1 });
    s.advance(60_000);
    const st = s.store.getState();
    // kube-proxy on every node, and kubeadm's two CoreDNS replicas spread over two of them.
    const crew = (prefix: string) =>
      (st.crew ?? []).filter((p) => p.metadata.name.startsWith(prefix)).map((p) => `${p.metadata.namespace}/${p.spec?.nodeName}`);
    expect(crew('kube-proxy-').sort()).toEqual(['kube-system/node-1', 'kube-system/node-2', 'kube-system/node-3']);
    expect(crew('coredns-').sort()).toEqual(['kube-system/node-2', 'kube-system/node-3']);
    expect(st.crew).toHaveLength(5);
    expect(st.pods.some((p) => p.metadata.namespace === 'kube-system')).toBe(false);
    expect(st.narration.some((l) => l.includes('kube-proxy') || l.includes('coredns'))).toBe(false);
    // The events stay (the inspector shows a crew pod's own).
    expect(st.events.some((e) => e.involvedObject?.namespace === 'kube-system')).toBe(true);
    // A learner's Deployment in kube-system is crew too: backstage, not on the band's lists.
    s.actions.kubectl('create deployment tools --image=nginx -n kube-system');
    s.advance(30_000);
    const after = s.store.getState();
    expect(after.deployments.map((d) => d.metadata?.name)).toEqual(['nginx-deployment']);
    expect(after.replicaSets.every((r) => r.metadata?.namespace === 'default')).toBe(true);
    expect(after.crew?.filter((p) => p.metadata.name.startsWith('tools-'))).toHaveLength(1);
  });

  it('keeps list arrays (and objects) when nothing in them changed', () => {
    const s = createSession({ seed: 1 });
    s.advance(60_000);
    const before = s.store.getState();
    s.advance(1); // nothing due in 1 ms except perhaps a lease: pods certainly unchanged
    const after = s.store.getState();
    expect(after.pods).toBe(before.pods);
    expect(after.deployments).toBe(before.deployments);
    expect(after.now).toBe(before.now + 1);
  });

  it('actions print the equivalent kubectl line; faults print a comment', () => {
    const s = createSession({ seed: 1 });
    s.advance(60_000);
    const pod = s.store.getState().pods[0].metadata?.name as string;
    const mark = s.store.getState().console.length;
    s.actions.killPod('default', pod);
    s.actions.crashContainer('default', s.store.getState().pods[1].metadata?.name as string);
    s.actions.scale('Deployment', 'default', 'nginx-deployment', 1);
    s.actions.cordon('node-1', true);
    s.actions.runConsole('kubectl frobnicate');
    const lines = s.store.getState().console.slice(mark);
    expect(lines[0]).toEqual({ kind: 'input', text: `kubectl delete pod ${pod}` });
    expect(lines[1]).toEqual({ kind: 'stdout', text: `pod "${pod}" deleted` });
    expect(lines[2].kind).toBe('comment');
    expect(lines[2].text).toMatch(/^# crash the container of nginx-deployment-\S+ \(fault injection/);
    expect(lines.slice(3)).toEqual([
      { kind: 'input', text: 'kubectl scale deployment nginx-deployment --replicas=4' },
      { kind: 'stdout', text: 'deployment.apps/nginx-deployment scaled' },
      { kind: 'input', text: 'kubectl cordon node-1' },
      { kind: 'stdout', text: 'node/node-1 cordoned' },
      { kind: 'input', text: 'kubectl frobnicate' },
      { kind: 'stderr', text: 'Error: unknown command "frobnicate" for "kubectl"' },
    ]);
    s.actions.runConsole('clear');
    expect(s.store.getState().console).toEqual([]);
  });

  it('bad input never throws', () => {
    const s = createSession({ seed: 1 });
    expect(() => {
      s.actions.runConsole('   ');
      s.actions.runConsole('get pods "unterminated');
      s.actions.crashContainer('default', 'no-such-pod');
      s.actions.killNode('node-99');
      s.actions.setSpeed(Number.NaN);
      s.actions.rewindTo(-5);
      s.actions.scale('Deployment', 'default', 'nope', -1);
    }).not.toThrow();
    expect(s.store.getState().speed).toBe(1);
  });

  it('rewind then replay gives byte-identical pods to the original at that time', () => {
    const s = createSession({ seed: 7, snapshotIntervalMs: 10_000 });
    s.advance(25_000);
    s.actions.scale('Deployment', 'default', 'nginx-deployment', 2);
    s.advance(7_500);
    const victim = s.store.getState().pods[0].metadata?.name as string;
    s.actions.killPod('default', victim);
    s.actions.killNode('node-2');
    s.advance(12_345);
    const t1 = s.cluster().now();
    const atT1 = { pods: podsJson(s), nodes: nodesJson(s) };
    s.actions.crashContainer('default', s.store.getState().pods[1].metadata?.name as string);
    s.actions.step();
    s.actions.runConsole('get pods');
    s.actions.scale('Deployment', 'default', 'nginx-deployment', -3);
    s.advance(90_000);
    const atEnd = { t: s.cluster().now(), pods: podsJson(s) };
    expect(podsJson(s)).not.toBe(atT1.pods);

    s.actions.rewindTo(t1);
    expect(s.cluster().now()).toBe(t1);
    expect(podsJson(s)).toBe(atT1.pods);
    expect(nodesJson(s)).toBe(atT1.nodes);
    expect(s.store.getState().pods.map((p) => p.metadata?.name)).toEqual(
      (JSON.parse(atT1.pods) as { items: { metadata: { name: string } }[] }).items.map((p) => p.metadata.name),
    );
    // Carrying on: a different future, and the old one is gone from the timeline.
    s.advance(1000);
    expect(s.cluster().now()).toBe(t1 + 1000);
    expect(s.store.getState().console.some((l) => l.kind === 'comment' && l.text.startsWith('# rewound to 0:00:44'))).toBe(true);
    expect(atEnd.t).toBeGreaterThan(t1);
  });

  it('rewinding to a moment that replays commands reproduces it after later history', () => {
    // The original's state is rebuilt from scratch for every moment of a second run.
    const script = (s: ReturnType<typeof createSession>) => {
      s.advance(15_000);
      s.actions.scale('Deployment', 'default', 'nginx-deployment', 1);
      s.actions.step();
      s.actions.step();
      s.advance(33_000);
    };
    const a = createSession({ seed: 3 });
    script(a);
    const expected = podsJson(a);
    const t = a.cluster().now();
    a.advance(120_000);
    a.actions.killPod('default', a.store.getState().pods[0].metadata?.name as string);
    a.advance(5_000);
    a.actions.rewindTo(t);
    expect(podsJson(a)).toBe(expected);
    const b = createSession({ seed: 3 });
    script(b);
    expect(podsJson(b)).toBe(expected);
  });

  it('thins snapshots to a bound and can still rewind to the start', () => {
    const s = createSession({ seed: 1, snapshotIntervalMs: 1_000, maxSnapshots: 10 });
    const at0 = podsJson(s);
    s.advance(200_000);
    s.actions.rewindTo(0);
    expect(s.cluster().now()).toBe(0);
    expect(podsJson(s)).toBe(at0);
  });

  it('tick advances wall × speed, in bounded chunks when the engine is slow', () => {
    const wall = fakeWall();
    const s = createSession({ seed: 1, wallNow: wall.now, frameBudgetMs: 10 });
    s.actions.setSpeed(4);
    s.tick(100);
    expect(s.cluster().now()).toBe(400);
    s.actions.setSpeed(1000);
    expect(s.store.getState().speed).toBe(64);
    // A slow engine: each chunk "takes" 6 wall ms, so a frame fits two 1 s chunks of the 16 s wanted.
    const cluster = s.cluster();
    const original = cluster.advance.bind(cluster);
    cluster.advance = (ms: number) => {
      wall.add(6);
      original(ms);
    };
    const before = s.cluster().now();
    s.tick(250);
    expect(s.cluster().now() - before).toBe(2_000);
    expect(s.store.getState().effectiveSpeed).toBeLessThan(64);
    s.actions.pause();
    s.tick(100);
    expect(s.cluster().now() - before).toBe(2_000);
  });

  it('above 4× the frame loop publishes to the store about ten times a wall second; pause publishes at once', () => {
    const s = createSession({ seed: 1, wallNow: fakeWall().now });
    s.tick(16);
    expect(s.store.getState().now).toBe(s.cluster().now());
    s.actions.setSpeed(16);
    const published = s.store.getState().now;
    for (let i = 0; i < 5; i++) s.tick(16);
    expect(s.cluster().now()).toBe(published + 5 * 16 * 16);
    expect(s.store.getState().now).toBe(published);
    for (let i = 0; i < 2; i++) s.tick(16);
    expect(s.store.getState().now).toBe(published + 7 * 16 * 16);
    s.tick(16);
    s.actions.pause();
    expect(s.store.getState().now).toBe(s.cluster().now());
  });

  it('step pauses and runs to the next event; reset restarts the seed', () => {
    const s = createSession({ seed: 5 });
    const next = s.cluster().nextEventAt();
    s.actions.step();
    expect(s.store.getState().running).toBe(false);
    expect(s.cluster().now()).toBe(next);
    s.advance(40_000);
    s.actions.reset();
    expect(s.cluster().now()).toBe(0);
    expect(s.store.getState().running).toBe(true);
    s.advance(40_000);
    const fresh = createSession({ seed: 5 });
    fresh.advance(40_000);
    expect(podsJson(s)).toBe(podsJson(fresh));
  });

  it('fails a readiness probe: the pod stays Running but leaves the Service; no probe is said plainly', () => {
    const s = createSession({ seed: 1 });
    s.advance(60_000);
    const plain = s.store.getState().pods[0].metadata?.name as string;
    s.actions.failProbe('default', plain, 'readiness');
    expect(s.store.getState().console.at(-1)).toEqual({ kind: 'stderr', text: `error: pod "${plain}" has no readiness probe` });
    s.actions.kubectl(
      'apply -f -',
      `apiVersion: v1
kind: Pod
metadata:
  name: probed
spec:
  containers:
  - name: web
    image: nginx:1.27
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 2
`,
    );
    s.advance(60_000);
    const ready = () =>
      s.store
        .getState()
        .pods.find((p) => p.metadata?.name === 'probed')
        ?.status?.conditions?.find((c) => c.type === 'Ready')?.status;
    expect(ready()).toBe('True');
    s.actions.failProbe('default', 'probed', 'readiness');
    expect(s.store.getState().console.at(-1)?.kind).toBe('comment');
    s.advance(15_000);
    expect(ready()).toBe('False');
    const probed = s.store.getState().pods.find((p) => p.metadata?.name === 'probed');
    expect(probed?.status?.phase).toBe('Running');
    expect(probed?.status?.containerStatuses?.[0].restartCount).toBe(0);
    s.advance(90_000);
    expect(ready()).toBe('True');
  });
});
