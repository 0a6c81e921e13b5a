// One kubelet pod worker's SyncPod, level-triggered over virtual time: advance the runtime (sandbox,
// image pull, processes, stop signals) to now, decide the next step (start the next init container,
// start or restart app containers with the crash back-off, or kill everything for a delete), write
// the status if it changed, and ask for the next wake-up. [k8s: pkg/kubelet/kubelet.go SyncPod,
// pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions, images/image_manager.go]
// Simplifications: one step at a time per pod (the real kubelet also blocks on pulls), exits are
// noticed at once and acted on at the next PLEG relist (1 s); no lifecycle hooks. Volumes,
// probes and songs live in pod-sync-hooks.ts.
import type { ApiClient } from '../api/api-server';
import type { Store } from '../api/store';
import type { KObject, Pod } from '../objects/types';
import { jsonEqual } from '../util/json-clone';
import { EPOCH_MS, goDuration } from '../util/time';
import { renderLines } from './catalogue/boot';
import { advance, appendLog, resolveProcess, startProc, wakeOf } from './container-runtime';
import { containerEnv } from './env';
import { type ImageInfo, imageIdleMemory, lookupImage, parseImage, pullDurationMs, pullError } from './images';
import { KERNEL_VERSION } from './node-object';
import { OOM_EXIT_CODE, OOM_REASON, oomKillAt, procUsage } from './oom';
import { generatePodStatus } from './pod-status';
import { mountStep, onContainerStarted } from './pod-sync-hooks';
import { terminatePod } from './pod-terminate';
import { type ContainerRt, type NodeRt, type PodRt, inBackoffSince, inBackoffSinceUpdate, nextBackoff } from './state';
import type { VolumeDataComponent } from './volume-data';
import { mountedFiles } from './volumes';

export const PLEG_MS = 1000;

export interface SyncEnv {
  node: string;
  rt: NodeRt;
  hostIP: string;
  now: number;
  store: Store;
  client: ApiClient;
  event(pod: KObject, type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void;
  /** A float in [0, 1) from this node's stream. */
  rand(): number;
  containerID(): string;
  allocateIP(): string;
  releaseIP(ip: string | undefined): void;
  volumeData(): VolumeDataComponent | undefined;
  /** Asks for the pod's prober, song or remount timer at `at` (one pending timer of each). */
  timer(p: PodRt, type: 'probe' | 'song' | 'remount', at: number): void;
}

export interface Spec {
  name: string;
  volumeMounts?: { name: string; mountPath: string; subPath?: string; readOnly?: boolean }[];
  image?: string;
  imagePullPolicy?: string;
  command?: string[];
  args?: string[];
  env?: unknown[];
  envFrom?: unknown[];
  resources?: { limits?: Record<string, unknown>; requests?: Record<string, unknown> };
}

/** The pod worker's retry of a failing sync (workerBackOffPeriod 10 s with 0.5 jitter). */
export const resync = (env: SyncEnv): number => env.now + 10_000 + Math.floor(env.rand() * 5000);

const fieldPath = (c: ContainerRt): string => `spec.${c.init ? 'initContainers' : 'containers'}{${c.name}}`;

export class PodSync {
  readonly wake: number[] = [];
  pod!: Pod;

  constructor(
    readonly env: SyncEnv,
    readonly p: PodRt,
  ) {}

  /** Reads the pod; false when it is gone or replaced. */
  load(): boolean {
    const pod = this.env.store.get<Pod>('pods', this.p.ns, this.p.name);
    if (!pod || pod.metadata.uid !== this.p.uid) return false;
    this.pod = pod;
    return true;
  }

  /** The earliest future wake-up asked for. */
  next(): number | undefined {
    const future = this.wake.filter((t) => t > this.env.now);
    return future.length ? Math.min(...future) : undefined;
  }

  ev(c: ContainerRt, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.env.event(this.pod, type, reason, message, fieldPath(c));
  }

  private crt(spec: Spec, init: boolean): ContainerRt {
    let c = this.p.containers[spec.name];
    if (!c) {
      c = { name: spec.name, init, restartCount: 0, log: { lines: [] } };
      this.p.containers[spec.name] = c;
    }
    return c;
  }

