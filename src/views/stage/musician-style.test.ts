import { describe, expect, it } from 'vitest';
import type { Pod } from '../../engine';
import { crashLoopSecondsLeft, INSTRUMENTS, parseGoDuration, postureFor, schedulerReason, workloadOf } from './musician-style';

const owned = (kind: string, name: string, hash?: string): Pod =>
  ({
    metadata: {
      name: 'x',
      labels: hash ? { 'pod-template-hash': hash } : {},
      ownerReferences: [{ apiVersion: 'apps/v1', kind, name, uid: 'u', controller: true }],
    },
  }) as Pod;

describe('workloadOf', () => {
  it.each([
    [owned('ReplicaSet', 'web-7d9c4b', '7d9c4b'), { kind: 'Deployment', name: 'web' }],
    [owned('ReplicaSet', 'standalone'), { kind: 'ReplicaSet', name: 'standalone' }],
    [owned('StatefulSet', 'db'), { kind: 'StatefulSet', name: 'db' }],
    [{ metadata: { name: 'solo' } } as Pod, { kind: 'Pod', name: 'solo' }],
  ])('%#', (p, w) => expect(workloadOf(p)).toEqual(w));
});

describe('INSTRUMENTS', () => {
  it('pairs each of eight colours with its own shape', () => {
    expect(new Set(INSTRUMENTS.map((i) => i.colour)).size).toBe(8);
    expect(new Set(INSTRUMENTS.map((i) => i.shape)).size).toBe(8);
  });
});

describe('postureFor', () => {
  it.each([
    ['Pending', '0/1', false, 'waiting'],
    ['Pending', '0/1', true, 'tuning'],
    ['ContainerCreating', '0/1', true, 'tuning'],
    ['Init:0/1', '0/1', true, 'tuning'],
    ['Running', '1/1', true, 'playing'],
    ['Running', '1/2', true, 'not-ready'],
    ['CrashLoopBackOff', '0/1', true, 'slumped'],
    ['Error', '0/1', true, 'slumped'],
    ['ExitCode:137', '0/1', true, 'slumped'],
    ['ImagePullBackOff', '0/1', true, 'no-instrument'],
    ['ErrImagePull', '0/1', true, 'no-instrument'],
    ['Init:ImagePullBackOff', '0/1', true, 'no-instrument'],
    ['Terminating', '1/1', true, 'walking-off'],
    ['Terminating', '0/1', false, 'walking-off'],
    ['Unknown', '1/1', true, 'lost'],
    ['Completed', '0/1', true, 'bowing'],
    ['Evicted', '0/1', true, 'failed'],
  ])('%s %s bound=%s → %s', (status, ready, bound, posture) => expect(postureFor(status, ready, bound)).toBe(posture));
});

describe('parseGoDuration', () => {
  it.each([
    ['10s', 10_000],
    ['1m20s', 80_000],
    ['5m0s', 300_000],
    ['1h0m0s', 3_600_000],
    ['500ms', 500],
    ['soon', undefined],
    ['', undefined],
  ])('%s', (t, ms) => expect(parseGoDuration(t)).toBe(ms));
});

describe('crashLoopSecondsLeft', () => {
  const crashing = (message: string, finishedAt: string): Pod =>
    ({
      metadata: { name: 'p' },
      status: {
        containerStatuses: [
          {
            name: 'c',
            image: 'x',
            imageID: '',
            ready: false,
            restartCount: 2,
            state: { waiting: { reason: 'CrashLoopBackOff', message } },
            lastState: { terminated: { exitCode: 1, finishedAt } },
          },
        ],
      },
    }) as Pod;
  it('counts down from the last termination by the back-off in the message', () => {
    const p = crashing('back-off 20s restarting failed container=c pod=p_default(u)', '2025-01-01T00:01:00Z');
    expect(crashLoopSecondsLeft(p, 60_000)).toBe(20);
    expect(crashLoopSecondsLeft(p, 72_500)).toBe(8);
    expect(crashLoopSecondsLeft(p, 90_000)).toBe(0);
  });
  it('is undefined for a pod not backing off', () => {
    expect(crashLoopSecondsLeft({ metadata: { name: 'p' }, status: { phase: 'Running' } } as Pod, 0)).toBeUndefined();
  });
});

it('schedulerReason reads the PodScheduled=False message', () => {
  const p = {
    metadata: { name: 'p' },
    status: {
      conditions: [
        { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient cpu.' },
      ],
    },
  } as Pod;
  expect(schedulerReason(p)).toBe('0/3 nodes are available: 3 Insufficient cpu.');
});
