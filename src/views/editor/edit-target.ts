// What "Edit YAML" opens: the selected workload, as a learner means it (issue 12, a newcomer's
// walk). A selected musician is edited through the object that owns its template: a Deployment's
// pod through the Deployment (its ReplicaSet's owner), a StatefulSet's or a Job's through it; a
// pod no controller owns is edited itself. A Deployment, StatefulSet or Service selected is
// itself; a Node, or nothing, opens a starter template (undefined). Pure.
import type { Pod, ReplicaSet } from '../../engine';
import type { AppState } from '../session/types';

export type EditKind = 'Deployment' | 'StatefulSet' | 'ReplicaSet' | 'Job' | 'Service' | 'Pod';

export interface EditSource {
  kind: EditKind;
  namespace: string;
  name: string;
}

/** Owners whose template a learner edits (kubectl get/apply handle each of them). */
const OWNERS = new Set<string>(['Deployment', 'StatefulSet', 'ReplicaSet', 'Job']);

export function editTarget(
  selection: AppState['selection'],
  state: { pods: readonly Pod[]; replicaSets: readonly ReplicaSet[] },
): EditSource | undefined {
  if (!selection || selection.kind === 'Node') return undefined;
  const namespace = selection.namespace ?? 'default';
  if (selection.kind !== 'Pod') return { kind: selection.kind, namespace, name: selection.name };
  const pod = state.pods.find((p) => p.metadata.name === selection.name && (p.metadata.namespace ?? 'default') === namespace);
  const owner = pod?.metadata.ownerReferences?.find((o) => o.controller);
  if (!owner || !OWNERS.has(owner.kind)) return { kind: 'Pod', namespace, name: selection.name };
  if (owner.kind === 'ReplicaSet') {
    const rs = state.replicaSets.find((r) => r.metadata.name === owner.name && (r.metadata.namespace ?? 'default') === namespace);
    const top = rs?.metadata.ownerReferences?.find((o) => o.controller && o.kind === 'Deployment');
    if (top) return { kind: 'Deployment', namespace, name: top.name };
  }
  return { kind: owner.kind as EditKind, namespace, name: owner.name };
}

/** The button's words: "Edit YAML" for a template, "Edit YAML of deployment web" for a workload. */
export function editLabel(target: EditSource | undefined): string {
  return target ? `Edit YAML of ${target.kind.toLowerCase()} ${target.name}` : 'Edit YAML';
}
