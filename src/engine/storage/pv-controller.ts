// The PersistentVolume controller ('persistentvolume-controller'): binds claims to volumes, asks
// external provisioners for new ones, marks volumes Released when their claim goes and applies
// the reclaim policy. Also creates kind's default StorageClass `standard` at bootstrap.
// [k8s: pkg/controller/volume/persistentvolume/pv_controller.go syncClaim, syncUnboundClaim,
//  syncBoundClaim, syncVolume, provisionClaim, reclaimVolume]
// Simplifications: no 15 s periodic resync (events are not re-emitted on a timer); the
// scheduler's PreBind step (annotating a WaitForFirstConsumer claim with the chosen node) is done
// here when the pod is bound, after rather than before the binding; Recycle is not modelled.
import type { ApiClient } from '../api/api-server';
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import type { KObject, Node, Pod } from '../objects/types';
import type { Timer } from '../sim/clock';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../controllers/work-queue';
import { bindVolumeAndClaim, findMatchingVolume, isVolumeBoundToClaim } from './pv-binding';
import {
  ANN_BETA_STORAGE_PROVISIONER,
  ANN_BIND_COMPLETED,
  ANN_PROVISIONED_BY,
  ANN_SELECTED_NODE,
  ANN_STORAGE_PROVISIONER,
  IS_DEFAULT_CLASS_ANNOTATION,
  claimClass,
  isDelayBinding,
  podClaimNames,
} from './volume-util';

export const PV_CONTROLLER = 'persistentvolume-controller';
/** Informer delivery plus a worker picking the key up. */
export const PV_WATCH_DELAY_MS = 5;
/** kind's default class provisioner (rancher.io/local-path, WaitForFirstConsumer). */
export const LOCAL_PATH_PROVISIONER = 'rancher.io/local-path';
const RESYNC_MS = 15_000;
export const WAIT_FOR_FIRST_CONSUMER_MSG = 'waiting for first consumer to be created before binding';
export const NO_CLASS_MSG = 'no persistent volumes available for this claim and no storage class is set';

export function externalProvisioningMessage(provisioner: string): string {
  return `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`;
}

/** kind's storage class, as its default manifest creates it. */
export const STANDARD_STORAGE_CLASS = {
  apiVersion: 'storage.k8s.io/v1',
  kind: 'StorageClass',
  metadata: { name: 'standard', annotations: { [IS_DEFAULT_CLASS_ANNOTATION]: 'true' } },
  provisioner: LOCAL_PATH_PROVISIONER,
  reclaimPolicy: 'Delete',
  volumeBindingMode: 'WaitForFirstConsumer',
};

interface State {
  queue: WorkQueueState;
}

type Recorder = (obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string) => void;

