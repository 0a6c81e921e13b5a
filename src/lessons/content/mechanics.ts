// Lesson "mechanics": follow one request through the control plane, as the engine's trace shows
// it (kubectl → API server → etcd → controllers → scheduler → kubelet → EndpointSlices →
// kube-proxy), then see controllers reconcile layers. Goals read the trace, never the command.
import type { Lesson, TracePattern } from '../types';

/** One scale request, hop by hop, as the trace records it. */
const scaleJourney: TracePattern[] = [
  { from: 'kubectl', to: 'api-server', resource: 'deployments' },
  { from: 'api-server', to: 'etcd', verb: 'write', resource: 'deployments' },
  { from: 'api-server', to: 'deployment-controller', verb: 'watch', resource: 'deployments' },
  { from: 'deployment-controller', to: 'api-server', verb: 'update', resource: 'replicasets' },
  { from: 'replicaset-controller', to: 'api-server', verb: 'create', resource: 'pods' },
  { from: 'default-scheduler', to: 'api-server', verb: 'create', resource: 'pods', subresource: 'binding' },
  { from: 'kubelet', to: 'api-server', verb: 'update', resource: 'pods', subresource: 'status' },
  { from: 'endpointslice-controller', to: 'api-server', resource: 'endpointslices' },
  { from: 'api-server', to: 'kube-proxy', verb: 'watch', resource: 'endpointslices' },
];

export const mechanics: Lesson = {
  slug: 'mechanics',
  title: 'Mechanics: follow one request through the orchestra',
  seed: 202,
  timeBudgetMs: 3 * 60_000,
  setup: [{ kubectl: 'create deployment band --image=nginx:1.27 --replicas=1' }, { kubectl: 'expose deployment band --port=80' }],
  steps: [
    {
      id: 'one-player',
      narration:
        'One musician plays (a Deployment with 1 replica), and a Service, the marquee, sends the audience to it. Wait for the pod to be Ready, then slow time down so the notes on the podium travel slowly.',
      hints: ['kubectl get pods,svc', 'Time controls: a slower speed makes each request visible.'],
      goal: { kind: 'readyPods', selector: 'app=band', count: 1 },
      solution: [],
    },
    {
      id: 'follow-a-request',
      narration:
        'Ask for a second player and follow that one request: kubectl → API server → etcd → Deployment and ReplicaSet controllers → scheduler → kubelet → EndpointSlice → kube-proxy. Nobody calls the next one: each watches the API server.',
      predict: {
        question: 'You run kubectl scale. Which component receives the request first?',
        options: ['The scheduler', 'The API server', 'The kubelet on a node', 'etcd'],
        answer: 1,
        explain:
          'kubectl only ever talks to the API server, which validates the change and writes it to etcd. Controllers learn about it through their watches.',
      },
      hints: [
        'kubectl scale deployment band --replicas=2',
        'Watch the podium: the deployment controller, then the ReplicaSet controller, then the scheduler act.',
      ],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'traceSeen', sequence: scaleJourney },
          { kind: 'readyPods', selector: 'app=band', count: 2 },
        ],
      },
      solution: [{ kubectl: 'scale deployment band --replicas=2' }],
    },
    {
      id: 'crew-layers',
      narration:
        'The crew works in layers: the Deployment controller owns a ReplicaSet, the ReplicaSet controller owns the pods. Delete the ReplicaSet and see who notices.',
      predict: {
        question: 'You delete the band’s ReplicaSet. What happens?',
        options: [
          'The band stops for good',
          'The Deployment controller creates a new ReplicaSet, which creates new pods',
          'The kubelets restart the old pods',
        ],
        answer: 1,
        explain:
          'The Deployment still says replicas: 2. Its controller finds no ReplicaSet for its template and creates one; the garbage collector removes the old pods, whose owner is gone.',
      },
      hints: ['kubectl get rs shows the ReplicaSet’s name.', 'kubectl delete rs -l app=band'],
      goal: {
        kind: 'all',
        goals: [
          {
            kind: 'traceSeen',
            sequence: [
              { from: 'kubectl', to: 'api-server', verb: 'delete', resource: 'replicasets' },
              { from: 'deployment-controller', to: 'api-server', verb: 'create', resource: 'replicasets' },
              { from: 'replicaset-controller', to: 'api-server', verb: 'create', resource: 'pods' },
            ],
          },
          { kind: 'traceSeen', sequence: [{ from: 'garbage-collector', to: 'api-server', verb: 'delete', resource: 'pods' }] },
          // The GC's delete shows in the trace a moment before the old pods start terminating, so
          // "2 Ready" alone passed on the old pods. Only 2 pods in all (Terminating ones count)
          // means the old ones are gone, so the 2 Ready ones belong to the new ReplicaSet.
          { kind: 'podCount', selector: 'app=band', count: 2 },
          { kind: 'readyPods', selector: 'app=band', count: 2 },
        ],
      },
      solution: [{ kubectl: 'delete rs -l app=band' }],
    },
    {
      id: 'audience-directions',
      narration:
        'kube-proxy on every stage directs the audience, using EndpointSlices: the list of Ready players behind the marquee. Remove one player and watch the list change, then the replacement join it.',
      hints: [
        'kubectl get pods -l app=band, then kubectl delete pod <name>',
        'kubectl get endpointslices -l kubernetes.io/service-name=band',
      ],
      goal: {
        kind: 'all',
        goals: [
          {
            kind: 'traceSeen',
            sequence: [
              { from: 'kubectl', to: 'api-server', verb: 'delete', resource: 'pods' },
              { from: 'endpointslice-controller', to: 'api-server', resource: 'endpointslices' },
              { from: 'api-server', to: 'kube-proxy', verb: 'watch', resource: 'endpointslices' },
            ],
          },
          { kind: 'podReplaced', selector: 'app=band' },
          { kind: 'readyPods', selector: 'app=band', count: 2 },
        ],
      },
      solution: [{ kubectl: 'delete pod {pod}', pod: 'app=band' }],
    },
  ],
};
