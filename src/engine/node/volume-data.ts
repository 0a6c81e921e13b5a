// What the musicians record: a song count per volume (`pv/<pvName>`, `emptydir/<podUid>/<volume>`,
// `hostpath/<node><path>`). The kubelet adds a song per virtual minute for each running container
// into each writable volume it mounts; an emptyDir's songs go with its pod, a PV's only with the
// PV (the reclaim Delete path calls drop). Not a Kubernetes component: the app's data, kept where
// the kubelet's volumes are so that replacement pods find (or do not find) it.
import type { Component, ComponentFactory } from '../cluster/component';
import type { Pod } from '../objects/types';
import { volumeId, volumesOf } from './volumes';

export interface VolumeDataComponent extends Component {
  songs(volumeId: string): number;
  /** Records one song; returns its number. */
  record(volumeId: string): number;
  drop(volumeId: string): void;
  /** The pod's writable volumes and their songs (claims not yet bound are left out). */
  podVolumes(namespace: string, pod: string): { name: string; volumeId: string; songs: number }[];
}

export const volumeDataComponent: ComponentFactory = (ctx) => {
  const state = ctx.state<{ songs: Record<string, number> }>('volume-data', () => ({ songs: {} }));
  const component: VolumeDataComponent = {
    name: 'volume-data',
    start() {},
    songs: (id) => state.songs[id] ?? 0,
    record(id) {
      state.songs[id] = (state.songs[id] ?? 0) + 1;
      return state.songs[id];
    },
    drop(id) {
      delete state.songs[id];
    },
    podVolumes(namespace, name) {
      const pod = ctx.api.store.get<Pod>('pods', namespace || 'default', name);
      if (!pod) return [];
      const node = (pod.spec?.nodeName as string | undefined) ?? '';
      const out: { name: string; volumeId: string; songs: number }[] = [];
      for (const v of volumesOf(pod)) {
        const id = volumeId(ctx.api.store, pod, node, v);
        if (id) out.push({ name: v.name, volumeId: id, songs: state.songs[id] ?? 0 });
      }
      return out;
    },
  };
  return component;
};
