import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '../../engine';
import { edgeCounts, edgeText } from '../scene/podium/fast-counts';
import { endLabel, enqueue, flightMs, latestRevision, launch, MAX_QUEUE, nodeOf, notesFor, stationOf } from './podium-notes';

let seq = 0;
const t = (from: string, to: string, verb: string, extra: Partial<TraceEntry> = {}): TraceEntry => ({
  seq: ++seq,
  time: 1000,
  from,
  to,
  verb,
  resource: 'pods',
  name: 'web-1',
  ...extra,
});

describe('stations', () => {
  it.each([
    ['kubectl', 'you'],
    ['api-server', 'api'],
    ['etcd', 'etcd'],
    ['default-scheduler', 'scheduler'],
    ['kubelet/node-2', 'kubelets'],
    ['kube-proxy/node-2', 'kubelets'],
    ['replicaset-controller', 'controllers'],
    ['pod-garbage-collector', 'controllers'],
  ])('%s stands at %s', (c, s) => expect(stationOf(c)).toBe(s));
  it.each([
    ['kubelet/node-2', 'node-2'],
    ['kube-proxy/worker-a', 'worker-a'],
    ['default-scheduler', undefined],
    ['kubelet', undefined],
  ])('%s runs on %s', (c, n) => expect(nodeOf(c)).toBe(n));
});

describe('notesFor', () => {
  it('follows a scale: noise dropped, a write’s fan-out to one station played once', () => {
    const entries = [
      t('kubectl', 'api-server', 'update', { resource: 'deployments', name: 'web' }),
      t('api-server', 'etcd', 'write', { resource: 'deployments', name: 'web', revision: 105 }),
      t('api-server', 'deployment-controller', 'watch', { resource: 'deployments', name: 'web', eventType: 'MODIFIED', revision: 105 }),
      t('api-server', 'replicaset-controller', 'watch', { resource: 'deployments', name: 'web', eventType: 'MODIFIED', revision: 105 }),
      t('kubelet/node-1', 'api-server', 'update', { resource: 'leases', name: 'node-1' }),
      t('api-server', 'default-scheduler', 'watch', { eventType: 'ADDED', revision: 109 }),
      t('default-scheduler', 'api-server', 'create', { subresource: 'binding' }),
      t('api-server', 'kubelet/node-2', 'watch', { eventType: 'MODIFIED', revision: 113 }),
    ];
    expect(notesFor(entries).map((n) => `${n.from}>${n.to}: ${n.text}`)).toEqual([
      'you>api: update deployments web',
      'api>etcd: write deployments web (rev 105)',
      'api>controllers: watch MODIFIED deployments web',
      'api>scheduler: watch ADDED pods web-1',
      'scheduler>api: create pods/binding web-1',
      'api>kubelets: watch MODIFIED pods web-1',
    ]);
    expect(notesFor(entries).at(-1)).toMatchObject({ nodes: ['node-2'], agent: 'kubelet' });
  });

  it('names every node a fan-out reached, and keeps kubelets and kube-proxies apart', () => {
    const rev = { resource: 'endpointslices', name: 'web-abc', eventType: 'MODIFIED' as const, revision: 200 };
    const notes = notesFor([
      t('api-server', 'kube-proxy/node-1', 'watch', rev),
      t('api-server', 'kube-proxy/node-3', 'watch', rev),
      t('api-server', 'kubelet/node-1', 'watch', rev),
      t('kubelet/node-3', 'api-server', 'update', { subresource: 'status' }),
    ]);
    expect(notes.map((n) => [n.text, n.agent, n.nodes])).toEqual([
      ['watch MODIFIED endpointslices web-abc', 'kube-proxy', ['node-1', 'node-3']],
      ['watch MODIFIED endpointslices web-abc', 'kubelet', ['node-1']],
      ['update pods/status web-1', 'kubelet', ['node-3']],
    ]);
    expect(endLabel('kubelets', notes[0])).toBe('kube-proxy on node-1, node-3');
    expect(endLabel('api', notes[0])).toBe('API server');
    expect(endLabel('kubelets', { nodes: undefined })).toBe('Kubelets');
  });
});

describe('note queue', () => {
  const notes = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i, from: 'api' as const, to: 'etcd' as const, text: `n${i}` }));
  it('keeps at most a few in flight and drops the oldest beyond the queue', () => {
    const q = enqueue({ waiting: [], dropped: 0 }, notes(MAX_QUEUE + 5), 1);
    expect(q.dropped).toBe(5);
    expect(q.waiting[0].text).toBe('n5');
    const { start, queue } = launch(q, 1);
    expect(start.map((n) => n.text)).toEqual(['n5', 'n6']);
    expect(queue.waiting).toHaveLength(MAX_QUEUE - 2);
  });
  it('drops the controllers’ chatter before the story of a command when it overflows', () => {
    const chatter = notes(MAX_QUEUE);
    const story = [
      { id: 100, from: 'you' as const, to: 'api' as const, text: 'update deployments web' },
      { id: 101, from: 'api' as const, to: 'kubelets' as const, text: 'watch MODIFIED pods web-1', nodes: ['node-2'] },
    ];
    const q = enqueue({ waiting: [story[0], ...chatter.slice(0, 10)], dropped: 0 }, [...chatter.slice(10), story[1]], 1);
    expect(q.waiting).toHaveLength(MAX_QUEUE);
    expect(q.dropped).toBe(2);
    expect(q.waiting[0]).toBe(story[0]);
    expect(q.waiting.at(-1)).toBe(story[1]);
    expect(q.waiting[1].text).toBe('n2');
  });
  it('plays no notes when time runs fast, only counts', () => {
    const q = enqueue({ waiting: notes(2), dropped: 1 }, notes(3), 16);
    expect(q).toEqual({ waiting: [], dropped: 6 });
  });
  it.each([
    [0.25, 2400],
    [1, 700],
    [4, 250],
  ])('flight at %s× takes %i ms', (s, ms) => expect(flightMs(s)).toBe(ms));
});

it('counts requests per edge in the window, and reads etcd’s revision', () => {
  const trace = [
    t('api-server', 'etcd', 'write', { time: 100, revision: 7 }),
    t('api-server', 'etcd', 'write', { time: 4000, revision: 8 }),
    t('api-server', 'etcd', 'write', { time: 5000, revision: 9 }),
    t('kubectl', 'api-server', 'get', { time: 5000 }),
  ];
  expect(edgeCounts(trace, 6000, 5000)).toEqual([
    { from: 'api', to: 'etcd', count: 2 },
    { from: 'you', to: 'api', count: 1 },
  ]);
  expect(latestRevision(trace)).toBe(9);
});

it('counts a kubelet’s requests per node when time runs fast', () => {
  const trace = [
    t('kubelet/node-1', 'api-server', 'update', { time: 5000 }),
    t('kubelet/node-3', 'api-server', 'update', { time: 5000 }),
    t('kubelet/node-3', 'api-server', 'update', { time: 5100 }),
    t('api-server', 'kubelet/node-3', 'watch', { time: 5200 }),
  ];
  expect(edgeCounts(trace, 6000).map(edgeText)).toEqual([
    'kubelet/node-3 → API server 2',
    'API server → kubelet/node-3 1',
    'kubelet/node-1 → API server 1',
  ]);
});
