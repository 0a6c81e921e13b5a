// This folder's components in start order (spread into cluster/components.ts).
import type { ComponentFactory } from '../cluster/component';
import { resourceQuotaController } from './resourcequota-controller';

export const QUOTA_COMPONENTS: ComponentFactory[] = [resourceQuotaController];
