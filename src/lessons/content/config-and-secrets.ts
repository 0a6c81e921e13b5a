// Lesson "config-and-secrets": a ConfigMap as the set list, mounted as a file and read into an
// env var; a change reaches the file after the kubelet's periodic sync but the env var only after a
// restart; a Secret's data is base64, an encoding anyone who can read it can undo. Prose is inline.
import type { Lesson } from '../types';

// The singer prints the mounted file and the env var every 10 s, so `kubectl logs` shows both.
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
      - name: singer
        image: busybox:1.36
        command: ["sh", "-c", "while true; do echo \\"file: $(cat /etc/setlist/opener) env: $OPENER\\"; sleep 10; done"]
        env:
        - name: OPENER
          valueFrom:
            configMapKeyRef:
              name: setlist
              key: opener
        - name: FEE
          valueFrom:
            secretKeyRef:
              name: pay
              key: fee
        volumeMounts:
        - name: setlist
          mountPath: /etc/setlist
      volumes:
      - name: setlist
        configMap:
          name: setlist
`;

export const configAndSecrets: Lesson = {
  slug: 'config-and-secrets',
  title: 'ConfigMaps and Secrets: the set list and the pay slips',
  seed: 61,
  timeBudgetMs: 8 * 60_000,
  setup: [
    { kubectl: 'create configmap setlist --from-literal=opener=Overture --from-literal=encore=Bolero' },
    { kubectl: 'create secret generic pay --from-literal=fee=500-euros' },
    { kubectl: 'apply -f -', stdin: singer },
  ],
  steps: [
    {
      id: 'set-list',
      narration:
        'The set list is a ConfigMap (setlist). The singer reads its opener twice: as a file (a configMap volume at /etc/setlist) and as an env var (OPENER, from configMapKeyRef). Its log prints both every 10 s.',
      hints: ['kubectl get configmap setlist -o yaml', "kubectl logs deployment/singer (or the pod's name)"],
      goal: { kind: 'podLog', selector: 'app=singer', contains: 'file: Overture env: Overture' },
      solution: [],
    },
    {
      id: 'new-opener',
      narration:
        'Change the opener to Fanfare: replace the ConfigMap (delete it, then create it with opener=Fanfare and encore=Bolero). The kubelet rewrites mounted files on its periodic sync, so allow up to a minute or so.',
      predict: {
        question: 'After the change, what will the running singer print?',
        options: ['file: Fanfare env: Fanfare', 'file: Fanfare env: Overture', 'file: Overture env: Overture, forever'],
        answer: 1,
        explain:
          'Env vars are resolved once, when the container starts; mounted ConfigMap files are updated in place (subPath mounts excepted).',
      },
      hints: [
        'kubectl delete configmap setlist, then kubectl create configmap setlist --from-literal=opener=Fanfare --from-literal=encore=Bolero',
        'kubectl logs deployment/singer --tail=3',
      ],
      goal: { kind: 'podLog', selector: 'app=singer', contains: 'file: Fanfare env: Overture' },
      solution: [
        { kubectl: 'delete configmap setlist' },
        { kubectl: 'create configmap setlist --from-literal=opener=Fanfare --from-literal=encore=Bolero' },
      ],
    },
    {
      id: 'restart',
      narration:
        'To hand the singer the new env var, start a new container: a rollout restart replaces the pod, and the new one reads OPENER=Fanfare.',
      hints: ['kubectl rollout restart deployment singer', 'kubectl logs deployment/singer --tail=3'],
      goal: { kind: 'podLog', selector: 'app=singer', contains: 'file: Fanfare env: Fanfare' },
      solution: [{ kubectl: 'rollout restart deployment singer' }],
    },
    {
      id: 'pay-slip',
      narration:
        'The pay slips are a Secret (pay). `kubectl get secret pay -o yaml` shows data.fee: NTAwLWV1cm9z. That is base64, an encoding: `echo NTAwLWV1cm9z | base64 -d` prints it. Write a slip of your own: a Secret tip with amount=20-euros.',
      predict: {
        question: 'What protects data.fee: NTAwLWV1cm9z from someone who can read the Secret?',
        options: ['It is encrypted with the cluster key', 'Nothing: it is base64 of "500-euros"', 'It is a one-way hash'],
        answer: 1,
        explain:
          'Anyone allowed to get the Secret, or to run a pod that mounts it, reads the value. Protect Secrets with RBAC and, for etcd, encryption at rest.',
      },
      hints: [
        'kubectl create secret generic tip --from-literal=amount=20-euros',
        'kubectl get secret tip -o yaml: data.amount is MjAtZXVyb3M=',
      ],
      goal: { kind: 'secretValue', name: 'tip', key: 'amount', value: '20-euros' },
      solution: [{ kubectl: 'create secret generic tip --from-literal=amount=20-euros' }],
    },
  ],
};
