// What else the "Why?" panel offers to explain besides the selection (issue 12): the objects the
// stage does not draw as their own thing but whose decisions a learner asks about. For a
// Deployment, its ReplicaSets (why this many replicas, why the old one still has 1); for a pod, the
// ReplicaSet that owns it; for a Deployment or StatefulSet (or a pod of one), the
// HorizontalPodAutoscalers that scale it (why 7). The engine answers all of them
// (`cluster.why`, src/engine/why); the panel asks with the same action. Pure.
import type { Pod, ReplicaSet } from '../../engine';

export interface WhySubject {
  kind: 'ReplicaSet' | 'HorizontalPodAutoscaler';
  namespace: string;
  name: string;
}

/** An HPA as `kubectl get hpa -o json` lists it: only what says what it scales. */
export interface HpaRef {
  metadata?: { name?: string; namespace?: string };
  spec?: { scaleTargetRef?: { kind?: string; name?: string } };
}

type Selected = { kind: string; namespace?: string; name: string };

function controllerOf(meta: { ownerReferences?: { kind: string; name: string; controller?: boolean }[] } | undefined) {
  return meta?.ownerReferences?.find((o) => o.controller);
}

/**
 * The related subjects for a selection, newest ReplicaSet first (the one a rollout is filling),
 * then the autoscalers. `pods` and `replicaSets` are the store's; `hpas` the namespace's.
 */
export function whySubjects(
  selection: Selected,
  pods: readonly Pod[],
  replicaSets: readonly ReplicaSet[],
  hpas: readonly HpaRef[],
): WhySubject[] {
  const ns = selection.namespace ?? 'default';
  const out: WhySubject[] = [];
  // The workload the autoscalers would target: the selection itself, or the pod's (through its ReplicaSet).
  let workload: { kind: string; name: string } | undefined;
  if (selection.kind === 'Deployment' || selection.kind === 'StatefulSet') workload = { kind: selection.kind, name: selection.name };
  if (selection.kind === 'Deployment') {
    const owned = replicaSets
      .filter((rs) => rs.metadata?.namespace === ns && controllerOf(rs.metadata)?.kind === 'Deployment')
      .filter((rs) => controllerOf(rs.metadata)?.name === selection.name)
      .sort((a, b) => revision(b) - revision(a));
    for (const rs of owned) out.push({ kind: 'ReplicaSet', namespace: ns, name: rs.metadata?.name ?? '' });
  }
  if (selection.kind === 'Pod') {
    const pod = pods.find((p) => p.metadata?.name === selection.name && p.metadata?.namespace === ns);
    const owner = controllerOf(pod?.metadata);
    if (owner?.kind === 'ReplicaSet') {
      out.push({ kind: 'ReplicaSet', namespace: ns, name: owner.name });
      const rs = replicaSets.find((r) => r.metadata?.name === owner.name && r.metadata?.namespace === ns);
      const dep = controllerOf(rs?.metadata);
      if (dep?.kind === 'Deployment') workload = { kind: 'Deployment', name: dep.name };
    } else if (owner?.kind === 'StatefulSet') workload = { kind: 'StatefulSet', name: owner.name };
  }
  if (workload)
    for (const h of hpas) {
      const target = h.spec?.scaleTargetRef;
      if ((h.metadata?.namespace ?? 'default') !== ns || target?.kind !== workload.kind || target?.name !== workload.name) continue;
      out.push({ kind: 'HorizontalPodAutoscaler', namespace: ns, name: h.metadata?.name ?? '' });
    }
  return out.filter((s) => s.name);
}

/** A ReplicaSet's revision (deployment.kubernetes.io/revision), 0 when it has none. */
function revision(rs: ReplicaSet): number {
  return Number(rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? 0) || 0;
}

/** The words on a subject's button (and its accessible name). */
export function whySubjectLabel(s: WhySubject): string {
  return `Why is ${s.kind} ${s.name} like this?`;
}
