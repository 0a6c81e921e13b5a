// The parts of a pod worker's life that run beside SyncPod: volume set-up before the sandbox
// (WaitForAttachAndMount with the reconciler's back-off and the 2-minute timeout event), the
// prober ticks (results, Unhealthy events, the liveness kill), configMap/secret volume refreshes
// and the musicians' songs. [k8s: pkg/kubelet/volumemanager, pkg/kubelet/prober, kuberuntime
// killContainer]. Each hook works on a PodSync so the runtime is advanced to `now` first.
import { appendLog, stopBehaviour, stopLines } from './container-runtime';
import { lookupImage, parseImage } from './images';
import { type ProbeSpec, runProbe } from './probe-handlers';
import { PROBE_TITLE, nextProbeAt, probeSpec, tickWorkers } from './prober';
import type { PodSync, Spec } from './pod-sync';
import type { ContainerRt, ProbeType } from './state';
import { mountedFiles, setUpVolumes, volumePayload, volumesOf, writableMounts } from './volumes';
import { hasOwn } from '../util/own';

export const SONG_MS = 60_000;
const RETRY_START_MS = 500;
const RETRY_MAX_MS = 122_000;
const MOUNT_TIMEOUT_MS = 120_000;

const specOf = (s: PodSync, name: string) => ((s.pod.spec?.containers ?? []) as Spec[]).find((x) => x.name === name);

/** Returns true once every volume is set up; otherwise records the failures and asks for a retry. */
export function mountStep(s: PodSync): boolean {
  const { env, p, pod } = s;
  if (p.mount?.done) return true;
  if (!pod.spec?.volumes?.length && !p.mount) {
    p.mount = { done: true, payload: {}, ids: {} };
    return true;
  }
  const r = setUpVolumes(env.store, pod, env.node);
  const m = p.mount ?? { done: false, payload: {}, ids: {} };
  p.mount = m;
  m.payload = r.payload;
  m.ids = r.ids;
  const now = env.now;
  if (!r.failed.length && !r.unprocessed.length) {
    m.done = true;
    // The sandbox is created only now.
    if (m.waitSince !== undefined) p.sandboxAt = Math.max(p.sandboxAt, now + 600 + Math.floor(env.rand() * 800));
    delete m.retryAt;
    delete m.backoffMs;
    delete m.waitSince;
    return true;
  }
  m.waitSince ??= now;
  if (r.failed.length && now >= (m.retryAt ?? 0)) {
    for (const f of r.failed) env.event(pod, 'Warning', 'FailedMount', f.message);
    m.backoffMs = m.backoffMs === undefined ? RETRY_START_MS : Math.min(m.backoffMs * 2, RETRY_MAX_MS);
    m.retryAt = now + m.backoffMs;
  }
  if (now >= m.waitSince + MOUNT_TIMEOUT_MS) {
    const unmounted = [...r.failed.map((f) => f.volume), ...r.unprocessed].sort();
    env.event(pod, 'Warning', 'FailedMount', `Unable to attach or mount volumes: unmounted volumes=[${unmounted.join(' ')}], unattached volumes=[], failed to process volumes=[${r.unprocessed.join(' ')}]: context deadline exceeded`);
    // The pod worker backs off (10 s + jitter) and waits another two minutes.
    m.waitSince = now + 10_000 + Math.floor(env.rand() * 5000);
  }
  if (r.failed.length && m.retryAt !== undefined) s.wake.push(m.retryAt);
  s.wake.push(m.waitSince + MOUNT_TIMEOUT_MS);
  return false;
}

/** A container just started: its mounted files appear, songs start a minute later. */
export function onContainerStarted(s: PodSync, c: ContainerRt, spec: Spec): void {
  const { p, env } = s;
  // A new instance starts from the image: what exec wrote into the last one is gone.
  delete c.execFiles;
  if (c.proc?.kind === 'shell' && p.mount) Object.assign(c.proc.sh.files, mountedFiles(spec.volumeMounts, p.mount.payload));
  if (!c.init && p.mount && writableMounts(s.pod, spec.volumeMounts, p.mount.ids).length) {
    c.songAt = env.now + SONG_MS;
    env.timer(p, 'song', c.songAt);
  }
}

