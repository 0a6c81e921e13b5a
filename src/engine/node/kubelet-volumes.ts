// The kubelet's watches on what pods mount: a changed ConfigMap/Secret refreshes the files of pods
// mounting it on a later periodic sync (configMapAndSecretChangeDetectionStrategy Watch plus
// syncFrequency 1 m: a deterministic 60–90 s from the node's stream); a changed claim lets pods
// waiting for it retry their volume set-up (the desired-state populator runs every 100 ms).
import type { ComponentContext } from '../cluster/component';
import type { Pod, WatchEvent } from '../objects/types';
import type { KubeletState, PodRt } from './state';
import { podUses, podUsesClaim } from './volumes';

export interface VolumeWatchHooks {
  remount(node: string, p: PodRt, at: number): void;
  retryMount(node: string, p: PodRt, at: number): void;
  rand(node: string, min: number, max: number): number;
}

export function watchVolumeSources(ctx: ComponentContext, state: KubeletState, hooks: VolumeWatchHooks): void {
  const each = (ns: string | undefined, want: (p: PodRt) => boolean, act: (node: string, p: PodRt, pod: Pod) => void) => {
    for (const [node, rt] of Object.entries(state.nodes)) {
      if (!rt.alive) continue;
      for (const p of Object.values(rt.pods)) {
        if (p.ns !== ns || !want(p)) continue;
        const pod = ctx.api.store.get<Pod>('pods', p.ns, p.name);
        if (pod) act(node, p, pod);
      }
    }
  };
  const onSource = (resource: string) => (ev: WatchEvent) => {
    const name = ev.object.metadata.name;
    each(
      ev.object.metadata.namespace,
      (p) => !!p.mount?.done && p.remountAt === undefined,
      (node, p, pod) => {
        if (podUses(pod, resource, name)) hooks.remount(node, p, ctx.clock.now() + 60_000 + hooks.rand(node, 0, 30_000));
      },
    );
  };
  // A new ConfigMap concerns no mounted pod (pods still waiting for it retry on their back-off).
  ctx.api.watch('configmaps', (ev) => (ev.type === 'ADDED' ? null : 'kubelet'), onSource('configmaps'));
  ctx.api.watch('secrets', (ev) => (ev.type === 'ADDED' ? null : 'kubelet'), onSource('secrets'));
  ctx.api.watch('persistentvolumeclaims', 'kubelet', (ev) =>
    each(
      ev.object.metadata.namespace,
      (p) => !!p.mount && !p.mount.done,
      (node, p, pod) => {
        if (podUsesClaim(pod, ev.object.metadata.name)) hooks.retryMount(node, p, ctx.clock.now() + hooks.rand(node, 50, 150));
      },
    ),
  );
}
