// The CronJob kind and controller: validation texts, Job names and the scheduled-timestamp
// annotation, concurrencyPolicy Forbid/Replace, suspend, startingDeadlineSeconds, history limits,
// time zones, `create job --from=cronjob/…`, and the bounded cost of a week of `*/1` schedules.
import { describe, expect, it } from 'vitest';
import { type Cluster, createCluster, restoreCluster } from '../index';
import type { KObject } from '../objects/types';
import { kubectlOk } from '../testing/helpers';
import { EPOCH_MS } from '../util/time';

function cronYaml(name: string, spec: string, script: string, restartPolicy = 'OnFailure'): string {
  return `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
${spec
  .split('\n')
  .filter(Boolean)
  .map((l) => `  ${l}`)
  .join('\n')}
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: main
            image: busybox:1.28
            command: ["sh", "-c", ${JSON.stringify(script)}]
          restartPolicy: ${restartPolicy}
`;
}

const jobs = (c: Cluster) => c.list<KObject>('Job', 'default').map((j) => j.metadata.name);
const cronJob = (c: Cluster, name: string) => c.get<KObject>('CronJob', 'default', name) as KObject;
const minute = (isoMinute: string) => Math.floor(Date.parse(isoMinute) / 60_000);
const events = (c: Cluster, name: string) =>
  c
    .list<KObject>('Event', 'default')
    .filter((e) => (e.involvedObject as { name?: string; kind?: string } | undefined)?.name === name && (e.involvedObject as { kind?: string }).kind === 'CronJob')
    .map((e) => `${e.type} ${e.reason} ${e.message}`);
/** The controller's sync counter, read from the snapshot (component state is JSON). */
const cronSyncs = (c: Cluster) => (c.snapshot().components['cronjob-controller'] as { syncs: number }).syncs;

