// The pod status a kubelet writes: phase (getPhase), the kubelet-owned conditions with their
// reasons and messages, container statuses (init first) and the addresses.
// [k8s: pkg/kubelet/kubelet_pods.go generateAPIPodStatus/getPhase/convertToAPIContainerStatuses,
//  pkg/kubelet/status/generate.go, prober_manager.go UpdatePodStatus for ready/started).
import type { Pod } from '../objects/types';
import { rfc3339 as rfc3339Uncached } from '../util/time';
import { containerReady, containerStarted } from './prober';
import type { ContainerRt, PodRt, Terminated } from './state';

type Json = Record<string, unknown>;

// Many pods share a second: formatting through Date is the hot part of status generation.
let memoSecond = Number.NaN;
let memoText = '';
function rfc3339(ms: number): string {
  const sec = Math.floor(ms / 1000);
  if (sec !== memoSecond) {
    memoSecond = sec;
    memoText = rfc3339Uncached(ms);
  }
  return memoText;
}
interface SpecContainer {
  name: string;
  image?: string;
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}

function terminatedJson(t: Terminated): Json {
  const o: Json = { containerID: t.containerID, exitCode: t.exitCode, finishedAt: rfc3339(t.finishedAt) };
  if (t.message) o.message = t.message;
  o.reason = t.reason;
  o.startedAt = rfc3339(t.startedAt);
  return o;
}

const UNKNOWN_AT_TERMINATION = { exitCode: 137, finishedAt: null, message: 'The container could not be located when the pod was terminated', reason: 'ContainerStatusUnknown', startedAt: null };

function containerStatus(spec: SpecContainer, c: ContainerRt | undefined, waitingReason: string, podDone: boolean, rt: PodRt): Json {
  let state: Json;
  if (c?.running) state = { running: { startedAt: rfc3339(c.running.startedAt) } };
  else if (c?.waiting && !(podDone && !c.lastTerminated)) state = { waiting: { ...(c.waiting.message ? { message: c.waiting.message } : {}), reason: c.waiting.reason } };
  else if (c?.terminated) state = { terminated: terminatedJson(c.terminated) };
  else if (podDone) state = { terminated: UNKNOWN_AT_TERMINATION };
  else state = { waiting: { reason: waitingReason } };
  const id = c?.running?.containerID ?? c?.terminated?.containerID ?? c?.lastTerminated?.containerID;
  const out: Json = {};
  if (id) out.containerID = id;
  out.image = c?.image ?? spec.image ?? '';
  out.imageID = c?.imageID ?? '';
  out.lastState = c?.lastTerminated ? { terminated: terminatedJson(c.lastTerminated) } : {};
  out.name = spec.name;
  out.ready = rt.probers && !c?.init ? containerReady(rt, c) : !!c?.running;
  out.restartCount = c?.restartCount ?? 0;
  out.started = rt.probers && !c?.init ? containerStarted(rt, c) : !!c?.running;
  out.state = state;
  if (spec.volumeMounts?.length)
    out.volumeMounts = spec.volumeMounts.map((m) => (m.readOnly ? { mountPath: m.mountPath, name: m.name, readOnly: true, recursiveReadOnly: 'Disabled' } : { mountPath: m.mountPath, name: m.name }));
  return out;
}

