// "Why?" for pods: the examples — who created it and why (your delete), why this node,
// why it waited (image pull, crash back-off, a missing ConfigMap), why not Ready (which probe,
// how many failures against the threshold), why chosen for removal (the ranking rule), why
// evicted (the taint after NotReady for 300 s; a drain that respected a PodDisruptionBudget).
import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { createCluster } from '../cluster/cluster';
import type { Event } from '../objects/types';
import { kubectlOk } from '../testing/helpers';
import { cause, isNewestFirst, podsOf, traced } from './test-helpers';

describe('why a pod exists', () => {
  it('the ReplicaSet wanted 3 and had 2 because you deleted a pod, with the delete time from the trace', () => {
    const c = createCluster({ seed: 1 });
    kubectlOk(c, 'create deployment web --image=nginx --replicas=3');
    c.advance(11_000);
    const victim = podsOf(c, 'web-')[0].metadata.name;
    kubectlOk(c, `delete pod ${victim} --wait=false`);
    const deletedAt = traced(c, { from: 'kubectl', verb: 'delete', resource: 'pods', name: victim });
    expect(deletedAt).toBe(11_000);
    c.advance(5_000);
    const created = traced(c, { from: 'replicaset-controller', verb: 'create', resource: 'pods', code: 201 });
    const replacement = podsOf(c, 'web-').filter((p) => !p.metadata.deletionTimestamp).find((p) => p.metadata.creationTimestamp === '2025-01-01T00:00:11Z');
    expect(replacement).toBeDefined();
    const answer = c.why('Pod', 'default', replacement?.metadata.name ?? '');
    const rs = replacement?.metadata.ownerReferences?.[0].name;
    const wanted = cause(answer, /wanted 3 and had 2/);
    expect(wanted.text).toBe(`The ReplicaSet ${rs} wanted 3 and had 2, so it created ${replacement?.metadata.name}.`);
    expect(wanted.actor).toEqual({ kind: 'ReplicaSet', ns: 'default', name: rs });
    expect(wanted.at).toBeGreaterThanOrEqual(deletedAt);
    expect(created).toBeLessThan(deletedAt); // the first creates were the initial three
    const because = cause(answer, /because you deleted/);
    expect(because).toMatchObject({ at: deletedAt, actor: { kind: 'you', name: 'you' }, ref: { kind: 'Pod', ns: 'default', name: victim } });
    expect(because.text).toBe(`The ReplicaSet ${rs} had lost a pod because you deleted ${victim} at 0:00:11.`);
    expect(isNewestFirst(answer)).toBe(true);
  });

  it('why this node: the audition summary at the time of the scheduling decision', () => {
    const c = createCluster({ seed: 2 });
    kubectlOk(c, 'run solo --image=nginx');
    c.advance(2_000);
    const trace = c.schedulingTrace('default', 'solo');
    const answer = c.why('Pod', 'default', 'solo');
    const placed = cause(answer, /The scheduler placed solo on/);
    expect(placed.at).toBe(trace?.time);
    expect(placed.text).toContain(`on ${trace?.outcome.kind === 'Scheduled' ? trace.outcome.node : '?'}: 3 of 3 nodes passed the filters`);
    expect(cause(answer, /^You created solo/).at).toBe(traced(c, { from: 'kubectl', verb: 'create', resource: 'pods', name: 'solo' }));
  });
});

