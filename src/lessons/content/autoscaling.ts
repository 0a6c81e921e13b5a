// Lesson "autoscaling": a load surge, metrics-server's 15 s scrape, an HPA and its arithmetic
// (desired = ceil(current × utilization / target), 10 % tolerance, the first scale-up capped at
// max(2 × current, 4)), and the 5-minute scale-down stabilization window. Prose is inline.
import { PHP_APACHE_YAML } from '../../engine/autoscaling/php-apache-manifest';
import type { Lesson } from '../types';

// The HPA walkthrough's php-apache, as in the Kubernetes docs: CPU request 200m, limit 500m.
const manifest = PHP_APACHE_YAML;

export const autoscaling: Lesson = {
  slug: 'autoscaling',
  title: 'Autoscaling: more players when the crowd roars',
  seed: 41,
  timeBudgetMs: 12 * 60_000,
  setup: [{ kubectl: 'apply -f -', stdin: manifest }],
  steps: [
    {
      id: 'soloist',
      narration:
        'One player (a php-apache pod) asks for 200m of CPU: its request, a fifth of a core. The marquee (Service php-apache) is up. Wait for the pod to be Ready.',
      hints: ['kubectl get pods -l run=php-apache', 'kubectl describe deployment php-apache shows the CPU request.'],
      goal: { kind: 'readyPods', selector: 'run=php-apache', count: 1 },
      solution: [],
    },
    {
      id: 'crowd-arrives',
      narration:
        'The crowd arrives: 200 requests a second. metrics-server scrapes each kubelet every 15 s, so `kubectl top pods` lags a little. Then add one of the stage crew who sets the headcount from the crowd: a HorizontalPodAutoscaler aiming at 50 % of the CPU request.',
      inject: [{ action: { fault: { type: 'load', service: 'php-apache', rps: 200 } } }],
      predict: {
        question: 'The pod runs at about 200 % of its CPU request; the target is 50 %. How many replicas does the HPA ask for?',
        options: ['2', '4', '5', '10'],
        answer: 1,
        explain:
          'desired = ceil(currentReplicas × utilization / target) = ceil(1 × 200 / 50) = 4. A first jump is also capped at max(2 × current, 4) = 4 per sync, so even 218 % gives 4.',
      },
      hints: [
        'kubectl top pods, then: kubectl autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10',
        'kubectl get hpa php-apache shows TARGETS and REPLICAS; the HPA syncs every 15 s.',
      ],
      goal: { kind: 'hpaReplicas', name: 'php-apache', min: 4 },
      solution: [{ kubectl: 'autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10' }],
    },
    {
      id: 'within-tolerance',
      narration:
        'New players share the crowd, so utilization falls. The HPA recomputes every 15 s but ignores small drifts: it changes nothing while |1 − utilization / target| ≤ 0.1. Watch `kubectl describe hpa php-apache` until the audience is served.',
      predict: {
        question: 'Utilization reads 53 % against the 50 % target. What does the HPA do?',
        options: ['Adds a pod', 'Nothing: 53 / 50 is within the 10 % tolerance', 'Removes a pod'],
        answer: 1,
        explain: '|1 − 53 / 50| = 0.06 ≤ 0.1, so the recommendation stays at the current replica count.',
      },
      hints: ['kubectl describe hpa php-apache: Metrics, Conditions and the SuccessfulRescale events.', 'kubectl top pods'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'hpaReplicas', name: 'php-apache', min: 4 },
          { kind: 'trafficServed', service: 'php-apache', minAvailability: 0.99, forMs: 30_000 },
        ],
      },
      solution: [],
    },
    {
      id: 'crowd-leaves',
      narration:
        'The show ends and the crowd leaves (set the audience of php-apache to 0 requests/s). The HPA is in no hurry: for scale-down it takes the highest recommendation of the last 5 minutes (the stabilization window), so players leave only after that.',
      predict: {
        question: 'CPU drops to almost nothing. When does the HPA go back to 1 replica?',
        options: ['At its next 15 s sync', 'After the 5-minute downscale stabilization window', 'Never: HPAs only scale up'],
        answer: 1,
        explain: 'Scale-down uses the highest recommendation of the last 300 s, so a brief lull does not make players leave.',
      },
      hints: [
        "Set the load on the php-apache marquee to 0 (the Service's audience control).",
        'kubectl get hpa php-apache -w would show REPLICAS fall after about five minutes.',
      ],
      goal: { kind: 'hpaReplicas', name: 'php-apache', max: 1 },
      solution: [{ fault: { type: 'load', service: 'php-apache', rps: 0 } }],
    },
  ],
};
