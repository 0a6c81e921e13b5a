// Lesson "load-balancing": a Service as the marquee, endpoints only for Ready pods, kube-proxy
// spreading requests, a failing readiness probe taking a pod out of rotation without a restart,
// and what the audience sees when a pod is deleted under traffic. Prose is inline.
import type { Lesson } from '../types';

const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: band
spec:
  replicas: 3
  selector:
    matchLabels:
      app: band
  template:
    metadata:
      labels:
        app: band
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
        readinessProbe:
          httpGet:
            path: /
            port: 80
          periodSeconds: 5
`;

export const loadBalancing: Lesson = {
  slug: 'load-balancing',
  title: 'Load balancing: the marquee sends the audience to ready players',
  seed: 71,
  timeBudgetMs: 8 * 60_000,
  setup: [{ kubectl: 'apply -f -', stdin: manifest }, { kubectl: 'expose deployment band --port=80' }],
  steps: [
    {
      id: 'marquee',
      narration:
        'The marquee (Service band) names a label selector, not pods. The endpoints controller lists the IPs of the Ready pods it selects: the players the audience may be sent to.',
      hints: ['kubectl get endpoints band', 'kubectl describe service band shows the Endpoints line.'],
      goal: { kind: 'serviceEndpoints', service: 'band', ready: 3 },
      solution: [],
    },
    {
      id: 'audience',
      narration:
        'The audience arrives: 150 requests a second at the Service. kube-proxy on each stage (node) rewrote its rules from the endpoints, and spreads new connections over the three players.',
      inject: [{ action: { fault: { type: 'load', service: 'band', rps: 150 } } }],
      predict: {
        question: 'kube-proxy (iptables mode) has three endpoints. How does it pick one for a new connection?',
        options: ['Always the first pod', 'At random, each with equal chance', 'The pod with the least CPU'],
        answer: 1,
        explain:
          'Rule i matches with probability 1/(n − i), which makes a uniform random choice per connection; ipvs mode defaults to round-robin.',
      },
      hints: ['Watch the marquee: requests per player.', 'kubectl get endpoints band'],
      goal: { kind: 'trafficServed', service: 'band', minAvailability: 0.99, forMs: 10_000 },
      solution: [],
    },
    {
      id: 'lost-voice',
      narration:
        'A player loses their voice: its readiness probe fails (inject "Fail readiness probe" on a band pod). The kubelet marks it not Ready and the endpoints controller moves its IP to notReadyAddresses.',
      predict: {
        question: 'The readiness probe fails for a minute. What happens to the pod?',
        options: ['It is restarted', 'It stays running but leaves the endpoints', 'It is deleted and replaced'],
        answer: 1,
        explain: "Readiness only decides whether a pod receives traffic; restarts are the liveness probe's job.",
      },
      hints: [
        'Select a band pod on the stage and choose Fail readiness probe.',
        'kubectl describe endpoints band shows NotReadyAddresses.',
      ],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'serviceEndpoints', service: 'band', ready: 2, notReady: 1 },
          { kind: 'readyPods', selector: 'app=band', count: 2 },
        ],
      },
      solution: [{ fault: { type: 'fail-probe', pod: '{pod}', probe: 'readiness' }, pod: 'app=band' }],
    },
    {
      id: 'voice-back',
      narration:
        'The probe passes again after a minute: the player is Ready, back in the endpoints, and never restarted (RESTARTS is still 0).',
      hints: ['kubectl get pods -l app=band', 'kubectl get endpoints band'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'serviceEndpoints', service: 'band', ready: 3 },
          { kind: 'readyPods', selector: 'app=band', count: 3 },
        ],
      },
      solution: [],
    },
    {
      id: 'exit-mid-song',
      narration:
        'Now delete a player mid-song. Deletion marks its endpoint terminating at once and the ReplicaSet hires a replacement; kube-proxy reprograms its rules about a second later.',
      predict: {
        question: 'You delete one of three pods under 150 requests/s. What does the audience see?',
        options: ['Nothing at all', 'A handful of failed requests, then all served', 'Every request fails until the replacement is Ready'],
        answer: 1,
        explain:
          'Connections routed by the old rules in the moment before kube-proxy syncs go to a player who is leaving; hence preStop sleeps in real deployments.',
      },
      hints: ['kubectl delete pod <name> (kubectl get pods -l app=band lists them).', "Watch the marquee's error count."],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podReplaced', selector: 'app=band' },
          { kind: 'serviceEndpoints', service: 'band', ready: 3 },
          { kind: 'trafficServed', service: 'band', minAvailability: 0.95, forMs: 20_000 },
        ],
      },
      solution: [{ kubectl: 'delete pod {pod}', pod: 'app=band' }],
    },
  ],
};
