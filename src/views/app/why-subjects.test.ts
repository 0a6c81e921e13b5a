// What the "Why?" panel offers besides the selection: a Deployment's ReplicaSets (newest first), a
// pod's ReplicaSet, and the autoscaler that scales the workload, built from a real cluster.
import { describe, expect, it } from 'vitest';
import { createDevSession } from '../stage/dev-session';
import { type HpaRef, whySubjectLabel, whySubjects } from './why-subjects';

describe('whySubjects', () => {
  it('offers a Deployment’s ReplicaSets, newest first, and its autoscaler; a pod’s ReplicaSet and autoscaler', () => {
    const s = createDevSession({ seed: 3 });
    s.actions.kubectl('create deployment web --image=nginx:1.27 --replicas=2');
    s.advance(20_000);
    s.actions.kubectl('set image deployment/web nginx=nginx:1.28');
    s.advance(60_000);
    s.actions.kubectl('autoscale deployment web --min=2 --max=5 --cpu-percent=50');
    s.advance(2_000);
    const st = s.store.getState();
    const hpas = (JSON.parse(s.read('get hpa -o json').stdout) as { items: HpaRef[] }).items;
    const forDeployment = whySubjects({ kind: 'Deployment', namespace: 'default', name: 'web' }, st.pods, st.replicaSets, hpas);
    const rs = st.replicaSets
      .filter((r) => r.metadata.ownerReferences?.[0]?.name === 'web')
      .sort(
        (a, b) =>
          Number(b.metadata.annotations?.['deployment.kubernetes.io/revision']) -
          Number(a.metadata.annotations?.['deployment.kubernetes.io/revision']),
      )
      .map((r) => r.metadata.name);
    expect(rs).toHaveLength(2);
    expect(forDeployment).toEqual([
      { kind: 'ReplicaSet', namespace: 'default', name: rs[0] },
      { kind: 'ReplicaSet', namespace: 'default', name: rs[1] },
      { kind: 'HorizontalPodAutoscaler', namespace: 'default', name: 'web' },
    ]);
    const pod = st.pods.find((p) => p.metadata.name.startsWith(`${rs[0]}-`));
    expect(pod).toBeDefined();
    expect(whySubjects({ kind: 'Pod', namespace: 'default', name: pod!.metadata.name }, st.pods, st.replicaSets, hpas)).toEqual([
      { kind: 'ReplicaSet', namespace: 'default', name: rs[0] },
      { kind: 'HorizontalPodAutoscaler', namespace: 'default', name: 'web' },
    ]);
    // Each of them is a kind the engine answers.
    for (const subject of forDeployment) expect(s.actions.askWhy(subject.kind, subject.namespace, subject.name)?.name).toBe(subject.name);
    expect(whySubjectLabel(forDeployment[2])).toBe('Why is HorizontalPodAutoscaler web like this?');
  });

  it('offers nothing more for a node, and no autoscaler of another workload', () => {
    const hpas: HpaRef[] = [
      { metadata: { name: 'other', namespace: 'default' }, spec: { scaleTargetRef: { kind: 'Deployment', name: 'other' } } },
    ];
    expect(whySubjects({ kind: 'Node', name: 'node-1' }, [], [], hpas)).toEqual([]);
    expect(whySubjects({ kind: 'Deployment', namespace: 'default', name: 'web' }, [], [], hpas)).toEqual([]);
  });
});
