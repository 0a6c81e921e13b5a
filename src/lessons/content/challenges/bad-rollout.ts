// Challenge "bad-rollout": at peak traffic someone pushes an image that does not exist. The
// rolling update takes one old player away (maxUnavailable 25 % of 4) and its new players never
// start, so three players face a crowd sized for four; rolling back restores the band.
import type { Lesson } from '../../types';
import { bandManifest } from './band';

export const challengeBadRollout: Lesson = {
  slug: 'challenge-bad-rollout',
  title: 'Challenge: a broken arrangement at peak time',
  seed: 82,
  timeBudgetMs: 6 * 60_000,
  setup: [
    { kubectl: 'apply -f -', stdin: bandManifest(4) },
    { kubectl: 'expose deployment band --port=80' },
    { fault: { type: 'load', service: 'band', rps: 330 } },
  ],
  challenge: {
    service: 'band',
    startStep: 'peak',
    audienceRps: 330,
    windowMs: 3 * 60_000,
    minAvailability: 0.99,
    parCommands: 1,
    storm: [{ atMs: 15_000, action: { kubectl: 'set image deployment/band nginx=nginx:1.271' } }],
  },
  steps: [
    {
      id: 'warm-up',
      narration: 'Four players, about 100 requests a second each; the audience sends 330. Wait until all four are Ready.',
      hints: ['kubectl get pods -l app=band', 'kubectl get endpoints band'],
      goal: { kind: 'readyPods', selector: 'app=band', count: 4 },
      solution: [],
    },
    {
      id: 'peak',
      narration:
        'Curtain up: keep 99 % of 3 minutes of requests served. In 15 s a colleague pushes arrangement nginx:1.271, a tag that does not exist. Watch for ErrImagePull.',
      hints: ['kubectl rollout status deployment/band', 'kubectl get pods -l app=band shows ErrImagePull / ImagePullBackOff.'],
      goal: { kind: 'podWaiting', selector: 'app=band', reasons: ['ErrImagePull', 'ImagePullBackOff'] },
      solution: [],
    },
    {
      id: 'roll-back',
      // The count follows the stage (narration-text.ts): a learner who scaled up has more than three.
      narration:
        '{Ready:app=band} player{s:app=band} Ready for an audience of 330 requests a second, each good for about 100. Bring back the arrangement that worked, fast.',
      hints: ['kubectl rollout undo deployment/band', 'kubectl rollout status deployment/band'],
      goal: { kind: 'deploymentRevision', name: 'band', revision: 3, image: 'nginx:1.27' },
      solution: [{ kubectl: 'rollout undo deployment/band' }],
    },
  ],
};
