// Challenge "node-loss": a stage (node-2, a spot machine) is reclaimed a minute into a load
// surge. Pods on a dead node keep their endpoints until the node controller marks them not Ready
// (about 50 s), so the audience is sent to silent players; draining first and adding players wins.
import type { Lesson } from '../../types';
import { bandManifest } from './band';

export const challengeNodeLoss: Lesson = {
  slug: 'challenge-node-loss',
  title: 'Challenge: a stage goes dark during the surge',
  seed: 81,
  timeBudgetMs: 6 * 60_000,
  setup: [
    { kubectl: 'apply -f -', stdin: bandManifest(3) },
    { kubectl: 'expose deployment band --port=80' },
    { fault: { type: 'load', service: 'band', rps: 120 } },
  ],
  challenge: {
    service: 'band',
    startStep: 'hold-the-stage',
    audienceRps: 120,
    windowMs: 4 * 60_000,
    minAvailability: 0.99,
    parCommands: 2,
    storm: [
      { atMs: 20_000, action: { fault: { type: 'load', service: 'band', rps: 240 } } },
      { atMs: 60_000, action: { fault: { type: 'kill-node', node: 'node-2' } } },
    ],
  },
  steps: [
    {
      id: 'warm-up',
      narration:
        'Three players, one per stage, each good for about 100 requests a second. The audience sends 120. Wait until all three are Ready.',
      hints: ['kubectl get pods -l app=band -o wide', 'kubectl get endpoints band'],
      goal: { kind: 'readyPods', selector: 'app=band', count: 3 },
      solution: [],
    },
    {
      id: 'hold-the-stage',
      narration:
        "Curtain up: for 4 minutes, serve at least 99 % of requests. The crowd doubles in 20 s, and node-2 is a spot machine its provider reclaims a minute from now. A dead stage's players keep their endpoints until the node controller notices (about 50 s).",
      hints: [
        'kubectl drain node-2 --ignore-daemonsets moves its players off while it still answers.',
        'Two stages must carry 240 requests/s: kubectl scale deployment band --replicas=6',
      ],
      goal: { kind: 'trafficServed', service: 'band', minAvailability: 0.99, forMs: 4 * 60_000 },
      solution: [{ kubectl: 'scale deployment band --replicas=6' }, { kubectl: 'drain node-2 --ignore-daemonsets' }],
    },
  ],
};
