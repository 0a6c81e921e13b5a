// The memory cgroup as the kernel enforces limits.memory: a container whose working set would
// pass its limit is OOM-killed. The kubelet sets memory.oom.group (cgroup v2), so the whole
// container dies by SIGKILL: exit code 137, and containerd reports reason OOMKilled.
// [k8s: pkg/kubelet/cm (memory.max = limits.memory), kuberuntime_container_linux.go
// (memory.oom.group); containerd: cri/server/events.go (OOMKilled reason)]
// Simplifications: only the process's own demand counts (page cache and traffic do not); a node
// out of memory (no limit, node-level OOM) is not modelled.
import type { Proc, Usage } from './container-runtime';
import { bytes } from '../util/quantity';

export const OOM_EXIT_CODE = 137;
export const OOM_REASON = 'OOMKilled';

/** What a process uses at full demand: its own usage over the image's idle memory. */
export function procUsage(proc: Proc | undefined): Usage | undefined {
  return proc && proc.kind !== 'shell' ? proc.usage : undefined;
}

/** The working set `ms` after start: the image's idle memory plus the demand, ramping up. */
export function workingSet(usage: Usage | undefined, idle: number, ms: number): number {
  if (!usage) return idle;
  const ramp = usage.rampMs ?? 0;
  const share = ramp > 0 ? Math.min(1, Math.max(0, ms) / ramp) : 1;
  return idle + Math.round(usage.memoryBytes * share);
}

/**
 * When the kernel kills the container (virtual ms), or undefined if it stays within its limit.
 * `limit` is limits.memory as written in the spec (undefined: no limit).
 */
export function oomKillAt(limit: unknown, usage: Usage | undefined, idle: number, startedAt: number): number | undefined {
  if (limit === undefined || limit === null) return undefined;
  const max = bytes(limit);
  if (max <= 0) return undefined;
  const full = idle + (usage?.memoryBytes ?? 0);
  if (full <= max) return undefined;
  // Loading the image's own binaries already passes the limit: killed as it starts.
  if (idle >= max || !usage || !usage.memoryBytes) return startedAt + 20;
  const ramp = usage.rampMs ?? 0;
  return startedAt + Math.max(20, Math.ceil((ramp * (max - idle)) / usage.memoryBytes));
}
