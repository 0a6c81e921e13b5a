import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '../engine/index';
import { componentOf, hopKey, observeTrace, TRACE_KEY_LIMIT, type TraceMemory, traceSeen } from './goals-trace';

const entry = (seq: number, from: string, to: string, verb: string, resource?: string, subresource?: string): TraceEntry => ({
  seq,
  time: seq,
  from,
  to,
  verb,
  resource,
  subresource,
});

describe('componentOf / hopKey', () => {
  it.each([
    ['kubelet/node-2', 'kubelet'],
    ['kube-proxy/node-1', 'kube-proxy'],
    ['api-server', 'api-server'],
  ])('%s → %s', (name, want) => expect(componentOf(name)).toBe(want));
  it('joins the hop fields', () => {
    expect(hopKey(entry(1, 'default-scheduler', 'api-server', 'create', 'pods', 'binding'))).toBe(
      'default-scheduler|api-server|create|pods|binding',
    );
  });
});

describe('observeTrace', () => {
  it('stops adding new hops at the limit but still updates known ones', () => {
    let t: TraceMemory = {};
    for (let i = 0; i < TRACE_KEY_LIMIT + 5; i++) t = observeTrace(t, entry(i + 1, `c${i}`, 'api-server', 'get', 'pods'));
    expect(Object.keys(t)).toHaveLength(TRACE_KEY_LIMIT);
    t = observeTrace(t, entry(999, 'c0', 'api-server', 'get', 'pods'));
    expect(t['c0|api-server|get|pods|']).toEqual([1, 999]);
  });
});

describe('traceSeen', () => {
  // A background kubelet update (seq 2) before the request (seq 5), then the request's own (seq 9).
  const memory: TraceMemory = {
    'kubelet|api-server|update|pods|status': [2, 9],
    'kubectl|api-server|update|deployments|': [5, 5],
    'api-server|etcd|write|deployments|': [6, 6],
    'api-server|kube-proxy|watch|endpointslices|': [10, 10],
  };
  it.each([
    ['one hop', [{ from: 'kubectl' }], true],
    [
      'a causal chain',
      [{ from: 'kubectl' }, { to: 'etcd', verb: 'write' }, { from: 'kubelet', subresource: 'status' }, { to: 'kube-proxy' }],
      true,
    ],
    ['a hop seen before and after the request counts after it', [{ from: 'kubectl' }, { from: 'kubelet' }], true],
    ['wrong order', [{ to: 'kube-proxy' }, { from: 'kubectl' }], false],
    ['a verb never seen', [{ from: 'kubectl', verb: 'delete' }], false],
    ['prefix match on components', [{ from: 'kube', to: 'api' }], true],
    ['empty sequence', [], true],
  ] as const)('%s', (_name, sequence, want) => {
    expect(traceSeen(sequence, memory)).toBe(want);
  });
});
