// Creating and starting one container once its image is present: env (a missing ConfigMap or Secret
// key is CreateContainerConfigError), the entrypoint (a missing executable is a StartError), the
// restart bookkeeping, the first log lines and the memory cgroup's OOM deadline.
// [k8s: pkg/kubelet/kuberuntime/kuberuntime_container.go startContainer]
import { EPOCH_MS } from '../util/time';
import { renderLines } from './catalogue/boot';
import { appendLog, resolveProcess, startProc } from './container-runtime';
import { containerEnv } from './env';
import { type ImageInfo, imageIdleMemory } from './images';
import { KERNEL_VERSION } from './node-object';
import { oomKillAt, procUsage } from './oom';
import type { PodSync } from './pod-sync';
import { onContainerStarted } from './pod-sync-hooks';
import type { ContainerRt } from './state';
import { PLEG_MS, type Spec, resync } from './sync-env';
import { mountedFiles } from './volumes';

export function createContainer(sync: PodSync, c: ContainerRt, s: Spec, info: ImageInfo): 'started' | 'error' {
  const { env } = sync;
  const now = env.now;
  const envVars = containerEnv(env.store, sync.pod, s, sync.p.ip);
  if (!envVars.ok) {
    sync.ev(c, 'Warning', 'Failed', `Error: ${envVars.message}`);
    return sync.setWaiting(c, 'CreateContainerConfigError', envVars.message, resync(env));
  }
  for (const w of envVars.warnings) env.event(sync.pod, 'Warning', 'InvalidEnvironmentVariableNames', w);
  const res = resolveProcess(info, s, envVars.env, () => mountedFiles(s.volumeMounts, sync.p.mount?.payload ?? {}));
  sync.p.dirty = true;
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
  sync.ev(c, 'Normal', 'Created', `Created container: ${c.name}`);
  if (!res.ok) {
    sync.ev(c, 'Warning', 'Failed', `Error: ${res.message}`);
    // runc never started the process: startedAt is the zero time, as containerd reports it.
    c.lastTerminated = { containerID: id, exitCode: 128, reason: 'StartError', message: res.message, startedAt: -EPOCH_MS, finishedAt: now };
    c.waiting = { reason: 'RunContainerError', message: res.message };
    c.decideAt = now + PLEG_MS;
    sync.wake.push(c.decideAt);
    return 'error';
  }
  sync.ev(c, 'Normal', 'Started', `Started container ${c.name}`);
  c.running = { containerID: id, startedAt: now };
  c.proc = res.proc;
  startProc(res.proc, now);
  const host = sync.pod.spec?.hostname ?? sync.p.name;
  const version = info.version ?? '';
  if (res.boot) c.log.boot = { tpl: res.boot, at: now, tag: info.ref.tag, ip: sync.p.ip ?? '', version, host };
  if (res.lines?.length) for (const line of renderLines(res.lines, { at: now, version, kernel: KERNEL_VERSION, ip: sync.p.ip ?? '', host })) appendLog(c.log, now, line);
  const oomAt = oomKillAt(s.resources?.limits?.memory, procUsage(res.proc), imageIdleMemory(s.image), now);
  if (oomAt !== undefined) c.oomAt = oomAt;
  onContainerStarted(sync, c, s);
  sync.advanceOne(c);
  return 'started';
}
