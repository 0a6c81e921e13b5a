// The autoscaling components in start order: metrics-server scrapes before the HPA controller
// reads, so within one instant the HPA sees the freshest sample.
import type { ComponentFactory } from '../cluster/component';
import { hpaController } from './hpa-controller';
import { metricsServer } from './metrics-server';

export const AUTOSCALING_COMPONENTS: ComponentFactory[] = [metricsServer, hpaController];
