// `kubectl logs` as the kubelet answers it: which container instance to read (current, or the
// previous one with --previous), and the errors it returns when there is nothing to read yet.
// [k8s: pkg/kubelet/kubelet_pods.go validateContainerLogStatus, pkg/registry/core/pod/strategy.go LogLocation]
import { apiErrors } from '../api/errors';
import type { Pod } from '../objects/types';
import { rfc3339Micro } from '../util/time';
import { renderLog } from './container-runtime';
import type { PodRt } from './state';

export interface LogOptions {
  previous?: boolean;
  tail?: number;
  /** Prefix each line with its RFC 3339 time (kubectl logs --timestamps). */
  timestamps?: boolean;
}

type Json = Record<string, unknown>;

export function containerLogs(pod: Pod, p: PodRt | undefined, container: string, opts: LogOptions, kernel: string): string {
  const name = pod.metadata.name;
  if (!pod.spec?.nodeName) throw apiErrors.badRequest(`pod ${name} does not have a host assigned`);
  const specs = [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])] as { name: string }[];
  if (!specs.some((s) => s.name === container)) throw apiErrors.badRequest(`container ${container} is not valid for pod ${name}`);
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])] as unknown as Json[];
  const status = statuses.find((s) => s.name === container);
  const err = (m: string) => apiErrors.badRequest(m);
  const q = (s: string) => JSON.stringify(s);
  if (!status) throw err(`container ${q(container)} in pod ${q(name)} is waiting to start: ContainerCreating`);
  const state = (status.state ?? {}) as Json;
  const last = ((status.lastState ?? {}) as Json).terminated as Json | undefined;
  let wanted: unknown;
  if (opts.previous) {
    if (!last?.containerID) throw err(`previous terminated container ${q(container)} in pod ${q(name)} not found`);
    wanted = last.containerID;
  } else if (state.running) {
    wanted = status.containerID;
  } else if (state.terminated) {
    const t = state.terminated as Json;
    wanted = t.containerID || last?.containerID;
    if (!wanted) throw err(`container ${q(container)} in pod ${q(name)} is terminated`);
  } else if (last) {
    // Waiting to restart (CrashLoopBackOff): the log of the instance that just ended.
    if (!last.containerID) throw err(`container ${q(container)} in pod ${q(name)} is terminated`);
    wanted = last.containerID;
  } else if (state.waiting) {
    const reason = (state.waiting as Json).reason as string;
    if (reason === 'ErrImagePull') throw err(`container ${q(container)} in pod ${q(name)} is waiting to start: image can't be pulled`);
    if (reason === 'ImagePullBackOff') throw err(`container ${q(container)} in pod ${q(name)} is waiting to start: trying and failing to pull image`);
    throw err(`container ${q(container)} in pod ${q(name)} is waiting to start: ${reason}`);
  } else throw err(`container ${q(container)} in pod ${q(name)} is waiting to start - no logs yet`);
  const c = p?.containers[container];
  const buf = [c?.log, c?.prevLog].find((b) => b?.id !== undefined && b.id === wanted);
  let lines = buf ? renderLog(buf, kernel) : [];
  if (opts.tail !== undefined && opts.tail >= 0) lines = opts.tail === 0 ? [] : lines.slice(-opts.tail);
  if (!lines.length) return '';
  return `${lines.map(([t, l]) => (opts.timestamps ? `${rfc3339Micro(t).replace(/Z$/, '')}Z ${l}` : l)).join('\n')}\n`;
}
