// The storage-object-in-use protection controllers: 'pvc-protection-controller' removes
// kubernetes.io/pvc-protection from a deleted claim once no scheduled, non-terminated pod mounts
// it; 'pv-protection-controller' removes kubernetes.io/pv-protection from a deleted volume once it
// is no longer Bound. Until then `kubectl get` shows them Terminating.
// [k8s: pkg/controller/volume/pvcprotection/pvc_protection_controller.go,
//  pkg/controller/volume/pvprotection/pv_protection_controller.go]
import type { ComponentFactory } from '../cluster/component';
import type { KObject, Pod } from '../objects/types';
import { WorkQueue, newWorkQueueState } from '../controllers/work-queue';
import { PVC_PROTECTION_FINALIZER, PV_PROTECTION_FINALIZER, isPodTerminal, podClaimNames, podsUsingClaim } from './volume-util';

export const PVC_PROTECTION = 'pvc-protection-controller';
export const PV_PROTECTION = 'pv-protection-controller';
const DELAY_MS = 5;

function withoutFinalizer(obj: KObject, finalizer: string): KObject {
  const finalizers = (obj.metadata.finalizers ?? []).filter((f) => f !== finalizer);
  const metadata = { ...obj.metadata, finalizers };
  if (!finalizers.length) delete (metadata as { finalizers?: string[] }).finalizers;
  return { ...obj, metadata };
}

export const pvcProtectionController: ComponentFactory = (ctx) => {
  const client = ctx.api.client(PVC_PROTECTION);
  let queue: WorkQueue;
  const inUse = (claim: KObject): boolean =>
    // podUsesPVC: only scheduled pods count (the kubelet refuses to start one on a deleted claim).
    podsUsingClaim(ctx.api.store, claim.metadata.namespace as string, claim.metadata.name).some((p) => !!p.spec?.nodeName && !isPodTerminal(p));
  const sync = (key: string): void => {
    const [ns, name] = key.split('/');
    const claim = ctx.api.store.get('persistentvolumeclaims', ns, name);
    if (!claim?.metadata.deletionTimestamp || !claim.metadata.finalizers?.includes(PVC_PROTECTION_FINALIZER)) return;
    if (!inUse(claim)) client.update(withoutFinalizer(claim, PVC_PROTECTION_FINALIZER));
  };
  return {
    name: PVC_PROTECTION,
    start() {
      queue = new WorkQueue(ctx.clock, PVC_PROTECTION, ctx.state(PVC_PROTECTION, newWorkQueueState));
      ctx.clock.on(PVC_PROTECTION, (t) => {
        const key = queue.take(t);
        if (key !== undefined) sync(key);
      });
      ctx.api.watch('persistentvolumeclaims', (e) => (e.type !== 'DELETED' && e.object.metadata.deletionTimestamp ? PVC_PROTECTION : null), (e) =>
        queue.add(`${e.object.metadata.namespace}/${e.object.metadata.name}`, DELAY_MS),
      );
      // A pod that stops using a claim (deleted or finished) may release a deleted claim.
      ctx.api.watch('pods', (e) => (podClaimNames(e.object).length ? PVC_PROTECTION : null), (e) => {
        const pod = e.object as Pod;
        if (e.type !== 'DELETED' && !isPodTerminal(pod)) return;
        for (const name of podClaimNames(pod)) {
          const claim = ctx.api.store.get('persistentvolumeclaims', pod.metadata.namespace, name);
          if (claim?.metadata.deletionTimestamp) queue.add(`${pod.metadata.namespace}/${name}`, DELAY_MS);
        }
      });
    },
  };
};

export const pvProtectionController: ComponentFactory = (ctx) => {
  const client = ctx.api.client(PV_PROTECTION);
  let queue: WorkQueue;
  const sync = (name: string): void => {
    const pv = ctx.api.store.get('persistentvolumes', undefined, name);
    if (!pv?.metadata.deletionTimestamp || !pv.metadata.finalizers?.includes(PV_PROTECTION_FINALIZER)) return;
    // isBeingUsed: the persistentvolume-controller's Bound phase says a claim holds it.
    if (pv.status?.phase !== 'Bound') client.update(withoutFinalizer(pv, PV_PROTECTION_FINALIZER));
  };
  return {
    name: PV_PROTECTION,
    start() {
      queue = new WorkQueue(ctx.clock, PV_PROTECTION, ctx.state(PV_PROTECTION, newWorkQueueState));
      ctx.clock.on(PV_PROTECTION, (t) => {
        const key = queue.take(t);
        if (key !== undefined) sync(key);
      });
      ctx.api.watch('persistentvolumes', (e) => (e.type !== 'DELETED' && e.object.metadata.deletionTimestamp ? PV_PROTECTION : null), (e) => queue.add(e.object.metadata.name, DELAY_MS));
    },
  };
};
