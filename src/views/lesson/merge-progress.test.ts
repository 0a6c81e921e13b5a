import { describe, expect, it } from 'vitest';
import type { Progress } from '../../lessons/progress';
import { mergeProgress } from './merge-progress';

const p = (lessons: Progress['lessons']): Progress => ({ version: 1, lessons });

describe('mergeProgress', () => {
  it('keeps lessons only this browser has, adds lessons only the file has', () => {
    expect(mergeProgress(p({ a: { step: 2, completed: false } }), p({ b: { step: 1, completed: false } }))).toEqual(
      p({ a: { step: 2, completed: false }, b: { step: 1, completed: false } }),
    );
  });
  it.each([
    ['done beats a later step', { step: 1, completed: true }, { step: 3, completed: false }, { step: 1, completed: true }],
    ['the later step wins', { step: 1, completed: false }, { step: 3, completed: false }, { step: 3, completed: false }],
  ])('%s', (_name, a, b, want) => {
    expect(mergeProgress(p({ x: a }), p({ x: b })).lessons.x).toEqual(want);
    expect(mergeProgress(p({ x: b }), p({ x: a })).lessons.x).toEqual(want);
  });
  it('keeps the best score and the first completion time', () => {
    const merged = mergeProgress(
      p({ c: { step: 2, completed: true, completedAt: 500, bestScore: { availability: 0.99, commands: 4 } } }),
      p({ c: { step: 2, completed: true, completedAt: 900, bestScore: { availability: 0.995, commands: 6 } } }),
    );
    expect(merged.lessons.c).toEqual({ step: 2, completed: true, completedAt: 500, bestScore: { availability: 0.995, commands: 6 } });
  });
});
