import { describe, expect, it } from 'vitest';
import type { Pod } from '../../objects/types';
import { rfc3339 } from '../../util/time';
import { podSummary, restartsCell } from './pod';
import { formatTable, formatTables } from './table';
import { toJson, toYaml } from './structured';

const pod = (status: Record<string, unknown>, extra: Record<string, unknown> = {}): Pod =>
  ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', namespace: 'default', uid: 'u', resourceVersion: '1', creationTimestamp: rfc3339(0), ...extra },
    spec: { containers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'y' }], ...((extra.spec as object) ?? {}) },
    status,
  }) as unknown as Pod;

const running = { state: { running: {} }, ready: true, restartCount: 0 };

describe('podSummary (printPod)', () => {
  it.each([
    ['pending, no statuses', { phase: 'Pending' }, '0/2', 'Pending'],
    ['all running', { phase: 'Running', containerStatuses: [{ name: 'a', ...running }, { name: 'b', ...running }] }, '2/2', 'Running'],
    ['creating', { phase: 'Pending', containerStatuses: [{ name: 'a', state: { waiting: { reason: 'ContainerCreating' } } }, { name: 'b', state: { waiting: { reason: 'ContainerCreating' } } }] }, '0/2', 'ContainerCreating'],
    ['first waiting wins (last to first)', { phase: 'Running', containerStatuses: [{ name: 'a', state: { waiting: { reason: 'CrashLoopBackOff' } }, restartCount: 3 }, { name: 'b', ...running }] }, '1/2', 'CrashLoopBackOff'],
    ['exit code without reason', { phase: 'Running', containerStatuses: [{ name: 'a', ...running }, { name: 'b', state: { terminated: { exitCode: 2 } } }] }, '1/2', 'ExitCode:2'],
    ['signal', { phase: 'Running', containerStatuses: [{ name: 'a', ...running }, { name: 'b', state: { terminated: { exitCode: 137, signal: 9 } } }] }, '1/2', 'Signal:9'],
    ['completed but one running, ready', { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: [{ name: 'a', state: { terminated: { exitCode: 0, reason: 'Completed' } } }, { name: 'b', ...running }] }, '1/2', 'Running'],
    ['completed but one running, not ready', { phase: 'Running', containerStatuses: [{ name: 'a', state: { terminated: { exitCode: 0, reason: 'Completed' } } }, { name: 'b', ...running }] }, '1/2', 'NotReady'],
    ['evicted', { phase: 'Failed', reason: 'Evicted' }, '0/2', 'Evicted'],
    ['scheduling gated', { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }, '0/2', 'SchedulingGated'],
  ])('%s', (_n, status, ready, text) => {
    const s = podSummary(pod(status));
    expect([s.ready, s.status]).toEqual([ready, text]);
  });

  it('init containers: Init:i/n, Init:<reason>, Init:ExitCode', () => {
    const spec = { initContainers: [{ name: 'i1' }, { name: 'i2' }], containers: [{ name: 'a' }] };
    const mk = (init: unknown[]) => podSummary(pod({ phase: 'Pending', initContainerStatuses: init }, { spec })).status;
    expect(mk([{ name: 'i1', state: { terminated: { exitCode: 0 } } }, { name: 'i2', state: { running: {} } }])).toBe('Init:1/2');
    expect(mk([{ name: 'i1', state: { waiting: { reason: 'CrashLoopBackOff' } } }])).toBe('Init:CrashLoopBackOff');
    expect(mk([{ name: 'i1', state: { terminated: { exitCode: 3 } } }])).toBe('Init:ExitCode:3');
    expect(mk([{ name: 'i1', state: { terminated: { exitCode: 1, reason: 'Error' } } }])).toBe('Init:Error');
  });

  it('Terminating unless terminal; Unknown for NodeLost', () => {
    expect(podSummary(pod({ phase: 'Running' }, { deletionTimestamp: rfc3339(5000) })).status).toBe('Terminating');
    expect(podSummary(pod({ phase: 'Succeeded' }, { deletionTimestamp: rfc3339(5000) })).status).toBe('Succeeded');
    expect(podSummary(pod({ phase: 'Running', reason: 'NodeLost' }, { deletionTimestamp: rfc3339(5000) })).status).toBe('Unknown');
  });

  it('RESTARTS shows the last termination age', () => {
    const s = podSummary(pod({ phase: 'Running', containerStatuses: [{ name: 'a', state: { waiting: { reason: 'CrashLoopBackOff' } }, restartCount: 3, lastState: { terminated: { exitCode: 1, finishedAt: rfc3339(60_000) } } }, { name: 'b', ...running, restartCount: 1 }] }));
    expect(s.restarts).toBe(4);
    expect(restartsCell(s, 180_000)).toBe('4 (2m ago)');
    expect(restartsCell(podSummary(pod({ phase: 'Running', containerStatuses: [{ name: 'a', ...running, restartCount: 2 }] })), 0)).toBe('2');
  });
});

describe('tabwriter layout', () => {
  it('pads to max(6, widest+3), last column unpadded', () => {
    expect(formatTable([['NAME', 'READY', 'AGE'], ['nginx', '1/1', '5s']])).toBe('NAME    READY   AGE\nnginx   1/1     5s\n');
    expect(formatTable([['A', 'B'], ['x', 'y']])).toBe('A     B\nx     y\n');
  });
  it('separates tables by a blank line and aligns each alone', () => {
    expect(formatTables([[['NAME', 'X'], ['a', '1']], [['NAME', 'Y'], ['a-long-name', '2']]])).toBe('NAME   X\na      1\n\nNAME          Y\na-long-name   2\n');
  });
});

describe('structured output', () => {
  it('yaml: sorted keys, quoted ambiguous strings, sequences flush, literal blocks', () => {
    const y = toYaml({ kind: 'Pod', apiVersion: 'v1', metadata: { name: 'p', creationTimestamp: '2025-01-01T00:00:00Z', resourceVersion: '', labels: { on: 'yes', v: '80' } }, spec: { containers: [{ name: 'a', args: ['x: y'] }] }, note: 'a\nb\n' });
    expect(y).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: "2025-01-01T00:00:00Z"\n  labels:\n    "on": "yes"\n    v: "80"\n  name: p\n  resourceVersion: ""\nnote: |\n  a\n  b\nspec:\n  containers:\n  - args:\n    - \'x: y\'\n    name: a\n',
    );
  });
  it('json: 4 spaces, sorted, Go HTML escaping', () => {
    expect(toJson({ b: '<none>', a: 1 })).toBe('{\n    "a": 1,\n    "b": "\\u003cnone\\u003e"\n}\n');
  });
});