  /** Runs the sync; returns the next wake-up time, or undefined when the pod needs none. */
  run(): { next?: number; removed?: boolean } {
    const { env, p } = this;
    const pod = env.store.get<Pod>('pods', p.ns, p.name);
    if (!pod || pod.metadata.uid !== p.uid) {
      this.stopAll(env.now, 137, 'Error');
      env.releaseIP(p.ip);
      this.dropEmptyDirs();
      return { removed: true };
    }
    this.pod = pod;
    this.advanceAll();
    if (pod.metadata.deletionTimestamp) {
      if (this.terminate()) {
        this.dropEmptyDirs();
        return { removed: true };
      }
    } else if (!p.terminal) {
      // WaitForAttachAndMount comes before the sandbox: a pod with unmountable volumes has no IP.
      if (p.sandbox === 'creating' && mountStep(this)) {
        if (env.now >= p.sandboxAt) {
          // A host-network pod (kube-proxy) has the node's IP and takes none from the pod range.
          p.ip = pod.spec?.hostNetwork ? env.hostIP : env.allocateIP();
          p.sandbox = 'ready';
          p.dirty = true;
        } else this.wake.push(p.sandboxAt);
      }
      if (p.sandbox === 'ready') {
        if (p.op) {
          if (env.now >= p.op.doneAt) this.finishPull();
          else this.wake.push(p.op.doneAt);
        }
        if (!p.op) this.progress();
      }
      // Only a changed runtime state can change the status (a script printing a line cannot).
      if (p.dirty) this.postStatus(false);
    }
    return { next: this.next() };
  }

  private dropEmptyDirs(): void {
    const vd = this.env.volumeData();
    for (const id of Object.values(this.p.mount?.ids ?? {})) if (id.startsWith('emptydir/')) vd?.drop(id);
  }

  // ---- runtime ----

  advanceAll(): void {
    for (const c of Object.values(this.p.containers)) this.advanceOne(c);
  }

  advanceOne(c: ContainerRt): void {
    if (!c.running || !c.proc) return;
    const now = this.env.now;
    const end = Math.min(c.exitAt ?? Number.POSITIVE_INFINITY, c.oomAt ?? Number.POSITIVE_INFINITY);
    const until = Math.min(now, end - 1);
    const r = advance(c.proc, until, { hostname: this.pod?.spec?.hostname ?? this.p.name, log: (at, line) => appendLog(c.log, at, line) });
    if (r) return this.exit(c, r.at, r.code);
    // The memory cgroup's kill comes first unless the stop signal's exit is earlier.
    if (c.oomAt !== undefined && c.oomAt <= now && c.oomAt === end) return this.exit(c, c.oomAt, OOM_EXIT_CODE, OOM_REASON);
    if (c.exitAt !== undefined && c.exitAt <= now) return this.exit(c, c.exitAt, c.exitCode ?? 137);
    const w = wakeOf(c.proc);
    if (w !== undefined) this.wake.push(w);
    if (c.exitAt !== undefined) this.wake.push(c.exitAt);
    if (c.oomAt !== undefined) this.wake.push(c.oomAt);
  }

  exit(c: ContainerRt, at: number, code: number, reason?: string): void {
    if (!c.running) return;
    this.p.dirty = true;
    c.terminated = { containerID: c.running.containerID, exitCode: code, reason: reason ?? (code === 0 ? 'Completed' : 'Error'), startedAt: c.running.startedAt, finishedAt: at };
    delete c.running;
    delete c.proc;
    delete c.exitAt;
    delete c.exitCode;
    delete c.oomAt;
    delete c.killing;
    delete c.songAt;
    c.decideAt = at + PLEG_MS;
    this.wake.push(c.decideAt);
  }

  stopAll(at: number, code: number, reason: string): void {
    for (const c of Object.values(this.p.containers)) if (c.running) this.exit(c, at, code, reason);
  }

  // ---- starting containers ----

  private progress(): void {
    // biome-ignore lint/suspicious/noExplicitAny: the spec is walked as plain JSON.
    const spec: any = this.pod.spec ?? {};
    const policy = (spec.restartPolicy as string) ?? 'Always';
    for (const s of (spec.initContainers ?? []) as Spec[]) {
      const c = this.crt(s, true);
      if (c.terminated?.exitCode === 0) continue;
      if (c.running) return;
      if (c.terminated || c.lastTerminated) {
        if (policy === 'Never') return this.finish();
        this.restart(c, s);
        return;
      }
      this.start(c, s);
      return;
    }
    let live = false;
    for (const s of (spec.containers ?? []) as Spec[]) {
      const c = this.crt(s, false);
      if (c.running) {
        live = true;
        continue;
      }
      const last = c.terminated ?? c.lastTerminated;
      if (!last || (c.waiting && c.waiting.reason !== 'CrashLoopBackOff' && c.waiting.reason !== 'RunContainerError' && !c.terminated)) {
        live = true;
        if (c.retryAt !== undefined && this.env.now < c.retryAt) {
          this.wake.push(c.retryAt);
          continue;
        }
        if (this.start(c, s) === 'busy') return;
        continue;
      }
      const code = last.exitCode;
      if (policy === 'Always' || (policy === 'OnFailure' && code !== 0)) {
        live = true;
        if (this.restart(c, s) === 'busy') return;
      }
    }
    if (!live && !this.p.op) this.finish();
  }

