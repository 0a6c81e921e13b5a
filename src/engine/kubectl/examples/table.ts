// The kubernetes/website example files the docs' tasks and tutorials apply by URL
// (`kubectl apply -f https://k8s.io/examples/<path>`), keyed by their path under
// content/en/examples. Texts as stored in kubernetes/website, flow-style files included; job,
// cronjob and daemonset as the repository's docs scenario tests captured them (newer than the
// search index's copies, which still say batch/v1beta1 and k8s.gcr.io). Loaded lazily (load.ts).
// Simplification: a chosen subset, not every example; any other URL reads as a 404 (urls.ts).
// One file per area of the docs (examples-*.ts); this chunk is their union.
import { POD_EXAMPLES } from './examples-pods';
import { WORKLOAD_EXAMPLES } from './examples-workloads';
import { SERVICE_EXAMPLES } from './examples-services';
import { RESOURCE_EXAMPLES } from './examples-resources';
import { ADMIN_EXAMPLES } from './examples-admin';
import { CONFIG_EXAMPLES } from './examples-config';
import { STORAGE_EXAMPLES } from './examples-storage';

export const EXAMPLES: Readonly<Record<string, string>> = {
  ...POD_EXAMPLES,
  ...WORKLOAD_EXAMPLES,
  ...SERVICE_EXAMPLES,
  ...RESOURCE_EXAMPLES,
  ...ADMIN_EXAMPLES,
  ...CONFIG_EXAMPLES,
  ...STORAGE_EXAMPLES,
};