describe('why a pod waited', () => {
  it('an image pull: the Pulled event time and its duration', () => {
    const c = createCluster({ seed: 3 });
    kubectlOk(c, 'run web --image=nginx');
    c.advance(15_000);
    const pulled = c.list('Event', 'default').find((e) => e.reason === 'Pulled');
    const took = /in ([0-9.]+)s /.exec(String(pulled?.message))?.[1];
    const answer = c.why('Pod', 'default', 'web');
    const pull = cause(answer, /pulled nginx in/);
    expect(pull.text).toBe(`${answer?.summary.match(/on (node-\d)/)?.[1]}'s kubelet pulled nginx in ${Math.round(Number(took) * 10) / 10} s before the container could start.`);
    expect(pull.at).toBe(Date.parse(String(pulled?.firstTimestamp)) - Date.parse('2025-01-01T00:00:00Z'));
  });

  it('crash back-off: restarts, last exit and the back-off the kubelet applies', () => {
    const c = createCluster({ seed: 3 });
    kubectlOk(c, 'run crash --image=busybox -- sh -c "exit 1"');
    c.advance(80_000);
    const answer = c.why('Pod', 'default', 'crash');
    const back = cause(answer, /has crashed/);
    const st = c.get('Pod', 'default', 'crash')?.status?.containerStatuses?.[0];
    expect(back.text).toBe(
      `Container crash has crashed ${st.restartCount} times (last exit code 1, Error, at 0:01:15); the kubelet waits a back-off of 1m20s before restarting it (10 s, doubling after each crash, at most 5 minutes).`,
    );
    expect(back.at).toBe(75_000);
  });

  it('CreateContainerConfigError: the ConfigMap is missing', () => {
    const c = createCluster({ seed: 3 });
    kubectlOk(
      c,
      'apply -f -',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: cfg}\nspec:\n  containers:\n  - name: app\n    image: nginx\n    env:\n    - name: X\n      valueFrom: {configMapKeyRef: {name: missing, key: k}}\n',
    );
    c.advance(20_000);
    const answer = c.why('Pod', 'default', 'cfg');
    const failed = c.list<Event>('Event', 'default').find((e) => e.reason === 'Failed' && e.involvedObject?.name === 'cfg');
    const waiting = cause(answer, /CreateContainerConfigError/);
    expect(waiting.text).toBe('Container app is waiting: CreateContainerConfigError: configmap "missing" not found');
    expect(waiting.at).toBe(Date.parse(String(failed?.firstTimestamp)) - Date.parse('2025-01-01T00:00:00Z'));
  });
});

describe('why a pod is not Ready', () => {
  it('which probe failed, how many times in a row, against which threshold, and the fault behind it', () => {
    const c = createCluster({ seed: 8 });
    kubectlOk(c, 'apply -f -', 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n    readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}\n');
    c.advance(20_000);
    c.inject({ type: 'fail-probe', pod: 'web', probe: 'readiness', durationMs: 60_000 });
    c.advance(7_000);
    const early = cause(c.why('Pod', 'default', 'web'), /readiness probe of nginx failed/);
    expect(early.text).toMatch(/^The readiness probe of nginx failed [12] times? in a row \(failureThreshold 3, every 5 s\), [12] more and the kubelet marks it not Ready: Readiness probe failed: HTTP probe failed with statuscode: 500\.$/);
    c.advance(20_000);
    const answer = c.why('Pod', 'default', 'web');
    const probe = cause(answer, /readiness probe of nginx failed/);
    expect(probe.text).toMatch(/failed \d+ times in a row \(failureThreshold 3, every 5 s\), so the kubelet marks it not Ready/);
    expect(cause(answer, /You made the readiness probe of web fail/).at).toBe(20_000);
  });
});

