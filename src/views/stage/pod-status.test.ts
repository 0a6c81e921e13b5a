import { describe, expect, it } from 'vitest';
import { createCluster, type Pod } from '../../engine';
import { podDisplayStatus } from './pod-status';
import { BIG_POD } from './test-fixtures';

function pod(status: Pod['status'], extra: Partial<Pod['metadata']> = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', ...extra },
    spec: { containers: [{ name: 'c', image: 'x' }] },
    status,
  } as Pod;
}

describe('podDisplayStatus', () => {
  it.each([
    ['Pending, unscheduled', pod({ phase: 'Pending' }), 'Pending', '0/1', 0],
    [
      'ContainerCreating',
      pod({
        phase: 'Pending',
        containerStatuses: [
          { name: 'c', image: 'x', imageID: '', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } },
        ],
      }),
      'ContainerCreating',
      '0/1',
      0,
    ],
    [
      'Running and ready',
      pod({
        phase: 'Running',
        containerStatuses: [{ name: 'c', image: 'x', imageID: '', ready: true, restartCount: 2, state: { running: {} } }],
      }),
      'Running',
      '1/1',
      2,
    ],
    [
      'CrashLoopBackOff',
      pod({
        phase: 'Running',
        containerStatuses: [
          { name: 'c', image: 'x', imageID: '', ready: false, restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } } },
        ],
      }),
      'CrashLoopBackOff',
      '0/1',
      3,
    ],
    [
      'terminated without reason',
      pod({
        phase: 'Running',
        containerStatuses: [{ name: 'c', image: 'x', imageID: '', ready: false, restartCount: 0, state: { terminated: { exitCode: 2 } } }],
      }),
      'ExitCode:2',
      '0/1',
      0,
    ],
    ['Terminating', pod({ phase: 'Running' }, { deletionTimestamp: '2025-01-01T00:01:00Z' }), 'Terminating', '0/1', 0],
    [
      'NodeLost shows Unknown',
      pod({ phase: 'Running', reason: 'NodeLost' }, { deletionTimestamp: '2025-01-01T00:01:00Z' }),
      'Unknown',
      '0/1',
      0,
    ],
  ])('%s', (_label, p, status, ready, restarts) => {
    expect(podDisplayStatus(p)).toMatchObject({ status, ready, restarts });
  });

  it('agrees with the engine’s `kubectl get pods` for running, crashing, image-less and unschedulable pods', () => {
    const c = createCluster({ seed: 4 });
    c.kubectl('create deployment web --image=nginx:1.27 --replicas=2');
    c.kubectl('create deployment broken --image=nginx:no-such-tag');
    const hog = c.kubectl('apply -f -', BIG_POD);
    expect(hog.stderr).toBe('');
    c.advance(60_000);
    const web = c.list<Pod>('Pod', 'default').find((p) => p.metadata.name.startsWith('web-'));
    if (web) c.inject({ type: 'crash-container', pod: web.metadata.name });
    c.advance(3_000);
    const table = c.kubectl('get pods --no-headers').stdout.trim().split('\n');
    const fromKubectl = Object.fromEntries(
      table.map((l) => l.split(/\s+/)).map((cells) => [cells[0], { ready: cells[1], status: cells[2], restarts: Number(cells[3]) }]),
    );
    const mine = Object.fromEntries(
      c
        .list<Pod>('Pod', 'default')
        .map((p) => [p.metadata.name, (({ status, ready, restarts }) => ({ status, ready, restarts }))(podDisplayStatus(p))]),
    );
    expect(mine).toEqual(fromKubectl);
    const statuses = new Set(Object.values(mine).map((s) => s.status));
    expect(statuses.has('Running')).toBe(true);
    expect([...statuses].some((s) => s === 'ImagePullBackOff' || s === 'ErrImagePull')).toBe(true);
    expect(statuses.has('Pending')).toBe(true);
  });
});
