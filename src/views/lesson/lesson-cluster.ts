// The cluster a lesson's machine sees, routed through the session: the lesson's own writes
// (set-up, injections, "Show me") go through session.perform as 'lesson' commands, so they are
// echoed, recorded for rewinds and share links, and not counted as the learner's; reads and
// watches follow whichever cluster is playing (a rewind or reset swaps it).
import type { Cluster, Fault, KubectlResult } from '../../engine';
import type { LessonCluster } from '../../lessons/cluster-actions';
import type { Session, SessionCommand } from '../session/types';

/** What the proxy needs: the session's perform with its origin already chosen, or a setup's perform. */
export interface SessionPort {
  perform(command: SessionCommand): KubectlResult;
  cluster(): Cluster;
  watch?: Session['watch'];
}

/** kubectl-style "error: …\n" → the bare message, so runAction's own "error: " is not doubled. */
export function faultMessage(r: KubectlResult): string {
  return (r.stderr || `fault failed with exit code ${r.exitCode}`).replace(/^error: /, '').replace(/\n+$/, '');
}

export function lessonCluster(session: SessionPort): LessonCluster {
  const cluster = (): Cluster => session.cluster();
  const proxy = {
    kubectl: (line: string, stdin?: string) => session.perform(stdin === undefined ? { kubectl: line } : { kubectl: line, stdin }),
    inject: (fault: Fault) => {
      const r = session.perform({ fault });
      if (r.exitCode !== 0) throw new Error(faultMessage(r));
    },
    list: ((...args: Parameters<Cluster['list']>) => cluster().list(...args)) as Cluster['list'],
    get: ((...args: Parameters<Cluster['get']>) => cluster().get(...args)) as Cluster['get'],
    now: () => cluster().now(),
    // Goals that read an engine component (container logs, volume data) look for this by duck
    // typing, as they do on a real Cluster (goals-traffic.ts).
    component: ((name: string) => cluster().component(name)) as Cluster['component'],
    // Session.watch survives rewinds and resets; the engine's overloads collapse to one shape here.
    // Set-up runs before any watcher exists, so its port may have none.
    watch: ((listener: Parameters<Session['watch']>[0], options?: { metrics?: boolean }) =>
      session.watch ? session.watch(listener, options) : () => undefined) as unknown as Cluster['watch'],
  };
  return proxy as LessonCluster;
}
