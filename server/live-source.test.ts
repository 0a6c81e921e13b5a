// The page's live source (src/views/live) against the served cluster, in Node: the session lists
// and watches the API into the store the views draw, and the stage's buttons become the requests
// kubectl makes, answered as kubectl prints them (refusals in the server's words).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deployment, Node, Pod } from '../src/engine/index';
import { KubeClient } from '../src/views/live/kube-client';
import { liveActions } from '../src/views/live/live-actions';
import { createLiveSession } from '../src/views/live/live-session';
import type { ConsoleLine, Session } from '../src/views/session/types';
import { type Served, serve } from './serve';

const until = async (check: () => boolean, what: string, session?: Session) => {
  for (let i = 0; i < 200; i++) {
    session?.flush();
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('the live source on the served cluster', { timeout: 60_000 }, () => {
  let served: Served;
  const stop = new AbortController();
  beforeAll(async () => {
    served = await serve({ port: 0, speed: 0, nodes: 2 });
    served.cluster.kubectl('create deployment web --image=nginx:1.27 --replicas=2');
    served.cluster.advance(20_000);
  });
  afterAll(() => {
    stop.abort();
    return served.close();
  });

  it('draws the API’s objects through the same store, and follows its changes', async () => {
    const session = await createLiveSession({
      base: served.url,
      source: { kind: 'served', readOnly: false },
      notice: 'attached',
      signal: stop.signal,
    });
    const s = () => session.store.getState();
    expect(s().nodes.map((n: Node) => n.metadata.name)).toEqual(['node-1', 'node-2']);
    expect(s().deployments.map((d: Deployment) => d.metadata.name)).toEqual(['web']);
    expect(s().pods.filter((p: Pod) => p.status?.phase === 'Running')).toHaveLength(2);
    // kube-system is the crew there too (crew.ts), not the band.
    expect(s().pods.every((p: Pod) => p.metadata.namespace !== 'kube-system')).toBe(true);

    served.cluster.kubectl('scale deployment web --replicas=3');
    served.cluster.advance(20_000);
    await until(() => s().pods.length === 3, 'the third pod', session);
    expect(session.reader().get('Lease', 'kube-node-lease', 'node-1')).toBeDefined();
  });

  it('sends the stage’s clicks as kubectl’s requests and prints its answers', async () => {
    const lines: ConsoleLine[] = [];
    const client = new KubeClient(served.url);
    let writes = 0;
    const reader = {
      now: () => 0,
      get: served.cluster.get.bind(served.cluster),
      list: served.cluster.list.bind(served.cluster),
      component: () => undefined,
    };
    const actions = liveActions(
      client,
      reader,
      (l) => lines.push(...l),
      () => writes++,
    );
    const written = async (n: number) => until(() => writes >= n, `${n} answers`);

    actions.scale('Deployment', 'default', 'web', -1);
    await written(1);
    expect(served.cluster.get<Deployment>('Deployment', 'default', 'web')?.spec?.replicas).toBe(2);
    actions.cordon('node-1', true);
    await written(2);
    expect(served.cluster.get<Node>('Node', undefined, 'node-1')?.spec?.unschedulable).toBe(true);
    actions.setImage('default', 'web', 'nginx', 'nginx:1.28');
    await written(3);
    expect(served.cluster.get<Deployment>('Deployment', 'default', 'web')?.spec?.template.spec?.containers[0].image).toBe('nginx:1.28');
    actions.killPod('default', 'no-such-pod');
    await written(4);
    expect(lines.map((l) => `${l.kind}: ${l.text}`)).toEqual([
      'input: kubectl scale deployment web --replicas=2',
      'stdout: deployment.apps/web scaled',
      'input: kubectl cordon node-1',
      'stdout: node/node-1 cordoned',
      'input: kubectl set image deployment/web nginx=nginx:1.28',
      'stdout: deployment.apps/web image updated',
      'input: kubectl delete pod no-such-pod',
      'stderr: Error from server (NotFound): pods "no-such-pod" not found',
    ]);
  });

  it('answers kubectl get in the console as the in-page console prints it', async () => {
    const session = await createLiveSession({
      base: served.url,
      source: { kind: 'served', readOnly: false },
      notice: 'n',
      signal: stop.signal,
    });
    for (const line of ['get pods', 'get deploy -o wide', 'get po -A', 'get nodes', 'get svc -n kube-system', 'get pods nope', 'get sts']) {
      const before = session.store.getState().console.length;
      session.actions.runConsole(line);
      await until(() => session.store.getState().console.length >= before + 2, line);
      const [input, answer] = session.store.getState().console.slice(before);
      expect(input.text).toBe(line);
      const expected = served.cluster.kubectl(line);
      expect(answer.kind).toBe(expected.stdout ? 'stdout' : 'stderr');
      expect(`${answer.text}\n`).toBe(expected.stdout || expected.stderr);
    }
    const before = session.store.getState().console.length;
    session.actions.runConsole('kubectl delete pod x');
    expect(
      session.store
        .getState()
        .console.slice(before)
        .map((l) => l.kind),
    ).toEqual(['input', 'comment']);
  });

  it('sends nothing when read-only, and says so', async () => {
    const session = await createLiveSession({
      base: served.url,
      source: { kind: 'live', readOnly: true },
      notice: 'n',
      signal: stop.signal,
    });
    const replicas = served.cluster.get<Deployment>('Deployment', 'default', 'web')?.spec?.replicas;
    session.actions.scale('Deployment', 'default', 'web', 1);
    session.actions.killPod('default', served.cluster.list<Pod>('Pod', 'default')[0].metadata.name);
    await new Promise((r) => setTimeout(r, 300));
    expect(served.cluster.get<Deployment>('Deployment', 'default', 'web')?.spec?.replicas).toBe(replicas);
    expect(served.cluster.list<Pod>('Pod', 'default').every((p) => !p.metadata.deletionTimestamp)).toBe(true);
    expect(
      session.store
        .getState()
        .console.slice(-2)
        .map((l) => l.text),
    ).toEqual([
      '# read-only (?live=readonly): this page only watches the cluster',
      '# read-only (?live=readonly): this page only watches the cluster',
    ]);
  });

  it('says in its notice when the API stops answering', async () => {
    const gone = await serve({ port: 0, speed: 0, nodes: 1 });
    const session = await createLiveSession({
      base: gone.url,
      source: { kind: 'served', readOnly: false },
      notice: 'Attached.',
      signal: stop.signal,
    });
    expect(session.store.getState().notice).toBe('Attached.');
    await gone.close();
    await until(
      () => /^Attached\. The API stopped answering \(.+\); trying again every 2 s\.$/.test(session.store.getState().notice ?? ''),
      'the notice',
    );
  });
});
