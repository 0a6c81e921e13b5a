// A pod worker's graceful termination (pkg/kubelet/kuberuntime killPodWithSyncResult): the stop
// signal to every running container, SIGKILL at the grace deadline, then the final status and the
// kubelet's delete with grace 0 that removes the pod from the API.
import { appendLog, stopBehaviour, stopLines } from './container-runtime';
import type { PodSync } from './pod-sync';

/** Returns true once the pod is gone from the API. */
export function terminatePod(s: PodSync): boolean {
  const { env, p } = s;
  const now = env.now;
  if (p.killDeadline === undefined) {
    const grace = s.pod.metadata.deletionGracePeriodSeconds ?? s.pod.spec?.terminationGracePeriodSeconds ?? 30;
    p.killDeadline = now + grace * 1000;
    delete p.op;
    for (const c of Object.values(p.containers)) {
      if (!c.running || !c.proc) continue;
      s.ev(c, 'Normal', 'Killing', `Stopping container ${c.name}`);
      const b = stopBehaviour(c.proc);
      if (b) {
        c.exitAt = Math.min(now + b.ms, p.killDeadline);
        c.exitCode = b.exitCode;
        for (const line of stopLines(c.log.boot?.tpl, now, b.signal)) appendLog(c.log, now, line);
        s.wake.push(c.exitAt);
      }
      s.advanceOne(c);
    }
  }
  if (now >= p.killDeadline) s.stopAll(now, 137, 'Error');
  const running = Object.values(p.containers).filter((c) => c.running);
  if (running.length) {
    s.wake.push(p.killDeadline);
    return false;
  }
  p.sandbox = 'dead';
  env.releaseIP(p.ip);
  s.postStatus(true);
  try {
    env.client.delete('Pod', p.ns, p.name, { gracePeriodSeconds: 0, uid: p.uid });
  } catch {
    // Already gone or replaced: nothing left to confirm.
  }
  return true;
}
