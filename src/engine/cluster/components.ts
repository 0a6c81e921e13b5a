// The components of a cluster, in the order they start. Within one instant of virtual time,
// watch notifications reach components in this order, so it is part of determinism.
import type { ComponentFactory } from './component';
import { NETWORK_COMPONENTS } from '../network/components';
import { AUTOSCALING_COMPONENTS } from '../autoscaling/components';
import { STORAGE_COMPONENTS } from '../storage/components';
import { BATCH_COMPONENTS } from '../batch/components';
import { namespacesComponent } from './namespaces';
import { kubeletComponent } from '../node/kubelet';
import { volumeDataComponent } from '../node/volume-data';
import { garbageCollector } from '../controllers/garbage-collector/garbage-collector';
import { nodeLifecycleController } from '../controllers/node-lifecycle/node-lifecycle-controller';
import { taintEvictionController } from '../controllers/node-lifecycle/taint-eviction-controller';
import { podGarbageCollector } from '../controllers/pod-gc/pod-gc';
import { namespaceController } from '../controllers/namespace/namespace-controller';
import { schedulerComponent } from '../scheduler/scheduler';
import { replicaSetController } from '../controllers/replicaset/replicaset-controller';
import { deploymentController } from '../controllers/deployment/deployment-controller';
import { daemonSetController } from '../controllers/daemonset/daemonset-controller';
import { disruptionController } from '../disruption/disruption-controller';
import { rootCaPublisher } from '../config/root-ca-publisher';
import { kubeconfigComponent } from '../kubectl/kubeconfig';
import { serviceAccountController } from '../config/serviceaccount';
import { QUOTA_COMPONENTS } from '../quota/components';
import { whyLedger } from '../why/ledger';

export const COMPONENTS: ComponentFactory[] = [
  // Records decisions for "Why?" (why/ledger.ts): no watches or timers, only observes.
  whyLedger,
  namespacesComponent,
  kubeletComponent,
  volumeDataComponent,
  nodeLifecycleController,
  taintEvictionController,
  schedulerComponent,
  replicaSetController,
  deploymentController,
  daemonSetController,
  garbageCollector,
  podGarbageCollector,
  namespaceController,
  disruptionController,
  rootCaPublisher,
  serviceAccountController,
  ...NETWORK_COMPONENTS,
  ...AUTOSCALING_COMPONENTS,
  ...STORAGE_COMPONENTS,
  ...BATCH_COMPONENTS,
  // The learner's kubeconfig (kubectl config): state only, no watches or timers.
  kubeconfigComponent,
  ...QUOTA_COMPONENTS,
];
