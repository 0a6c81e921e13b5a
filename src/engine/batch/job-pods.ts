// A Job's pods as the Job controller sees them: the job-tracking finalizer that keeps a finished pod
// until it is counted, which pods count as failed, container restarts as retries (OnFailure), and
// the pod a Job creates from its template (with the index annotation, hostname and env of an
// Indexed Job).
// [k8s: pkg/controller/job/job_controller.go hasJobTrackingFinalizer, isPodFailed,
//  pastBackoffLimitOnFailure, manageJob's podTemplate; indexed_job_utils.go
//  addCompletionIndexEnvVariables, addCompletionIndexAnnotation; pkg/controller/controller_utils.go
//  GetPodFromTemplate]
import { controllerRefTo } from '../controllers/replicaset/claim';
import type { KObject, Pod } from '../objects/types';
import { deepClone } from '../util/json-clone';
import { COMPLETION_INDEX_ANNOTATION, JOB_TRACKING_FINALIZER } from './job-kind';

// biome-ignore lint/suspicious/noExplicitAny: pod specs are plain JSON.
type Json = any;

export function hasFinalizer(p: Pod): boolean {
  return (p.metadata.finalizers ?? []).includes(JOB_TRACKING_FINALIZER);
}

/** isPodFailed: a Failed pod, or (TerminatingOrFailed) one being deleted that did not succeed. */
export function isPodFailed(p: Pod, job: KObject): boolean {
  if (p.status?.phase === 'Failed') return true;
  if (job.spec?.podReplacementPolicy === 'Failed') return false;
  return !!p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded';
}

/** pastBackoffLimitOnFailure: with OnFailure, container restarts of live pods count as retries. */
export function pastBackoffLimitOnFailure(job: KObject, pods: Pod[]): boolean {
  if (job.spec?.template?.spec?.restartPolicy !== 'OnFailure') return false;
  let restarts = 0;
  for (const p of pods) {
    if (p.status?.phase !== 'Running' && p.status?.phase !== 'Pending') continue;
    for (const s of [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])]) restarts += s.restartCount ?? 0;
  }
  const limit = job.spec?.backoffLimit ?? 6;
  return limit === 0 ? restarts > 0 : restarts >= limit;
}

/** GetPodFromTemplate + the tracking finalizer (+ index annotation, hostname and env for Indexed). */
export function podFromJobTemplate(job: KObject, index?: number): Pod {
  const template = job.spec?.template ?? {};
  const spec: Json = deepClone(template.spec ?? {});
  const metadata: Json = {
    generateName: index === undefined ? `${job.metadata.name}-` : `${job.metadata.name}-${index}-`,
    namespace: job.metadata.namespace,
    labels: { ...(template.metadata?.labels ?? {}) },
    finalizers: [...(template.metadata?.finalizers ?? []).filter((f: string) => f !== JOB_TRACKING_FINALIZER), JOB_TRACKING_FINALIZER],
    ownerReferences: [controllerRefTo(job)],
  };
  if (template.metadata?.annotations) metadata.annotations = { ...template.metadata.annotations };
  if (index !== undefined) {
    metadata.annotations = { ...(metadata.annotations ?? {}), [COMPLETION_INDEX_ANNOTATION]: String(index) };
    metadata.labels[COMPLETION_INDEX_ANNOTATION] = String(index);
    spec.hostname ??= `${job.metadata.name}-${index}`;
    // addCompletionIndexEnvVariables: JOB_COMPLETION_INDEX from the annotation, in every container.
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      if ((c.env ?? []).some((e: Json) => e.name === 'JOB_COMPLETION_INDEX')) continue;
      c.env = [...(c.env ?? []), { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: `metadata.annotations['${COMPLETION_INDEX_ANNOTATION}']` } } }];
    }
  }
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec } as Pod;
}
