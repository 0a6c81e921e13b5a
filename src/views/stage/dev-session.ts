// A small Session for the stage's own tests (vitest render and fallbacks): one cluster, a zustand
// store refreshed from cluster.watch in batches, and actions that run kubectl or inject faults.
// Not the app's session (src/views/session owns that, with time control and the command log);
// this one exists so the stage can be developed and tested on its own.
import { createStore } from 'zustand/vanilla';
import {
  type Cluster,
  createCluster,
  type Deployment,
  type Fault,
  type Event,
  type Node,
  type Pod,
  type ReplicaSet,
  type TraceEntry,
} from '../../engine';
import type { AppState, Session } from '../session/types';

const TRACE_WINDOW_MS = 5000;

export function createDevSession(opts: { seed?: number; nodes?: number } = {}): Session {
  const cluster: Cluster = createCluster({ seed: opts.seed ?? 1, nodes: opts.nodes });
  const store = createStore<AppState>()(() => ({
    now: 0,
    nodes: [],
    pods: [],
    deployments: [],
    replicaSets: [],
    events: [],
    trace: [],
    running: false,
    speed: 1,
    effectiveSpeed: 1,
    seed: opts.seed ?? 1,
    timelineStart: 0,
    selection: null,
    console: [],
    narration: [],
  }));

  let dirty = true;
  let trace: TraceEntry[] = [];
  cluster.watch((e) => {
    if (e.type === 'TRACE') trace.push(e.entry);
    else dirty = true;
  });

  const flush = (): void => {
    const now = cluster.now();
    const cut = trace.findIndex((t) => t.time >= now - TRACE_WINDOW_MS);
    trace = cut < 0 ? [] : trace.slice(cut);
    const patch: Partial<AppState> = { now, trace: trace.slice() };
    if (dirty) {
      dirty = false;
      patch.nodes = cluster.list<Node>('Node');
      patch.pods = cluster.list<Pod>('Pod', 'default');
      patch.deployments = cluster.list<Deployment>('Deployment', 'default');
      patch.replicaSets = cluster.list<ReplicaSet>('ReplicaSet', 'default');
      patch.events = cluster.list<Event>('Event', 'default').slice(-200);
    }
    store.setState(patch);
  };

  const kubectl = (line: string, stdin?: string) => {
    const r = cluster.kubectl(line, stdin);
    const lines = [{ kind: 'input' as const, text: `kubectl ${line}` }];
    store.setState((s) => ({ console: [...s.console, ...lines] }));
    flush();
    return r;
  };
  const inject = (fault: Fault) => {
    cluster.inject(fault);
    flush();
  };

  const session: Session = {
    store,
    // The stage harness needs none of the lesson plumbing: watch straight through, no log.
    watch: (listener, opts) => (opts?.metrics ? cluster.watch(listener, { metrics: true }) : cluster.watch(listener)),
    onTick: () => () => {},
    perform: (command) => {
      if (!('fault' in command)) return kubectl(command.kubectl, command.stdin);
      inject(command.fault);
      return { stdout: '', stderr: '', exitCode: 0 };
    },
    learnerCommands: () => 0,
    shareState: () => ({ v: 1, seed: 0, nodes: cluster.list('Node').length, log: [], at: cluster.now() }),
    reader: () => cluster,
    cluster: () => cluster,
    schedulingTrace: (ns, name) => cluster.schedulingTrace(ns, name),
    tick(wallMs) {
      const s = store.getState();
      if (!s.running) return;
      cluster.advance(wallMs * s.speed);
      flush();
    },
    flush,
    read: (line) => cluster.kubectl(line),
    advance(ms) {
      cluster.advance(ms);
      flush();
      return true;
    },
    actions: {
      kubectl,
      select: (selection) => store.setState({ selection }),
      killPod: (ns, name) => void kubectl(`delete pod ${name} -n ${ns} --wait=false`),
      crashContainer: (ns, pod) => inject({ type: 'crash-container', namespace: ns, pod }),
      scale: (_kind, ns, name, delta) => {
        const d = cluster.get<Deployment>('Deployment', ns, name);
        kubectl(`scale deployment ${name} -n ${ns} --replicas=${Math.max(0, (d?.spec?.replicas ?? 1) + delta)}`);
      },
      setImage: (ns, deployment, container, image) => void kubectl(`set image deployment/${deployment} ${container}=${image} -n ${ns}`),
      killNode: (name) => inject({ type: 'kill-node', node: name }),
      setLoad: (namespace, service, rps) => inject({ type: 'load', namespace, service, rps }),
      failProbe: (namespace, pod, probe) => inject({ type: 'fail-probe', namespace, pod, probe, durationMs: 60_000 }),
      restoreNode: (name) => inject({ type: 'restore-node', node: name }),
      cordon: (name, on) => void kubectl(`${on ? 'cordon' : 'uncordon'} ${name}`),
      drain: (name) => void kubectl(`drain ${name} --ignore-daemonsets`),
      rollback: (ns, d) => void kubectl(`rollout undo deployment/${d} -n ${ns}`),
      pauseRollout: (ns, d, paused) => void kubectl(`rollout ${paused ? 'pause' : 'resume'} deployment/${d} -n ${ns}`),
      restartRollout: (ns, d) => void kubectl(`rollout restart deployment/${d} -n ${ns}`),
      runConsole: (line) => void kubectl(line.replace(/^kubectl\s+/, '')),
      stopFollowing: () => undefined,
      play: () => store.setState({ running: true }),
      pause: () => store.setState({ running: false }),
      setSpeed: (speed) => store.setState({ speed }),
      step: () => {
        cluster.step();
        flush();
      },
      rewindTo: () => {
        throw new Error('the dev session cannot rewind');
      },
      askWhy: (kind, ns, name) => {
        const why = cluster.why(kind, ns, name);
        store.setState({ why });
        return why;
      },
      clearWhy: () => store.setState({ why: undefined }),
      visit: () => {
        throw new Error('the dev session cannot rewind');
      },
      backToNow: () => undefined,
      reset: () => {
        throw new Error('the dev session cannot reset');
      },
    },
  };
  flush();
  return session;
}