function probeTarget(s: PodSync, c: ContainerRt, type: ProbeType) {
  const { p, env } = s;
  const spec = specOf(s, c.name) as Spec & { ports?: { name?: string; containerPort: number }[] };
  const parsed = c.image ? parseImage(c.image) : undefined;
  const flavor = parsed?.ok ? lookupImage(parsed.ref)?.profile.shell : undefined;
  const proc = c.proc;
  const sh = proc?.kind === 'shell' ? proc.sh : undefined;
  const firstWithProbe = ((s.pod.spec?.containers ?? []) as { name: string }[]).find((x) => probeSpec(s.pod, x.name, type))?.name;
  const until = type === 'startup' ? undefined : p.failProbe?.[type];
  return {
    now: env.now,
    podIP: p.ip ?? '',
    startedAt: c.running?.startedAt ?? env.now,
    proc,
    files: sh ? sh.files : mountedFiles(spec?.volumeMounts, p.mount?.payload ?? {}),
    env: sh ? sh.exported.filter((k) => hasOwn(sh.vars, k)).map((k): [string, string] => [k, sh.vars[k]]) : [],
    flavor,
    tpl: c.log.boot?.tpl,
    ports: spec?.ports ?? [],
    failing: until !== undefined && until > env.now && firstWithProbe === c.name,
  };
}

/** killContainer for a failed liveness/startup probe: the stop signal, SIGKILL after the grace period. */
function killForProbe(s: PodSync, c: ContainerRt, type: ProbeType, spec: ProbeSpec): void {
  const now = s.env.now;
  const restarts = (s.pod.spec?.restartPolicy ?? 'Always') !== 'Never';
  s.ev(c, 'Normal', 'Killing', `Container ${c.name} failed ${type} probe${restarts ? ', will be restarted' : ''}`);
  const grace = Math.max(2, spec.terminationGracePeriodSeconds ?? s.pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
  const b = c.proc ? stopBehaviour(c.proc) : undefined;
  c.killing = true;
  c.exitAt = now + (b ? Math.min(b.ms, grace) : grace);
  c.exitCode = b ? b.exitCode : 137;
  if (b) for (const line of stopLines(c.log.boot?.tpl, now, b.signal)) appendLog(c.log, now, line);
  s.wake.push(c.exitAt);
}

/** A prober tick: returns the next pod-worker wake-up the runtime asked for. */
export function probeTick(s: PodSync): number | undefined {
  const { p, env } = s;
  if (!s.load() || p.terminal) {
    delete p.probers;
    return undefined;
  }
  s.advanceAll();
  const changed = tickWorkers(p, s.pod, {
    now: env.now,
    deleting: !!s.pod.metadata.deletionTimestamp,
    restartPolicy: (s.pod.spec?.restartPolicy as string) ?? 'Always',
    container: (name) => p.containers[name],
    probe: (w, spec, c) => {
      const r = runProbe(spec, probeTarget(s, c, w.type));
      if (!r.ok) s.ev(c, 'Warning', 'Unhealthy', `${PROBE_TITLE[w.type]} probe failed: ${r.output.replace(/\n$/, '')}`);
      return r.ok;
    },
    kill: (c, type, spec) => killForProbe(s, c, type, spec),
  });
  if (changed) p.dirty = true;
  if (p.dirty && !s.pod.metadata.deletionTimestamp) s.postStatus(false);
  const next = nextProbeAt(p);
  if (next !== undefined) env.timer(p, 'probe', next);
  return s.next();
}

/** One song per minute per running container into each writable volume it mounts. */
export function songTick(s: PodSync): number | undefined {
  const { p, env } = s;
  if (!s.load()) return undefined;
  s.advanceAll();
  const vd = env.volumeData();
  let next: number | undefined;
  for (const c of Object.values(p.containers)) {
    if (!c.running || c.killing || c.songAt === undefined) continue;
    const mounts = writableMounts(s.pod, specOf(s, c.name)?.volumeMounts, p.mount?.ids ?? {});
    for (; c.songAt <= env.now; c.songAt += SONG_MS)
      for (const [path, id] of mounts) if (vd) appendLog(c.log, c.songAt, `recorded song #${vd.record(id)} to ${path}`);
    next = Math.min(next ?? c.songAt, c.songAt);
  }
  if (next !== undefined) env.timer(p, 'song', next);
  return s.next();
}

/** The periodic sync after a ConfigMap/Secret changed: mounted files (not subPath, not env) update. */
export function remountTick(s: PodSync): number | undefined {
  const { p, env } = s;
  if (!s.load() || !p.mount?.done) return undefined;
  s.advanceAll();
  const ns = p.ns;
  for (const v of volumesOf(s.pod)) {
    const pl = volumePayload(env.store, ns, v);
    // A deleted source fails SetUp: the files already written stay.
    if (!pl || 'error' in pl) continue;
    p.mount.payload[v.name] = pl.files;
    for (const c of Object.values(p.containers)) {
      if (c.proc?.kind !== 'shell') continue;
      const files = c.proc.sh.files;
      const spec = specOf(s, c.name);
      for (const m of spec?.volumeMounts ?? []) {
        if (m.name !== v.name || m.subPath) continue;
        const root = `${m.mountPath.replace(/\/$/, '')}/`;
        for (const f of Object.keys(files)) if (f.startsWith(root)) delete files[f];
      }
      Object.assign(files, mountedFiles(spec?.volumeMounts, p.mount.payload, v.name));
    }
  }
  return s.next();
}
