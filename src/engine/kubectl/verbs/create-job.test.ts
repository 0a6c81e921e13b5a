// `kubectl create job` and `kubectl create cronjob`: outputs compared with kubectl 1.32 (its
// --dry-run=client output and client-side errors, captured from the real binary).
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';

const run = (line: string) => createCluster({ nodes: 1 }).kubectl(line);

describe('kubectl create job / cronjob (as kubectl 1.32 prints them)', () => {
  it('create job --dry-run=client -o yaml with a command', () => {
    expect(run('create job x --image=busybox --dry-run=client -o yaml -- echo hi').stdout).toBe(
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  creationTimestamp: null\n  name: x\nspec:\n  template:\n    metadata:\n      creationTimestamp: null\n    spec:\n      containers:\n      - command:\n        - echo\n        - hi\n        image: busybox\n        name: x\n        resources: {}\n      restartPolicy: Never\nstatus: {}\n',
    );
  });

  it('create cronjob --dry-run=client -o yaml', () => {
    expect(run("create cronjob c --image=busybox --schedule='*/1 * * * *' --dry-run=client -o yaml -- date").stdout).toBe(
      "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  creationTimestamp: null\n  name: c\nspec:\n  jobTemplate:\n    metadata:\n      creationTimestamp: null\n      name: c\n    spec:\n      template:\n        metadata:\n          creationTimestamp: null\n        spec:\n          containers:\n          - command:\n            - date\n            image: busybox\n            name: c\n            resources: {}\n          restartPolicy: OnFailure\n  schedule: '*/1 * * * *'\nstatus: {}\n",
    );
  });

  it.each([
    ['create job x --dry-run=client -o yaml', 'error: either --image or --from must be specified\n'],
    ['create job x --image=busybox --from=cronjob/y --dry-run=client', 'error: either --image or --from must be specified\n'],
    ['create job x --from=cronjob/y --dry-run=client -- echo', 'error: cannot specify --from and command\n'],
    ['create job --image=busybox --dry-run=client', "error: exactly one NAME is required, got 0\nSee 'kubectl create job -h' for help and examples\n"],
    ['create cronjob --image=x --schedule=y --dry-run=client', "error: exactly one NAME is required, got 0\nSee 'kubectl create cronjob -h' for help and examples\n"],
  ])('%s', (line, stderr) => {
    expect(run(line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('names every missing required flag, as cobra does', () => {
    expect(run('create cronjob c --dry-run=client').stderr).toMatch(/run\.go:72\] "command failed" err="required flag\(s\) \\"image\\", \\"schedule\\" not set"\n$/);
    expect(run('create cronjob c --image=busybox').stderr).toMatch(/err="required flag\(s\) \\"schedule\\" not set"\n$/);
  });

  it('wraps API errors as `failed to create …`', () => {
    expect(run('create cronjob c --image=busybox --schedule=bad').stderr).toBe(
      'error: failed to create cronjob: CronJob.batch "c" is invalid: spec.schedule: Invalid value: "bad": expected exactly 5 fields, found 1: [bad]\n',
    );
  });
});