/** getPhase over the container statuses just generated. */
export function podPhase(initStatuses: Json[], statuses: Json[], restartPolicy: string, podIsTerminal: boolean): string {
  let pendingInit = 0;
  let failedInit = 0;
  for (const s of initStatuses) {
    const st = s.state as Json;
    const last = (s.lastState as Json).terminated as Json | undefined;
    if (st.running) pendingInit++;
    else if (st.terminated) {
      if ((st.terminated as Json).exitCode !== 0) failedInit++;
    } else if (last) {
      if (last.exitCode !== 0) failedInit++;
    } else pendingInit++;
  }
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const s of statuses) {
    const st = s.state as Json;
    if (st.running) running++;
    else if (st.terminated) {
      stopped++;
      if ((st.terminated as Json).exitCode === 0) succeeded++;
    } else if ((s.lastState as Json).terminated) stopped++;
    else waiting++;
  }
  if (failedInit > 0 && restartPolicy === 'Never') return 'Failed';
  if (pendingInit > 0 || failedInit > 0 || waiting > 0) return podIsTerminal && waiting === 0 ? 'Failed' : 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    if (podIsTerminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

function condition(type: string, status: boolean, now: number, previous: Json[], reason?: string, message?: string): Json {
  const s = status ? 'True' : 'False';
  const prev = previous.find((c) => c.type === type);
  const c: Json = { lastProbeTime: null, lastTransitionTime: prev && prev.status === s ? prev.lastTransitionTime : rfc3339(now) };
  if (message) c.message = message;
  if (reason) c.reason = reason;
  c.status = s;
  c.type = type;
  return c;
}

const OWNED = new Set(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady']);

/** The full status the kubelet would write now (keys sorted, as the API server returns them). */
export function generatePodStatus(pod: Pod, rt: PodRt, hostIP: string, now: number, podIsTerminal: boolean): Json {
  const spec = pod.spec ?? { containers: [] };
  const current = (pod.status ?? {}) as Json;
  const prevConds = (current.conditions ?? []) as Json[];
  const inits = (spec.initContainers ?? []) as SpecContainer[];
  const apps = (spec.containers ?? []) as SpecContainer[];
  const initDone = inits.every((c) => rt.containers[c.name]?.terminated?.exitCode === 0);
  const initStatuses = inits.map((c) => containerStatus(c, rt.containers[c.name], 'PodInitializing', podIsTerminal, rt));
  const statuses = apps.map((c) => containerStatus(c, rt.containers[c.name], initDone ? 'ContainerCreating' : 'PodInitializing', podIsTerminal, rt));
  const restartPolicy = (spec.restartPolicy as string) ?? 'Always';
  const phase = podPhase(initStatuses, statuses, restartPolicy, podIsTerminal);

  const incomplete = inits.filter((c) => rt.containers[c.name]?.terminated?.exitCode !== 0).map((c) => c.name);
  const unready = statuses.filter((s) => !s.ready).map((s) => s.name);
  const ready = unready.length === 0;
  const notReadyReason = phase === 'Succeeded' ? 'PodCompleted' : 'ContainersNotReady';
  const notReadyMsg = phase === 'Succeeded' ? undefined : `containers with unready status: [${unready.join(' ')}]`;
  const conditions = [
    condition('PodReadyToStartContainers', rt.sandbox === 'ready', now, prevConds),
    incomplete.length ? condition('Initialized', false, now, prevConds, 'ContainersNotInitialized', `containers with incomplete status: [${incomplete.join(' ')}]`) : condition('Initialized', true, now, prevConds),
    ready ? condition('Ready', true, now, prevConds) : condition('Ready', false, now, prevConds, notReadyReason, notReadyMsg),
    ready ? condition('ContainersReady', true, now, prevConds) : condition('ContainersReady', false, now, prevConds, notReadyReason, notReadyMsg),
    ...prevConds.filter((c) => !OWNED.has(c.type as string)),
  ];

  const mine: Json = {
    conditions,
    containerStatuses: statuses,
    hostIP,
    hostIPs: [{ ip: hostIP }],
    phase,
    startTime: rfc3339(rt.startTime),
  };
  if (inits.length) mine.initContainerStatuses = initStatuses;
  if (rt.ip) {
    mine.podIP = rt.ip;
    mine.podIPs = [{ ip: rt.ip }];
  }
  const merged: Json = { ...current, ...mine };
  const out: Json = {};
  for (const k of Object.keys(merged).sort()) out[k] = merged[k];
  return out;
}