export class PersistentVolumeController implements Component {
  readonly name = PV_CONTROLLER;
  private queue!: WorkQueue;
  private readonly client: ApiClient;
  private readonly record: Recorder;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(PV_CONTROLLER);
    this.record = ctx.events.for({ component: PV_CONTROLLER });
  }

  bootstrap(): void {
    this.ctx.api.client('kubectl').create(structuredClone(STANDARD_STORAGE_CLASS));
    this.ctx.clock.schedule(RESYNC_MS, PV_CONTROLLER, 'resync');
  }

  start(): void {
    const state = this.ctx.state<State>(PV_CONTROLLER, () => ({ queue: newWorkQueueState() }));
    this.queue = new WorkQueue(this.ctx.clock, PV_CONTROLLER, state.queue);
    this.ctx.clock.on(PV_CONTROLLER, (t) => this.process(t));
    this.ctx.api.watch('persistentvolumeclaims', PV_CONTROLLER, (e) => {
      const c = e.object;
      if (e.type === 'DELETED') {
        if (c.spec?.volumeName) this.queue.add(`volume//${c.spec.volumeName}`, PV_WATCH_DELAY_MS);
        return;
      }
      this.queue.add(`claim/${c.metadata.namespace}/${c.metadata.name}`, PV_WATCH_DELAY_MS);
    });
    this.ctx.api.watch('persistentvolumes', PV_CONTROLLER, (e) => {
      if (e.type === 'DELETED') {
        const ref = e.object.spec?.claimRef;
        if (ref) this.queue.add(`claim/${ref.namespace}/${ref.name}`, PV_WATCH_DELAY_MS);
        return;
      }
      this.queue.add(`volume//${e.object.metadata.name}`, PV_WATCH_DELAY_MS);
    });
    // Only bindings matter: a pod landing on a node is the "first consumer" of its claims.
    this.ctx.api.watch('pods', (e) => (e.type !== 'DELETED' && e.object.spec?.nodeName && !e.previous?.spec?.nodeName && podClaimNames(e.object).length ? PV_CONTROLLER : null), (e) => this.onPodBound(e.object as Pod));
  }

  private process(timer: Timer): void {
    if (timer.type === 'resync') return this.resync();
    const key = this.queue.take(timer);
    if (key === undefined) return;
    try {
      const [kind, ns, name] = key.split('/');
      if (kind === 'claim') this.syncClaim(ns, name);
      else this.syncVolume(name);
      this.queue.forget(key);
    } catch {
      this.queue.addRateLimited(key);
    }
  }

  /**
   * --pvclaimbinder-sync-period (15 s): every unbound claim is synced again, which is how a claim
   * finds a volume created after it (the real controller resyncs volumes too; bound ones need nothing).
   */
  private resync(): void {
    this.ctx.clock.schedule(RESYNC_MS, PV_CONTROLLER, 'resync');
    for (const c of this.ctx.api.store.list('persistentvolumeclaims')) {
      if (c.status?.phase !== 'Bound' && !c.metadata.deletionTimestamp) this.queue.add(`claim/${c.metadata.namespace}/${c.metadata.name}`);
    }
  }

  /** The scheduler's VolumeBinding PreBind: tell the provisioner which node the claim is for. */
  private onPodBound(pod: Pod): void {
    const scheduler = this.ctx.api.client('default-scheduler');
    for (const name of podClaimNames(pod)) {
      const claim = this.ctx.api.store.get('persistentvolumeclaims', pod.metadata.namespace, name);
      if (!claim || claim.spec?.volumeName || claim.metadata.annotations?.[ANN_SELECTED_NODE]) continue;
      if (!isDelayBinding(this.ctx.api.store, claim)) continue;
      scheduler.update({ ...claim, metadata: { ...claim.metadata, annotations: { ...(claim.metadata.annotations ?? {}), [ANN_SELECTED_NODE]: pod.spec?.nodeName as string } } });
    }
  }

  private volumes(): KObject[] {
    return this.ctx.api.store.list('persistentvolumes');
  }

  syncClaim(ns: string, name: string): void {
    const claim = this.ctx.api.store.get('persistentvolumeclaims', ns, name);
    if (!claim) return;
    if (claim.metadata.annotations?.[ANN_BIND_COMPLETED] !== 'yes') this.syncUnboundClaim(claim);
    else this.syncBoundClaim(claim);
  }

  private setClaimPhase(claim: KObject, phase: string): void {
    if (claim.status?.phase === phase) return;
    this.client.updateStatus({ ...claim, status: { ...claim.status, phase } });
  }

  private syncUnboundClaim(claim: KObject): void {
    const store = this.ctx.api.store;
    if (claim.spec?.volumeName) {
      // Pre-bound by the user to a named volume.
      const pv = store.get('persistentvolumes', undefined, claim.spec.volumeName);
      if (!pv) return this.setClaimPhase(claim, 'Pending');
      if (pv.spec?.claimRef && !isVolumeBoundToClaim(pv, claim)) {
        this.setClaimPhase(claim, 'Pending');
        this.record(claim, 'Warning', 'FailedBinding', `volume "${pv.metadata.name}" already bound to a different claim.`);
        return;
      }
      bindVolumeAndClaim(this.client, pv, claim);
      return;
    }
    const delay = isDelayBinding(store, claim);
    const selected = claim.metadata.annotations?.[ANN_SELECTED_NODE];
    const node = selected ? store.get<Node>('nodes', undefined, selected) : undefined;
    const pv = findMatchingVolume(claim, this.volumes(), node, delay);
    if (pv) {
      bindVolumeAndClaim(this.client, pv, claim);
      return;
    }
    this.setClaimPhase(claim, 'Pending');
    const current = store.get('persistentvolumeclaims', claim.metadata.namespace, claim.metadata.name) ?? claim;
    if (delay && !selected) {
      this.record(current, 'Normal', 'WaitForFirstConsumer', WAIT_FOR_FIRST_CONSUMER_MSG);
      return;
    }
    const cls = claimClass(current);
    if (!cls) {
      this.record(current, 'Normal', 'FailedBinding', NO_CLASS_MSG);
      return;
    }
    const sc = store.get('storageclasses', undefined, cls);
    if (!sc) {
      this.record(current, 'Warning', 'ProvisioningFailed', `storageclass.storage.k8s.io "${cls}" not found`);
      return;
    }
    this.provisionClaim(current, sc.provisioner as string);
  }

  /** provisionClaim for an out-of-tree provisioner: annotate the claim and wait for its PV. */
  private provisionClaim(claim: KObject, provisioner: string): void {
    const a = claim.metadata.annotations ?? {};
    if (a[ANN_STORAGE_PROVISIONER] !== provisioner || a[ANN_BETA_STORAGE_PROVISIONER] !== provisioner) {
      this.client.update({ ...claim, metadata: { ...claim.metadata, annotations: { ...a, [ANN_BETA_STORAGE_PROVISIONER]: provisioner, [ANN_STORAGE_PROVISIONER]: provisioner } } });
    }
    this.record(claim, 'Normal', 'ExternalProvisioning', externalProvisioningMessage(provisioner));
  }

  private syncBoundClaim(claim: KObject): void {
    const name = claim.spec?.volumeName;
    const pv = name ? this.ctx.api.store.get('persistentvolumes', undefined, name) : undefined;
    if (!pv) {
      if (claim.status?.phase !== 'Lost') {
        this.setClaimPhase(claim, 'Lost');
        this.record(claim, 'Warning', 'ClaimLost', 'Bound claim has lost its PersistentVolume. Data on the volume is lost!');
      }
      return;
    }
    if (!pv.spec?.claimRef || isVolumeBoundToClaim(pv, claim)) {
      if (claim.status?.phase !== 'Bound' || pv.status?.phase !== 'Bound' || pv.spec?.claimRef?.uid !== claim.metadata.uid) bindVolumeAndClaim(this.client, pv, claim);
      return;
    }
    if (claim.status?.phase !== 'Lost') {
      this.setClaimPhase(claim, 'Lost');
      this.record(claim, 'Warning', 'ClaimMisbound', 'Two claims are bound to the same volume, this one is bound incorrectly');
    }
  }

  private setVolumePhase(pv: KObject, phase: string, message?: string): KObject {
    if (pv.status?.phase === phase && pv.status?.message === message) return pv;
    const status: Record<string, unknown> = { ...pv.status, phase };
    if (message) status.message = message;
    else delete status.message;
    return this.client.updateStatus({ ...pv, status });
  }

  syncVolume(name: string): void {
    const pv = this.ctx.api.store.get('persistentvolumes', undefined, name);
    if (!pv) return;
    const ref = pv.spec?.claimRef;
    if (!ref) {
      this.setVolumePhase(pv, 'Available');
      return;
    }
    const claim = this.ctx.api.store.get('persistentvolumeclaims', ref.namespace, ref.name);
    if (claim && !ref.uid) {
      // Pre-bound to a claim by name: the claim's sync binds it.
      this.setVolumePhase(pv, 'Available');
      this.queue.add(`claim/${ref.namespace}/${ref.name}`, PV_WATCH_DELAY_MS);
      return;
    }
    if (claim && claim.metadata.uid === ref.uid) {
      if (claim.spec?.volumeName === pv.metadata.name) this.setVolumePhase(pv, 'Bound');
      else this.queue.add(`claim/${ref.namespace}/${ref.name}`, PV_WATCH_DELAY_MS);
      return;
    }
    // The claim is gone: the volume is released and its reclaim policy applies.
    if (pv.status?.phase === 'Released' || pv.status?.phase === 'Failed') return;
    const released = this.setVolumePhase(pv, 'Released');
    this.reclaimVolume(released);
  }

  private reclaimVolume(pv: KObject): void {
    const policy = pv.spec?.persistentVolumeReclaimPolicy;
    if (policy === 'Retain') return;
    if (policy === 'Delete') {
      // Volumes of an external provisioner are deleted by it (see local-path-provisioner.ts).
      if (pv.metadata.annotations?.[ANN_PROVISIONED_BY]) return;
      const msg = `error getting deleter volume plugin for volume "${pv.metadata.name}": no deletable volume plugin matched`;
      this.setVolumePhase(pv, 'Failed', msg);
      this.record(pv, 'Warning', 'VolumeFailedDelete', msg);
      return;
    }
    // Recycle (deprecated) is not modelled: such a volume fails as one without a recycler would.
    const msg = `No recycler plugin found for the volume!`;
    this.setVolumePhase(pv, 'Failed', msg);
    this.record(pv, 'Warning', 'VolumeFailedRecycle', msg);
  }
}

export const persistentVolumeController: ComponentFactory = (ctx) => new PersistentVolumeController(ctx);
