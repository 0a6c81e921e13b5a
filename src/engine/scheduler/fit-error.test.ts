import { describe, expect, it } from 'vitest';
import type { Pod } from '../objects/types';
import { type FilterResult, unresolvable, unschedulable } from './framework';
import { fitErrorMessage, preemptionMessage, truncateMessage } from './fit-error';
import { podObject, stored } from './test-helpers';

type Rejection = Exclude<FilterResult, { code: 'Success' }>;
const cpu = unschedulable('Insufficient cpu') as Rejection;
const mem = unschedulable('Insufficient memory') as Rejection;
const cp = unresolvable('node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }') as Rejection;
const pod = stored<Pod>(podObject('p'));

describe('FitError message', () => {
  it.each([
    {
      name: 'all nodes short of cpu',
      statuses: [cpu, cpu, cpu],
      want: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
    },
    {
      name: 'the reference example (taint + cpu)',
      statuses: [cp, cpu, cpu],
      want: '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    },
    {
      name: 'only unresolvable reasons',
      statuses: [unresolvable('node(s) were unschedulable') as Rejection],
      want: '0/1 nodes are available: 1 node(s) were unschedulable. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
    },
    {
      name: 'a node with two reasons counts both',
      statuses: [unschedulable('Insufficient cpu', 'Insufficient memory') as Rejection, mem],
      want: '0/2 nodes are available: 1 Insufficient cpu, 2 Insufficient memory. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
    },
  ])('$name', ({ statuses, want }) => {
    expect(fitErrorMessage(statuses.length, statuses, preemptionMessage(pod, statuses.length, statuses))).toBe(want);
  });

  it('sorts the histogram as strings, so 10 comes before 2', () => {
    const statuses = [...Array(10).fill(cpu), mem, mem];
    expect(fitErrorMessage(12, statuses)).toBe('0/12 nodes are available: 10 Insufficient cpu, 2 Insufficient memory.');
  });

  it('preemptionPolicy Never', () => {
    const never = stored<Pod>(podObject('n', { spec: { preemptionPolicy: 'Never' } }));
    expect(preemptionMessage(never, 1, [cpu])).toBe('preemption: not eligible due to preemptionPolicy=Never.');
  });

  it('truncates event messages to 1024 characters', () => {
    const long = 'x'.repeat(2000);
    expect(truncateMessage(long)).toHaveLength(1024);
    expect(truncateMessage(long).endsWith('x ...')).toBe(true);
    expect(truncateMessage('short')).toBe('short');
  });
});
