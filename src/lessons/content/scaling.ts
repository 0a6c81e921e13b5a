// Lesson "scaling": scale a Deployment by hand: up (the scheduler spreads the new pods), down
// (the ReplicaSet's victim ranking) and to zero (the score outlives the players).
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
    {
      id: 'scale-down',
      narration:
        'The quiet movement needs only three. Scale down to 3: the ReplicaSet picks who leaves, and they walk off gracefully (Terminating) before they are gone.',
      predict: {
        question: 'You scale from 5 to 3. Which pods does the ReplicaSet remove first?',
        options: [
          'The two oldest pods',
          'Pods doubled up on a busy node, and among equals the most recently started',
          'Two pods chosen at random',
        ],
        answer: 1,
        explain:
          'The ReplicaSet ranks its pods: not yet scheduled or not Ready go first, then pods sharing a node with more of their set, then the ones Ready for the shortest time. Old, settled players keep their seats.',
      },
      hints: ['kubectl scale deployment band --replicas=3', 'Or press "Scale band down" twice.'],
      // Three Ready and nobody left walking off: the two who left are gone, not just terminating.
      goal: {
        kind: 'all',
        goals: [
          { kind: 'readyPods', selector: 'app=band', count: 3 },
          { kind: 'podCount', selector: 'app=band', count: 3 },
        ],
      },
      solution: [{ kubectl: 'scale deployment band --replicas=3' }],
    },
    {
      id: 'interval',
      narration:
        'Interval: scale to 0. Every player leaves the stage, but the score stays: the Deployment and its ReplicaSet remain, ready to bring the band back with one command.',
      hints: ['kubectl scale deployment band --replicas=0', 'kubectl get deployment band still lists it, with READY 0/0.'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podCount', selector: 'app=band', count: 0 },
          { kind: 'objectExists', objectKind: 'Deployment', name: 'band' },
        ],
      },
      solution: [{ kubectl: 'scale deployment band --replicas=0' }],
    },
  ],
};
