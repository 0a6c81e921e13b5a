// The builder's example lesson for tests: scale to 4, then survive a pod kill (issue 14's e2e).
import type { AuthoredLesson } from './types';

export const twoStepLesson = (): AuthoredLesson => ({
  v: 1,
  slug: 'scale-and-survive',
  title: { en: 'Scale and survive', de: 'Skalieren und überleben' },
  seed: 7,
  timeBudgetMs: 3 * 60_000,
  setup: [{ kubectl: 'create deployment band --image=nginx:1.27 --replicas=2' }],
  steps: [
    {
      id: 'scale',
      narration: { en: 'The piece needs four players.', de: 'Das Stück braucht vier Musiker.' },
      predict: {
        question: 'Who adds the players?',
        options: ['The ReplicaSet controller', 'You, by hand'],
        answer: 0,
        explain: 'You change the score; the crew does the rest.',
      },
      hints: ['kubectl scale deployment band --replicas=4'],
      goal: { kind: 'readyPods', selector: 'app=band', count: 4 },
      solution: [{ kubectl: 'scale deployment band --replicas=4' }],
    },
    {
      id: 'survive',
      narration: 'A player walks off. Keep four on stage.',
      hints: [],
      goal: { kind: 'podReplaced', selector: 'app=band' },
      solution: [{ kubectl: 'delete pod {pod}', pod: 'app=band' }],
    },
  ],
});
