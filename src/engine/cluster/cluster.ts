// The Cluster facade: the one object views, lessons, tests and course pages drive.
// It owns the clock, the random generator, the store and the API server, starts the components
// in a fixed order, and turns snapshots into running clusters again.
import { ApiServer } from '../api/api-server';
import { type KindInfo, kindInfo } from '../api/kinds';
import { Store, type StoreState } from '../api/store';
import { Trace, type TraceEntry } from '../api/trace';
import { EventRecorder, type RecorderState, newRecorderState } from '../events/recorder';
import type { KubectlResult } from '../kubectl/context';
import { type FollowedResult, runKubectl } from '../kubectl/run';
import type { KObject, WatchEvent } from '../objects/types';
import type { SchedulerComponent } from '../scheduler/scheduler';
import type { SchedulingTrace } from '../scheduler/trace';
import { Clock, type ClockState, clockStateProblem, type Json, newClockState } from '../sim/clock';
import { Rng, type RngState } from '../sim/rng';
import type { Component, ComponentContext } from './component';
import { COMPONENTS } from './components';
import { type ClusterConfig, type ClusterOptions, resolveConfig, resolveTraceCapacity } from './config';
import { type Fault, FaultError, validateFault } from './faults';
import type { MetricsEvent } from '../network/traffic-types';
import { WHY_LEDGER, type WhyLedger } from '../why/ledger';
import { explain, type WhyAnswer } from '../why';
import { DEFAULT_EPOCH_MS, setEpoch } from '../util/time';

/** What kubectl prints when the simulator fails unexpectedly (see Cluster.kubectl). */
export const INTERNAL_ERROR =
  'Error from server (InternalError): Internal error occurred: the simulated API server failed while handling this request';

export const SNAPSHOT_VERSION = 1;

export interface ClusterSnapshot {
  podchestra: 'cluster-snapshot';
  version: number;
  config: ClusterConfig;
  clock: ClockState;
  rng: RngState;
  store: StoreState;
  recorder: RecorderState;
  components: Record<string, Json>;
}

/** What `watch` listeners receive: object changes (with the previous object) and trace entries. */
export type ClusterWatchEvent = (WatchEvent & { resource: string }) | { type: 'TRACE'; entry: TraceEntry };
/** What listeners that opt in with `watch(listener, { metrics: true })` also get: the traffic model's per-second figures. */
export type ClusterEvent = ClusterWatchEvent | MetricsEvent;

export type ClusterListener = (event: ClusterWatchEvent) => void;

interface Internals {
  config: ClusterConfig;
  clock: Clock;
  rng: Rng;
  store: Store;
  recorderState: RecorderState;
  components: Record<string, Json>;
}

/** The most virtual time one advance() may cover: a week. Larger asks are refused, not run. */
export const MAX_ADVANCE_MS = 7 * 24 * 3600 * 1000;

export class Cluster {
  readonly api: ApiServer;
  readonly events: EventRecorder;
  private readonly clock: Clock;
  private readonly rng: Rng;
  private readonly store: Store;
  private readonly componentState: Record<string, Json>;
  private readonly components = new Map<string, Component>();
  private readonly faultHandlers = new Map<string, (fault: Fault) => void>();
  private readonly listeners = new Set<ClusterListener>();
  private readonly metricsListeners = new Set<(event: ClusterEvent) => void>();
  readonly config: ClusterConfig;

