// The batch components, in start order: the Job controller, the CronJob controller and the
// TTL-after-finished controller.
import type { ComponentFactory } from '../cluster/component';
import { cronJobController } from './cronjob-controller';
import { jobController } from './job-controller';
import { ttlAfterFinishedController } from './ttl-after-finished';

export const BATCH_COMPONENTS: ComponentFactory[] = [jobController, cronJobController, ttlAfterFinishedController];
