// The storage and StatefulSet components, in start order: the persistentvolume-controller (which
// also creates the default StorageClass), kind's local-path provisioner, the two protection
// controllers and the StatefulSet controller.
import type { ComponentFactory } from '../cluster/component';
import { statefulSetController } from '../controllers/statefulset/statefulset-controller';
import { localPathProvisioner } from './local-path-provisioner';
import { pvProtectionController, pvcProtectionController } from './protection-controllers';
import { persistentVolumeController } from './pv-controller';

export const STORAGE_COMPONENTS: ComponentFactory[] = [
  persistentVolumeController,
  localPathProvisioner,
  pvcProtectionController,
  pvProtectionController,
  statefulSetController,
];