  constructor(internals: Internals, bootstrap: boolean, traceCapacity = 2000) {
    this.config = internals.config;
    setEpoch(internals.config.epochMs ?? DEFAULT_EPOCH_MS);
    this.clock = internals.clock;
    this.rng = internals.rng;
    this.store = internals.store;
    this.componentState = internals.components;
    const trace = new Trace(traceCapacity);
    this.api = new ApiServer(this.store, this.clock, this.rng, trace);
    this.events = new EventRecorder(this.api, this.clock, internals.recorderState);
    this.recorderState = internals.recorderState;

    this.store.subscribe((event, resource) => {
      if (this.listeners.size === 0) return;
      const e: ClusterWatchEvent = { ...event, resource };
      for (const l of this.listeners) l(e);
    });
    trace.subscribe((entry) => {
      if (this.listeners.size === 0) return;
      const e: ClusterWatchEvent = { type: 'TRACE', entry };
      for (const l of this.listeners) l(e);
    });

    const ctx: ComponentContext = {
      api: this.api,
      clock: this.clock,
      rng: this.rng,
      events: this.events,
      config: this.config,
      state: <T>(name: string, init: () => T): T => {
        if (!(name in this.componentState)) this.componentState[name] = init() as Json;
        return this.componentState[name] as T;
      },
      onFault: (type, handler) => {
        this.faultHandlers.set(type, handler as (fault: Fault) => void);
      },
      component: <T extends Component>(name: string) => this.components.get(name) as T | undefined,
    };
    const created = COMPONENTS.map((factory) => factory(ctx));
    for (const c of created) this.components.set(c.name, c);
    if (bootstrap) for (const c of created) c.bootstrap?.();
    for (const c of created) c.start();
    // Components that publish their own events (the traffic model's per-second METRICS).
    for (const c of created) (c as { setEmitter?: (emit: (e: MetricsEvent) => void) => void }).setEmitter?.((e) => { for (const l of this.metricsListeners) l(e); });
  }

  private readonly recorderState: RecorderState;

  /** Virtual milliseconds since the cluster was created. */
  now(): number {
    return this.clock.now();
  }

  /** Runs the control loop for `ms` of virtual time, jumping between due events. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance: ms must be a finite, non-negative number, got ${ms}`);
    if (ms > MAX_ADVANCE_MS) throw new RangeError(`advance: at most ${MAX_ADVANCE_MS} ms (7 days) per call, got ${ms}`);
    this.clock.runUntil(this.clock.now() + ms);
  }

  /** Time of the next scheduled event (for "step"), or undefined if the cluster is idle. */
  nextEventAt(): number | undefined {
    return this.clock.nextAt();
  }

  /** Advances exactly to the next scheduled event and runs everything due then. */
  step(): number {
    const at = this.clock.nextAt();
    if (at === undefined) return 0;
    this.clock.runUntil(at);
    return at;
  }

  kubectl(line: string, stdin?: string): KubectlResult {
    return this.runKubectl(line, stdin, false);
  }

  /**
   * kubectl as a terminal runs it alone: a following command (`get -w`, `rollout status`,
   * `logs -f`, `wait`) also returns a Follower to read after each advance (kubectl/follow.ts).
   */
  kubectlFollow(line: string): FollowedResult {
    return this.runKubectl(line, undefined, true);
  }

  private runKubectl(line: string, stdin: string | undefined, follow: boolean): FollowedResult {
    try {
      return runKubectl(
        {
          api: this.api,
          config: this.config,
          now: () => this.clock.now(),
          component: <T extends Component>(name: string) => this.components.get(name) as T | undefined,
        },
        String(line ?? ''),
        stdin,
        { follow },
      );
    } catch {
      // The last line of defence, not a fix: a bug in the simulator must not reach the learner
      // as JavaScript's words (`x is not iterable`). It reads as the API server's answer to a
      // panic in a handler (a 500 InternalError); what was written before the bug stays written,
      // as with a real request that fails halfway.
      return { stdout: '', stderr: `${INTERNAL_ERROR}\n`, exitCode: 1 };
    }
  }

  /** Injects a fault after checking its fields (validateFault); a bad one throws a FaultError. */
  inject(fault: Fault): void {
    const checked = validateFault(fault);
    const handler = this.faultHandlers.get(checked.type);
    if (!handler) throw new FaultError(`unknown fault type: ${JSON.stringify(checked.type)}`);
    handler(checked);
    this.component<WhyLedger>(WHY_LEDGER)?.fault(checked);
  }

  watch(listener: ClusterListener): () => void;
  watch(listener: (event: ClusterEvent) => void, opts: { metrics: true }): () => void;
  watch(listener: ClusterListener, opts?: { metrics?: boolean }): () => void {
    this.listeners.add(listener);
    if (opts?.metrics) this.metricsListeners.add(listener as (e: ClusterEvent) => void);
    return () => {
      this.listeners.delete(listener);
      this.metricsListeners.delete(listener as (e: ClusterEvent) => void);
    };
  }

