// The Job kind and controller: defaults and validation texts, parallelism and completions, the
// pod-failure back-off and backoffLimit (Never and OnFailure), activeDeadlineSeconds,
// ttlSecondsAfterFinished, Indexed completion, suspend, the tracking finalizer, snapshots.
import { describe, expect, it } from 'vitest';
import { type Cluster, createCluster, restoreCluster } from '../index';
import type { KObject, Pod } from '../objects/types';
import { kubectlOk, waitFor } from '../testing/helpers';
import { parseTime } from '../util/time';
import { JOB_TRACKING_FINALIZER } from './job-kind';

function jobYaml(name: string, spec: string, script: string, restartPolicy = 'Never'): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
${spec
  .split('\n')
  .filter(Boolean)
  .map((l) => `  ${l}`)
  .join('\n')}
  template:
    spec:
      containers:
      - name: main
        image: busybox:1.28
        command: ["sh", "-c", ${JSON.stringify(script)}]
      restartPolicy: ${restartPolicy}
`;
}

const job = (c: Cluster, name: string) => c.get<KObject>('Job', 'default', name) as KObject;
const podsOf = (c: Cluster, name: string) => c.list<Pod>('Pod', 'default').filter((p) => p.metadata.labels?.['batch.kubernetes.io/job-name'] === name);
const conditionTypes = (j: KObject) => ((j.status?.conditions ?? []) as { type: string }[]).map((x) => x.type);
const finished = (c: Cluster, name: string) => conditionTypes(job(c, name)).some((t) => t === 'Complete' || t === 'Failed');
const events = (c: Cluster, name: string) =>
  c
    .list<KObject>('Event', 'default')
    .filter((e) => (e.involvedObject as { name?: string; kind?: string } | undefined)?.name === name && (e.involvedObject as { kind?: string } | undefined)?.kind === 'Job')
    .map((e) => `${e.type} ${e.reason} ${e.message}`);

describe('Job validation (the API server texts)', () => {
  it.each([
    [
      'a template without restartPolicy',
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: busybox\n',
      'The Job "x" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"\n',
    ],
    ['restartPolicy Always', jobYaml('x', '', 'true', 'Always'), 'The Job "x" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"\n'],
    ['negative completions', jobYaml('x', 'completions: -1', 'true'), 'The Job "x" is invalid: spec.completions: Invalid value: -1: must be greater than or equal to 0\n'],
    ['negative backoffLimit', jobYaml('x', 'backoffLimit: -2', 'true'), 'The Job "x" is invalid: spec.backoffLimit: Invalid value: -2: must be greater than or equal to 0\n'],
    ['Indexed without completions', jobYaml('x', 'completionMode: Indexed\nparallelism: 2', 'true'), 'The Job "x" is invalid: spec.completions: Required value: when completion mode is Indexed\n'],
    ['an unknown completionMode', jobYaml('x', 'completionMode: Sometimes', 'true'), 'The Job "x" is invalid: spec.completionMode: Unsupported value: "Sometimes": supported values: "NonIndexed", "Indexed"\n'],
  ])('%s', (_what, manifest, stderr) => {
    const c = createCluster({ nodes: 1 });
    expect(c.kubectl('apply -f -', manifest)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('refuses a hand-written selector without manualSelector', () => {
    const c = createCluster({ nodes: 1 });
    const manifest = jobYaml('x', 'selector:\n  matchLabels:\n    app: x', 'true').replace('    spec:\n      containers', '    metadata:\n      labels:\n        app: x\n    spec:\n      containers');
    const r = c.kubectl('apply -f -', manifest);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^The Job "x" is invalid: spec\.selector: Invalid value: \{"matchLabels":\{"app":"x","batch\.kubernetes\.io\/controller-uid":"[0-9a-f-]+"\}\}: `selector` not auto-generated\n$/);
  });

  it('keeps completions immutable', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', jobYaml('x', 'completions: 2', 'sleep 100'));
    const r = c.kubectl('apply -f -', jobYaml('x', 'completions: 3', 'sleep 100'));
    expect(r.stderr).toBe('The Job "x" is invalid: spec.completions: Invalid value: 3: field is immutable\n');
  });
});

describe('Job controller', () => {
  it('never runs more than parallelism pods and stops at completions', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', jobYaml('work', 'completions: 5\nparallelism: 2', 'sleep 3'));
    let most = 0;
    waitFor(c, () => {
      most = Math.max(most, podsOf(c, 'work').filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed').length);
      expect(job(c, 'work').status?.succeeded ?? 0).toBeLessThanOrEqual(5);
      return finished(c, 'work');
    }, 120_000, 250, 'the Job to finish');
    expect(most).toBe(2);
    expect(job(c, 'work').status).toMatchObject({ succeeded: 5, ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    expect(conditionTypes(job(c, 'work'))).toEqual(['SuccessCriteriaMet', 'Complete']);
    expect(podsOf(c, 'work')).toHaveLength(5);
    expect(events(c, 'work').filter((e) => e.startsWith('Normal SuccessfulCreate Created pod: work-'))).toHaveLength(5);
    expect(events(c, 'work')).toContain('Normal Completed Job completed');
  });

  it('puts the tracking finalizer on running pods and drops it once it counted them', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', jobYaml('fin', '', 'sleep 5'));
    waitFor(c, () => podsOf(c, 'fin')[0]?.status?.phase === 'Running', 30_000, 250, 'the pod to run');
    expect(podsOf(c, 'fin')[0].metadata.finalizers).toEqual([JOB_TRACKING_FINALIZER]);
    waitFor(c, () => finished(c, 'fin'), 30_000, 250, 'the Job to finish');
    expect(podsOf(c, 'fin')[0].metadata.finalizers).toBeUndefined();
  });

  it('replaces failed pods after 10 s, 20 s … and fails at backoffLimit (restartPolicy Never)', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', jobYaml('bad', 'backoffLimit: 3', 'exit 1'));
    waitFor(c, () => finished(c, 'bad'), 10 * 60_000, 500, 'the Job to fail');
    const pods = podsOf(c, 'bad').sort((a, b) => (parseTime(a.metadata.creationTimestamp) ?? 0) - (parseTime(b.metadata.creationTimestamp) ?? 0));
    // backoffLimit 3 = the first run and three retries, each a new pod left in Error.
    expect(pods).toHaveLength(4);
    const created = pods.map((p) => parseTime(p.metadata.creationTimestamp) ?? 0);
    const gaps = created.slice(1).map((t, i) => t - created[i]);
    // Each gap is the back-off (10 s doubling) plus the failed pod's own run time (a few seconds).
    expect(gaps[0]).toBeGreaterThanOrEqual(10_000);
    expect(gaps[1]).toBeGreaterThanOrEqual(20_000);
    expect(gaps[2]).toBeGreaterThanOrEqual(40_000);
    expect(gaps[2]).toBeLessThan(50_000);
    const j = job(c, 'bad');
    expect(j.status).toMatchObject({ failed: 4, ready: 0, terminating: 0 });
    expect(j.status?.completionTime).toBeUndefined();
    expect(conditionTypes(j)).toEqual(['FailureTarget', 'Failed']);
    expect(j.status?.conditions[1]).toMatchObject({ reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' });
    expect(events(c, 'bad')).toContain('Warning BackoffLimitExceeded Job has reached the specified backoff limit');
    const row = kubectlOk(c, 'get job bad').split('\n')[1].split(/\s+/);
    expect(row.slice(0, 3)).toEqual(['bad', 'Failed', '0/1']);
    // Without a completionTime a failed Job's DURATION keeps growing.
    const before = kubectlOk(c, 'get job bad').split('\n')[1].split(/\s+/)[3];
    c.advance(120_000);
    expect(kubectlOk(c, 'get job bad').split('\n')[1].split(/\s+/)[3]).not.toBe(before);
  });

  it('with restartPolicy OnFailure counts container restarts and deletes the pod when it gives up', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', jobYaml('retry', 'backoffLimit: 2', 'exit 1', 'OnFailure'));
    waitFor(c, () => finished(c, 'retry'), 10 * 60_000, 500, 'the Job to fail');
    expect(job(c, 'retry').status?.conditions?.[1]).toMatchObject({ type: 'Failed', reason: 'BackoffLimitExceeded' });
    expect(events(c, 'retry').filter((e) => e.startsWith('Normal SuccessfulCreate'))).toHaveLength(1);
    expect(events(c, 'retry').some((e) => e.startsWith('Normal SuccessfulDelete Deleted pod: retry-'))).toBe(true);
    c.advance(60_000);
    expect(podsOf(c, 'retry')).toEqual([]);
  });

  it('fails a Job running longer than activeDeadlineSeconds (DeadlineExceeded)', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', jobYaml('slow', 'activeDeadlineSeconds: 20', 'sleep 600'));
    c.advance(19_000);
    expect(finished(c, 'slow')).toBe(false);
    waitFor(c, () => finished(c, 'slow'), 60_000, 500, 'the deadline');
    expect(job(c, 'slow').status?.conditions?.map((x: KObject) => `${x.type}/${x.reason}`)).toEqual(['FailureTarget/DeadlineExceeded', 'Failed/DeadlineExceeded']);
    expect(events(c, 'slow')).toContain('Warning DeadlineExceeded Job was active longer than specified deadline');
    expect(kubectlOk(c, 'describe job slow')).toContain('Active Deadline Seconds:  20s\n');
  });

  it('deletes a finished Job and its pods ttlSecondsAfterFinished later', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', jobYaml('brief', 'ttlSecondsAfterFinished: 30', 'true'));
    waitFor(c, () => finished(c, 'brief'), 60_000, 250, 'the Job to finish');
    const done = parseTime(job(c, 'brief').status?.completionTime) as number;
    c.advance(done + 29_000 - c.now());
    expect(job(c, 'brief')).toBeDefined();
    c.advance(5_000);
    expect(job(c, 'brief')).toBeUndefined();
    expect(podsOf(c, 'brief')).toEqual([]);
  });

  it('gives Indexed pods their index (annotation, label, hostname, env) and reports completedIndexes', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', jobYaml('idx', 'completions: 3\nparallelism: 3\ncompletionMode: Indexed', 'echo $JOB_COMPLETION_INDEX'));
    c.advance(1000);
    const pods = podsOf(c, 'idx').sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    expect(pods.map((p) => p.metadata.annotations?.['batch.kubernetes.io/job-completion-index'])).toEqual(['0', '1', '2']);
    expect(pods.map((p) => p.metadata.labels?.['batch.kubernetes.io/job-completion-index'])).toEqual(['0', '1', '2']);
    expect(pods.map((p) => p.spec?.hostname)).toEqual(['idx-0', 'idx-1', 'idx-2']);
    expect(pods[0].metadata.name).toMatch(/^idx-0-[a-z0-9]{5}$/);
    waitFor(c, () => finished(c, 'idx'), 60_000, 250, 'the Job to finish');
    expect(job(c, 'idx').status).toMatchObject({ completedIndexes: '0-2', succeeded: 3 });
    expect(pods.map((p) => kubectlOk(c, `logs ${p.metadata.name}`))).toEqual(['0\n', '1\n', '2\n']);
    expect(kubectlOk(c, 'describe job idx')).toContain('Completed Indexes:  0-2\n');
  });

  it('with no completions (a work queue) completes once a pod succeeded and none is left running', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', jobYaml('queue', 'parallelism: 2', 'sleep 2'));
    expect(job(c, 'queue').spec?.completions).toBeUndefined();
    waitFor(c, () => finished(c, 'queue'), 60_000, 250, 'the Job to finish');
    expect(kubectlOk(c, 'get job queue').split('\n')[1].split(/\s{2,}/).slice(0, 3)).toEqual(['queue', 'Complete', '2/1 of 2']);
  });

  it('creates no pods while suspended and starts them on resume', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', jobYaml('later', 'suspend: true', 'true'));
    c.advance(5000);
    expect(podsOf(c, 'later')).toEqual([]);
    expect(job(c, 'later').status?.conditions?.[0]).toMatchObject({ type: 'Suspended', status: 'True', reason: 'JobSuspended', message: 'Job suspended' });
    expect(kubectlOk(c, 'get job later').split('\n')[1].split(/\s{2,}/)[1]).toBe('Suspended');
    kubectlOk(c, 'apply -f -', jobYaml('later', 'suspend: false', 'true'));
    waitFor(c, () => finished(c, 'later'), 60_000, 250, 'the Job to finish');
    expect(events(c, 'later')).toEqual(expect.arrayContaining(['Normal Suspended Job suspended', 'Normal Resumed Job resumed']));
  });

  it('counts a deleted running pod as failed and replaces it (podReplacementPolicy TerminatingOrFailed)', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'apply -f -', jobYaml('victim', '', 'sleep 30'));
    waitFor(c, () => podsOf(c, 'victim')[0]?.status?.phase === 'Running', 30_000, 250, 'the pod to run');
    const first = podsOf(c, 'victim')[0].metadata.name;
    kubectlOk(c, `delete pod ${first} --wait=false`);
    c.advance(2000);
    // Counted at once (terminating counts as failed) but held by the back-off for 10 s.
    expect(job(c, 'victim').status).toMatchObject({ failed: 1, terminating: 1 });
    waitFor(c, () => podsOf(c, 'victim').some((p) => p.metadata.name !== first), 60_000, 500, 'a replacement pod');
    waitFor(c, () => finished(c, 'victim'), 120_000, 500, 'the Job to finish');
    expect(job(c, 'victim').status).toMatchObject({ succeeded: 1, failed: 1 });
  });

  it('a huge parallelism creates at most 500 pods a sync and stops at the simulator pod cap', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', jobYaml('huge', 'completions: 2000000\nparallelism: 2000000', 'sleep 600'));
    const perInstant = new Map<number, number>();
    c.watch((e) => {
      if (e.type === 'ADDED' && 'object' in e && e.object.kind === 'Pod' && e.object.metadata.namespace === 'default') perInstant.set(c.now(), (perInstant.get(c.now()) ?? 0) + 1);
    });
    c.advance(5000);
    expect(Math.max(...perInstant.values())).toBe(500);
    // The simulator's pod cap (1000 pods in the whole cluster, kube-proxy's one per node and CoreDNS's
    // two included) stops it; failed creates are retried rate-limited.
    const room = 1000 - c.list('Pod', 'kube-system').length;
    expect(room).toBe(995);
    expect(podsOf(c, 'huge')).toHaveLength(room);
    expect(events(c, 'huge').some((e) => e.startsWith('Warning FailedCreate Error creating: '))).toBe(true);
    expect(job(c, 'huge').status?.active).toBe(room);
  });

  it('a snapshot taken mid-back-off continues exactly as the original', () => {
    const a = createCluster({ nodes: 2, seed: 7 });
    kubectlOk(a, 'apply -f -', jobYaml('bad', 'backoffLimit: 3', 'exit 1'));
    a.advance(25_000);
    const b = restoreCluster(JSON.parse(JSON.stringify(a.snapshot())));
    a.advance(5 * 60_000);
    b.advance(5 * 60_000);
    expect(b.kubectl('get jobs,pods -o json').stdout).toBe(a.kubectl('get jobs,pods -o json').stdout);
    expect(job(b, 'bad').status?.failed).toBe(4);
  });
});
