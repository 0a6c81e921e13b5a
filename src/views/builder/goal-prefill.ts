// A goal of a chosen kind with its parameters filled from the live cluster (the first workload,
// node or Deployment; a count from the workload's current replicas), and which live list each
// parameter is picked from. The kinds and their fields are goal-fields.ts's table, the same one
// the validator reads, so the builder can only make goals a lesson link accepts.
import { type AuthoredGoalKind, type FieldSpec, GOAL_FIELDS } from '../../lessons/authored/goal-fields';
import type { Goal } from '../../lessons/types';
import type { LiveChoices } from './live-choices';

/** Where a field's value comes from: a workload's selector, a node, a Deployment's name, or typed. */
export type FieldSource = 'selector' | 'node' | 'deployment' | 'typed';

export function sourceOf(field: string): FieldSource {
  if (field === 'selector') return 'selector';
  if (field === 'node') return 'node';
  if (field === 'name') return 'deployment';
  return 'typed';
}

export const fieldsOf = (kind: AuthoredGoalKind): [string, FieldSpec][] => Object.entries(GOAL_FIELDS[kind]);

/** The builder's words for each goal kind. */
export const GOAL_KIND_LABELS: Record<AuthoredGoalKind, string> = {
  readyPods: 'Ready pods: exactly this many',
  podCount: 'Pods: exactly this many exist',
  podReplaced: 'A pod was replaced',
  podRestarted: 'A container restarted',
  podPending: 'A pod is Pending',
  replacedElsewhere: 'Pods evicted from a node are back elsewhere',
  deploymentRevision: 'A rollout completed',
  nodeReady: 'A node is Ready',
  nodeNotReady: 'A node is not Ready',
  objectExists: 'An object exists',
  acknowledge: 'Nothing to do (read and go on)',
};

/** Required fields filled from the cluster; optional ones left out (the teacher may add them). */
export function prefillGoal(kind: AuthoredGoalKind, live: LiveChoices): Goal {
  const workload = live.workloads[0];
  const deployment = live.workloads.find((w) => w.kind === 'Deployment');
  const values: Record<string, string | number> = {};
  for (const [field, spec] of fieldsOf(kind)) {
    if (spec.optional) continue;
    if (field === 'selector') values.selector = workload?.selector ?? 'app=';
    else if (field === 'node') values.node = live.nodes[0] ?? 'node-1';
    else if (field === 'name') values.name = deployment?.name ?? '';
    else if (field === 'count') values.count = workload?.replicas ?? 1;
    else if (field === 'revision') values.revision = deployment?.revision ?? 1;
    else if (field === 'objectKind') values.objectKind = 'Deployment';
    else values[field] = spec.type === 'int' ? 0 : '';
  }
  return { kind, ...values } as Goal;
}

/** After a workload is picked for `selector`: the count follows its replicas, as a teacher expects. */
export function withWorkload(goal: Goal, selector: string, live: LiveChoices): Goal {
  const w = live.workloads.find((c) => c.selector === selector);
  const next = { ...goal, selector } as Goal & { count?: number };
  if (w && 'count' in goal) next.count = w.replicas;
  return next;
}
