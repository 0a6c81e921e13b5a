// The kubelet's prober workers (pkg/kubelet/prober/worker.go, prober_manager.go): one worker per
// container and probe type, created when the pod is added, ticking every periodSeconds from then
// (after a random part of the period only when the kubelet itself started less than one period
// ago, as upstream). doProbe's rules are kept: initial results (readiness Failure, liveness
// Success, startup unknown), initialDelaySeconds counted in whole seconds since the container
// started, startup gating the others, threshold counting, and "on hold" after a liveness/startup
// failure until a new container instance appears. Simplification: no manual readiness trigger.
import type { Pod } from '../objects/types';
import type { ProbeSpec } from './probe-handlers';
import type { ContainerRt, PodRt, ProbeResult, ProbeType, ProbeWorker } from './state';

const TYPES: ProbeType[] = ['startup', 'readiness', 'liveness'];
const FIELD: Record<ProbeType, 'startupProbe' | 'readinessProbe' | 'livenessProbe'> = { startup: 'startupProbe', readiness: 'readinessProbe', liveness: 'livenessProbe' };
export const PROBE_TITLE: Record<ProbeType, string> = { startup: 'Startup', readiness: 'Readiness', liveness: 'Liveness' };

type SpecContainer = { name: string } & Partial<Record<'startupProbe' | 'readinessProbe' | 'livenessProbe', ProbeSpec>>;

export function probeSpec(pod: Pod, container: string, type: ProbeType): ProbeSpec | undefined {
  const c = ((pod.spec?.containers ?? []) as SpecContainer[]).find((x) => x.name === container);
  return c?.[FIELD[type]];
}

// The API defaults a zero period to 10 s and refuses a negative one (SetDefaults_Probe,
// validateProbe); an object that skipped both (an old snapshot) still never gets a period that
// would stall the clock (0 made the next tick NaN) or spin it (a negative one).
const periodMs = (s: ProbeSpec) => (typeof s.periodSeconds === 'number' && s.periodSeconds > 0 ? s.periodSeconds : 10) * 1000;

/** AddPod: the workers of a pod's app containers, or undefined when nothing is probed. */
export function newWorkers(pod: Pod, now: number, kubeletStartedAt: number, rand: () => number): ProbeWorker[] | undefined {
  const out: ProbeWorker[] = [];
  for (const c of (pod.spec?.containers ?? []) as SpecContainer[]) {
    for (const type of TYPES) {
      const spec = c[FIELD[type]];
      if (!spec) continue;
      const period = periodMs(spec);
      const jitter = period > now - kubeletStartedAt ? Math.floor(rand() * period) : 0;
      out.push({ type, container: c.name, next: now + jitter, run: 0 });
    }
  }
  return out.length ? out : undefined;
}

export function nextProbeAt(p: PodRt): number | undefined {
  if (!p.probers?.length) return undefined;
  return Math.min(...p.probers.map((w) => w.next));
}

function worker(p: PodRt, container: string, type: ProbeType): ProbeWorker | undefined {
  return p.probers?.find((w) => w.container === container && w.type === type);
}

/** status.containerStatuses[].started: running and, with a startup probe, once it succeeded. */
export function containerStarted(p: PodRt, c: ContainerRt | undefined): boolean {
  if (!c?.running) return false;
  const w = worker(p, c.name, 'startup');
  return !w || (w.cid === c.running.containerID && w.result === 'Success');
}

/** status.containerStatuses[].ready: started and, with a readiness probe, its last result Success. */
export function containerReady(p: PodRt, c: ContainerRt | undefined): boolean {
  if (!c?.running || !containerStarted(p, c)) return false;
  const w = worker(p, c.name, 'readiness');
  return !w || (w.cid === c.running.containerID && w.result === 'Success');
}

export interface ProbeHost {
  now: number;
  deleting: boolean;
  restartPolicy: string;
  container(name: string): ContainerRt | undefined;
  /** Runs the handler against the container; records the Unhealthy event on failure. */
  probe(w: ProbeWorker, spec: ProbeSpec, c: ContainerRt): boolean;
  /** Liveness/startup failed past the threshold: kill the container. */
  kill(c: ContainerRt, type: ProbeType, spec: ProbeSpec): void;
}

const INITIAL: Record<ProbeType, ProbeResult | undefined> = { readiness: 'Failure', liveness: 'Success', startup: undefined };

/** Runs every worker whose tick is due; returns whether a readiness/startup result changed. */
export function tickWorkers(p: PodRt, pod: Pod, host: ProbeHost): boolean {
  let changed = false;
  const keep: ProbeWorker[] = [];
  for (const w of p.probers ?? []) {
    const spec = probeSpec(pod, w.container, w.type);
    if (!spec) continue;
    let go = true;
    if (w.next <= host.now) {
      const before = w.result;
      go = doProbe(p, w, spec, host);
      if (w.result !== before && w.type !== 'liveness') changed = true;
      const period = periodMs(spec);
      // A late tick (the node was down) does not replay missed probes.
      w.next += Math.max(1, Math.ceil((host.now + 1 - w.next) / period)) * period;
    }
    if (go) keep.push(w);
  }
  p.probers = keep;
  return changed;
}

function doProbe(p: PodRt, w: ProbeWorker, spec: ProbeSpec, host: ProbeHost): boolean {
  const c = host.container(w.container);
  const cid = c?.running?.containerID ?? c?.terminated?.containerID ?? c?.lastTerminated?.containerID;
  if (!c || !cid) return true;
  if (w.cid !== cid) {
    w.cid = cid;
    w.result = INITIAL[w.type];
    delete w.hold;
  }
  if (w.hold) return true;
  if (!c.running) {
    w.result = 'Failure';
    return !c.terminated || host.restartPolicy !== 'Never';
  }
  if (host.deleting && w.type !== 'readiness') {
    w.result = 'Success';
    return false;
  }
  if (c.killing) return true;
  if (Math.floor((host.now - c.running.startedAt) / 1000) < (spec.initialDelaySeconds ?? 0)) return true;
  const started = containerStarted(p, c);
  if (started === (w.type === 'startup')) return true;
  const result: ProbeResult = host.probe(w, spec, c) ? 'Success' : 'Failure';
  if (w.last === result) w.run++;
  else {
    w.last = result;
    w.run = 1;
  }
  if ((result === 'Failure' && w.run < (spec.failureThreshold ?? 3)) || (result === 'Success' && w.run < (spec.successThreshold ?? 1))) return true;
  w.result = result;
  if (w.type !== 'readiness' && result === 'Failure') {
    w.hold = true;
    w.run = 0;
    host.kill(c, w.type, spec);
  }
  return true;
}
