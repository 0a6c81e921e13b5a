import { expect, it } from 'vitest';
import { progressLabel } from './progress-label';

const progress = {
  version: 1 as const,
  lessons: {
    a: { step: 0, completed: false },
    b: { step: 2, completed: false },
    c: { step: 3, completed: true },
    d: { step: 1, completed: true, bestScore: { availability: 99.5, commands: 3 } },
  },
};

it.each([
  ['a', 'Started'],
  ['b', 'Step 3 reached'],
  ['c', 'Done'],
  ['d', 'Done · best 99.5 % served'],
  ['zz', 'Not started'],
])('%s → %s', (slug, label) => expect(progressLabel(progress, slug)).toBe(label));