  /** Recent control-plane trace entries (bounded). */
  trace(): readonly TraceEntry[] {
    return this.api.trace.recent();
  }

  get<T extends KObject = KObject>(kind: string, namespace: string | undefined, name: string): T | undefined {
    return this.api.getByKind<T>(kind, namespace, name);
  }

  list<T extends KObject = KObject>(kind: string, namespace?: string): T[] {
    return this.api.list<T>(kind, namespace);
  }

  component<T extends Component>(name: string): T | undefined {
    return this.components.get(name) as T | undefined;
  }

  /**
   * Why the scheduler placed (or could not place) a pod: per node the filter verdicts and
   * per-plugin scores, and the winner. Kept for the last 500 pods decided; not in snapshots.
   */
  schedulingTrace(namespace: string, name: string): SchedulingTrace | undefined {
    return this.component<SchedulerComponent>('scheduler')?.traceFor(namespace, name);
  }

  /**
   * "Why?" for an object (Pod, Node, ReplicaSet, Deployment, StatefulSet, Service,
   * HorizontalPodAutoscaler, PersistentVolumeClaim, Job): a summary and a chain of causes, newest
   * first, each at its virtual ms, built from what the engine recorded (why/). Undefined for
   * another kind or an object the cluster does not know (a gone pod is still explained while the
   * ledger remembers it).
   */
  why(kind: string, namespace: string | undefined, name: string): WhyAnswer | undefined {
    const ledger = this.component<WhyLedger>(WHY_LEDGER);
    const state = this.componentState;
    return explain(
      {
        api: this.api,
        now: this.clock.now(),
        records: ledger?.records ?? [],
        horizon: ledger?.horizon ?? -1,
        state: <T>(name: string) => (Object.hasOwn(state, name) ? (state[name] as T) : undefined),
        schedulingTrace: (ns, n) => this.schedulingTrace(ns, n),
      },
      kind,
      namespace,
      name,
    );
  }

  snapshot(): ClusterSnapshot {
    return JSON.parse(
      JSON.stringify({
        podchestra: 'cluster-snapshot',
        version: SNAPSHOT_VERSION,
        config: this.config,
        clock: this.clock.state,
        rng: this.rng.state,
        store: this.store.dump(),
        recorder: this.recorderState,
        components: this.componentState,
      }),
    );
  }
}

export function createCluster(options: ClusterOptions = {}): Cluster {
  const config = resolveConfig(options);
  const clock = new Clock(newClockState());
  const rng = new Rng(config.seed, {});
  return new Cluster({ config, clock, rng, store: new Store(), recorderState: newRecorderState(), components: {} }, true, options.traceCapacity);
}

export class SnapshotError extends Error {}

/** Rebuilds a cluster from a snapshot; it continues exactly as the original would have. */
export function restoreCluster(snapshot: ClusterSnapshot, options: { traceCapacity?: number } = {}): Cluster {
  if (!snapshot || typeof snapshot !== 'object' || snapshot.podchestra !== 'cluster-snapshot')
    throw new SnapshotError('not a Podchestra cluster snapshot');
  if (snapshot.version !== SNAPSHOT_VERSION)
    throw new SnapshotError(`snapshot version ${snapshot.version} is not supported (this engine reads version ${SNAPSHOT_VERSION})`);
  const copy = JSON.parse(JSON.stringify(snapshot)) as ClusterSnapshot;
  const problem = clockStateProblem(copy.clock);
  if (problem) throw new SnapshotError(`the snapshot cannot run: ${problem}`);
  const clock = new Clock(copy.clock);
  const rng = new Rng(copy.config.seed, copy.rng);
  const store = new Store();
  store.load(copy.store, (o) => (kindInfo(o.kind) as KindInfo).resource);
  return new Cluster({ config: copy.config, clock, rng, store, recorderState: copy.recorder, components: copy.components }, false, resolveTraceCapacity(options.traceCapacity));
}
