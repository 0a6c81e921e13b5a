// Challenge "crash-storm": a flaky build makes a player crash every half minute. A crashed
// container is not Ready until it restarts (with back-off), so two players leave one carrying
// the crowd alone; more replicas spread both the load and the damage.
import type { Injection, Lesson } from '../../types';
import { bandManifest } from './band';

const crashes: Injection[] = [20_000, 50_000, 80_000, 110_000, 140_000].map((atMs) => ({
  atMs,
  action: { fault: { type: 'crash-container', pod: '{pod}' }, pod: 'app=band' },
}));

export const challengeCrashStorm: Lesson = {
  slug: 'challenge-crash-storm',
  title: 'Challenge: the crash storm',
  seed: 83,
  timeBudgetMs: 5 * 60_000,
  setup: [
    { kubectl: 'apply -f -', stdin: bandManifest(2) },
    { kubectl: 'expose deployment band --port=80' },
    { fault: { type: 'load', service: 'band', rps: 120 } },
  ],
  challenge: {
    service: 'band',
    startStep: 'storm',
    audienceRps: 120,
    windowMs: 3 * 60_000,
    minAvailability: 0.99,
    parCommands: 1,
    storm: crashes,
  },
  steps: [
    {
      id: 'warm-up',
      narration: 'A duo, about 100 requests a second each, for an audience of 120. Wait until both are Ready.',
      hints: ['kubectl get pods -l app=band', 'kubectl top pods'],
      goal: { kind: 'readyPods', selector: 'app=band', count: 2 },
      solution: [],
    },
    {
      id: 'storm',
      narration:
        'Curtain up: serve 99 % of 3 minutes of requests. A player will crash every 30 s; the kubelet restarts it after a back-off, and until then it is out of the endpoints.',
      hints: [
        'Each crash takes one player out: how many must remain to carry 120 requests/s?',
        'kubectl scale deployment band --replicas=5',
      ],
      goal: { kind: 'trafficServed', service: 'band', minAvailability: 0.99, forMs: 3 * 60_000 },
      solution: [{ kubectl: 'scale deployment band --replicas=5' }],
    },
  ],
};
