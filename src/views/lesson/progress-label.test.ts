import { expect, it } from 'vitest';
import { progressLabel } from './progress-label';

const progress = {
  version: 1 as const,
  lessons: {
    a: { step: 0, completed: false },
    b: { step: 2, completed: false },
    c: { step: 3, completed: true },
    d: { step: 1, completed: true, bestScore: { availability: 0.9954, commands: 3 } },
  },
};

it.each([
  ['a', 'Started'],
  ['b', 'Step 3 reached'],
  ['c', 'Done'],
  ['d', 'Done · best 99.5 % served'],
  ['zz', 'Not started'],
])('%s → %s', (slug, label) => expect(progressLabel(progress, slug)).toBe(label));

it('a challenge score saved by the app survives a reload (save → load round trip)', async () => {
  const { recordComplete, loadProgress, saveProgress, emptyProgress } = await import('../../lessons/progress');
  const { progressScore } = await import('./lesson-view');
  const store = new Map<string, string>();
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
  const score = progressScore({ availability: 0.9961, served: 9961, requests: 10000, commands: 2, passed: true, stars: 3, over: true });
  expect(saveProgress(storage, recordComplete(emptyProgress(), 'challenge-node-loss', 1_000, score))).toBeUndefined();
  const loaded = loadProgress(storage, ['challenge-node-loss']);
  expect(loaded.notice).toBeUndefined();
  expect(progressLabel(loaded.progress, 'challenge-node-loss')).toBe('Done · best 99.6 % served');
});
