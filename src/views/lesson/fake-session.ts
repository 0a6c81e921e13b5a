// A stand-in for the app's Session in unit tests: a real engine cluster behind the members the
// lesson host uses (perform, cluster, watch, onTick, learnerCommands), with advance and reset
// like the real session's (watchers survive the swap, set-up re-runs at time 0).
import { type Cluster, type ClusterEvent, createCluster, type KubectlResult } from '../../engine';
import { runSetup } from '../../lessons/cluster-actions';
import type { Lesson } from '../../lessons/types';
import type { CommandOrigin, Session, SessionCommand } from '../session/types';
import { lessonCluster } from './lesson-cluster';

export interface FakeSession extends Pick<Session, 'perform' | 'cluster' | 'watch' | 'onTick' | 'learnerCommands'> {
  advance(ms: number): boolean;
  reset(): void;
  performed: { command: SessionCommand; origin: CommandOrigin }[];
}

export function fakeSession(lesson: Lesson): FakeSession {
  let cluster: Cluster;
  let learner = 0;
  const ticks = new Set<() => void>();
  const watchers = new Set<{ listener: (e: ClusterEvent) => void; metrics: boolean; off?: () => void }>();
  const performed: FakeSession['performed'] = [];
  const attach = (w: { listener: (e: ClusterEvent) => void; metrics: boolean; off?: () => void }) => {
    w.off = w.metrics ? cluster.watch(w.listener, { metrics: true }) : cluster.watch(w.listener);
  };
  const perform = (command: SessionCommand, origin: CommandOrigin): KubectlResult => {
    performed.push({ command, origin });
    if (origin === 'learner') learner += 1;
    if ('kubectl' in command) return cluster.kubectl(command.kubectl, command.stdin);
    try {
      cluster.inject(command.fault);
      return { stdout: '', stderr: '', exitCode: 0 };
    } catch (e) {
      return { stdout: '', stderr: `error: ${(e as Error).message}\n`, exitCode: 1 };
    }
  };
  const fresh = () => {
    cluster = createCluster({ seed: lesson.seed, ...(lesson.nodes ? { nodes: lesson.nodes } : {}) });
    learner = 0;
    for (const w of watchers) attach(w);
    runSetup(lessonCluster({ perform: (c) => perform(c, 'lesson'), cluster: () => cluster }), lesson);
  };
  fresh();
  return {
    performed,
    perform,
    cluster: () => cluster,
    learnerCommands: () => learner,
    watch(listener, options) {
      const w = { listener: listener as (e: ClusterEvent) => void, metrics: !!options?.metrics };
      watchers.add(w);
      attach(w);
      return () => {
        (w as { off?: () => void }).off?.();
        watchers.delete(w);
      };
    },
    onTick(listener) {
      ticks.add(listener);
      return () => ticks.delete(listener);
    },
    advance(ms) {
      cluster.advance(ms);
      for (const t of ticks) t();
      return true;
    },
    reset() {
      for (const w of watchers) w.off?.();
      fresh();
      for (const t of ticks) t();
    },
  };
}