describe('why a pod was removed', () => {
  it('scale-down: the ReplicaSet ranking rule that picked it, and your scale behind it', () => {
    const c = createCluster({ seed: 1 });
    kubectlOk(c, 'create deployment web --image=nginx --replicas=3');
    c.advance(30_000);
    kubectlOk(c, 'scale deployment web --replicas=2');
    c.advance(100);
    const gone = podsOf(c, 'web-').find((p) => p.metadata.deletionTimestamp);
    const name = gone?.metadata.name ?? '';
    const rs = gone?.metadata.ownerReferences?.[0].name;
    const answer = c.why('Pod', 'default', name);
    const removed = cause(answer, /had 3 and wanted 2/);
    expect(removed.at).toBe(traced(c, { from: 'replicaset-controller', verb: 'delete', resource: 'pods', name }));
    expect(removed.text).toMatch(new RegExp(`^The ReplicaSet ${rs} had 3 and wanted 2, so it removed 1\\. It chose ${name} over ${rs}-\\w+ because ${name} was (Ready more recently|created more recently|more pods of the same workload on its node) \\(the first rule of the ReplicaSet's deletion ranking that told them apart\\)\\.$`));
    const set = cause(answer, /set the ReplicaSet .* to 2 replicas/);
    expect(set.at).toBe(traced(c, { from: 'deployment-controller', verb: 'update', resource: 'replicasets', name: rs }));
  });

  it('evicted by the taint after its node was NotReady for 300 s', () => {
    const c = createCluster({ seed: 1 });
    kubectlOk(c, 'create deployment web --image=nginx --replicas=3');
    c.advance(20_000);
    const onNode1 = podsOf(c, 'web-').find((p) => p.spec?.nodeName === 'node-1');
    const name = onNode1?.metadata.name ?? '';
    c.inject({ type: 'kill-node', node: 'node-1' });
    c.advance(400_000);
    const answer = c.why('Pod', 'default', name);
    const deletedAt = traced(c, { from: 'taint-eviction-controller', verb: 'delete', resource: 'pods', name });
    const tainted = c.get('Node', undefined, 'node-1')?.spec?.taints?.find((t: { effect: string }) => t.effect === 'NoExecute');
    const taintAt = Date.parse(tainted.timeAdded) - Date.parse('2025-01-01T00:00:00Z');
    const evicted = cause(answer, /taint eviction controller evicted/);
    expect(evicted.at).toBe(deletedAt);
    expect(deletedAt - taintAt).toBeGreaterThanOrEqual(300_000);
    expect(evicted.text).toMatch(new RegExp(`^The taint eviction controller evicted ${name} at \\d:\\d\\d:\\d\\d: node-1 had the taint node.kubernetes.io/unreachable:NoExecute since 0:01:\\d\\d, and ${name} tolerated it for 300(\\.\\d)? s \\(its tolerationSeconds\\)\\.$`));
  });

  it('a drain that respected the PodDisruptionBudget: refused while it would break it, allowed once another pod was up', () => {
    const c = createCluster({ seed: 5 });
    kubectlOk(c, 'create deployment web --image=nginx --replicas=2');
    kubectlOk(c, 'apply -f -', 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec:\n  minAvailable: 2\n  selector: {matchLabels: {app: web}}\n');
    c.advance(30_000);
    const victim = podsOf(c, 'web-')[0];
    const node = victim.spec?.nodeName ?? '';
    // The simulated drain gives up after 5 s when a budget refuses (it cannot wait for ever in one
    // call); the learner drains again once a third pod is up.
    expect(c.kubectl(`drain ${node} --ignore-daemonsets`).stderr).toContain("Cannot evict pod as it would violate the pod's disruption budget.");
    c.advance(5_000);
    kubectlOk(c, 'scale deployment web --replicas=3');
    c.advance(30_000);
    kubectlOk(c, `drain ${node} --ignore-daemonsets`);
    c.advance(1_000);
    const name = victim.metadata.name;
    const answer = c.why('Pod', 'default', name);
    const refusedAt = traced(c, { from: 'kubectl', verb: 'create', resource: 'pods', name, subresource: 'eviction', code: 429 });
    const allowedAt = traced(c, { from: 'kubectl', verb: 'create', resource: 'pods', name, subresource: 'eviction', code: 201 });
    const allowed = cause(answer, /^You evicted/);
    expect(allowed.at).toBe(allowedAt);
    expect(allowed.text).toMatch(/The eviction API checked the PodDisruptionBudget web \(minAvailable 2: 3 healthy, 2 needed, 1 disruption allowed\) and allowed it\.$/);
    const refused = cause(answer, /refused to evict/);
    expect(refused.at).toBe(refusedAt);
    expect(refused.text).toMatch(/allowed no disruption\), so the drain waited and retried\.$/);
  });
});
