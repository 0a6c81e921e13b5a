// One learner's session: the cluster now playing, the store that mirrors it, every action as a
// recorded command, and time: play/pause, speed, step, rewind (snapshot + replay) and reset.
// The cluster is the only truth; a rewind swaps in a restored cluster and re-attaches the mirror.
import { createStore } from 'zustand/vanilla';
import {
  type Cluster,
  createCluster,
  type Deployment,
  type Fault,
  type FollowedResult,
  type KubectlResult,
  restoreCluster,
} from '../../engine';
import { formatClock } from '../format-clock';
import { commentForFault, parseConsoleLine } from './actions';
import { clickActions } from './click-actions';
import { changesCluster } from './command-kind';
import { ConsoleRunner, outputLines } from './console-runner';
import { Mirror } from './mirror';
import { allDeploymentsAvailable, setUpSampleCluster } from './sample-cluster';
import { MAX_SPEED, MIN_SPEED, type SessionOptions, WARM_UP_MAX_S } from './session-options';
import { framePacer } from './frame-pacing';
import { SessionListeners } from './session-listeners';
import { ENGINE_SOURCE } from './source';
import { describeError, ReplayBudget, replayShareLog } from './share-replay';
import { applyEntry, type RewindPlan, Timeline } from './timeline';
import { Visits } from './visit';

import type { AppState, CommandOrigin, Session, SessionActions, SessionCommand, ShareState } from './types';

export * from './session-options';

