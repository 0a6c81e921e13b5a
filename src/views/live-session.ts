// One running cluster for the live page, and the zustand store the page renders from.
// The cluster is the truth; the store only holds what the page shows (kubectl output, the clock),
// refreshed by `refresh()`: the frame loop calls it a few times a second, the test API after
// every call. React never owns simulation state.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type Cluster, createCluster, type KubectlResult } from '../engine';
import { SAMPLE_APPLY_COMMAND, SAMPLE_DEPLOYMENT_YAML } from './sample-workload';
import type { SeedChoice } from './seed';

export interface CommandOutput {
  /** As a learner would type it, e.g. `kubectl get nodes`. */
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface LiveState {
  seed: number;
  /** Why the URL's seed was not used, if it was not. */
  notice?: string;
  /** Virtual ms since the cluster was created. */
  now: number;
  running: boolean;
  setup?: CommandOutput;
  nodes?: CommandOutput;
  pods?: CommandOutput;
  /** The engine threw; the loop stops and the page says so instead of going blank. */
  failure?: string;
}

export interface LiveSession {
  readonly cluster: Cluster;
  readonly store: StoreApi<LiveState>;
  /** Runs the cluster for ms of virtual time; returns false (and records why) if the engine threw. */
  advance(ms: number): boolean;
  kubectl(line: string, stdin?: string): KubectlResult;
  refresh(): void;
  setRunning(running: boolean): void;
}

export const NODES_COMMAND = 'get nodes';
export const PODS_COMMAND = 'get pods -o wide';

function run(cluster: Cluster, line: string, stdin?: string): CommandOutput {
  const r = cluster.kubectl(line, stdin);
  return { command: `kubectl ${line}`, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

function sameOutput(a: CommandOutput | undefined, b: CommandOutput): boolean {
  return !!a && a.stdout === b.stdout && a.stderr === b.stderr && a.exitCode === b.exitCode;
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export function createLiveSession(choice: SeedChoice): LiveSession {
  const cluster = createCluster({ seed: choice.seed });
  const store = createStore<LiveState>()(() => ({ seed: choice.seed, notice: choice.notice, now: cluster.now(), running: true }));

  const refresh = (): void => {
    const prev = store.getState();
    const nodes = run(cluster, NODES_COMMAND);
    const pods = run(cluster, PODS_COMMAND);
    // Keep the old objects when nothing changed so the <pre> elements do not re-render.
    store.setState({
      now: cluster.now(),
      nodes: sameOutput(prev.nodes, nodes) ? prev.nodes : nodes,
      pods: sameOutput(prev.pods, pods) ? prev.pods : pods,
    });
  };

  const session: LiveSession = {
    cluster,
    store,
    advance(ms) {
      if (store.getState().failure) return false;
      try {
        cluster.advance(ms);
        return true;
      } catch (e) {
        store.setState({ failure: `The simulation stopped: ${describeError(e)}`, running: false });
        return false;
      }
    },
    kubectl(line, stdin) {
      const r = cluster.kubectl(line, stdin);
      refresh();
      return r;
    },
    refresh,
    setRunning(running) {
      if (!store.getState().failure) store.setState({ running });
    },
  };

  // kubectl never throws; if `apply` is missing or fails, its stderr is what the page shows.
  store.setState({
    setup: { ...run(cluster, SAMPLE_APPLY_COMMAND, SAMPLE_DEPLOYMENT_YAML), command: 'kubectl apply -f nginx-deployment.yaml' },
  });
  refresh();
  return session;
}