  /** Nothing will run again (restartPolicy): the sandbox goes away, the pod is terminal. */
  private finish(): void {
    this.p.dirty = true;
    this.p.terminal = true;
    this.p.sandbox = 'dead';
    this.env.releaseIP(this.p.ip);
  }

  private restart(c: ContainerRt, s: Spec): 'busy' | 'waiting' | 'started' | 'error' {
    const now = this.env.now;
    if (c.decideAt !== undefined && now < c.decideAt) {
      this.wake.push(c.decideAt);
      return 'waiting';
    }
    if (c.retryAt !== undefined && now < c.retryAt) {
      this.wake.push(c.retryAt);
      return 'waiting';
    }
    const last = c.terminated ?? c.lastTerminated;
    if (last && inBackoffSince(c.crash, last.finishedAt, now)) {
      const ms = c.crash?.ms ?? 0;
      if (c.terminated) {
        c.lastTerminated = c.terminated;
        delete c.terminated;
      }
      const who = `${this.p.name}_${this.p.ns}(${this.p.uid})`;
      this.p.dirty = true;
      c.waiting = { reason: 'CrashLoopBackOff', message: `back-off ${goDuration(ms)} restarting failed container=${c.name} pod=${who}` };
      this.ev(c, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${who}`);
      c.retryAt = Math.min(last.finishedAt + ms, resync(this.env));
      this.wake.push(c.retryAt);
      return 'waiting';
    }
    c.crash = nextBackoff(c.crash, now);
    return this.start(c, s);
  }

  private setWaiting(c: ContainerRt, reason: string, message: string | undefined, retryAt: number): 'error' {
    this.p.dirty = true;
    if (c.terminated) {
      c.lastTerminated = c.terminated;
      delete c.terminated;
    }
    c.waiting = message ? { reason, message } : { reason };
    c.retryAt = retryAt;
    this.wake.push(retryAt);
    return 'error';
  }

  /** EnsureImageExists, then create and start. */
  private start(c: ContainerRt, s: Spec): 'busy' | 'started' | 'error' {
    const { env } = this;
    const image = s.image ?? '';
    const parsed = parseImage(image);
    if (!parsed.ok) {
      this.ev(c, 'Warning', 'InspectFailed', parsed.message);
      this.ev(c, 'Warning', 'Failed', 'Error: InvalidImageName');
      return this.setWaiting(c, 'InvalidImageName', parsed.message, resync(env));
    }
    const ref = parsed.ref;
    const present = env.rt.images[ref.full] !== undefined;
    const policy = s.imagePullPolicy ?? (ref.tag === 'latest' ? 'Always' : 'IfNotPresent');
    if (policy === 'Never' && !present) {
      const msg = `Container image "${image}" is not present with pull policy of Never`;
      this.ev(c, 'Warning', 'ErrImageNeverPull', msg);
      this.ev(c, 'Warning', 'Failed', 'Error: ErrImageNeverPull');
      return this.setWaiting(c, 'ErrImageNeverPull', msg, resync(env));
    }
    if (policy !== 'Always' && present) {
      this.ev(c, 'Normal', 'Pulled', `Container image "${image}" already present on machine`);
      return this.create(c, s, lookupImage(ref) as ImageInfo);
    }
    if (inBackoffSinceUpdate(c.pull, env.now)) {
      const msg = `Back-off pulling image "${image}"`;
      this.ev(c, 'Normal', 'BackOff', msg);
      this.ev(c, 'Warning', 'Failed', 'Error: ImagePullBackOff');
      const b = c.pull as { lastUpdate: number; ms: number };
      return this.setWaiting(c, 'ImagePullBackOff', msg, Math.min(b.lastUpdate + b.ms, resync(env)));
    }
    this.ev(c, 'Normal', 'Pulling', `Pulling image "${image}"`);
    const info = lookupImage(ref);
    const startedAt = Math.max(env.now, env.rt.pullBusyUntil);
    const sameRepo = Object.keys(env.rt.images).some((k) => k.startsWith(`${ref.repository}:`) || k.startsWith(`${ref.repository}@`));
    const dur = info ? pullDurationMs(info.size, present ? 'present' : sameRepo ? 'repository' : 'none', env.rand()) : 600 + Math.floor(env.rand() * 900);
    const doneAt = startedAt + dur;
    // Pulls are serialised per node (serializeImagePulls: true), hence "(… including waiting)".
    env.rt.pullBusyUntil = doneAt;
    this.p.op = { container: c.name, requestedAt: env.now, startedAt, doneAt, ok: !!info };
    this.wake.push(doneAt);
    return 'busy';
  }

  private finishPull(): void {
    const { env, p } = this;
    const op = p.op;
    if (!op) return;
    delete p.op;
    const spec = [...((this.pod.spec?.initContainers ?? []) as Spec[]), ...((this.pod.spec?.containers ?? []) as Spec[])].find((s) => s.name === op.container);
    const c = p.containers[op.container];
    if (!spec || !c) return;
    const image = spec.image ?? '';
    const parsed = parseImage(image);
    if (!parsed.ok) return;
    const info = op.ok ? lookupImage(parsed.ref) : undefined;
    if (!info) {
      const err = pullError(parsed.ref);
      this.ev(c, 'Warning', 'Failed', `Failed to pull image "${image}": ${err}`);
      this.ev(c, 'Warning', 'Failed', 'Error: ErrImagePull');
      c.pull = nextBackoff(c.pull, env.now);
      // The failed sync is retried shortly (status update, PLEG); that retry finds the back-off.
      this.setWaiting(c, 'ErrImagePull', err, env.now + PLEG_MS);
      return;
    }
    if (env.rt.images[info.ref.full] === undefined) {
      env.rt.images[info.ref.full] = info.size;
      env.rt.statusDirty = true;
    }
    delete c.pull;
    this.ev(c, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${goDuration(op.doneAt - op.startedAt)} (${goDuration(op.doneAt - op.requestedAt)} including waiting). Image size: ${info.size} bytes.`);
    this.create(c, spec, info);
    if (!p.op) this.progress();
  }

  private create(c: ContainerRt, s: Spec, info: ImageInfo): 'started' | 'error' {
    const { env } = this;
    const now = env.now;
    const envVars = containerEnv(env.store, this.pod, s, this.p.ip);
    if (!envVars.ok) {
      this.ev(c, 'Warning', 'Failed', `Error: ${envVars.message}`);
      return this.setWaiting(c, 'CreateContainerConfigError', envVars.message, resync(env));
    }
    for (const w of envVars.warnings) env.event(this.pod, 'Warning', 'InvalidEnvironmentVariableNames', w);
    const res = resolveProcess(info, s, envVars.env, () => mountedFiles(s.volumeMounts, this.p.mount?.payload ?? {}));
    this.p.dirty = true;
    if (c.image !== undefined) {
      c.restartCount++;
      if (c.terminated) c.lastTerminated = c.terminated;
      c.prevLog = c.log;
      c.log = { lines: [] };
    }
    delete c.terminated;
    delete c.waiting;
    delete c.retryAt;
    delete c.decideAt;
    c.image = info.ref.full;
    c.imageID = info.id;
    const id = env.containerID();
    c.log.id = id;
    this.ev(c, 'Normal', 'Created', `Created container: ${c.name}`);
    if (!res.ok) {
      this.ev(c, 'Warning', 'Failed', `Error: ${res.message}`);
      // runc never started the process: startedAt is the zero time, as containerd reports it.
      c.lastTerminated = { containerID: id, exitCode: 128, reason: 'StartError', message: res.message, startedAt: -EPOCH_MS, finishedAt: now };
      c.waiting = { reason: 'RunContainerError', message: res.message };
      c.decideAt = now + PLEG_MS;
      this.wake.push(c.decideAt);
      return 'error';
    }
    this.ev(c, 'Normal', 'Started', `Started container ${c.name}`);
    c.running = { containerID: id, startedAt: now };
    c.proc = res.proc;
    startProc(res.proc, now);
    const host = this.pod.spec?.hostname ?? this.p.name;
    const version = info.version ?? '';
    if (res.boot) c.log.boot = { tpl: res.boot, at: now, tag: info.ref.tag, ip: this.p.ip ?? '', version, host };
    if (res.lines?.length) for (const line of renderLines(res.lines, { at: now, version, kernel: KERNEL_VERSION, ip: this.p.ip ?? '', host })) appendLog(c.log, now, line);
    const oomAt = oomKillAt(s.resources?.limits?.memory, procUsage(res.proc), imageIdleMemory(s.image), now);
    if (oomAt !== undefined) c.oomAt = oomAt;
    onContainerStarted(this, c, s);
    this.advanceOne(c);
    return 'started';
  }

  // ---- termination (pod-terminate.ts) ----

  private terminate(): boolean {
    return terminatePod(this);
  }

  postStatus(podIsTerminal: boolean): void {
    const pod = this.env.store.get<Pod>('pods', this.p.ns, this.p.name) ?? this.pod;
    this.p.dirty = false;
    const status = generatePodStatus(pod, this.p, this.env.hostIP, this.env.now, podIsTerminal || !!this.p.terminal);
    if (jsonEqual(status, pod.status)) return;
    this.pod = this.env.client.updateStatus<Pod>({ ...pod, status } as KObject);
  }
}
