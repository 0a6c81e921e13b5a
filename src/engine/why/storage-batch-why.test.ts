// "Why?" for a StatefulSet (why web-1 gets the same volume back), a PersistentVolumeClaim (who
// created it, its binding events, who mounts it) and a Job (its conditions and the controller's
// events), each cause at the time the trace or the event recorded.
import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { createCluster } from '../cluster/cluster';
import type { Event } from '../objects/types';
import { kubectlOk } from '../testing/helpers';
import { cause, traced } from './test-helpers';

const EPOCH = Date.parse('2025-01-01T00:00:00Z');
const WEB = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: nginx
  replicas: 2
  selector: {matchLabels: {app: nginx}}
  template:
    metadata: {labels: {app: nginx}}
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.7
        volumeMounts: [{name: www, mountPath: /usr/share/nginx/html}]
  volumeClaimTemplates:
  - metadata: {name: www}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;

describe('why a StatefulSet pod keeps its volume', () => {
  it('web-1 mounts www-web-1, created once for ordinal 1 and kept when the pod was deleted', () => {
    const c = createCluster({ seed: 2 });
    kubectlOk(c, 'apply -f -', WEB);
    c.advance(60_000);
    kubectlOk(c, 'delete pod web-1 --wait=false');
    c.advance(60_000);
    const answer = c.why('StatefulSet', 'default', 'web');
    const claimAt = traced(c, { from: 'statefulset-controller', verb: 'create', resource: 'persistentvolumeclaims', name: 'www-web-1' });
    const kept = cause(answer, /^web-1 mounts the claim www-web-1/);
    expect(kept.at).toBe(claimAt);
    expect(kept.text).toMatch(
      /^web-1 mounts the claim www-web-1 \(volume pvc-[\w-]+\): The StatefulSet controller created it at 0:00:\d\d from the template www for ordinal 1\. Claims outlive their pods \(whenDeleted Retain, whenScaled Retain\), so a recreated web-1 gets the same volume\.$/,
    );
    const pod = c.why('Pod', 'default', 'web-1');
    expect(cause(pod, /The StatefulSet web created web-1 for ordinal 1/).actor).toEqual({ kind: 'StatefulSet', ns: 'default', name: 'web' });
  });

  it('a claim: who created it, its binding events, the pod that mounts it', () => {
    const c = createCluster({ seed: 2 });
    kubectlOk(c, 'apply -f -', WEB);
    c.advance(60_000);
    const answer = c.why('PersistentVolumeClaim', 'default', 'www-web-0');
    expect(answer?.summary).toMatch(/^www-web-0 is Bound to volume pvc-/);
    expect(cause(answer, /created www-web-0/).at).toBe(traced(c, { from: 'statefulset-controller', verb: 'create', resource: 'persistentvolumeclaims', name: 'www-web-0' }));
    const provisioned = c.list<Event>('Event', 'default').find((e) => e.involvedObject?.name === 'www-web-0' && e.reason === 'ProvisioningSucceeded');
    expect(cause(answer, /^ProvisioningSucceeded/).at).toBe(Date.parse(String(provisioned?.firstTimestamp)) - EPOCH);
    expect(cause(answer, /^web-0 mounts it on node-\d\.$/).actor).toEqual({ kind: 'Pod', ns: 'default', name: 'web-0' });
  });
});

describe('why a Job', () => {
  it('failed: BackoffLimitExceeded after its pods failed, at the condition time', () => {
    const c = createCluster({ seed: 2 });
    kubectlOk(
      c,
      'apply -f -',
      'apiVersion: batch/v1\nkind: Job\nmetadata: {name: fail}\nspec:\n  backoffLimit: 1\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - {name: main, image: busybox, command: [sh, -c, "exit 3"]}\n',
    );
    c.advance(120_000);
    const answer = c.why('Job', 'default', 'fail');
    expect(answer?.summary).toBe('fail: 0 of 1 completions, 0 active, 2 failed (backoffLimit 1, parallelism 1).');
    const failed = c.get('Job', 'default', 'fail')?.status?.conditions?.find((x: { type: string }) => x.type === 'Failed');
    expect(cause(answer, /^Failed at/)).toMatchObject({
      at: Date.parse(failed.lastTransitionTime) - EPOCH,
      text: `Failed at ${failed.lastTransitionTime.slice(12, 19)} (BackoffLimitExceeded): Job has reached the specified backoff limit.`,
    });
    expect(cause(answer, /SuccessfulCreate: Created pod: fail-/).ref?.kind).toBe('Pod');
  });
});
