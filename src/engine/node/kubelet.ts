// The kubelets: one component runs every node's agent (per-node JSON state), each acting in the
// trace as `kubelet/<node>`. Registers Nodes and Leases at bootstrap, renews the Lease every 10 s,
// re-posts Node status when it changed or every 5 min (kubelet-node-status.ts), runs pod workers
// (pod-sync.ts) on per-pod timers, and handles the node faults (kubelet-faults.ts).
// [k8s: pkg/kubelet/kubelet.go, kubelet_node_status.go, nodelease/controller.go]. Timers are per node/pod and only for what is due: nothing scans all pods.
import { apiErrors } from '../api/errors';
import { allocatePodIP, releasePodIP } from './host-local-ipam';
import { registerKubeletFaults } from './kubelet-faults';
import { LEASE_RENEW_MS, NODE_STATUS_REPORT_MS, nodeStatusReporter } from './kubelet-node-status';
import { hex, uuidFrom } from './node-ids';
import { type KindInfo, kindInfo } from '../api/kinds';
import type { Component, ComponentFactory } from '../cluster/component';
import { nodeName } from '../cluster/config';
import type { KObject, Pod, WatchEvent } from '../objects/types';
import type { Timer } from '../sim/clock';
import { getOwn } from '../util/own';
import { rfc3339, } from '../util/time';
import { digestOf } from './images';
import { containerLogs, type LogOptions } from './logs';
import type { ExecResult } from '../exec/container-exec';
import { kubeletExec } from './kubelet-exec';
import { admissionCheck, rejectedStatus } from './admission';
import { KERNEL_VERSION, newLease, newNode, nodeIP, nodeResources, nodeStatus } from './node-object';
import { PodSync, type SyncEnv } from './pod-sync';
import { preloadedImages } from './preloaded-images';
import { probeTick, remountTick, songTick } from './pod-sync-hooks';
import { newWorkers, nextProbeAt, } from './prober';
import type { KubeletState, NodeRt, PodRt } from './state';
import type { VolumeDataComponent } from './volume-data';
import { watchVolumeSources } from './kubelet-volumes';

export { LEASE_RENEW_MS, NODE_STATUS_REPORT_MS } from './kubelet-node-status';
const TARGET = 'kubelet';

export interface KubeletComponent extends Component {
  /** The container log as `kubectl logs` shows it; throws StatusError with the real messages. */
  containerLogs(namespace: string, pod: string, container: string, opts?: LogOptions): string;
  /** kubectl exec: runs argv in the container (kubelet-exec.ts); throws StatusError or ExecUpgradeError. */
  exec(namespace: string, pod: string, container: string, argv: string[], opts: { stdin?: string; tty: boolean }): ExecResult;
}

