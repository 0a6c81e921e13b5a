// kind's dynamic provisioner, rancher.io/local-path ('local-path-provisioner'): for a claim the
// persistentvolume-controller handed to it (volume.kubernetes.io/storage-provisioner) and whose
// node is chosen (volume.kubernetes.io/selected-node), it creates a hostPath PV `pvc-<uid>` pinned
// to that node; for a Released PV of its own with reclaim policy Delete, it deletes the PV.
// [rancher/local-path-provisioner provisioner.go; kubernetes-sigs/sig-storage-lib-external-provisioner
//  controller.go provisionClaimOperation (events Provisioning / ProvisioningSucceeded)]
// Simplification: the helper pod that creates or removes the directory is a fixed delay.
import type { ApiClient } from '../api/api-server';
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import type { KObject } from '../objects/types';
import type { Timer } from '../sim/clock';
import { LOCAL_PATH_PROVISIONER } from './pv-controller';
import { ANN_PROVISIONED_BY, ANN_SELECTED_NODE, ANN_STORAGE_PROVISIONER, claimClass } from './volume-util';

export const LOCAL_PATH = 'local-path-provisioner';
/** The provisioner's event source: `<provisioner>_<pod>_<uuid>` as the library names it (a fixed pod). */
export const LOCAL_PATH_EVENT_SOURCE = 'rancher.io/local-path_local-path-provisioner-7577fdbbfb-v9z4q_4e8f2c1a-6b3d-4f7e-9a15-0c2d8b7e6f31';
export const PROVISION_DELAY_MS = 1500;
export const DELETE_DELAY_MS = 1000;
const WATCH_DELAY_MS = 10;

interface State {
  /** claim uid → true while a provision is in flight; pv name → true while a delete is. */
  provisioning: Record<string, true>;
  deleting: Record<string, true>;
}

interface VolumeData extends Component {
  drop(volumeId: string): void;
}

