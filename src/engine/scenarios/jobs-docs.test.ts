// Scenario tests that follow two official pages with their own manifests and commands:
// "Jobs" (content/en/docs/concepts/workloads/controllers/job.md, examples/controllers/job.yaml)
// and "Running Automated Tasks with a CronJob" (content/en/docs/tasks/job/automated-tasks-with-cron-jobs.md,
// examples/application/job/cronjob.yaml), asserting what a learner sees from kubectl 1.32.
// The pages load their manifests from k8s.io URLs; here the same text arrives on stdin.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { KObject, Pod } from '../objects/types';
import { kubectlOk, waitFor } from '../testing/helpers';

// content/en/examples/controllers/job.yaml
const PI_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4

`;

// content/en/examples/application/job/cronjob.yaml
const HELLO_CRONJOB = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command:
            - /bin/sh
            - -c
            - date; echo Hello from the Kubernetes cluster
          restartPolicy: OnFailure
`;

function lines(text: string): string[][] {
  return text.trimEnd().split('\n').map((l) => l.trim().split(/\s{2,}/));
}

/** Whether the cluster's registry can pull the image (the catalogue of issue 11 adds perl). */
function pullable(c: ReturnType<typeof createCluster>): boolean {
  c.advance(20_000);
  return !c.list<Pod>('Pod', 'default').some((p) => /ErrImagePull|ImagePullBackOff/.test(p.status?.containerStatuses?.[0]?.state?.waiting?.reason ?? ''));
}

