// The describers by kind, as describerMap registers them, plus the namespace describer.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go describerMap, describeNamespace]
// Kinds without a describer here (Event, Lease) get the message below instead of the generic
// unstructured describer real kubectl falls back to.
import type { ApiServer } from '../../api/api-server';
import type { Deployment, KObject, Node, Pod, ReplicaSet } from '../../objects/types';
import { describeConfigMap } from './configmap';
import { describeDaemonSet } from './daemonset';
import { describeLimitRange, describeNamespacePolicies, describeQuota, describeServiceAccount } from './policy';
import { describeDeployment } from './deployment';
import { describePdb } from './pdb';
import { describeSecret } from './secret';
import { describeHpa } from './hpa';
import { printAnnotationsMultiline, printLabelsMultiline } from './fields';
import { describeNode } from './node';
import { describePod } from './pod';
import { describeReplicaSet } from './replicaset';
import { describePv } from './pv';
import { describePvc } from './pvc';
import { describeStatefulSet } from './statefulset';
import { describeCronJob, describeJob } from './job';
import { describeStorageClass } from './storageclass';
import { describeEndpoints, describeService } from './service';
import { LEVEL_0, tabbedString } from './writer';

export type Describer = (api: ApiServer, obj: KObject, now: number, showEvents: boolean) => string;

function describeNamespace(api: ApiServer, ns: KObject): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${ns.metadata.name}\n`);
    printLabelsMultiline(w, 'Labels', ns.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ns.metadata.annotations);
    w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
    describeNamespacePolicies(api, ns.metadata.name, w);
  });
}

const DESCRIBERS: Record<string, Describer> = {
  Pod: (api, o, now, ev) => describePod(api, o as Pod, now, ev),
  Deployment: (api, o, now, ev) => describeDeployment(api, o as Deployment, now, ev),
  ReplicaSet: (api, o, now, ev) => describeReplicaSet(api, o as ReplicaSet, now, ev),
  Node: (api, o, now, ev) => describeNode(api, o as Node, now, ev),
  Namespace: (api, o) => describeNamespace(api, o),
  HorizontalPodAutoscaler: (api, o, now, ev) => describeHpa(api, o, now, ev),
  Service: (api, o, now, ev) => describeService(api, o, now, ev),
  Endpoints: (api, o, now, ev) => describeEndpoints(api, o, now, ev),
  ConfigMap: (api, o, now, ev) => describeConfigMap(api, o, now, ev),
  Secret: (_api, o) => describeSecret(o),
  StatefulSet: (api, o, now, ev) => describeStatefulSet(api, o, now, ev),
  DaemonSet: (api, o, now, ev) => describeDaemonSet(api, o, now, ev),
  ResourceQuota: (_api, o) => describeQuota(o),
  LimitRange: (_api, o) => describeLimitRange(o),
  ServiceAccount: (api, o, now, ev) => describeServiceAccount(api, o, now, ev),
  PersistentVolumeClaim: (api, o, now, ev) => describePvc(api, o, now, ev),
  PersistentVolume: (api, o, now, ev) => describePv(api, o, now, ev),
  StorageClass: (api, o, now, ev) => describeStorageClass(api, o, now, ev),
  PodDisruptionBudget: (api, o, now, ev) => describePdb(api, o, now, ev),
  Job: (api, o, now, ev) => describeJob(api, o, now, ev),
  CronJob: (api, o, now, ev) => describeCronJob(api, o, now, ev),
};

export function describerFor(kind: string): Describer | undefined {
  return DESCRIBERS[kind];
}

export { describePodTemplate } from './pod-template';
export { PrefixWriter, tabwrite, tabbedString } from './writer';
export { equalIgnoreHash, replicaSetsOf, revisionOf, withoutHash, HASH_LABEL, REVISION_ANNOTATION } from './deployment-rs';
