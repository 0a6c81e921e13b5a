// Pure helpers over Pods shared by the scheduler, controllers, kubelet and kubectl.
// [k8s: pkg/api/v1/pod/util.go, pkg/controller/controller_utils.go, pkg/api/v1/resource/helpers.go]
import { bytes, milliCpu } from '../util/quantity';
import { parseTime } from '../util/time';
import type { KObject, OwnerReference, Pod, PodCondition } from './types';

export function controllerRef(obj: KObject): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((r) => r.controller);
}

export function isTerminating(obj: KObject): boolean {
  return !!obj.metadata.deletionTimestamp;
}

/** Counted by ReplicaSets: not finished and not being deleted (controller.IsPodActive). */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

export function podCondition(pod: Pod, type: string): PodCondition | undefined {
  return pod.status?.conditions?.find((c) => c.type === type);
}

export function isPodReady(pod: Pod): boolean {
  return podCondition(pod, 'Ready')?.status === 'True';
}

/**
 * Available = Ready for at least minReadySeconds (podutil.IsPodAvailable), measured from the
 * Ready condition's lastTransitionTime.
 */
export function isPodAvailable(pod: Pod, minReadySeconds: number, now: number): boolean {
  const c = podCondition(pod, 'Ready');
  if (c?.status !== 'True') return false;
  if (minReadySeconds <= 0) return true;
  const t = parseTime(c.lastTransitionTime);
  return t !== undefined && t + minReadySeconds * 1000 <= now;
}

export interface PodRequests {
  milliCpu: number;
  memory: number;
}

/**
 * The pod's effective requests: the larger of (sum of app containers) and (largest init
 * container), per resource (resource.PodRequests). With `nonZero`, containers without a request
 * count 100m CPU / 200MiB memory, as the scheduler's scoring does.
 */
export function podRequests(pod: { spec?: Pod['spec'] }, nonZero = false): PodRequests {
  const spec = pod.spec;
  let cpu = 0;
  let mem = 0;
  for (const c of spec?.containers ?? []) {
    const r = c.resources?.requests;
    const cCpu = r?.cpu !== undefined ? milliCpu(r.cpu) : nonZero ? 100 : 0;
    const cMem = r?.memory !== undefined ? bytes(r.memory) : nonZero ? 200 * 1024 * 1024 : 0;
    cpu += cCpu;
    mem += cMem;
  }
  for (const c of spec?.initContainers ?? []) {
    const r = c.resources?.requests;
    cpu = Math.max(cpu, r?.cpu !== undefined ? milliCpu(r.cpu) : 0);
    mem = Math.max(mem, r?.memory !== undefined ? bytes(r.memory) : 0);
  }
  return { milliCpu: cpu, memory: mem };
}

export function podKey(pod: KObject): string {
  return `${pod.metadata.namespace}/${pod.metadata.name}`;
}
