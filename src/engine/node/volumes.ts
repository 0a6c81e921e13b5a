// The kubelet's volume manager for one pod, as far as a learner can see it: SetUp of configMap and
// secret volumes (payload files, items, optional; pkg/volume/configmap, pkg/volume/secret), the
// claim → PV lookup of persistentVolumeClaim volumes (the desired-state populator: a claim that is
// missing or not Bound keeps the pod in ContainerCreating), emptyDir and hostPath as volume-data
// ids, and the files a container sees at its mount paths. Simplifications: defaultMode/mode are
// not modelled (no `ls -l`), projected/downwardAPI volumes mount nothing, attach is instantaneous.
import type { Store } from '../api/store';
import type { Pod } from '../objects/types';
import { decodeBase64 } from './base64';
import { hasOwn, setOwn } from '../util/own';

type Json = Record<string, unknown>;
interface Item {
  key: string;
  path: string;
}
interface Volume {
  name: string;
  configMap?: { name?: string; items?: Item[]; optional?: boolean };
  secret?: { secretName?: string; items?: Item[]; optional?: boolean };
  persistentVolumeClaim?: { claimName: string; readOnly?: boolean };
  emptyDir?: Json;
  hostPath?: { path: string };
  [k: string]: unknown;
}
export interface Mount {
  name: string;
  mountPath: string;
  subPath?: string;
  readOnly?: boolean;
}

export interface SetUpResult {
  payload: Record<string, Record<string, string>>;
  ids: Record<string, string>;
  /** MountVolume.SetUp failures (the reconciler's FailedMount events). */
  failed: { volume: string; message: string }[];
  /** Volumes the populator could not process (claims missing or unbound). */
  unprocessed: string[];
}

const SOURCES = ['configMap', 'secret', 'persistentVolumeClaim', 'hostPath', 'projected', 'downwardAPI', 'csi', 'nfs', 'ephemeral'];

const volumesOf = (pod: Pod) => (pod.spec?.volumes ?? []) as unknown as Volume[];

/** The payload of a configMap or secret volume, or the SetUp error. */
export function volumePayload(store: Store, ns: string, v: Volume): { files: Record<string, string> } | { error: string } | undefined {
  const cm = v.configMap;
  const sec = v.secret;
  if (!cm && !sec) return undefined;
  const kind = cm ? 'configmap' : 'secret';
  const name = (cm ? cm.name : sec?.secretName) ?? '';
  const src = (cm ?? sec) as { items?: Item[]; optional?: boolean };
  const obj = store.get(cm ? 'configmaps' : 'secrets', ns, name);
  if (!obj) return src.optional ? { files: {} } : { error: `${kind} "${name}" not found` };
  const data: Record<string, string> = {};
  if (cm) {
    for (const [k, v] of Object.entries((obj.data ?? {}) as Record<string, string>)) setOwn(data, k, v);
    for (const [k, b] of Object.entries((obj.binaryData ?? {}) as Record<string, string>)) setOwn(data, k, decodeBase64(b));
  } else for (const [k, b] of Object.entries((obj.data ?? {}) as Record<string, string>)) setOwn(data, k, decodeBase64(b));
  if (!src.items?.length) return { files: data };
  const files: Record<string, string> = {};
  for (const it of src.items) {
    if (!hasOwn(data, it.key)) {
      if (src.optional) continue;
      return { error: cm ? `configmap references non-existent config key: ${it.key}` : `references non-existent secret key: ${it.key}` };
    }
    setOwn(files, it.path, data[it.key]);
  }
  return { files };
}

/** The volume-data id of a writable volume, undefined for others; `null` while its claim is not usable. */
export function volumeId(store: Store, pod: Pod, node: string, v: Volume): string | null | undefined {
  if (v.persistentVolumeClaim) {
    const pvc = store.get('persistentvolumeclaims', pod.metadata.namespace ?? 'default', v.persistentVolumeClaim.claimName);
    const pv = pvc?.spec?.volumeName as string | undefined;
    return pvc?.status?.phase === 'Bound' && pv ? `pv/${pv}` : null;
  }
  if (v.hostPath) return `hostpath/${node}${v.hostPath.path}`;
  if (v.emptyDir || !SOURCES.some((s) => s in v)) return `emptydir/${pod.metadata.uid}/${v.name}`;
  return undefined;
}

export function setUpVolumes(store: Store, pod: Pod, node: string): SetUpResult {
  const ns = pod.metadata.namespace ?? 'default';
  const out: SetUpResult = { payload: {}, ids: {}, failed: [], unprocessed: [] };
  for (const v of volumesOf(pod)) {
    const id = volumeId(store, pod, node, v);
    if (id === null) out.unprocessed.push(v.name);
    else if (id) out.ids[v.name] = id;
    const pl = volumePayload(store, ns, v);
    if (!pl) continue;
    if ('error' in pl) out.failed.push({ volume: v.name, message: `MountVolume.SetUp failed for volume "${v.name}" : ${pl.error}` });
    else out.payload[v.name] = pl.files;
  }
  return out;
}

/** The files a container sees through its configMap/secret mounts. */
export function mountedFiles(mounts: Mount[] | undefined, payload: Record<string, Record<string, string>>, onlyVolume?: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const m of mounts ?? []) {
    const pl = payload[m.name];
    if (!pl || (onlyVolume && (m.name !== onlyVolume || m.subPath))) continue;
    const root = m.mountPath.replace(/\/$/, '');
    if (m.subPath) {
      if (hasOwn(pl, m.subPath)) files[root] = pl[m.subPath];
    } else for (const [rel, content] of Object.entries(pl)) setOwn(files, `${root}/${rel}`, content);
  }
  return files;
}

/** Writable mounts of a container: [mountPath, volume-data id]. */
export function writableMounts(pod: Pod, mounts: Mount[] | undefined, ids: Record<string, string>): [string, string][] {
  const vols = volumesOf(pod);
  const out: [string, string][] = [];
  for (const m of mounts ?? []) {
    const v = vols.find((x) => x.name === m.name);
    if (!v || m.readOnly || v.persistentVolumeClaim?.readOnly || !ids[m.name]) continue;
    out.push([m.mountPath, ids[m.name]]);
  }
  return out;
}

/** Whether the pod mounts this ConfigMap ('configmaps') or Secret ('secrets'). */
export function podUses(pod: Pod, resource: string, name: string): boolean {
  return volumesOf(pod).some((v) => (resource === 'configmaps' ? v.configMap?.name === name : v.secret?.secretName === name));
}

/** Whether the pod uses this claim. */
export function podUsesClaim(pod: Pod, claim: string): boolean {
  return volumesOf(pod).some((v) => v.persistentVolumeClaim?.claimName === claim);
}

export { volumesOf };
