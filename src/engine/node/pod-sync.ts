
import type { KObject, Pod } from '../objects/types';
import { jsonEqual } from '../util/json-clone';
import { goDuration } from '../util/time';
import { advance, appendLog, wakeOf } from './container-runtime';
import { OOM_EXIT_CODE, OOM_REASON, } from './oom';
import { generatePodStatus } from './pod-status';
import { mountStep } from './pod-sync-hooks';
import { ensureImage, finishPull } from './pod-sync-pull';
import { PLEG_MS, type Spec, type SyncEnv, resync } from './sync-env';
import { terminatePod } from './pod-terminate';
export { PLEG_MS, resync, type Spec, type SyncEnv } from './sync-env';
import { type ContainerRt, type PodRt, inBackoffSince, nextBackoff } from './state';

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
          if (env.now >= p.op.doneAt) finishPull(this);
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

  progress(): void {
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
      ensureImage(this, c, s);
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
        if (ensureImage(this, c, s) === 'busy') return;
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
    return ensureImage(this, c, s);
  }

  setWaiting(c: ContainerRt, reason: string, message: string | undefined, retryAt: number): 'error' {
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