export class LocalPathProvisioner implements Component {
  readonly name = LOCAL_PATH;
  private state!: State;
  private readonly client: ApiClient;
  private readonly record: (obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string) => void;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(LOCAL_PATH);
    this.record = ctx.events.for({ component: LOCAL_PATH_EVENT_SOURCE });
  }

  start(): void {
    this.state = this.ctx.state<State>(LOCAL_PATH, () => ({ provisioning: {}, deleting: {} }));
    this.ctx.clock.on(LOCAL_PATH, (t) => this.fire(t));
    this.ctx.api.watch('persistentvolumeclaims', (e) => (e.type !== 'DELETED' && this.wantsVolume(e.object) ? LOCAL_PATH : null), (e) => this.onClaim(e.object));
    this.ctx.api.watch('persistentvolumes', (e) => (e.type !== 'DELETED' && this.shouldDelete(e.object) ? LOCAL_PATH : null), (e) => this.onVolume(e.object));
  }

  private wantsVolume(claim: KObject): boolean {
    return claim.metadata.annotations?.[ANN_STORAGE_PROVISIONER] === LOCAL_PATH_PROVISIONER && !claim.spec?.volumeName && !claim.metadata.deletionTimestamp && !this.state.provisioning[claim.metadata.uid];
  }

  private shouldDelete(pv: KObject): boolean {
    return (
      pv.metadata.annotations?.[ANN_PROVISIONED_BY] === LOCAL_PATH_PROVISIONER &&
      pv.status?.phase === 'Released' &&
      pv.spec?.persistentVolumeReclaimPolicy === 'Delete' &&
      !this.state.deleting[pv.metadata.name]
    );
  }

  private onClaim(claim: KObject): void {
    const sc = this.ctx.api.store.get('storageclasses', undefined, claimClass(claim));
    if (!sc) return;
    const node = claim.metadata.annotations?.[ANN_SELECTED_NODE];
    if (!node) {
      // local-path volumes live on one node: without a chosen node there is nothing to provision.
      if (sc.volumeBindingMode !== 'WaitForFirstConsumer')
        this.record(claim, 'Warning', 'ProvisioningFailed', `failed to provision volume with StorageClass "${sc.metadata.name}": configuration error, no node was specified`);
      return;
    }
    this.state.provisioning[claim.metadata.uid] = true;
    // Its informer sees the claim a moment later; then it announces the work and starts it.
    this.ctx.clock.schedule(WATCH_DELAY_MS, LOCAL_PATH, 'start', { namespace: claim.metadata.namespace as string, name: claim.metadata.name, uid: claim.metadata.uid });
  }

  private begin(ns: string, name: string, uid: string): void {
    const claim = this.ctx.api.store.get('persistentvolumeclaims', ns, name);
    if (!claim || claim.metadata.uid !== uid || claim.spec?.volumeName) {
      delete this.state.provisioning[uid];
      return;
    }
    this.record(claim, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${ns}/${name}"`);
    this.ctx.clock.schedule(PROVISION_DELAY_MS, LOCAL_PATH, 'provision', { namespace: ns, name, uid });
  }

  private onVolume(pv: KObject): void {
    this.state.deleting[pv.metadata.name] = true;
    this.ctx.clock.schedule(DELETE_DELAY_MS + WATCH_DELAY_MS, LOCAL_PATH, 'delete', { name: pv.metadata.name, uid: pv.metadata.uid });
  }

  private fire(t: Timer): void {
    const d = t.data as { namespace?: string; name: string; uid: string };
    if (t.type === 'start') this.begin(d.namespace as string, d.name, d.uid);
    else if (t.type === 'provision') this.provision(d.namespace as string, d.name, d.uid);
    else if (t.type === 'delete') this.deleteVolume(d.name, d.uid);
  }

  private provision(ns: string, name: string, uid: string): void {
    delete this.state.provisioning[uid];
    const claim = this.ctx.api.store.get('persistentvolumeclaims', ns, name);
    if (!claim || claim.metadata.uid !== uid || claim.spec?.volumeName || claim.metadata.deletionTimestamp) return;
    const sc = this.ctx.api.store.get('storageclasses', undefined, claimClass(claim));
    const node = claim.metadata.annotations?.[ANN_SELECTED_NODE];
    if (!sc || !node) return;
    const pvName = `pvc-${uid}`;
    if (this.ctx.api.store.get('persistentvolumes', undefined, pvName)) return;
    this.client.create({
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: pvName, annotations: { 'local.path.provisioner/selected-node': node, [ANN_PROVISIONED_BY]: LOCAL_PATH_PROVISIONER } },
      spec: {
        accessModes: [...(claim.spec?.accessModes ?? [])],
        capacity: { storage: claim.spec?.resources?.requests?.storage },
        claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name, namespace: ns, resourceVersion: claim.metadata.resourceVersion, uid },
        hostPath: { path: `/var/local-path-provisioner/${pvName}_${ns}_${name}`, type: 'DirectoryOrCreate' },
        nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } },
        persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? 'Delete',
        storageClassName: sc.metadata.name,
        volumeMode: claim.spec?.volumeMode ?? 'Filesystem',
      },
    });
    this.record(claim, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${pvName}`);
  }

  private deleteVolume(name: string, uid: string): void {
    delete this.state.deleting[name];
    const pv = this.ctx.api.store.get('persistentvolumes', undefined, name);
    if (!pv || pv.metadata.uid !== uid || pv.status?.phase !== 'Released') return;
    if (!pv.metadata.deletionTimestamp) this.client.delete('PersistentVolume', undefined, name);
    // The directory on the node is gone with it: so are the songs recorded there.
    this.ctx.component<VolumeData>('volume-data')?.drop(`pv/${name}`);
  }
}

export const localPathProvisioner: ComponentFactory = (ctx) => new LocalPathProvisioner(ctx);
