// The "Why?" facade: `cluster.why(kind, namespace, name)` picks the explainer for the kind.
// Each explainer reads only what the engine recorded (see types.ts); none changes anything.
import { deploymentWhy } from './deployment-why';
import { hpaWhy } from './hpa-why';
import { jobWhy } from './job-why';
import { nodeWhy } from './node-why';
import { podWhy } from './pod-why';
import { pvcWhy } from './pvc-why';
import { replicaSetWhy } from './replicaset-why';
import { serviceWhy } from './service-why';
import { statefulSetWhy } from './statefulset-why';
import type { WhyContext } from './context';
import { WHY_KINDS, type WhyAnswer, type WhyKind } from './types';

const EXPLAINERS: Record<WhyKind, (c: WhyContext, ns: string, name: string) => WhyAnswer | undefined> = {
  Pod: podWhy,
  Node: (c, _ns, name) => nodeWhy(c, name),
  ReplicaSet: replicaSetWhy,
  Deployment: deploymentWhy,
  StatefulSet: statefulSetWhy,
  Service: serviceWhy,
  HorizontalPodAutoscaler: hpaWhy,
  PersistentVolumeClaim: pvcWhy,
  Job: jobWhy,
};

export function isWhyKind(kind: string): kind is WhyKind {
  return (WHY_KINDS as readonly string[]).includes(kind);
}

/** The answer, or undefined for a kind without a "Why?" or an object the cluster never had. */
export function explain(c: WhyContext, kind: string, namespace: string | undefined, name: string): WhyAnswer | undefined {
  if (!isWhyKind(kind)) return undefined;
  return EXPLAINERS[kind](c, namespace ?? 'default', name);
}

export type { WhyAnswer, WhyCause, WhyActor, WhyKind } from './types';
export { WHY_KINDS } from './types';
