// Words after `--` are the container's command for `create deployment|job|cronjob` and its args
// (or command, with --command) for `run`: only the words before `--` count as NAMEs. Expected
// texts captured from kubectl 1.32 (`--dry-run=client -o yaml`); run needs a server there, so its
// cases follow run.go (args[1:] -> args, or command with --command; ArgsLenAtDash 0 -> no NAME).
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';

const run = (line: string) => createCluster({ nodes: 1 }).kubectl(line);

describe('create … -- COMMAND args (as kubectl 1.32 reads them)', () => {
  it('create deployment NAME --image=… -- sleep 3600 puts the command in the container', () => {
    expect(run('create deployment x --image=busybox --replicas=2 --dry-run=client -o yaml -- sleep 3600').stdout).toBe(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: x\n  name: x\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: x\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: x\n    spec:\n      containers:\n      - command:\n        - sleep\n        - "3600"\n        image: busybox\n        name: busybox\n        resources: {}\nstatus: {}\n',
    );
  });

  it('the issue-11 line creates a deployment whose pods run sleep 3600', () => {
    const c = createCluster({ nodes: 1 });
    expect(c.kubectl('create deployment tools --image=busybox -- sleep 3600')).toEqual({ stdout: 'deployment.apps/tools created\n', stderr: '', exitCode: 0 });
    const out = c.kubectl('get deployment tools -o jsonpath={.spec.template.spec.containers[0].command}');
    expect(out.stdout).toBe('["sleep","3600"]');
  });

  it.each([
    ['create deployment x --image=busybox --dry-run=client sleep 3600', "error: exactly one NAME is required, got 3\nSee 'kubectl create deployment -h' for help and examples\n"],
    ['create deployment x y --image=busybox --dry-run=client -- sleep', "error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n"],
    ['create deployment x --image=a --image=b --dry-run=client -- sleep 1', 'error: cannot specify multiple --image options and command\n'],
    ['create job x --image=busybox --dry-run=client sleep 3600', "error: exactly one NAME is required, got 3\nSee 'kubectl create job -h' for help and examples\n"],
    ["create cronjob c --image=busybox --schedule='* * * * *' --dry-run=client date", "error: exactly one NAME is required, got 2\nSee 'kubectl create cronjob -h' for help and examples\n"],
    ['run --image=busybox --dry-run=client -- sleep 1', 'error: NAME is required for run\n'],
  ])('%s', (line, stderr) => {
    expect(run(line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('run puts the words after -- in args, or in command with --command', () => {
    const args = run('run r --image=busybox --dry-run=client -o jsonpath={.spec.containers[0]} -- sleep 3600').stdout;
    expect(JSON.parse(args)).toMatchObject({ args: ['sleep', '3600'] });
    const cmd = run('run r --image=busybox --command --dry-run=client -o jsonpath={.spec.containers[0]} -- sleep 3600').stdout;
    expect(JSON.parse(cmd)).toMatchObject({ command: ['sleep', '3600'] });
    expect(JSON.parse(cmd).args).toBeUndefined();
  });
});
