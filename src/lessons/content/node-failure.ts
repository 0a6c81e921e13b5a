// Lesson "node-failure": a stage goes dark — NotReady after the 50 s grace period, the
// node.kubernetes.io/unreachable taints, eviction after the 300 s toleration, replacements on other
// stages, and the stage's return. Four nodes and one failure: the engine follows the real zone
// disruption rule, which stops evictions when too much of a small zone is down.
import type { Lesson } from '../types';

export const nodeFailure: Lesson = {
  slug: 'node-failure',
  title: 'Node failure: a stage goes dark',
  seed: 505,
  nodes: 4,
  timeBudgetMs: 10 * 60_000,
  setup: [{ kubectl: 'create deployment band --image=nginx:1.27 --replicas=4' }],
  steps: [
    {
      id: 'full-house',
      narration:
        'Four stages, four musicians: the scheduler spreads the band so one dark stage cannot silence it. Wait for four Ready pods.',
      hints: ['kubectl get pods -o wide', 'kubectl get nodes'],
      goal: { kind: 'readyPods', selector: 'app=band', count: 4, minNodes: 4 },
      solution: [],
    },
    {
      id: 'lights-out',
      narration:
        'Cut the power to node-2. Its kubelet stops renewing its Lease (a heartbeat every 10 s), but the podium cannot tell a dead stage from a slow one at first.',
      predict: {
        question: 'node-2 stops sending heartbeats. When is it marked NotReady?',
        options: ['At once', 'After about 50 seconds', 'After 5 minutes', 'Never: someone must remove it'],
        answer: 1,
        explain:
          'The node lifecycle controller allows a grace period (50 s since Kubernetes 1.32) without a heartbeat, then sets Ready to Unknown: kubectl shows NotReady.',
      },
      hints: ['Select node-2 on the stage and kill it (Show me does it for you).', 'kubectl get nodes: STATUS turns NotReady.'],
      goal: { kind: 'nodeNotReady', node: 'node-2' },
      solution: [{ fault: { type: 'kill-node', node: 'node-2' } }],
    },
    {
      id: 'taints',
      narration:
        'The node controller hangs signs on the dark stage: taints node.kubernetes.io/unreachable with effect NoSchedule (no newcomers) and NoExecute (those who do not tolerate it must leave).',
      hints: ['kubectl describe node node-2: look at Taints.', 'The pods still say Running: nobody on node-2 can report otherwise.'],
      goal: { kind: 'nodeTainted', node: 'node-2', key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' },
      solution: [],
    },
    {
      id: 'evicted',
      narration:
        'Every pod tolerates that taint for a while, in case the stage comes back. Speed up time: when the toleration runs out the pod is evicted and the ReplicaSet seats a replacement on a healthy stage.',
      predict: {
        question: 'How long does the band pod on node-2 tolerate the unreachable taint?',
        options: ['0 s', '50 s', '300 s', 'Forever'],
        answer: 2,
        explain:
          'Admission gives every pod tolerationSeconds: 300 for not-ready and unreachable. Then the taint-eviction controller deletes it (TaintManagerEviction); it shows Terminating until the node returns.',
      },
      hints: ['kubectl describe pod shows the tolerations: "for 300s".', 'kubectl get pods -o wide: a new pod appears on another node.'],
      goal: { kind: 'replacedElsewhere', selector: 'app=band', node: 'node-2', count: 4 },
      solution: [],
    },
    {
      id: 'lights-on',
      narration:
        'Power node-2 back on. Its kubelet reports Ready, the taints come off, and it finally removes the pod that was left Terminating. The band stays where it is: nothing moves pods back.',
      hints: ['Select node-2 and restore it (Show me does it).', 'kubectl get nodes; kubectl get pods -o wide'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'nodeReady', node: 'node-2' },
          { kind: 'podCount', selector: 'app=band', node: 'node-2', count: 0 },
          { kind: 'readyPods', selector: 'app=band', count: 4 },
        ],
      },
      solution: [{ fault: { type: 'restore-node', node: 'node-2' } }],
    },
  ],
};
