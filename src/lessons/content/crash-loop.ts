// Lesson "crash-loop": a container that keeps exiting (restarts, CrashLoopBackOff with a doubling
// back-off), fixing it with a better image, and a liveness probe restarting a hung container.
// Prose is inline (STYLE.md: copy.md later).
import type { Lesson } from '../types';

const singer = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: singer
spec:
  replicas: 1
  selector:
    matchLabels:
      app: singer
  template:
    metadata:
      labels:
        app: singer
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        livenessProbe:
          httpGet:
            path: /
            port: 80
          periodSeconds: 5
          failureThreshold: 3
`;

export const crashLoop: Lesson = {
  slug: 'crash-loop',
  title: 'Crash loops: a musician who keeps walking off',
  seed: 404,
  timeBudgetMs: 6 * 60_000,
  setup: [{ kubectl: 'create deployment drummer --image=busybox:1.36' }, { kubectl: 'apply -f -', stdin: singer }],
  steps: [
    {
      id: 'keeps-leaving',
      narration:
        'The drummer runs busybox, whose default command is sh. With no terminal, sh exits at once, and restartPolicy: Always makes the kubelet (the stage’s floor manager) start it again, and again.',
      hints: [
        'kubectl get pods -l app=drummer: watch RESTARTS and STATUS.',
        'kubectl describe pod -l app=drummer shows Last State: Terminated, Reason: Completed.',
      ],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podWaiting', selector: 'app=drummer', reasons: ['CrashLoopBackOff'] },
          { kind: 'podRestarts', selector: 'app=drummer', atLeast: 2 },
        ],
      },
      solution: [],
    },
    {
      id: 'back-off',
      narration:
        'CrashLoopBackOff is not a crash: it is the kubelet waiting before the next start. Each wait is longer than the last. Speed up time and watch the RESTARTS column.',
      predict: {
        question: 'The kubelet waited 10s, then 20s. How long is the next wait?',
        options: ['20s', '30s', '40s', '5m'],
        answer: 2,
        explain:
          'The back-off doubles (10s, 20s, 40s, 1m20s, 2m40s) up to 5 minutes, and resets once the container runs 10 minutes without trouble.',
      },
      hints: ['kubectl get pods -l app=drummer', 'kubectl get events shows "Back-off restarting failed container busybox …".'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podRestarts', selector: 'app=drummer', atLeast: 4 },
          { kind: 'eventSeen', reason: 'BackOff', message: 'Back-off restarting failed container busybox' },
        ],
      },
      solution: [],
    },
    {
      id: 'a-real-part',
      narration:
        'Restarting never fixes a part that ends at once. Give the drummer an image whose server keeps playing: set the container busybox to nginx:1.27. A new ReplicaSet replaces the looping pod.',
      hints: ['kubectl set image deployment/drummer busybox=nginx:1.27', 'kubectl rollout status deployment/drummer'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'deploymentRevision', name: 'drummer', revision: 2, image: 'nginx:1.27' },
          { kind: 'readyPods', selector: 'app=drummer', count: 1 },
        ],
      },
      solution: [{ kubectl: 'set image deployment/drummer busybox=nginx:1.27' }],
    },
    {
      id: 'frozen-singer',
      narration:
        'A quieter trouble: the singer freezes mid-song (the process hangs and answers nothing). Its liveness probe, an HTTP GET every 5 s, notices. Make the singer freeze and watch.',
      predict: {
        question: 'The liveness probe fails 3 times in a row. What does the kubelet do?',
        options: [
          'Deletes the pod; the ReplicaSet makes a new one',
          'Kills the container and restarts it in the same pod',
          'Marks the node NotReady',
        ],
        answer: 1,
        explain:
          'A failed liveness probe kills the container ("failed liveness probe, will be restarted"); the same pod restarts it, and RESTARTS goes up.',
      },
      hints: [
        'Select the singer pod and make its liveness probe fail.',
        'kubectl describe pod -l app=singer shows Unhealthy and Killing events.',
      ],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'eventSeen', reason: 'Killing', message: 'failed liveness probe, will be restarted' },
          { kind: 'podRestarted', selector: 'app=singer' },
        ],
      },
      solution: [{ fault: { type: 'fail-probe', pod: '{pod}', probe: 'liveness', durationMs: 20_000 }, pod: 'app=singer' }],
    },
  ],
};
