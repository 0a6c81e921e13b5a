// Following commands: what `get -w` and `rollout status` print as virtual time passes, read the way
// the console reads them (after each advance), and how they end.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';

function readFor(c: ReturnType<typeof createCluster>, f: NonNullable<ReturnType<ReturnType<typeof createCluster>['kubectlFollow']>['follower']>, ms: number, step = 1_000) {
  let stdout = '';
  let stderr = '';
  let exitCode: number | undefined;
  for (let t = 0; t < ms && exitCode === undefined; t += step) {
    c.advance(step);
    const r = f.read();
    stdout += r.stdout;
    stderr += r.stderr;
    exitCode = r.exitCode;
  }
  return { stdout, stderr, exitCode };
}

describe('kubectl get -w', () => {
  it('prints a row per change of a matching object, each row as wide as its own cells', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('create deployment web --image=nginx');
    c.advance(20_000);
    const first = c.kubectlFollow('get pods -w');
    expect(first.stdout).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\nweb-\S+ +1\/1 +Running +0 +20s\n$/);
    const f = first.follower;
    if (!f) throw new Error('no follower');
    c.kubectl('scale deployment web --replicas=2');
    // The second replica goes to a node without nginx (CoreDNS's requests weigh on the others): it pulls.
    const r = readFor(c, f, 30_000);
    const rows = r.stdout.split('\n').filter(Boolean);
    expect(rows[0]).toMatch(/^web-\S+ {3}0\/1 {3}Pending {3}0 {5}0s$/);
    expect(rows.at(-1)).toMatch(/^web-\S+ {3}1\/1 {3}Running {3}0 {5}\d+s$/);
    expect(r.exitCode).toBeUndefined();
    // Ctrl-C ends it; nothing more is printed.
    f.stop();
    c.kubectl('scale deployment web --replicas=3');
    c.advance(5_000);
    expect(f.read()).toEqual({ stdout: '', stderr: '', exitCode: 130 });
  });

  it('prints the header with the first row when the first answer had none', () => {
    const c = createCluster({ seed: 1 });
    const first = c.kubectlFollow('get deployments --watch');
    // get.go's watch path prints the (empty) list and waits: no "No resources found" first.
    expect(first).toMatchObject({ stdout: '', stderr: '' });
    c.kubectl('create deployment web --image=nginx');
    const r = readFor(c, first.follower as never, 1_000);
    expect(r.stdout.split('\n')[0]).toBe('NAME   READY   UP-TO-DATE   AVAILABLE   AGE');
  });

  it('get events -w in a namespace without events says nothing and prints each new event', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('create namespace quiet');
    expect(c.kubectl('get events -n quiet')).toMatchObject({ stdout: '', stderr: 'No resources found in quiet namespace.\n' });
    const first = c.kubectlFollow('get events -n quiet -w');
    expect(first).toMatchObject({ stdout: '', stderr: '' });
    c.kubectl('run web --image=nginx -n quiet');
    const r = readFor(c, first.follower as never, 5_000);
    expect(r.stdout.split('\n')[0]).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$/);
    expect(r.stdout).toMatch(/Normal +Scheduled +pod\/web +Successfully assigned quiet\/web to node-\d/);
  });

  it('prints the first answer only where nothing follows it (a pipe, a test)', () => {
    const c = createCluster({ seed: 1 });
    expect(c.kubectl('get nodes -w').stdout.split('\n')[0]).toMatch(/^NAME +STATUS/);
  });
});

describe('kubectl rollout status', () => {
  it('prints a line for every change until the rollout is done, then exits 0', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('create deployment web --image=nginx --replicas=3');
    const first = c.kubectlFollow('rollout status deployment/web');
    expect(first.stdout).toBe('Waiting for deployment spec update to be observed...\n');
    const r = readFor(c, first.follower as never, 60_000);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...\n');
    expect(r.stdout.endsWith('Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...\ndeployment "web" successfully rolled out\n')).toBe(true);
  });

  it('ends at --timeout with kubectl words', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('create deployment web --image=nginx --replicas=3');
    const first = c.kubectlFollow('rollout status deployment/web --timeout=2s');
    const r = readFor(c, first.follower as never, 10_000, 500);
    expect(r.stderr).toBe('error: timed out waiting for the condition\n');
    expect(r.exitCode).toBe(1);
    expect(c.now()).toBe(2_000);
  });

  it('does not follow a rollout that is done, or --watch=false', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('create deployment web --image=nginx');
    expect(c.kubectlFollow('rollout status deployment/web --watch=false').follower).toBeUndefined();
    c.advance(30_000);
    const done = c.kubectlFollow('rollout status deployment/web');
    expect(done).toEqual({ stdout: 'deployment "web" successfully rolled out\n', stderr: '', exitCode: 0 });
  });
});

