// Lesson "scheduling": resource requests as reserved seats, a pod that does not fit (Pending with
// the scheduler's real FailedScheduling message), making room, and cordoning a stage.
// Prose is inline (STYLE.md: copy.md later).
import type { Lesson } from '../types';

const deployment = (name: string, replicas: number, cpu: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: ${name}
        image: nginx:1.27
        resources:
          requests:
            cpu: ${cpu}
`;

export const scheduling: Lesson = {
  slug: 'scheduling',
  title: 'Scheduling: finding every musician a seat',
  seed: 303,
  timeBudgetMs: 4 * 60_000,
  setup: [
    { kubectl: 'apply -f -', stdin: deployment('band', 3, '700m') },
    // The soloist waits in the wings (replicas: 0) so bringing it on is one scale command.
    { kubectl: 'apply -f -', stdin: deployment('soloist', 0, '1500m') },
  ],
  steps: [
    {
      id: 'seated',
      narration:
        'Each band pod requests 700m of CPU (resources.requests): a reserved seat of 0.7 CPU. Every stage (node) has 2 CPUs. Wait for the three to be seated, one per stage.',
      hints: ['kubectl get pods -o wide', 'kubectl describe node node-1 lists "Allocated resources": cpu 700m (35%).'],
      goal: { kind: 'readyPods', selector: 'app=band', count: 3, minNodes: 3 },
      solution: [],
    },
    {
      id: 'soloist-waits',
      narration: 'Bring on the soloist: its pod requests 1500m of CPU. The scheduler looks for a stage with that much unreserved.',
      predict: {
        question: 'The soloist asks for 1.5 CPUs; each stage has 1.3 CPUs unreserved. What happens?',
        options: ['It runs on the emptiest stage anyway', 'It stays Pending until a stage has room', 'It pushes a band member off a stage'],
        answer: 1,
        explain:
          'The scheduler places a pod only where its requests fit. With equal priority there is no preemption, so the pod stays Pending and is retried when the cluster changes.',
      },
      hints: ['kubectl scale deployment soloist --replicas=1', 'kubectl describe pod -l app=soloist shows the FailedScheduling event.'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podPending', selector: 'app=soloist', message: 'Insufficient cpu' },
          { kind: 'eventSeen', reason: 'FailedScheduling', message: '0/3 nodes are available: 3 Insufficient cpu.' },
        ],
      },
      solution: [{ kubectl: 'scale deployment soloist --replicas=1' }],
    },
    {
      id: 'make-room',
      narration:
        'Make room. Fewer band members (scale the band to 2) frees a whole stage; the scheduler retries the soloist as soon as a pod leaves.',
      hints: [
        'kubectl scale deployment band --replicas=2',
        'No need to touch the soloist: it is seated as soon as a stage has 1.5 CPUs free.',
      ],
      goal: { kind: 'readyPods', selector: 'app=soloist', count: 1 },
      solution: [{ kubectl: 'scale deployment band --replicas=2' }],
    },
    {
      id: 'cordon',
      narration:
        'Close a stage to newcomers: cordon node-2 (it shows Ready,SchedulingDisabled; the pods already on it keep playing). Then add one band member.',
      predict: {
        question: 'node-2 is cordoned and you add a band member. Where can it go?',
        options: ['Anywhere: cordon is only a warning', 'Any stage except node-2', 'Only node-2'],
        answer: 1,
        explain:
          'Cordon sets spec.unschedulable, which adds the node.kubernetes.io/unschedulable:NoSchedule taint; the scheduler filters that node out. Running pods are not moved.',
      },
      hints: ['kubectl cordon node-2', 'Then kubectl scale deployment band --replicas=3 and kubectl get pods -o wide.'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'nodeTainted', node: 'node-2', key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' },
          { kind: 'avoidsNode', selector: 'app=band', node: 'node-2' },
        ],
      },
      solution: [{ kubectl: 'cordon node-2' }, { kubectl: 'scale deployment band --replicas=3' }],
    },
  ],
};
