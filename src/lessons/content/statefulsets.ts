// Lesson "statefulsets": stable names (web-0, web-1, …), ordered start, the headless Service, one
// claim per pod from volumeClaimTemplates, and a deleted web-1 coming back as web-1 with its
// recorded songs — beside a Deployment pod whose emptyDir starts empty. Prose is inline.
import type { Lesson } from '../types';

// The StatefulSet basics tutorial's web set, as in the Kubernetes docs.
const manifest = `apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: nginx
  serviceName: "nginx"
  replicas: 3
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.24
        ports:
        - containerPort: 80
          name: web
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 1Gi
`;

// A Deployment whose player records into an emptyDir: the pod's scratch space, gone with the pod.
const jam = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: jam
spec:
  replicas: 1
  selector:
    matchLabels:
      app: jam
  template:
    metadata:
      labels:
        app: jam
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        volumeMounts:
        - name: scratch
          mountPath: /usr/share/nginx/html
      volumes:
      - name: scratch
        emptyDir: {}
`;

export const statefulsets: Lesson = {
  slug: 'statefulsets',
  title: 'StatefulSets: players with names and their own safes',
  seed: 51,
  timeBudgetMs: 8 * 60_000,
  setup: [
    { kubectl: 'apply -f -', stdin: manifest },
    { kubectl: 'apply -f -', stdin: jam },
  ],
  steps: [
    {
      id: 'roll-call',
      narration:
        'A StatefulSet (the score for named parts) seats web-0, web-1, web-2 in order. Its governing Service nginx is headless (clusterIP: None): each player gets a DNS name such as web-0.nginx.',
      predict: {
        question: 'With the default OrderedReady policy, when is web-1 created?',
        options: ['Together with web-0', 'Once web-0 is Running and Ready', 'After web-2'],
        answer: 1,
        explain: 'Pods start one at a time by ordinal, each after all its predecessors are Running and Ready.',
      },
      hints: ['kubectl get pods -l app=nginx', 'kubectl get service nginx shows CLUSTER-IP None.'],
      goal: { kind: 'readyPods', selector: 'app=nginx', count: 3 },
      solution: [],
    },
    {
      id: 'own-safe',
      narration:
        'Each player has a safe for memorabilia: the volumeClaimTemplate www made one PersistentVolumeClaim per pod (www-web-0, www-web-1, …). Players record a song a minute into it. Wait until web-1 has recorded two.',
      hints: ['kubectl get pvc', 'kubectl logs web-1 shows "recorded song #…".'],
      goal: { kind: 'podUsesClaim', pod: 'web-1', claim: 'www-web-1', minSongs: 2 },
      solution: [],
    },
    {
      id: 'same-name',
      narration: 'Send web-1 off stage (delete the pod). The StatefulSet controller notices the missing ordinal.',
      predict: {
        question: 'You delete web-1. What comes back?',
        options: [
          'A pod with a random name and an empty volume',
          'web-1 again, mounting the same claim www-web-1',
          'Nothing until you scale',
        ],
        answer: 1,
        explain: 'The replacement keeps the ordinal, name and claim; claims are never recreated, so its songs are still there.',
      },
      hints: ['kubectl delete pod web-1', 'Then kubectl logs web-1: the song numbers carry on.'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podReplaced', selector: 'statefulset.kubernetes.io/pod-name=web-1' },
          { kind: 'podUsesClaim', pod: 'web-1', claim: 'www-web-1', minSongs: 3 },
        ],
      },
      solution: [{ kubectl: 'delete pod web-1' }],
    },
    {
      id: 'fresh-start',
      narration:
        "Compare a Deployment: the jam pod records into an emptyDir, scratch space that belongs to the pod. Delete it and look at the replacement's name and its songs.",
      predict: {
        question: 'The jam pod is replaced. What does its replacement find in its emptyDir?',
        options: ['All the songs', 'Nothing: a new pod gets a new, empty emptyDir', 'Half of them'],
        answer: 1,
        explain:
          "An emptyDir lives and dies with its pod; a Deployment's pods are interchangeable, with new names and no claims of their own.",
      },
      hints: ['kubectl get pods -l app=jam, then kubectl delete pod <name>', 'kubectl logs on the new pod starts again at song #1.'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'podReplaced', selector: 'app=jam' },
          { kind: 'readyPods', selector: 'app=jam', count: 1 },
        ],
      },
      solution: [{ kubectl: 'delete pod {pod}', pod: 'app=jam' }],
    },
  ],
};
