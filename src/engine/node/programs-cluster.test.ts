// Modelled programs inside a cluster, commands in and cluster out: a server a program starts is
// reachable by probes on its port, and an interpreter image's own CMD completes at once.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { Pod } from '../objects/types';
import { kubectlOk, waitFor } from '../testing/helpers';

describe('programs in pods', () => {
  it('python -m http.server passes a TCP readiness probe on 8000 and logs its banner when unbuffered', () => {
    const c = createCluster();
    kubectlOk(
      c,
      'apply -f -',
      `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: python:3.12-slim
    command: ["python", "-m", "http.server"]
    env:
    - name: PYTHONUNBUFFERED
      value: "1"
    readinessProbe:
      tcpSocket:
        port: 8000
`,
    );
    waitFor(c, () => !!c.get<Pod>('Pod', 'default', 'web')?.status?.containerStatuses?.[0].ready, 60_000, 500, 'web ready');
    expect(kubectlOk(c, 'logs web')).toBe('Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...\n');
  });

  it('runs python\'s own CMD (the REPL) to completion at once: Completed, then CrashLoopBackOff', () => {
    const c = createCluster();
    kubectlOk(c, 'run py --image=python:3.12');
    waitFor(c, () => c.get<Pod>('Pod', 'default', 'py')?.status?.containerStatuses?.[0].state?.waiting?.reason === 'CrashLoopBackOff', 120_000, 500, 'CrashLoopBackOff');
    expect(c.get<Pod>('Pod', 'default', 'py')?.status?.containerStatuses?.[0].lastState?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
  });
});
