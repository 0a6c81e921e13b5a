// The flow the course teaches — request → API server → etcd → controllers → scheduler → kubelet —
// must be visible in the trace, in order, with realistic gaps of virtual time between the hops
// (so the stage can play it in slow motion).
import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '../api/trace';
import { createCluster } from '../index';
import { kubectlOk, nginxDeployment, readyPods, podsWithLabel, waitFor } from '../testing/helpers';

type Step = { from: RegExp; to: RegExp; verb: string; resource: string };

function findInOrder(trace: readonly TraceEntry[], steps: Step[]): TraceEntry[] {
  const found: TraceEntry[] = [];
  let i = 0;
  for (const step of steps) {
    while (i < trace.length && !(step.from.test(trace[i].from) && step.to.test(trace[i].to) && trace[i].verb === step.verb && trace[i].resource === step.resource)) i++;
    if (i >= trace.length) throw new Error(`trace step not found in order: ${step.from} → ${step.to} ${step.verb} ${step.resource}\nafter: ${found.map((f) => `${f.from}>${f.to}:${f.verb} ${f.resource}`).join(' | ')}`);
    found.push(trace[i]);
    i++;
  }
  return found;
}

describe('control-plane trace', () => {
  it('shows one kubectl scale travelling through the whole control loop', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', nginxDeployment('web', 2));
    waitFor(c, () => readyPods(podsWithLabel(c, 'app', 'web')).length === 2, 60_000);
    const entries: TraceEntry[] = [];
    c.watch((e) => {
      if (e.type === 'TRACE') entries.push(e.entry);
    });
    kubectlOk(c, 'scale deployment web --replicas=3');
    waitFor(c, () => readyPods(podsWithLabel(c, 'app', 'web')).length === 3, 60_000);
    const hops = findInOrder(entries, [
      { from: /^kubectl$/, to: /^api-server$/, verb: 'update', resource: 'deployments' },
      { from: /^api-server$/, to: /^etcd$/, verb: 'write', resource: 'deployments' },
      { from: /^api-server$/, to: /deployment-controller/, verb: 'watch', resource: 'deployments' },
      { from: /deployment-controller/, to: /^api-server$/, verb: 'update', resource: 'replicasets' },
      { from: /^api-server$/, to: /replicaset-controller/, verb: 'watch', resource: 'replicasets' },
      { from: /replicaset-controller/, to: /^api-server$/, verb: 'create', resource: 'pods' },
      { from: /^api-server$/, to: /scheduler/, verb: 'watch', resource: 'pods' },
      { from: /scheduler/, to: /^api-server$/, verb: 'create', resource: 'pods' }, // pods/binding
      { from: /^api-server$/, to: /^kubelet\/node-\d$/, verb: 'watch', resource: 'pods' },
      { from: /^kubelet\/node-\d$/, to: /^api-server$/, verb: 'update', resource: 'pods' },
    ]);
    expect(hops[7].subresource).toBe('binding');
    // Time passes between the hops: the flow can be slowed down and followed.
    expect(hops[9].time).toBeGreaterThan(hops[0].time);
    for (let i = 1; i < hops.length; i++) expect(hops[i].time).toBeGreaterThanOrEqual(hops[i - 1].time);
  });
});

describe('scheduling trace', () => {
  it('explains through the facade why each node was or was not chosen', () => {
    const c = createCluster();
    kubectlOk(c, 'cordon node-1');
    kubectlOk(c, 'run solo --image=nginx:1.27');
    c.advance(2_000);
    const t = c.schedulingTrace('default', 'solo');
    expect(t).toBeDefined();
    const chosen = c.get('Pod', 'default', 'solo')?.spec?.nodeName;
    expect(JSON.stringify(t)).toContain('node(s) were unschedulable');
    expect(JSON.stringify(t)).toContain(String(chosen));
    expect(chosen).not.toBe('node-1');
  });
});
