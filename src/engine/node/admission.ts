// The kubelet's admission of a pod bound to its node, before anything is created for it
// [k8s: pkg/kubelet/lifecycle/predicate.go Admit → generalFilter → pkg/scheduler AdmissionCheck →
// pkg/scheduler/framework/plugins/noderesources/fit.go Fits; pkg/kubelet/kubelet.go rejectPod].
// The scheduler already checked the same sums, so this matters for pods whose author set
// spec.nodeName (they never pass the scheduler) and for pods re-admitted after a kubelet restart.
// A rejected pod gets phase Failed with reason OutOf<resource>, `Pod was rejected: …` as its
// message, and a Warning event; nothing ever runs.
// Simplified: resources only (pods, cpu, memory) — no ephemeral-storage or extended resources,
// no node affinity / ports / NoExecute taint checks, no OS or SupplementalGroups checks, and no
// eviction of lower-priority pods to make room (critical pods' preemption).
import type { Pod } from '../objects/types';
import { podRequests } from '../objects/pod';
import { bytes, milliCpu } from '../util/quantity';

export interface Rejection {
  /** OutOfpods, OutOfcpu, OutOfmemory (predicate.go's OutOf… constants). */
  reason: string;
  /** InsufficientResourceError.Error(): the event's message, and the status message after its prefix. */
  message: string;
}

type Allocatable = Record<string, unknown> | undefined;

function insufficient(resource: string, requested: number, used: number, capacity: number): Rejection {
  return {
    reason: `OutOf${resource}`,
    message: `Node didn't have enough resource: ${resource}, requested: ${requested}, used: ${used}, capacity: ${capacity}`,
  };
}

/**
 * Whether `pod` fits next to the pods this kubelet already admitted (`others`: its active pods,
 * terminating ones included, finished ones not). Only the first failing reason is reported, in
 * Fits' order: pod count, then cpu (millicores), then memory (bytes).
 */
export function admissionCheck(pod: Pod, others: readonly Pod[], allocatable: Allocatable): Rejection | undefined {
  const a = allocatable ?? {};
  const allowedPods = Math.floor(bytes(a.pods));
  if (others.length + 1 > allowedPods) return insufficient('pods', 1, others.length, allowedPods);
  const req = podRequests(pod);
  if (req.milliCpu === 0 && req.memory === 0) return undefined;
  let usedCpu = 0;
  let usedMem = 0;
  for (const o of others) {
    const r = podRequests(o);
    usedCpu += r.milliCpu;
    usedMem += r.memory;
  }
  const cpu = milliCpu(a.cpu);
  if (req.milliCpu > 0 && req.milliCpu > cpu - usedCpu) return insufficient('cpu', req.milliCpu, usedCpu, cpu);
  const mem = bytes(a.memory);
  if (req.memory > 0 && req.memory > mem - usedMem) return insufficient('memory', req.memory, usedMem, mem);
  return undefined;
}

/** rejectPod's status: phase Failed, the reason, the prefixed message; the status manager adds startTime. */
export function rejectedStatus(pod: Pod, r: Rejection, startTime: string): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(pod.status ?? {}), message: `Pod was rejected: ${r.message}`, phase: 'Failed', reason: r.reason };
  merged.startTime ??= startTime;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(merged).sort()) out[k] = merged[k];
  return out;
}