describe('kubectl wait', () => {
  it('prints condition met once a pod is Ready, following the cluster', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('run web --image=nginx');
    const first = c.kubectlFollow('wait --for=condition=Ready pod/web --timeout=60s');
    expect(first).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    const r = readFor(c, first.follower as never, 60_000);
    expect(r).toEqual({ stdout: 'pod/web condition met\n', stderr: '', exitCode: 0 });
    // Met already: it answers at once, followed or not.
    expect(c.kubectl('wait --for=jsonpath={.status.phase}=Running pod/web')).toEqual({ stdout: 'pod/web condition met\n', stderr: '', exitCode: 0 });
    expect(c.kubectl('wait --for=condition=available deployment --all')).toEqual({ stdout: '', stderr: 'error: no matching resources found\n', exitCode: 1 });
  });

  it('waits for a delete, and times out in kubectl words', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('create deployment web --image=nginx');
    c.advance(20_000);
    const first = c.kubectlFollow('wait --for=delete deployment/web --timeout=5s');
    c.kubectl('delete deployment web');
    expect(readFor(c, first.follower as never, 10_000)).toEqual({ stdout: 'deployment.apps/web condition met\n', stderr: '', exitCode: 0 });
    c.kubectl('run stuck --image=nginx:no-such-tag');
    const late = c.kubectlFollow('wait --for=condition=Ready pod/stuck --timeout=3s');
    expect(readFor(c, late.follower as never, 10_000)).toEqual({ stdout: '', stderr: 'error: timed out waiting for the condition on pods/stuck\n', exitCode: 1 });
  });

  it('says what is wrong with its arguments as kubectl does', () => {
    const c = createCluster({ seed: 1 });
    expect(c.kubectl('wait pod/x').stderr).toBe('error: unrecognized condition: ""\n');
    expect(c.kubectl('wait pod/x --for=bogus').stderr).toBe('error: unrecognized condition: "bogus"\n');
    expect(c.kubectl('wait --for=condition=Ready').stderr).toMatch(/^error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n {3}'-f rsrc.yaml'\n/);
    expect(c.kubectl('wait pod/x --for=create --timeout=1x').stderr).toBe(
      `Error: invalid argument "1x" for "--timeout" flag: time: unknown unit "x" in duration "1x"\nSee 'kubectl wait --help' for usage.\n`,
    );
    expect(c.kubectl('wait pod/x --for=condition=Ready').stderr).toBe('Error from server (NotFound): pods "x" not found\n');
    // Not followed (in a pipe or a test), it looks once, as --timeout=0 does.
    c.kubectl('run web --image=nginx');
    expect(c.kubectl('wait --for=condition=Ready pod/web')).toEqual({ stdout: '', stderr: 'error: timed out waiting for the condition on pods/web\n', exitCode: 1 });
  });
});

describe('kubectl logs -f', () => {
  it('prints new lines as the container writes them and ends when it stops', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('run counter --image=busybox -- sh -c "i=0; while [ $i -lt 5 ]; do echo line $i; i=$((i+1)); sleep 2; done"');
    c.advance(15_000);
    const first = c.kubectlFollow('logs -f counter');
    expect(first.stdout).toMatch(/^line 0\n/);
    const printed = first.stdout.split('\n').filter(Boolean).length;
    expect(printed).toBeLessThan(5);
    const r = readFor(c, first.follower as never, 30_000, 700);
    expect(first.stdout + r.stdout).toBe('line 0\nline 1\nline 2\nline 3\nline 4\n');
    expect(r.exitCode).toBe(0);
  });
});