export function createSession(options: SessionOptions): Session {
  const wallNow = options.wallNow ?? (() => performance.now());
  const replayBudget = new ReplayBudget(wallNow, options.replayBudgetMs ?? 5_000);
  const budget = options.frameBudgetMs ?? 10;
  const timeline = new Timeline(options.snapshotIntervalMs, options.maxSnapshots);
  const newCluster = (): Cluster => createCluster({ seed: options.seed, nodes: options.nodes });
  let cluster: Cluster = newCluster();
  const listeners = new SessionListeners((e) => fail(e));
  let learnerCommands = 0;

  const store = createStore<AppState>()(() => ({
    now: 0,
    nodes: [],
    pods: [],
    deployments: [],
    replicaSets: [],
    events: [],
    trace: [],
    running: true,
    speed: 1,
    effectiveSpeed: 1,
    seed: options.seed,
    timelineStart: 0,
    selection: null,
    console: [],
    narration: [],
    notice: options.notice,
  }));
  const mirror = new Mirror(store);

  const terminal = new ConsoleRunner(store);
  const print = terminal.print.bind(terminal);
  const stopFollowing = (echo = true): void => terminal.stopFollowing(echo);

  const fail = (e: unknown): void => {
    store.setState({ failure: `The simulation stopped: ${describeError(e)}`, running: false });
  };

  /** Runs, records for replay, echoes: the one path every command takes. */
  const run = (line: string, stdin?: string, shownAs?: string, origin: CommandOrigin = 'learner'): KubectlResult => {
    // A stopped simulation takes no more commands: the banner says so and Reset starts afresh.
    if (store.getState().failure) return { stdout: '', stderr: 'error: the simulation has stopped; press Reset\n', exitCode: 1 };
    visits.commit();
    timeline.record({ at: cluster.now(), kind: 'kubectl', line, stdin });
    const r = cluster.kubectl(line, stdin);
    if (origin === 'learner' && changesCluster(line, r.exitCode)) learnerCommands++;
    print([{ kind: 'input', text: shownAs ?? `kubectl ${line}` }, ...outputLines(r)]);
    mirror.flush();
    return r;
  };

  const inject = (fault: Fault, comment: string, origin: CommandOrigin = 'learner'): KubectlResult => {
    print([{ kind: 'comment', text: comment }]);
    visits.commit();
    let result: KubectlResult = { stdout: '', stderr: '', exitCode: 0 };
    try {
      cluster.inject(fault);
      timeline.record({ at: cluster.now(), kind: 'fault', fault });
      // A fault that took effect changes the cluster, so it counts; one that failed does not.
      if (origin === 'learner') learnerCommands++;
    } catch (e) {
      // An unknown pod or node: say so in the console, change nothing.
      const text = `error: ${e instanceof Error ? e.message : String(e)}`;
      print([{ kind: 'stderr', text }]);
      result = { stdout: '', stderr: `${text}\n`, exitCode: 1 };
    }
    mirror.flush();
    return result;
  };

  const perform = (command: SessionCommand, origin: CommandOrigin): KubectlResult => {
    if ('fault' in command) return inject(command.fault, commentForFault(command.fault), origin);
    const shown = command.stdin !== undefined ? `kubectl ${command.kubectl.replace(/-f -(?=\s|$)/, '-f manifest.yaml')}` : undefined;
    return run(command.kubectl, command.stdin, shown, origin);
  };

  const swapCluster = (next: Cluster): void => {
    // A follower reads the cluster it started on; a rewind leaves that cluster behind.
    stopFollowing();
    mirror.detach();
    cluster = next;
    mirror.attach(cluster);
    listeners.follow(cluster);
  };
  const ticked = (): void => {
    terminal.pollFollower();
    listeners.ticked();
  };

  /** The cluster at `target` from the timeline: its snapshot, the log replayed, time run on. */
  const buildAt = (plan: RewindPlan, target: number): Cluster => {
    const next = restoreCluster(plan.from.snapshot);
    for (const e of plan.replay) applyEntry(next, e);
    if (target > next.now()) next.advance(target - next.now());
    return next;
  };
  // A visit swaps clusters without a tick: the lesson host (which restarts its actor when time
  // jumps back) and the traffic recorder keep the present; only the stage shows the past.
  const visits = new Visits({
    timeline,
    current: () => cluster,
    swap: (next) => {
      swapCluster(next);
      mirror.flush();
    },
    build: buildAt,
    running: () => store.getState().running,
    setRunning: (running) => store.setState({ running }),
    publish: (visit) => store.setState({ visit }),
  });

  // At 64× a 10 s interval would mean six snapshots a wall second; stretch it to ~one per 2.5 s.
  const stretch = (): number => store.getState().speed / 4;
  const snapshotIfDue = (): void => {
    if (cluster.now() >= timeline.nextSnapshotAt(stretch())) timeline.addSnapshot(cluster.now(), cluster.snapshot());
  };

  /** Advances exactly `ms`, stopping at each snapshot boundary to take one. */
  const advanceBy = (ms: number): void => {
    if (ms === 0) {
      // Runs what is due now (step onto a timer at the current instant). Logged, because a
      // command right after must see those timers fired when it is replayed too.
      timeline.record({ at: cluster.now(), kind: 'run' });
      cluster.advance(0);
      snapshotIfDue();
      return;
    }
    const target = cluster.now() + ms;
    // A snapshot may be overdue: the interval shrinks when the speed drops, and a rewind leaves
    // the last snapshot far behind now. Take it first, so the next boundary lies ahead of now.
    snapshotIfDue();
    while (cluster.now() < target) {
      replayBudget.check();
      cluster.advance(Math.min(target, timeline.nextSnapshotAt(stretch())) - cluster.now());
      snapshotIfDue();
    }
  };

  const setUp = (): void => {
    if (options.empty) return;
    if (options.setup)
      options.setup(
        (c) => perform(c, 'lesson'),
        () => cluster,
      );
    else {
      setUpSampleCluster({
        kubectl: (line, stdin, shownAs) => void run(line, stdin, shownAs, 'lesson'),
        inject: (f, c) => void inject(f, c, 'lesson'),
      });
      // The page opens on a band that already plays: run the first seconds (image pulls, starts)
      // before anything is drawn. About 70 ms of work; a lesson instead starts at 0:00, because
      // watching the seats being taken is its first step.
      if (options.warmUp) warmUp();
    }
  };

  /** Advances until every Deployment is fully available (bounded), in 1-second steps. */
  const warmUp = (): void => {
    for (let i = 0; i < WARM_UP_MAX_S && !allDeploymentsAvailable(cluster); i++) advanceBy(1_000);
  };

  /** Replays a shared log from the seed (share-replay.ts), within the wall-clock budget. */
  const replayShared = (shared: ShareState): void => {
    timeline.addSnapshot(cluster.now(), cluster.snapshot());
    replayBudget.during(() =>
      replayShareLog(shared, {
        cluster: () => cluster,
        advanceBy,
        record: (e) => timeline.record(e),
        checkBudget: () => replayBudget.check(),
      }),
    );
    print([
      {
        kind: 'comment',
        text: `# opened a shared moment: ${shared.log.length} recorded commands replayed to ${formatClock(cluster.now())}`,
      },
    ]);
  };

  const start = (shared?: ShareState): void => {
    timeline.clear();
    mirror.clearNarration();
    mirror.attach(cluster);
    listeners.follow(cluster);
    let replayed = false;
    if (shared) {
      try {
        replayShared(shared);
        replayed = true;
      } catch (e) {
        // A log that does not replay (edited by hand, or from an engine that behaved differently):
        // start fresh rather than show a half-built moment.
        timeline.clear();
        mirror.detach();
        cluster = newCluster();
        mirror.attach(cluster);
        listeners.follow(cluster);
        store.setState({
          notice: `This share link could not be replayed (${describeError(e)}), so a fresh cluster is playing instead.`,
          console: [],
        });
      }
    }
    if (!replayed) setUp();
    learnerCommands = 0;
    timeline.addSnapshot(cluster.now(), cluster.snapshot());
    store.setState({ timelineStart: timeline.start ?? 0 });
    mirror.flush();
  };

  const guarded = (fn: () => void): void => {
    if (store.getState().failure) return;
    try {
      fn();
    } catch (e) {
      fail(e);
    }
    mirror.flush();
  };

  const actions: SessionActions = {
    // A manifest from the YAML editor reads as the file a learner would have saved.
    kubectl: (line, stdin) =>
      run(line, stdin, stdin !== undefined ? `kubectl ${line.replace(/-f -(?=\s|$)/, '-f manifest.yaml')}` : undefined),
    select: (selection) => store.setState({ selection }),
    ...clickActions(
      (line) => run(line),
      (fault, comment) => inject(fault, comment),
      (kind, namespace, name) => cluster.get<Deployment>(kind, namespace, name),
    ),
    runConsole: (line) => {
      const parsed = parseConsoleLine(line);
      if (!parsed) return;
      // A new line while a command follows: as if Ctrl-C came first.
      stopFollowing();
      if (parsed.kind === 'clear') return store.setState({ console: [] });
      visits.commit();
      if (store.getState().failure) return print([{ kind: 'stderr', text: 'error: the simulation has stopped; press Reset' }]);
      // Each kubectl the shell runs is recorded as its own line, so rewinds and shares replay it.
      terminal.run(line, (l, stdin, alone) => {
        timeline.record({ at: cluster.now(), kind: 'kubectl', line: l, stdin });
        const out: FollowedResult = alone ? cluster.kubectlFollow(l) : cluster.kubectl(l, stdin);
        if (changesCluster(l, out.exitCode)) learnerCommands++;
        return out;
      });
      mirror.flush();
    },
    stopFollowing: () => stopFollowing(),
    play: () => {
      visits.commit();
      if (!store.getState().failure) store.setState({ running: true });
    },
    pause: () => {
      store.setState({ running: false });
      // A throttled frame may have left the last moments unpublished: show where time stopped.
      mirror.flush();
    },
    setSpeed: (speed) => {
      if (!Number.isFinite(speed)) return;
      const s = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
      store.setState({ speed: s, effectiveSpeed: s });
      mirror.flush();
    },
    step: () =>
      guarded(() => {
        visits.commit();
        store.setState({ running: false });
        const at = cluster.nextEventAt();
        if (at !== undefined) advanceBy(at - cluster.now());
        ticked();
      }),
    askWhy: (kind, namespace, name) => {
      let why: ReturnType<Cluster['why']>;
      guarded(() => {
        why = cluster.why(kind, namespace, name);
        store.setState({ why });
      });
      return why;
    },
    clearWhy: () => store.setState({ why: undefined }),
    visit: (virtualMs) =>
      guarded(() => {
        stopFollowing();
        visits.visit(virtualMs);
      }),
    backToNow: () => guarded(() => visits.backToNow()),
    rewindTo: (virtualMs) =>
      guarded(() => {
        // A rewind from a visited moment counts from the present, as the timeline does.
        visits.backToNow();
        const target = Math.min(cluster.now(), Math.max(timeline.start ?? 0, Math.round(virtualMs)));
        const plan = timeline.plan(target);
        if (!plan) return;
        const next = buildAt(plan, target);
        timeline.truncate(target, plan);
        swapCluster(next);
        ticked();
        print([{ kind: 'comment', text: `# rewound to ${formatClock(target)}; carrying on from there` }]);
      }),
    reset: () => {
      visits.drop();
      stopFollowing(false);
      terminal.resetShell();
      mirror.detach();
      cluster = newCluster();
      store.setState({ failure: undefined, selection: null, running: true, console: [], events: [], trace: [], prompt: undefined });
      start();
      ticked();
    },
  };

  const tick = framePacer(store, { advanceBy, ticked, fail, flush: () => mirror.flush() }, wallNow, budget);
  const session: Session = {
    store,
    actions,
    source: ENGINE_SOURCE,
    reader: () => cluster,
    cluster: () => cluster,
    schedulingTrace: (namespace, name) => cluster.schedulingTrace(namespace, name),
    tick,
    read: (line) => cluster.kubectl(line),
    advance(ms) {
      if (store.getState().failure) return false;
      try {
        visits.commit();
        advanceBy(ms);
      } catch (e) {
        fail(e);
        return false;
      } finally {
        mirror.flush();
      }
      ticked();
      return !store.getState().failure;
    },
    flush: () => mirror.flush(),
    watch: (listener, watchOptions) => listeners.watch(listener, watchOptions),
    onTick: (listener) => listeners.onTick(listener),
    perform(command, origin) {
      if (store.getState().failure) return { stdout: '', stderr: 'error: the simulation has stopped\n', exitCode: 1 };
      try {
        return perform(command, origin);
      } catch (e) {
        fail(e);
        return { stdout: '', stderr: `error: ${describeError(e)}\n`, exitCode: 1 };
      } finally {
        mirror.flush();
      }
    },
    learnerCommands: () => learnerCommands,
    shareState: () => ({
      v: 1,
      seed: options.seed,
      nodes: options.nodes ?? cluster.list('Node').length,
      log: timeline.entries.map((e) => ({ ...e })),
      at: cluster.now(),
    }),
  };

  start(options.from);
  return session;
}
