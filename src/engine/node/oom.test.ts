import { describe, expect, it } from 'vitest';
import { oomKillAt, workingSet } from './oom';

const MI = 1024 * 1024;

describe('the memory cgroup', () => {
  const stress250 = { cpuMilli: 40, memoryBytes: 250 * MI, rampMs: 1060 };

  it.each([
    ['no limit', undefined, stress250, undefined],
    ['within the limit', '200Mi', { ...stress250, memoryBytes: 150 * MI }, undefined],
    ['250M over a 100Mi limit: killed as the worker passes it', '100Mi', stress250, 1000 + Math.ceil((1060 * 95 * MI) / (250 * MI))],
    ['an image that does not fit at all', '1Mi', undefined, 1020],
  ])('%s', (_what, limit, usage, want) => {
    expect(oomKillAt(limit, usage, 5 * MI, 1000)).toBe(want);
  });

  it('ramps the working set up to idle + demand', () => {
    expect(workingSet(stress250, 5 * MI, 0)).toBe(5 * MI);
    expect(workingSet(stress250, 5 * MI, 530)).toBe(5 * MI + 125 * MI);
    expect(workingSet(stress250, 5 * MI, 60_000)).toBe(255 * MI);
    expect(workingSet(undefined, 3 * MI, 60_000)).toBe(3 * MI);
  });
});
