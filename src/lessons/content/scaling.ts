// Lesson "scaling": scale a Deployment by hand and see the scheduler spread pods over nodes.
// Prose is inline for now (STYLE.md wants a sibling copy.md later).
import type { Lesson } from '../types';

export const scaling: Lesson = {
  slug: 'scaling',
  title: 'Scaling: more players for a louder piece',
  seed: 21,
  timeBudgetMs: 5 * 60_000,
  setup: [{ kubectl: 'create deployment band --image=nginx:1.27 --replicas=2' }],
  steps: [
    {
      id: 'duo',
      narration: 'A duo to start (replicas: 2). Wait for two Ready pods.',
      hints: ['kubectl get pods -l app=band -o wide'],
      goal: { kind: 'readyPods', selector: 'app=band', count: 2 },
      solution: [],
    },
    {
      id: 'scale-to-five',
      narration:
        'The piece needs five players. Change the score (spec.replicas): the stage crew (the ReplicaSet controller) adds players and the scheduler seats them.',
      predict: {
        question: 'You scale to 5 on three nodes. Where will the new pods go?',
        options: ['All on one node', 'Spread over the nodes', 'Nowhere until you pick nodes'],
        answer: 1,
        explain: 'The scheduler scores nodes; spreading and balanced resources push pods onto different nodes.',
      },
      hints: ['kubectl scale deployment band --replicas=5', 'Then kubectl get pods -o wide shows the NODE column.'],
      goal: { kind: 'readyPods', selector: 'app=band', count: 5, minNodes: 2 },
      solution: [{ kubectl: 'scale deployment band --replicas=5' }],
    },
  ],
};