describe('Jobs (the pi example)', () => {
  it('runs the pi Job to completion, with the page kubectl outputs', (ctx) => {
    const c = createCluster();
    expect(kubectlOk(c, 'apply -f -', PI_JOB)).toBe('job.batch/pi created\n');
    // Until the image catalogue knows perl:5.34.0 the pod cannot start; the busybox test below
    // runs the same steps with an image the registry has.
    if (!pullable(c)) ctx.skip();
    const job = () => c.get<KObject>('Job', 'default', 'pi') as KObject;
    // The API server generated the selector and the job labels from the Job's uid.
    const uid = job().metadata.uid;
    expect(job().spec?.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': uid } });
    expect(job().metadata.labels).toEqual({ 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': uid, 'job-name': 'pi' });
    expect(job().spec).toMatchObject({ backoffLimit: 4, completionMode: 'NonIndexed', completions: 1, parallelism: 1, suspend: false, podReplacementPolicy: 'TerminatingOrFailed' });

    waitFor(c, () => job().status?.conditions?.some((x: { type: string }) => x.type === 'Complete') ?? false, 10 * 60_000, 1000, 'the pi Job to complete');
    const describe = kubectlOk(c, 'describe job pi');
    expect(describe).toMatch(/^Name: {13}pi\nNamespace: {8}default\nSelector: {9}batch\.kubernetes\.io\/controller-uid=[0-9a-f-]+\n/);
    expect(describe).toContain('\nParallelism:      1\nCompletions:      1\nCompletion Mode:  NonIndexed\nSuspend:          false\nBackoff Limit:    4\n');
    expect(describe).toContain('Pods Statuses:    0 Active (0 Ready) / 1 Succeeded / 0 Failed\n');
    expect(describe).toContain('    Image:      perl:5.34.0\n');
    expect(describe).toMatch(/Normal {2}SuccessfulCreate {2}\S+ +job-controller {2}Created pod: pi-[a-z0-9]{5}\n/);
    expect(describe).toMatch(/Normal {2}Completed +\S+ +job-controller {2}Job completed\n/);

    const table = lines(kubectlOk(c, 'get jobs'));
    expect(table[0]).toEqual(['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE']);
    expect(table[1].slice(0, 3)).toEqual(['pi', 'Complete', '1/1']);

    // pods=$(kubectl get pods --selector=job-name=pi --output=jsonpath='{.items[*].metadata.name}')
    const pods = kubectlOk(c, "get pods --selector=job-name=pi --output=jsonpath='{.items[*].metadata.name}'");
    expect(pods).toMatch(/^pi-[a-z0-9]{5}$/);
    const pod = c.get<Pod>('Pod', 'default', pods) as Pod;
    expect(pod.status?.phase).toBe('Succeeded');
    // Counted: the job-tracking finalizer is gone again.
    expect(pod.metadata.finalizers).toBeUndefined();
    // kubectl logs $pods prints whatever the image prints (π once the image catalogue knows perl).
    expect(c.kubectl(`logs ${pods}`).exitCode).toBe(0);
    expect(c.kubectl('logs job/pi').stdout).toBe(c.kubectl(`logs ${pods}`).stdout);

    // Deleting the Job cleans up the Pods it created.
    expect(kubectlOk(c, 'delete job pi')).toBe('job.batch "pi" deleted\n');
    c.advance(5000);
    expect(c.list('Pod', 'default')).toEqual([]);
  });
});

describe('Jobs (the same steps with an image the registry has today)', () => {
  it('completes, counts the pod and cleans up on delete', () => {
    const c = createCluster();
    const job = PI_JOB.replace('image: perl:5.34.0', 'image: busybox:1.28').replace('command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]', 'command: ["sh", "-c", "echo 3.14159"]');
    expect(kubectlOk(c, 'apply -f -', job)).toBe('job.batch/pi created\n');
    // Before the controller's first sync there is no startTime, so no DURATION (as the page shows).
    expect(kubectlOk(c, 'get jobs')).toBe('NAME   STATUS    COMPLETIONS   DURATION   AGE\npi     Running   0/1                      0s\n');
    c.advance(1000);
    expect(lines(kubectlOk(c, 'get jobs'))[1]).toEqual(['pi', 'Running', '0/1', '1s', '1s']);
    waitFor(c, () => lines(kubectlOk(c, 'get jobs'))[1][1] === 'Complete', 60_000, 1000, 'the Job to complete');
    const pods = kubectlOk(c, "get pods --selector=job-name=pi --output=jsonpath='{.items[*].metadata.name}'");
    expect(kubectlOk(c, `logs ${pods}`)).toBe('3.14159\n');
    expect(kubectlOk(c, 'describe job pi')).toContain('Pods Statuses:    0 Active (0 Ready) / 1 Succeeded / 0 Failed\n');
    expect(kubectlOk(c, 'delete job pi')).toBe('job.batch "pi" deleted\n');
    c.advance(5000);
    expect(c.list('Pod', 'default')).toEqual([]);
  });
});

describe('Running Automated Tasks with a CronJob', () => {
  it('creates a Job every minute that prints the date and the hello message', () => {
    const c = createCluster();
    expect(kubectlOk(c, 'create -f -', HELLO_CRONJOB)).toBe('cronjob.batch/hello created\n');
    c.advance(10_000);
    expect(lines(kubectlOk(c, 'get cronjob hello'))).toEqual([
      ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'],
      ['hello', '* * * * *', '<none>', 'False', '0', '<none>', '10s'],
    ]);
    // The first schedule is the next whole minute: 01:00 after a start at 00:00.
    c.advance(65_000);
    const jobs = lines(kubectlOk(c, 'get jobs'));
    expect(jobs[0]).toEqual(['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE']);
    // Jobs are named after the scheduled time in minutes since the epoch (2025-01-01T00:01:00Z).
    expect(jobs[1][0]).toBe(`hello-${(Date.UTC(2025, 0, 1, 0, 1) / 60_000).toString()}`);
    expect(jobs[1].slice(1, 3)).toEqual(['Complete', '1/1']);
    const cj = lines(kubectlOk(c, 'get cronjob hello'));
    expect(cj[1].slice(0, 6)).toEqual(['hello', '* * * * *', '<none>', 'False', '0', '15s']);

    const jobName = jobs[1][0];
    const pods = kubectlOk(c, `get pods --selector=job-name=${jobName} --output=jsonpath={.items[*].metadata.name}`);
    expect(pods).toMatch(new RegExp(`^${jobName}-[a-z0-9]{5}$`));
    expect(kubectlOk(c, `logs ${pods}`)).toMatch(/^Wed Jan {2}1 00:01:0\d UTC 2025\nHello from the Kubernetes cluster\n$/);

    // Three successful Jobs are kept (successfulJobsHistoryLimit defaults to 3).
    c.advance(5 * 60_000);
    expect(c.list('Job', 'default').map((j) => j.metadata.name)).toHaveLength(3);
    const described = kubectlOk(c, 'describe cronjob hello');
    expect(described).toContain('Successful Job History Limit:  3\nFailed Job History Limit:      1\n');
    expect(described).toMatch(/Normal {2}SawCompletedJob +\S+ +cronjob-controller {2}Saw completed job: hello-\d+, condition: Complete\n/);
    expect(described).toMatch(/Normal {2}SuccessfulDelete +\S+ +cronjob-controller {2}Deleted job hello-\d+\n/);

    // Deleting the cron job removes all the jobs and pods it created.
    expect(kubectlOk(c, 'delete cronjob hello')).toBe('cronjob.batch "hello" deleted\n');
    c.advance(5000);
    expect(c.list('Job', 'default')).toEqual([]);
    expect(c.list('Pod', 'default')).toEqual([]);
  });
});
