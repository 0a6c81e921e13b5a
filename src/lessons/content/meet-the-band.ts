// Lesson "meet-the-band": what orchestration means, a tour of the podium (control plane) and the
// stages (nodes), ending with the learner's first change to the score. Tour steps use the
// 'acknowledge' goal; the last two wait for real pods. Prose is inline (STYLE.md: copy.md later).
import type { Lesson } from '../types';

export const meetTheBand: Lesson = {
  slug: 'meet-the-band',
  title: 'Meet the band: what orchestration means',
  seed: 101,
  timeBudgetMs: 3 * 60_000,
  setup: [{ kubectl: 'create deployment band --image=nginx:1.27 --replicas=3' }],
  steps: [
    {
      id: 'orchestration',
      narration:
        'Orchestration means you hand over the score (the desired state) and the orchestra keeps playing it: Kubernetes starts your containers and keeps them running. You never tell a musician when to play.',
      hints: [
        'Nothing to do yet: read, then press Next.',
        'The stage beside this panel is a live cluster running a Deployment called band.',
      ],
      goal: { kind: 'acknowledge' },
      solution: [],
    },
    {
      id: 'the-stages',
      narration:
        'These are the stages: nodes, the machines that run containers. Each has its own floor manager, the kubelet, who makes sure the musicians seated on that stage play and reports back to the podium.',
      hints: [
        'Type kubectl get nodes to list the stages.',
        'kubectl describe node node-1 shows what a stage offers: 2 CPUs and 4 GiB of memory.',
      ],
      goal: { kind: 'acknowledge' },
      solution: [],
    },
    {
      id: 'the-podium',
      narration:
        'On the podium sits the control plane: the API server (the stage manager everyone talks to), etcd (the band’s memory), the scheduler (who seats musicians) and the controller manager (the stage crew who keep reality matching the score).',
      predict: {
        question: 'Which component reads and writes etcd, the band’s memory?',
        options: ['Every component', 'Only the API server', 'Only the scheduler', 'The kubelets'],
        answer: 1,
        explain:
          'Everyone else talks to the API server. It alone stores objects in etcd, then tells the components watching them what changed.',
      },
      hints: ['Press Next when you have found the four podium stations.', 'Slow time down to see notes travel between them.'],
      goal: { kind: 'acknowledge' },
      solution: [],
    },
    {
      id: 'musicians',
      narration:
        'The musicians are pods: one or more containers that play together. The score, a Deployment, asks for three. Wait until all three are Ready, spread over the stages.',
      hints: [
        'kubectl get pods -o wide shows which stage (NODE) each pod sits on.',
        'Pulling the image takes a few seconds; then the kubelet starts the container.',
      ],
      goal: { kind: 'readyPods', selector: 'app=band', count: 3, minNodes: 2 },
      solution: [],
    },
    {
      id: 'ask-for-more',
      narration:
        'Your turn: ask for a fourth musician. You change only the score (replicas: 4); the crew, the scheduler and a kubelet do the rest.',
      predict: {
        question: 'You ask for 4 replicas. Who creates the new pod?',
        options: ['You, with kubectl', 'A controller in the controller manager', 'The node, on its own'],
        answer: 1,
        explain:
          'kubectl only updates the Deployment. The ReplicaSet controller sees 3 pods where 4 are wanted and creates one; the scheduler then seats it.',
      },
      hints: ['kubectl scale deployment band --replicas=4', 'Or use the band Deployment’s scale control (+1).'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'traceSeen', sequence: [{ from: 'kubectl', to: 'api-server', resource: 'deployments' }] },
          { kind: 'readyPods', selector: 'app=band', count: 4 },
        ],
      },
      solution: [{ kubectl: 'scale deployment band --replicas=4' }],
    },
  ],
};
