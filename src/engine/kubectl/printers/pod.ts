// The pod row of `kubectl get pods`: READY, STATUS, RESTARTS exactly as printPod derives them
// (init containers first, then app containers last to first, Terminating/Unknown on delete).
// [k8s: pkg/printers/internalversion/printers.go printPod; k8s-behaviour.md §4.7]
import type { Container, ContainerStatus, Pod } from '../../objects/types';
import { humanDuration, parseTime } from '../../util/time';

export interface PodSummary {
  /** `1/2`: ready containers / containers (restartable init containers count). */
  ready: string;
  /** The STATUS column: Running, ContainerCreating, CrashLoopBackOff, Init:0/1, Terminating… */
  status: string;
  /** Sum of restarts that printPod counts. */
  restarts: number;
  /** Virtual ms of the latest lastState.terminated.finishedAt among counted containers. */
  lastRestartAt?: number;
}

function isRestartableInit(c: Container | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

function lastTermination(cs: ContainerStatus): number | undefined {
  return parseTime(cs.lastState?.terminated?.finishedAt ?? undefined);
}

function later(a: number | undefined, b: number | undefined): number | undefined {
  if (b === undefined) return a;
  return a === undefined || b > a ? b : a;
}

/** printPod's derivation of READY / STATUS / RESTARTS. */
export function podSummary(pod: Pod): PodSummary {
  const spec = pod.spec;
  const st = pod.status ?? {};
  let restarts = 0;
  let restartableInitRestarts = 0;
  let total = spec?.containers?.length ?? 0;
  let ready = 0;
  let lastRestart: number | undefined;
  let lastRestartableInit: number | undefined;
  const phase: string = st.phase ?? '';
  let reason: string = st.reason || phase;
  for (const c of st.conditions ?? []) if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';

  const inits = new Map<string, Container>();
  for (const c of spec?.initContainers ?? []) {
    inits.set(c.name, c);
    if (isRestartableInit(c)) total++;
  }
  let initializing = false;
  const initStatuses: ContainerStatus[] = st.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i];
    restarts += cs.restartCount ?? 0;
    lastRestart = later(lastRestart, lastTermination(cs));
    const restartable = isRestartableInit(inits.get(cs.name));
    if (restartable) {
      restartableInitRestarts += cs.restartCount ?? 0;
      lastRestartableInit = later(lastRestartableInit, lastTermination(cs));
    }
    const term = cs.state?.terminated;
    const waiting = cs.state?.waiting;
    if (term && term.exitCode === 0) continue;
    if (restartable && cs.started) {
      if (cs.ready) ready++;
      continue;
    }
    if (term) {
      if (!term.reason) reason = term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
      else reason = `Init:${term.reason}`;
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${spec?.initContainers?.length ?? 0}`;
    }
    initializing = true;
    break;
  }

  const initializedTrue = (st.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initializedTrue) {
    restarts = restartableInitRestarts;
    lastRestart = lastRestartableInit;
    let hasRunning = false;
    const statuses: ContainerStatus[] = st.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i];
      restarts += cs.restartCount ?? 0;
      lastRestart = later(lastRestart, lastTermination(cs));
      const term = cs.state?.terminated;
      if (cs.state?.waiting?.reason) reason = cs.state.waiting.reason;
      else if (term?.reason) reason = term.reason;
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`;
      else if (cs.ready && cs.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const podReady = (st.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
      reason = podReady ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata.deletionTimestamp && st.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';

  return { ready: `${ready}/${total}`, status: reason, restarts, lastRestartAt: lastRestart };
}

/** RESTARTS cell: `3` or `3 (2m ago)` when the last termination time is known. */
export function restartsCell(s: PodSummary, now: number): string {
  if (s.restarts !== 0 && s.lastRestartAt !== undefined) {
    return `${s.restarts} (${humanDuration(now - s.lastRestartAt)} ago)`;
  }
  return String(s.restarts);
}
