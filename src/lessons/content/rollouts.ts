// Lesson "rollouts": a rolling update bounded by maxSurge/maxUnavailable, a broken image that
// stalls it, and a rollback. Prose is inline for now (STYLE.md wants a sibling copy.md later).
import type { Lesson } from '../types';

const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: band
spec:
  replicas: 4
  selector:
    matchLabels:
      app: band
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 1
  template:
    metadata:
      labels:
        app: band
    spec:
      containers:
      - name: nginx
        image: nginx:1.26
`;

export const rollouts: Lesson = {
  slug: 'rollouts',
  title: 'Rollouts: a new arrangement, one player at a time',
  seed: 31,
  timeBudgetMs: 10 * 60_000,
  setup: [{ kubectl: 'apply -f -', stdin: manifest }],
  steps: [
    {
      id: 'quartet',
      narration: 'A quartet plays arrangement 1.26 (image nginx:1.26). Wait for four Ready pods.',
      hints: ['kubectl get deployment band'],
      goal: { kind: 'readyPods', selector: 'app=band', count: 4 },
      solution: [],
    },
    {
      id: 'new-arrangement',
      narration:
        'Hand out arrangement 1.27 (a new image). The band swaps players a few at a time: at most 1 extra (maxSurge) and 1 missing (maxUnavailable).',
      predict: {
        question: 'With 4 replicas, maxSurge 1 and maxUnavailable 1, how many pods can be unavailable at once?',
        options: ['0', '1', '2', '4'],
        answer: 1,
        explain: 'maxUnavailable: 1 keeps at least 3 of 4 available; maxSurge: 1 allows at most 5 pods in total.',
      },
      hints: ['kubectl set image deployment/band nginx=nginx:1.27', 'kubectl rollout status deployment/band'],
      goal: { kind: 'deploymentRevision', name: 'band', revision: 2, image: 'nginx:1.27', maxUnavailableSeen: 1 },
      solution: [{ kubectl: 'set image deployment/band nginx=nginx:1.27' }],
    },
    {
      id: 'wrong-sheet-music',
      narration: 'Now hand out a sheet that does not exist (image nginx:1.161, a typo). New players cannot read it: the rollout stalls.',
      predict: {
        question: 'The new image cannot be pulled. What happens to the old pods?',
        options: ['All are replaced anyway', 'Most keep playing: the rollout stops', 'The Deployment is deleted'],
        answer: 1,
        explain: 'New pods never become available, so maxUnavailable stops the controller from removing more old ones.',
      },
      hints: ['kubectl set image deployment/band nginx=nginx:1.161', 'kubectl get pods shows ErrImagePull / ImagePullBackOff.'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podWaiting', selector: 'app=band', reasons: ['ErrImagePull', 'ImagePullBackOff'] },
          { kind: 'readyPods', selector: 'app=band', count: 3 },
        ],
      },
      solution: [{ kubectl: 'set image deployment/band nginx=nginx:1.161' }],
    },
    {
      id: 'roll-back',
      narration: 'Go back to the sheet that worked (rollout undo). The previous ReplicaSet becomes the newest revision.',
      hints: ['kubectl rollout history deployment/band', 'kubectl rollout undo deployment/band'],
      goal: { kind: 'deploymentRevision', name: 'band', revision: 4, image: 'nginx:1.27' },
      solution: [{ kubectl: 'rollout undo deployment/band' }],
    },
  ],
};
