// The pods/binding subresource (the scheduler's write): sets spec.nodeName and the PodScheduled
// condition; a pod already bound or being deleted is a 409. [k8s: pkg/registry/core/pod/storage/storage.go BindingREST, assignPod]
import type { KObject } from '../objects/types';
import { rfc3339 } from '../util/time';
import type { ApiServer } from './api-server';
import { StatusError, apiErrors } from './errors';
import { type KindInfo, kindInfo } from './kinds';

/** The pods/binding subresource: sets spec.nodeName and the PodScheduled condition. */
export function bindRequest(api: ApiServer, namespace: string, name: string, node: string, actor: string): KObject {
  const info = kindInfo('Pod') as KindInfo;
  const old = api.store.get(info.resource, namespace, name);
  if (!old) {
    api.record(actor, 'create', info, namespace, name, 404, 'binding');
    throw apiErrors.notFound(info, name);
  }
  if (old.spec?.nodeName) {
    api.record(actor, 'create', info, namespace, name, 409, 'binding');
    throw new StatusError({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      reason: 'Conflict',
      code: 409,
      message: `Operation cannot be fulfilled on pods/binding "${name}": pod ${name} is already assigned to node "${old.spec.nodeName}"`,
    });
  }
  if (old.metadata.deletionTimestamp) {
    api.record(actor, 'create', info, namespace, name, 409, 'binding');
    throw apiErrors.conflict(info, name);
  }
  const now = rfc3339(api.clock.now());
  const conditions = [...(old.status?.conditions ?? []).filter((c: { type: string }) => c.type !== 'PodScheduled')];
  conditions.push({ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now });
  const obj: KObject = {
    ...old,
    metadata: { ...old.metadata },
    spec: { ...old.spec, nodeName: node },
    status: { ...old.status, conditions },
  };
  api.record(actor, 'create', info, namespace, name, 201, 'binding');
  api.write(info, obj);
  return obj;
}
