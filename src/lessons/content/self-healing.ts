// Lesson "self-healing": a ReplicaSet keeps the band at full strength; the kubelet restarts a
// crashed container. Prose is inline for now (STYLE.md wants a sibling copy.md later).
import type { Lesson } from '../types';

export const selfHealing: Lesson = {
  slug: 'self-healing',
  title: 'Self-healing: the band replaces a missing player',
  seed: 11,
  timeBudgetMs: 5 * 60_000,
  setup: [{ kubectl: 'create deployment band --image=nginx:1.27 --replicas=3' }],
  steps: [
    {
      id: 'take-seats',
      narration: 'The score asks for three players (a Deployment with replicas: 3). Watch them take their seats: three Ready pods.',
      hints: ['Just wait: the scheduler and the kubelets are already working.', 'kubectl get pods -l app=band'],
      goal: { kind: 'readyPods', selector: 'app=band', count: 3 },
      solution: [],
    },
    {
      id: 'remove-a-player',
      narration: 'Send one player off stage (delete a pod). The section leader (the ReplicaSet) counts heads.',
      predict: {
        question: 'You delete one of the three pods. What will the ReplicaSet do?',
        options: ['Nothing: two pods is fine', 'Create a new pod to get back to three', 'Restart the deleted pod with the same name'],
        answer: 1,
        explain: 'A ReplicaSet compares desired and actual count; it creates a new pod, with a new name and uid.',
      },
      hints: ['kubectl get pods -l app=band, then kubectl delete pod <name>', 'Click a pod on the stage and choose Kill pod.'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podReplaced', selector: 'app=band' },
          { kind: 'readyPods', selector: 'app=band', count: 3 },
        ],
      },
      solution: [{ kubectl: 'delete pod {pod}', pod: 'app=band' }],
    },
    {
      id: 'player-faints',
      narration:
        'A player faints mid-piece (the container crashes). Their stage’s floor manager (the kubelet) helps them up: a restart, same pod.',
      hints: ['Nothing to do: watch the RESTARTS column.', 'kubectl get pods -l app=band'],
      inject: [{ atMs: 2_000, action: { fault: { type: 'crash-container', pod: '{pod}' }, pod: 'app=band' } }],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podRestarted', selector: 'app=band' },
          { kind: 'readyPods', selector: 'app=band', count: 3 },
        ],
      },
      solution: [],
    },
  ],
};
