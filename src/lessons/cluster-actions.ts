// Bridges lesson data to the engine: runs a LessonAction (kubectl line or fault) on a cluster,
// filling in `{pod}` from a selector. Used by the machine's default actions and the replay test.
// Writes go through cluster.kubectl / cluster.inject only (the public contract).
import type { Cluster, KubectlResult, Pod } from '../engine/index';
import { isPodReady, matchesSelector } from './goals';
import type { Injection, Lesson, LessonAction } from './types';

export type LessonCluster = Pick<Cluster, 'kubectl' | 'inject' | 'list' | 'get' | 'now' | 'watch'>;

/** The first (by name) Ready pod matching the selector, for `{pod}` placeholders. */
export function pickPod(cluster: Pick<Cluster, 'list'>, selector: string, namespace = 'default'): string | undefined {
  return cluster
    .list<Pod>('Pod', namespace)
    .filter((p) => isPodReady(p) && matchesSelector(selector, p.metadata?.labels))
    .map((p) => p.metadata?.name ?? '')
    .sort()[0];
}

/** Runs one action; returns kubectl's result (faults report exit code 0, or 1 with the error). */
export function runAction(cluster: LessonCluster, action: LessonAction): KubectlResult {
  const pod = action.pod === undefined ? undefined : pickPod(cluster, action.pod);
  if (action.pod !== undefined && pod === undefined) {
    return { stdout: '', stderr: `error: no Ready pod matches ${action.pod}\n`, exitCode: 1 };
  }
  if ('kubectl' in action) return cluster.kubectl(action.kubectl.replaceAll('{pod}', pod ?? ''), action.stdin);
  try {
    const fault = pod !== undefined && 'pod' in action.fault ? { ...action.fault, pod } : action.fault;
    cluster.inject(fault);
    return { stdout: '', stderr: '', exitCode: 0 };
  } catch (e) {
    return { stdout: '', stderr: `error: ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 1 };
  }
}

export function runSetup(cluster: LessonCluster, lesson: Lesson): KubectlResult[] {
  return lesson.setup.map((a) => runAction(cluster, a));
}

/** Indexes of injections due at `elapsedMs` after step start that have not run yet. */
export function dueInjections(injections: readonly Injection[] | undefined, elapsedMs: number, done: readonly number[]): number[] {
  return (injections ?? []).flatMap((inj, i) => ((inj.atMs ?? 0) <= elapsedMs && !done.includes(i) ? [i] : []));
}

/** A lesson's whole solution: its steps' solutions in order. */
export function lessonSolution(lesson: Lesson): LessonAction[] {
  return lesson.steps.flatMap((s) => s.solution);
}
