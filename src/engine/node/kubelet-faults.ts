// The faults a learner or lesson injects into kubelets: a failing probe, a crashed container, a node
// that dies (its processes with it) and one that comes back (a kubelet restart: fresh probers, new
// sandboxes, pods admitted again in creation order). [k8s: pkg/kubelet/kubelet.go HandlePodAdditions,
// pkg/kubelet/prober/prober_manager.go AddPod]
import type { ComponentContext } from '../cluster/component';
import { FaultError } from '../cluster/faults';
import type { Pod } from '../objects/types';
import { getOwn } from '../util/own';
import type { NodeStatusReporter } from './kubelet-node-status';
import { hex, uuidFrom } from './node-ids';
import { PodSync, type SyncEnv } from './pod-sync';
import { probeSpec } from './prober';
import type { KubeletState, NodeRt, PodRt } from './state';

/** The kubelet's own operations the fault handlers drive. */
export interface KubeletInternals {
  state: KubeletState;
  stream(node: string): string;
  status: NodeStatusReporter;
  syncEnv(node: string, rt: NodeRt): SyncEnv;
  requestSync(node: string, p: PodRt, at: number): void;
  podTimer(node: string, p: PodRt, type: 'probe' | 'song' | 'remount', at: number): void;
  admit(node: string, rt: NodeRt, pod: Pod): void;
  addProbers(node: string, rt: NodeRt, p: PodRt, pod: Pod, at: number): void;
  /** Schedules the node's next Lease tick for generation `gen`. */
  scheduleTick(node: string, gen: number): void;
  rand(node: string, min: number, max: number): number;
}

export function registerKubeletFaults(ctx: ComponentContext, k: KubeletInternals): void {
  const { state } = k;
  const findPod = (namespace: string | undefined, name: string) => {
    const pod = ctx.api.store.get<Pod>('pods', namespace ?? 'default', name);
    if (!pod) throw new FaultError(`pods "${name}" not found`);
    const node = pod.spec?.nodeName as string | undefined;
    const rt = node ? getOwn(state.nodes, node) : undefined;
    return { pod, node, rt, p: rt?.pods[pod.metadata.uid] };
  };

  const nodeRt = (node: string) => {
    const rt = getOwn(state.nodes, node);
    if (!rt) throw new FaultError(`nodes "${node}" not found`);
    return rt;
  };

  ctx.onFault('fail-probe', (f) => {
    const { pod, rt, p } = findPod(f.namespace, f.pod);
    const has = ((pod.spec?.containers ?? []) as { name: string }[]).some((c) => probeSpec(pod, c.name, f.probe));
    if (!has) throw new FaultError(`pod "${f.pod}" has no ${f.probe} probe`);
    if (!rt?.alive || !p) return;
    p.failProbe ??= {};
    // Default: 60 s; 0 clears the fault at once.
    if (f.durationMs === 0) delete p.failProbe[f.probe];
    else p.failProbe[f.probe] = ctx.clock.now() + (f.durationMs ?? 60_000);
  });
  ctx.onFault('crash-container', (f) => {
    const { pod, node, rt, p } = findPod(f.namespace, f.pod);
    const specs = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])] as { name: string }[];
    const name = f.container ?? specs[0]?.name;
    if (!specs.some((s) => s.name === name)) throw new FaultError(`container "${name}" not found in pod "${f.pod}"`);
    const c = p?.containers[name as string];
    // A container that is not running has no process to crash: nothing happens.
    if (!rt?.alive || !p || !c?.running || !node) return;
    const now = ctx.clock.now();
    const s = new PodSync(k.syncEnv(node, rt), p);
    s.exit(c, now, 1, 'Error');
    k.requestSync(node, p, now);
  });
  ctx.onFault('kill-node', (f) => {
    const rt = nodeRt(f.node);
    if (!rt.alive) return;
    const now = ctx.clock.now();
    rt.alive = false;
    rt.pullBusyUntil = 0;
    for (const p of Object.values(rt.pods)) {
      // The node is gone: processes die with it (containerd reports them as Unknown, 255).
      new PodSync(k.syncEnv(f.node, rt), p).stopAll(now, 255, 'Unknown');
      delete p.op;
      delete p.wakeAt;
      if (p.sandbox === 'ready') p.sandbox = 'dead';
      if (p.ip) delete rt.usedIps[p.ip.split('.')[3]];
    }
  });
  ctx.onFault('restore-node', (f) => {
    const rt = nodeRt(f.node);
    if (rt.alive) return;
    const node = f.node;
    const now = ctx.clock.now();
    rt.alive = true;
    rt.gen++;
    rt.startedAt = now;
    rt.bootID = uuidFrom(hex(ctx, k.stream(node), 32));
    const obj = ctx.api.store.get('nodes', undefined, node);
    const wasReady = (obj?.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
    k.status.startupEvents(node, wasReady);
    k.status.postNodeStatus(node, rt);
    k.status.renewLease(node);
    k.scheduleTick(node, rt.gen);
    const live = new Set<string>();
    // HandlePodAdditions admits in creation order (PodsByCreationTime): who came first keeps its room.
    const byCreation = (ctx.api.store.podsOnNode(node) as Pod[]).slice().sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''));
    for (const pod of byCreation) {
      live.add(pod.metadata.uid);
      const p = rt.pods[pod.metadata.uid];
      if (!p) {
        const phase = pod.status?.phase;
        if (phase !== 'Succeeded' && phase !== 'Failed') k.admit(node, rt, pod);
        continue;
      }
      p.dirty = true;
      // A restarted kubelet adds every pod to a fresh prober manager (with the start-up jitter).
      delete p.probeAt;
      delete p.probers;
      if (!p.terminal) k.addProbers(node, rt, p, pod, now);
      if (p.songAt !== undefined) k.podTimer(node, p, 'song', Math.max(now, p.songAt));
      if (!p.terminal && !pod.metadata.deletionTimestamp) {
        p.sandbox = 'creating';
        delete p.ip;
        p.sandboxAt = now + k.rand(node, 600, 1400);
        // A reboot is not a crash loop: containers come back at once.
        for (const c of Object.values(p.containers)) {
          delete c.crash;
          delete c.decideAt;
          delete c.retryAt;
        }
      }
      k.requestSync(node, p, now + k.rand(node, 20, 120));
    }
    for (const uid of Object.keys(rt.pods)) if (!live.has(uid)) delete rt.pods[uid];
  });
}