describe('CronJob validation', () => {
  it.each([
    ['a schedule with four fields', 'schedule: "* * * *"', 'The CronJob "cj" is invalid: spec.schedule: Invalid value: "* * * *": expected exactly 5 fields, found 4: [* * * *]\n'],
    ['a minute out of range', 'schedule: "61 * * * *"', 'The CronJob "cj" is invalid: spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61\n'],
    ['TZ in the schedule', 'schedule: "TZ=UTC * * * * *"', 'The CronJob "cj" is invalid: spec.schedule: Invalid value: "TZ=UTC * * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead\n'],
    ['an unknown time zone', 'schedule: "@daily"\ntimeZone: Mars/Olympus', 'The CronJob "cj" is invalid: spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus\n'],
    ['an unknown concurrencyPolicy', 'schedule: "@daily"\nconcurrencyPolicy: Sometimes', 'The CronJob "cj" is invalid: spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"\n'],
  ])('%s', (_what, spec, stderr) => {
    const c = createCluster({ nodes: 1 });
    expect(c.kubectl('apply -f -', cronYaml('cj', spec, 'date'))).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('refuses restartPolicy Always in the job template', () => {
    const c = createCluster({ nodes: 1 });
    expect(c.kubectl('apply -f -', cronYaml('cj', 'schedule: "@hourly"', 'date', 'Always')).stderr).toBe(
      'The CronJob "cj" is invalid: spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"\n',
    );
  });

  it('defaults the policy, suspend and history limits', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', cronYaml('cj', 'schedule: "@hourly"', 'date'));
    expect(cronJob(c, 'cj').spec).toMatchObject({ concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
    // Job defaults come when each Job is created, not in the template.
    expect(cronJob(c, 'cj').spec?.jobTemplate?.spec?.backoffLimit).toBeUndefined();
  });
});

describe('CronJob controller', () => {
  it('names each Job after its schedule time in minutes and annotates the time', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', cronYaml('tick', 'schedule: "*/5 * * * *"', 'date'));
    c.advance(11 * 60_000);
    expect(jobs(c)).toEqual([`tick-${minute('2025-01-01T00:05:00Z')}`, `tick-${minute('2025-01-01T00:10:00Z')}`]);
    const j = c.get<KObject>('Job', 'default', jobs(c)[0]) as KObject;
    expect(j.metadata.annotations).toEqual({ 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2025-01-01T00:05:00Z' });
    expect(j.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'CronJob', name: 'tick', controller: true, blockOwnerDeletion: true });
    // The controller creates the Job 100 ms after the schedule time.
    expect(j.metadata.creationTimestamp).toBe('2025-01-01T00:05:00Z');
    expect(cronJob(c, 'tick').status).toMatchObject({ lastScheduleTime: '2025-01-01T00:10:00Z' });
    expect(cronJob(c, 'tick').status?.lastSuccessfulTime).toMatch(/^2025-01-01T00:10:0\dZ$/);
  });

  it('Forbid holds a schedule while the previous Job runs (and, with no deadline, runs it late)', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', cronYaml('one', 'schedule: "* * * * *"\nconcurrencyPolicy: Forbid', 'sleep 90'));
    c.advance(2 * 60_000 + 10_000);
    // 01:00 runs until ~02:31, so at 02:00 nothing starts.
    expect(jobs(c)).toEqual([`one-${minute('2025-01-01T00:01:00Z')}`]);
    expect(events(c, 'one')).toContain('Normal JobAlreadyActive Not starting job because prior execution is running and concurrency policy is Forbid');
    // lastScheduleTime still says 01:00, so the 02:00 run is still unmet: it starts once 01:00 ends.
    c.advance(30_000);
    expect(jobs(c)).toEqual([`one-${minute('2025-01-01T00:01:00Z')}`, `one-${minute('2025-01-01T00:02:00Z')}`]);
    const late = c.get<KObject>('Job', 'default', `one-${minute('2025-01-01T00:02:00Z')}`) as KObject;
    expect(late.metadata.creationTimestamp! > '2025-01-01T00:02:30Z').toBe(true);
  });

  it('Replace deletes the running Job and starts the new one', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', cronYaml('swap', 'schedule: "* * * * *"\nconcurrencyPolicy: Replace', 'sleep 600'));
    c.advance(2 * 60_000 + 10_000);
    expect(events(c, 'swap')).toContain(`Normal SuccessfulDelete Deleted job swap-${minute('2025-01-01T00:01:00Z')}`);
    expect(jobs(c)).toEqual([`swap-${minute('2025-01-01T00:02:00Z')}`]);
    expect(cronJob(c, 'swap').status?.active?.map((r: { name: string }) => r.name)).toEqual([`swap-${minute('2025-01-01T00:02:00Z')}`]);
  });

  it('creates nothing while suspended', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', cronYaml('paused', 'schedule: "* * * * *"\nsuspend: true\nstartingDeadlineSeconds: 30', 'date'));
    c.advance(5 * 60_000 + 40_000);
    expect(jobs(c)).toEqual([]);
    expect(kubectlOk(c, 'get cj paused').split('\n')[1].split(/\s{2,}/)[3]).toBe('True');
    // Resumed with a 30 s starting deadline at 05:40, the missed 05:00 is not run: 06:00 is.
    kubectlOk(c, 'apply -f -', cronYaml('paused', 'schedule: "* * * * *"\nsuspend: false\nstartingDeadlineSeconds: 30', 'date'));
    c.advance(10_000);
    expect(jobs(c)).toEqual([]);
    c.advance(60_000);
    expect(jobs(c)).toEqual([`paused-${minute('2025-01-01T00:06:00Z')}`]);
  });

  it('keeps successfulJobsHistoryLimit and failedJobsHistoryLimit finished Jobs', () => {
    const c = createCluster({ nodes: 2 });
    kubectlOk(c, 'apply -f -', cronYaml('ok', 'schedule: "* * * * *"\nsuccessfulJobsHistoryLimit: 2', 'true'));
    kubectlOk(c, 'apply -f -', cronYaml('ko', 'schedule: "* * * * *"\nfailedJobsHistoryLimit: 1', 'exit 1', 'Never').replace('    spec:\n      template', '    spec:\n      backoffLimit: 0\n      template'));
    c.advance(6 * 60_000 + 30_000);
    expect(jobs(c).filter((n) => n.startsWith('ok-'))).toEqual([`ok-${minute('2025-01-01T00:05:00Z')}`, `ok-${minute('2025-01-01T00:06:00Z')}`]);
    expect(jobs(c).filter((n) => n.startsWith('ko-'))).toEqual([`ko-${minute('2025-01-01T00:06:00Z')}`]);
    expect(events(c, 'ko')).toContain(`Normal SawCompletedJob Saw completed job: ko-${minute('2025-01-01T00:06:00Z')}, condition: Failed`);
  });

  it('reads the schedule in spec.timeZone', () => {
    const c = createCluster({ nodes: 1 });
    // 09:00 in Seoul is 00:00 UTC: the cluster starts at 2025-01-01T00:00:00Z, so the first run is a day later.
    kubectlOk(c, 'apply -f -', cronYaml('seoul', 'schedule: "0 9 * * *"\ntimeZone: Asia/Seoul', 'date'));
    c.advance(24 * 3600_000 + 1000);
    expect(jobs(c)).toEqual([`seoul-${minute('2025-01-02T00:00:00Z')}`]);
    const j = c.get<KObject>('Job', 'default', jobs(c)[0]) as KObject;
    expect(j.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe('2025-01-02T09:00:00+09:00');
    expect(kubectlOk(c, 'get cj seoul').split('\n')[1].split(/\s{2,}/)[2]).toBe('Asia/Seoul');
  });

  it('create job --from=cronjob/X instantiates the template, owned by the CronJob', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', cronYaml('src', 'schedule: "@daily"', 'date'));
    expect(kubectlOk(c, 'create job now --from=cronjob/src')).toBe('job.batch/now created\n');
    const j = c.get<KObject>('Job', 'default', 'now') as KObject;
    expect(j.metadata.annotations).toEqual({ 'cronjob.kubernetes.io/instantiate': 'manual' });
    expect(j.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'src', uid: cronJob(c, 'src').metadata.uid, controller: true }]);
    expect(c.kubectl('create job again --from=cronjob/missing')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): cronjobs.batch "missing" not found\n', exitCode: 1 });
    expect(c.kubectl('create job again --from=deployment/src').stderr).toBe('Error from server (NotFound): deployments.apps "src" not found\n');
  });

  it('two hours of `*/1` with running pods cost a bounded number of syncs per schedule', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', cronYaml('every', 'schedule: "*/1 * * * *"', 'true'));
    const before = cronSyncs(c);
    c.advance(2 * 3600_000);
    const syncs = cronSyncs(c) - before;
    // One wake-up per schedule plus the few its own Job's changes bring (created, pod counted,
    // completed, the oldest deleted): never a poll.
    expect(syncs).toBeGreaterThanOrEqual(120);
    expect(syncs / 120).toBeLessThan(8);
    expect(jobs(c)).toHaveLength(3);
    expect(c.list('Pod', 'default')).toHaveLength(3);
  });

  it('a week of `*/1` in virtual time: one sync per schedule, and a snapshot continues it', () => {
    // Suspended Jobs replaced every minute, on a cluster without nodes: the CronJob controller's
    // own cost (10,080 schedules take seconds of wall time, most of it creating and deleting Jobs).
    const c = createCluster({ nodes: 0 });
    kubectlOk(c, 'apply -f -', cronYaml('every', 'schedule: "*/1 * * * *"\nconcurrencyPolicy: Replace', 'true').replace('    spec:\n      template', '    spec:\n      suspend: true\n      template'));
    const before = cronSyncs(c);
    const week = 7 * 24 * 60;
    c.advance(7 * 24 * 3600_000);
    const syncs = cronSyncs(c) - before;
    expect(syncs).toBeGreaterThanOrEqual(week - 1);
    expect(syncs / week).toBeLessThan(4);
    expect(jobs(c)).toHaveLength(1);
    // The last schedule at the end of the week is 23:59 on the 7th (08T00:00 fires 100 ms later).
    expect(cronJob(c, 'every').status?.lastScheduleTime).toBe(new Date(EPOCH_MS + (week - 1) * 60_000).toISOString().replace('.000Z', 'Z'));
    const r = restoreCluster(JSON.parse(JSON.stringify(c.snapshot())));
    c.advance(10 * 60_000);
    r.advance(10 * 60_000);
    expect(r.kubectl('get cj,jobs -o json').stdout).toBe(c.kubectl('get cj,jobs -o json').stdout);
  }, 180_000);
});
