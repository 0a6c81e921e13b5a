// What the builder's forms offer from the live cluster: workloads (with the selector their pods
// carry, their replica count and revision), nodes and Services. A goal's parameters and an
// injection's target are picked from these lists, so a teacher never types a selector by hand.
import type { AppState } from '../session/types';

export interface WorkloadChoice {
  kind: 'Deployment' | 'StatefulSet';
  name: string;
  /** `app=nginx`: spec.selector.matchLabels as a selector string. */
  selector: string;
  replicas: number;
  /** Deployments: the `deployment.kubernetes.io/revision` annotation (1 when absent). */
  revision: number;
  image?: string;
}

export interface LiveChoices {
  workloads: WorkloadChoice[];
  nodes: string[];
  services: string[];
}

type Workload = NonNullable<AppState['statefulSets']>[number] | AppState['deployments'][number];

function choice(kind: WorkloadChoice['kind'], w: Workload): WorkloadChoice | undefined {
  const labels = Object.entries(w.spec?.selector?.matchLabels ?? {});
  const name = w.metadata?.name;
  // A selector with matchExpressions only has no simple label form: such a workload is left out.
  if (!name || labels.length === 0) return undefined;
  const image = w.spec?.template?.spec?.containers?.[0]?.image;
  return {
    kind,
    name,
    selector: labels.map(([k, v]) => `${k}=${v}`).join(','),
    replicas: w.spec?.replicas ?? 1,
    revision: Number(w.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? 1) || 1,
    ...(image ? { image } : {}),
  };
}

export function liveChoices(state: Pick<AppState, 'deployments' | 'statefulSets' | 'nodes' | 'services'>): LiveChoices {
  const workloads = [
    ...state.deployments.map((d) => choice('Deployment', d)),
    ...(state.statefulSets ?? []).map((s) => choice('StatefulSet', s)),
  ].filter((c): c is WorkloadChoice => c !== undefined);
  return {
    workloads,
    nodes: state.nodes.map((n) => n.metadata?.name ?? '').filter(Boolean),
    services: (state.services ?? []).map((s) => s.metadata?.name ?? '').filter((n) => n && n !== 'kubernetes'),
  };
}
