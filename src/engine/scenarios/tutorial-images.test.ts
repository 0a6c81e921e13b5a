// Scenario tests for images the tutorials pull: "Kubernetes Basics" module 2 (create the
// kubernetes-bootcamp Deployment; module 3 reads its log) and module 6's images, and the Jobs
// page's pi computation (content/en/examples/controllers/job.yaml) — its pod template run as a
// bare Pod here, since the Job controller is a separate piece of work.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { Pod } from '../objects/types';
import { kubectlOk, waitFor } from '../testing/helpers';

// Math::BigFloat bpi(2000), as the Jobs page's `kubectl logs $pods` shows it (first and last digits).
const PI_HEAD = '3.141592653589793238462643383279502884197169399375105820974944592307816406286';
const PI_TAIL = '71237137869609563643719172874677646575739624138908658326459958133904780275901';

describe('Kubernetes Basics', () => {
  it('module 2: the bootcamp Deployment runs, and its log starts as the real app logs', () => {
    const c = createCluster();
    expect(kubectlOk(c, 'create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1')).toBe('deployment.apps/kubernetes-bootcamp created\n');
    waitFor(c, () => / 1\/1 /.test(c.kubectl('get deployments').stdout), 60_000, 500, 'bootcamp available');
    expect(kubectlOk(c, 'get deployments')).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nkubernetes-bootcamp\s+1\/1\s+1\s+1\s+\d+s\n$/);
    const pod = c.list<Pod>('Pod', 'default')[0];
    const name = pod.metadata.name;
    expect(kubectlOk(c, 'get pods')).toMatch(new RegExp(`\\n${name}\\s+1/1\\s+Running\\s+0\\s+\\d+s\\n$`));
    const events = kubectlOk(c, `describe pod ${name}`);
    expect(events).toMatch(/Normal\s+Pulling\s+.*kubelet\s+Pulling image "gcr.io\/google-samples\/kubernetes-bootcamp:v1"/);
    expect(events).toMatch(/Normal\s+Pulled\s+.*kubelet\s+Successfully pulled image "gcr.io\/google-samples\/kubernetes-bootcamp:v1" in [\d.]+m?s \([\d.]+m?s including waiting\)\. Image size: \d+ bytes\./);
    // server.js: console.log("Kubernetes Bootcamp App Started At:", startTime, "| Running On: ", host, "\n")
    const started = pod.status?.containerStatuses?.[0]?.state?.running?.startedAt ?? '';
    expect(started).not.toBe('');
    const log = kubectlOk(c, `logs ${name}`);
    expect(log).toMatch(new RegExp(`^Kubernetes Bootcamp App Started At: ${started.slice(0, 19)}\\.\\d{3}Z \\| Running On:  ${name} \\n\\n$`));
  });

  it('module 6: updates to jocatalin/kubernetes-bootcamp:v2; v10 does not exist', () => {
    const c = createCluster();
    kubectlOk(c, 'create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1');
    kubectlOk(c, 'scale deployments/kubernetes-bootcamp --replicas=4');
    waitFor(c, () => / 4\/4 /.test(c.kubectl('get deployments').stdout), 120_000, 500, 'four replicas');
    expect(kubectlOk(c, 'set image deployments/kubernetes-bootcamp kubernetes-bootcamp=docker.io/jocatalin/kubernetes-bootcamp:v2')).toBe('deployment.apps/kubernetes-bootcamp image updated\n');
    waitFor(c, () => c.kubectl('rollout status deployments/kubernetes-bootcamp').stdout === 'deployment "kubernetes-bootcamp" successfully rolled out\n', 240_000, 1000, 'v2 rollout');
    kubectlOk(c, 'set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10');
    c.advance(30_000);
    const bad = c.list<Pod>('Pod', 'default').filter((p) => p.spec?.containers[0].image?.endsWith(':v10'));
    expect(bad.length).toBeGreaterThan(0);
    expect(['ErrImagePull', 'ImagePullBackOff']).toContain(bad[0].status?.containerStatuses?.[0].state?.waiting?.reason);
    expect(kubectlOk(c, `describe pod ${bad[0].metadata.name}`)).toContain(
      'Failed to pull image "gcr.io/google-samples/kubernetes-bootcamp:v10": rpc error: code = NotFound desc = failed to pull and unpack image "gcr.io/google-samples/kubernetes-bootcamp:v10": failed to resolve reference "gcr.io/google-samples/kubernetes-bootcamp:v10": gcr.io/google-samples/kubernetes-bootcamp:v10: not found',
    );
  });
});

describe('Jobs: the pi example', () => {
  // controllers/job.yaml's pod template.
  const PI_POD = `apiVersion: v1
kind: Pod
metadata:
  name: pi
spec:
  containers:
  - name: pi
    image: perl:5.34.0
    command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]
  restartPolicy: Never
`;

  it('pulls perl:5.34.0, prints π to 2000 digits and exits 0 about two seconds after it starts', () => {
    const c = createCluster();
    expect(kubectlOk(c, 'apply -f -', PI_POD)).toBe('pod/pi created\n');
    waitFor(c, () => c.get<Pod>('Pod', 'default', 'pi')?.status?.phase === 'Succeeded', 120_000, 500, 'pi Succeeded');
    const describe = kubectlOk(c, 'describe pod pi');
    expect(describe).toMatch(/Normal\s+Pulling\s+.*kubelet\s+Pulling image "perl:5\.34\.0"/);
    // A 331 MB image: half a minute or more at the node's bandwidth.
    const pulled = /Successfully pulled image "perl:5\.34\.0" in ([\d.]+)s \([\d.]+s including waiting\)\. Image size: 331200000 bytes\./.exec(describe);
    expect(pulled).not.toBeNull();
    expect(Number(pulled?.[1])).toBeGreaterThan(25);
    const t = c.get<Pod>('Pod', 'default', 'pi')?.status?.containerStatuses?.[0].state?.terminated;
    expect(t?.exitCode).toBe(0);
    expect(t?.reason).toBe('Completed');
    const ran = Date.parse(t?.finishedAt ?? '') - Date.parse(t?.startedAt ?? '');
    expect(ran).toBeGreaterThanOrEqual(1000);
    expect(ran).toBeLessThanOrEqual(3000);
    expect(c.kubectl('get pod pi').stdout).toMatch(/\npi\s+0\/1\s+Completed\s+0\s+\d+s\n$/);
    const out = kubectlOk(c, 'logs pi');
    expect(out).toHaveLength(2002);
    expect(out.startsWith(PI_HEAD)).toBe(true);
    expect(out.endsWith(`${PI_TAIL}\n`)).toBe(true);
  });
});
