// The components of a cluster, in the order they start. Within one instant of virtual time,
// watch notifications reach components in this order, so it is part of determinism.
import type { ComponentFactory } from './component';
import { namespacesComponent } from './namespaces';
import { kubeletComponent } from '../node/kubelet';
import { garbageCollector } from '../controllers/garbage-collector/garbage-collector';
import { nodeLifecycleController } from '../controllers/node-lifecycle/node-lifecycle-controller';
import { taintEvictionController } from '../controllers/node-lifecycle/taint-eviction-controller';
import { podGarbageCollector } from '../controllers/pod-gc/pod-gc';
import { schedulerComponent } from '../scheduler/scheduler';
import { replicaSetController } from '../controllers/replicaset/replicaset-controller';
import { deploymentController } from '../controllers/deployment/deployment-controller';

export const COMPONENTS: ComponentFactory[] = [
  namespacesComponent,
  kubeletComponent,
  nodeLifecycleController,
  taintEvictionController,
  schedulerComponent,
  replicaSetController,
  deploymentController,
  garbageCollector,
  podGarbageCollector,
];