export const kubeletComponent: ComponentFactory = (ctx) => {
  const state = ctx.state<KubeletState>('kubelet', () => ({ nodes: {} }));
  const stream = (node: string) => `kubelet/${node}`;
  // Per-node API clients (the actor string is also the node's rng stream and watch actor).
  const clients = new Map<string, ReturnType<typeof ctx.api.client>>();
  const client = (node: string) => {
    let c = clients.get(node);
    if (!c) clients.set(node, (c = ctx.api.client(stream(node))));
    return c;
  };
  const recorders = new Map<string, ReturnType<typeof ctx.events.for>>();
  const recorder = (node: string) => {
    let r = recorders.get(node);
    if (!r) {
      r = ctx.events.for({ component: 'kubelet', host: node });
      recorders.set(node, r);
    }
    return r;
  };
  const status = nodeStatusReporter(ctx, client);

  const newSyncEnv = (node: string, rt: NodeRt): SyncEnv => ({
    node,
    rt,
    hostIP: nodeIP(rt.index),
    now: ctx.clock.now(),
    store: ctx.api.store,
    client: client(node),
    event: (pod, type, reason, message, fieldPath) => recorder(node)(pod, type, reason, message, fieldPath),
    rand: () => ctx.rng.next(client(node).actor),
    containerID: () => `containerd://${hex(ctx, client(node).actor, 64)}`,
    allocateIP: () => allocatePodIP(rt),
    releaseIP: (ip) => releasePodIP(rt, ip),
    volumeData: () => ctx.component<VolumeDataComponent>('volume-data'),
    timer: (p, type, at) => podTimer(node, p, type, at),
  });

  const AT = { probe: 'probeAt', song: 'songAt', remount: 'remountAt' } as const;
  /** One pending timer per pod and kind; an earlier request replaces a later one (stale timers are ignored). */
  const podTimer = (node: string, p: PodRt, type: keyof typeof AT, at: number) => {
    const now = ctx.clock.now();
    const cur = p[AT[type]];
    if (cur !== undefined && cur >= now && cur <= at) return;
    p[AT[type]] = at;
    ctx.clock.scheduleAt(at, TARGET, type, { n: node, u: p.uid });
  };

  // One env per node, reused by every sync (only `now` moves); rebuilt if the node's state is replaced.
  const envs = new Map<string, SyncEnv>();
  const syncEnv = (node: string, rt: NodeRt): SyncEnv => {
    let env = envs.get(node);
    if (!env || env.rt !== rt) envs.set(node, (env = newSyncEnv(node, rt)));
    env.now = ctx.clock.now();
    return env;
  };

  const requestSync = (node: string, p: PodRt, at: number) => {
    const now = ctx.clock.now();
    if (p.wakeAt !== undefined && p.wakeAt >= now && p.wakeAt <= at) return;
    p.wakeAt = at;
    ctx.clock.scheduleAt(at, TARGET, 'sync', { n: node, u: p.uid });
  };

  const sync = (node: string, rt: NodeRt, p: PodRt) => {
    delete p.wakeAt;
    const r = new PodSync(syncEnv(node, rt), p).run();
    if (r.removed) delete rt.pods[p.uid];
    else if (r.next !== undefined) requestSync(node, p, r.next);
  };

  const rand = (node: string, min: number, max: number) => min + Math.floor(ctx.rng.next(stream(node)) * (max - min));

  /** The pods this kubelet admitted and has not finished (terminating ones still hold their share). */
  const activePods = (rt: NodeRt): Pod[] => {
    const out: Pod[] = [];
    for (const p of Object.values(rt.pods)) {
      if (p.terminal) continue;
      const pod = ctx.api.store.get<Pod>('pods', p.ns, p.name);
      // A pod already gone from the API still counts until its worker finishes (with its requests unknown).
      out.push(pod?.metadata.uid === p.uid ? pod : ({ metadata: { uid: p.uid } } as Pod));
    }
    return out;
  };

  /** A pod newly seen by this kubelet: admit it (admission.ts), create the sandbox, sync. */
  const admit = (node: string, rt: NodeRt, pod: Pod) => {
    if (rt.rejecting?.[pod.metadata.uid]) return;
    const now = ctx.clock.now();
    const seen = now + rand(node, 20, 120);
    const allocatable = ctx.api.store.get('nodes', undefined, node)?.status?.allocatable ?? nodeResources(ctx.config);
    const refused = admissionCheck(pod, activePods(rt), allocatable);
    if (refused) {
      // Decided now (pods are admitted one by one, in arrival order); written when the kubelet sees it.
      (rt.rejecting ??= {})[pod.metadata.uid] = { ns: pod.metadata.namespace ?? 'default', name: pod.metadata.name, ...refused };
      ctx.clock.schedule(seen - now, TARGET, 'reject', { n: node, u: pod.metadata.uid });
      return;
    }
    const p: PodRt = {
      uid: pod.metadata.uid,
      ns: pod.metadata.namespace ?? 'default',
      name: pod.metadata.name,
      sandbox: 'creating',
      sandboxAt: seen + rand(node, 600, 1400),
      startTime: seen,
      containers: {},
      dirty: true,
    };
    rt.pods[p.uid] = p;
    requestSync(node, p, seen);
    addProbers(node, rt, p, pod, seen);
  };

  /** prober_manager AddPod: workers start with the pod worker (kubelet start time decides the jitter). */
  const addProbers = (node: string, rt: NodeRt, p: PodRt, pod: Pod, at: number) => {
    const workers = newWorkers(pod, at, rt.startedAt ?? 0, () => ctx.rng.next(stream(node)));
    if (!workers) return;
    p.probers = workers;
    podTimer(node, p, 'probe', nextProbeAt(p) as number);
  };

  const onPod = (ev: WatchEvent) => {
    const pod = ev.object as Pod;
    const node = pod.spec?.nodeName as string;
    const rt = getOwn(state.nodes, node);
    if (!rt?.alive) return;
    const p = rt.pods[pod.metadata.uid];
    if (ev.type === 'DELETED') {
      if (p) requestSync(node, p, ctx.clock.now());
      return;
    }
    if (!p) {
      const phase = pod.status?.phase;
      if (phase !== 'Succeeded' && phase !== 'Failed') admit(node, rt, pod);
      return;
    }
    if (pod.metadata.deletionTimestamp && p.killDeadline === undefined && !ev.previous?.metadata.deletionTimestamp)
      requestSync(node, p, ctx.clock.now() + rand(node, 20, 120));
  };

  /** kubelet.go rejectPod: a Warning event with the reason, then phase Failed; nothing is created. */
  const reject = (node: string, uid: string) => {
    const rt = getOwn(state.nodes, node);
    const r = rt?.rejecting?.[uid];
    if (!rt?.rejecting || !r) return;
    delete rt.rejecting[uid];
    // A node that died meanwhile decides again when it comes back (restore-node re-admits).
    if (!rt.alive) return;
    const pod = ctx.api.store.get<Pod>('pods', r.ns, r.name);
    if (!pod || pod.metadata.uid !== uid) return;
    recorder(node)(pod, 'Warning', r.reason, r.message);
    const c = client(node);
    c.updateStatus({ ...pod, status: rejectedStatus(pod, r, rfc3339(ctx.clock.now())) } as KObject);
    // Deleted before the rejection landed: nothing runs, so the kubelet confirms at once (HandlePodCleanups).
    if (pod.metadata.deletionTimestamp) c.delete('Pod', r.ns, r.name, { gracePeriodSeconds: 0, uid });
  };

  const tick = (node: string, gen: number) => {
    const rt = getOwn(state.nodes, node);
    if (!rt?.alive || rt.gen !== gen) return;
    status.renewLease(node);
    if (rt.statusDirty || ctx.clock.now() - rt.statusPostedAt >= NODE_STATUS_REPORT_MS) status.postNodeStatus(node, rt);
    ctx.clock.schedule(LEASE_RENEW_MS, TARGET, 'tick', { n: node, g: gen });
  };

  const newNodeRt = (i: number, name: string): NodeRt => ({
    index: i,
    alive: true,
    gen: 0,
    lastIp: 1,
    usedIps: {},
    images: preloadedImages(),
    pullBusyUntil: 0,
    statusPostedAt: 0,
    statusDirty: false,
    bootID: uuidFrom(hex(ctx, stream(name), 32)),
    machineID: hex(ctx, stream(name), 32),
    systemUUID: uuidFrom(hex(ctx, stream(name), 32)),
    pods: {},
  });

  const component: KubeletComponent = {
    name: 'kubelet',
    bootstrap() {
      const now = ctx.clock.now();
      for (let i = 0; i < ctx.config.nodes; i++) {
        const name = nodeName(i);
        const rt = newNodeRt(i, name);
        state.nodes[name] = rt;
        const c = client(name);
        const created = c.create({ ...newNode(name, rt), status: nodeStatus(name, rt, ctx.config, now, digestOf) });
        if (!created.status) c.updateStatus({ ...created, status: nodeStatus(name, rt, ctx.config, now, digestOf) } as KObject);
        c.create(newLease(name, created.metadata.uid, now));
        status.startupEvents(name, false);
        ctx.clock.schedule(rand(name, 1, LEASE_RENEW_MS), TARGET, 'tick', { n: name, g: 0 });
      }
    },
    start() {
      ctx.clock.on(TARGET, (t: Timer) => {
        const d = t.data as { n: string; u?: string; g?: number };
        if (t.type === 'tick') return tick(d.n, d.g ?? 0);
        if (t.type === 'reject') return reject(d.n, d.u as string);
        const rt = getOwn(state.nodes, d.n);
        const p = rt?.pods[d.u as string];
        if (!rt?.alive || !p) return;
        if (t.type === 'sync') {
          if (p.wakeAt === t.at) sync(d.n, rt, p);
          return;
        }
        const type = t.type as 'probe' | 'song' | 'remount';
        const key = `${type}At` as const;
        if (p[key] !== t.at) return;
        delete p[key];
        const s = new PodSync(syncEnv(d.n, rt), p);
        const next = type === 'probe' ? probeTick(s) : type === 'song' ? songTick(s) : remountTick(s);
        if (next !== undefined) requestSync(d.n, p, next);
      });
      watchVolumeSources(ctx, state, {
        remount: (node, p, at) => podTimer(node, p, 'remount', at),
        retryMount: (node, p, at) => requestSync(node, p, at),
        rand,
      });
      ctx.api.watch(
        'pods',
        (ev) => {
          const node = ev.object.spec?.nodeName as string | undefined;
          return node && getOwn(state.nodes, node)?.alive ? client(node).actor : null;
        },
        onPod,
      );
      registerKubeletFaults(ctx, {
        state,
        stream,
        status,
        syncEnv,
        requestSync,
        podTimer,
        admit,
        addProbers,
        scheduleTick: (node, gen) => ctx.clock.schedule(LEASE_RENEW_MS, TARGET, 'tick', { n: node, g: gen }),
        rand,
      });
    },
    containerLogs(namespace, pod, container, opts = {}) {
      const obj = ctx.api.store.get<Pod>('pods', namespace || 'default', pod);
      if (!obj) throw apiErrors.notFound(kindInfo('Pod') as KindInfo, pod);
      const node = obj.spec?.nodeName as string | undefined;
      const rt = node ? getOwn(state.nodes, node) : undefined;
      if (node && rt && !rt.alive) {
        const ip = nodeIP(rt.index);
        throw apiErrors.internal(`Get "https://${ip}:10250/containerLogs/${namespace}/${pod}/${container}": dial tcp ${ip}:10250: connect: no route to host`);
      }
      return containerLogs(obj, rt?.pods[obj.metadata.uid], container, opts, KERNEL_VERSION);
    },
    exec(namespace, pod, container, argv, opts) {
      return kubeletExec(ctx, state, namespace || 'default', pod, container, argv, opts);
    },
  };
  return component;
};
