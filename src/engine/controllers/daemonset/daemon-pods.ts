// What a DaemonSet's pods look like and where they belong: the tolerations every daemon pod gets,
// the node affinity that pins a pod to its node (the default scheduler then binds it), the labels
// that mark its revision, and whether a node should run (or keep running) the daemon.
// [k8s: pkg/controller/daemon/util/daemonset_util.go AddOrUpdateDaemonPodTolerations,
//  CreatePodTemplate, ReplaceDaemonSetPodNodeNameNodeAffinity, GetTargetNodeName, IsPodUpdated;
//  pkg/controller/daemon/daemon_controller.go NodeShouldRunDaemonPod, predicates, NewPod]
import { requiredNodeAffinityMatches } from '../../scheduler/plugins/node-affinity';
import { findUntoleratedTaint } from '../../scheduler/plugins/tolerations';
import type { KObject, Node, Pod, Toleration } from '../../objects/types';
import { TEMPLATE_GENERATION_ANNOTATION } from './daemonset-kind';

export const CONTROLLER_REVISION_HASH_LABEL = 'controller-revision-hash';
export const TEMPLATE_GENERATION_LABEL = 'pod-template-generation';

// biome-ignore lint/suspicious/noExplicitAny: pod specs are walked as plain JSON.
type Json = any;

/** AddOrUpdateTolerationInPodSpec: replaces a toleration with the same key, operator, value and effect, else appends. */
function addOrUpdateToleration(spec: Json, t: Toleration): void {
  const list: Toleration[] = spec.tolerations ?? [];
  const i = list.findIndex((o) => (o.key ?? '') === t.key && (o.operator ?? 'Equal') === t.operator && (o.value ?? '') === '' && (o.effect ?? '') === t.effect);
  if (i >= 0) {
    if (list[i].tolerationSeconds === undefined) return;
    spec.tolerations = list.map((o, j) => (j === i ? t : o));
    return;
  }
  spec.tolerations = [...list, t];
}

/** The tolerations every daemon pod carries: it survives node problems and cordons (TaintNodesByCondition). */
export function addDaemonPodTolerations(spec: Json): void {
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) addOrUpdateToleration(spec, { key, operator: 'Exists', effect: 'NoExecute' });
  for (const key of ['node.kubernetes.io/disk-pressure', 'node.kubernetes.io/memory-pressure', 'node.kubernetes.io/pid-pressure', 'node.kubernetes.io/unschedulable'])
    addOrUpdateToleration(spec, { key, operator: 'Exists', effect: 'NoSchedule' });
  if (spec.hostNetwork) addOrUpdateToleration(spec, { key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' });
}

/** The annotation's template generation, or undefined when absent or not a number. */
export function templateGenerationOf(ds: KObject): string | undefined {
  const v = ds.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION];
  return v !== undefined && /^[+-]?\d+$/.test(v) ? String(Number.parseInt(v, 10)) : undefined;
}

/**
 * NewPod: the template as a pod with the daemon tolerations (for the predicates). The node name is
 * left out (the predicates check it apart), so one pod serves every node: it is built once per
 * DaemonSet object (store objects are never mutated, so the object is the cache key).
 */
const protos = new WeakMap<KObject, Pod>();
function newPod(ds: KObject): Pod {
  let pod = protos.get(ds);
  if (!pod) {
    const spec: Json = { ...(ds.spec?.template?.spec ?? {}) };
    addDaemonPodTolerations(spec);
    pod = { apiVersion: 'v1', kind: 'Pod', metadata: { ...(ds.spec?.template?.metadata ?? {}), namespace: ds.metadata.namespace }, spec } as Pod;
    protos.set(ds, pod);
  }
  return pod;
}

export type Placement = { shouldRun: boolean; shouldContinueRunning: boolean };

/**
 * NodeShouldRunDaemonPod: shouldRun when the node fits the name, affinity (nodeSelector included)
 * and NoSchedule/NoExecute taints; shouldContinueRunning also when only NoSchedule taints fail.
 */
export function nodeShouldRunDaemonPod(node: Node, ds: KObject): Placement {
  const wanted = ds.spec?.template?.spec?.nodeName;
  if (wanted && wanted !== node.metadata.name) return { shouldRun: false, shouldContinueRunning: false };
  const pod = newPod(ds);
  if (!requiredNodeAffinityMatches(pod, node)) return { shouldRun: false, shouldContinueRunning: false };
  const taints = node.spec?.taints;
  if (!taints?.length) return { shouldRun: true, shouldContinueRunning: true };
  const tolerations = pod.spec?.tolerations;
  if (findUntoleratedTaint(taints, tolerations, (t) => t.effect === 'NoExecute' || t.effect === 'NoSchedule')) {
    const noExecute = findUntoleratedTaint(taints, tolerations, (t) => t.effect === 'NoExecute');
    return { shouldRun: false, shouldContinueRunning: !noExecute };
  }
  return { shouldRun: true, shouldContinueRunning: true };
}

/** Every node's placement for one sync (manage, the rolling update and status all read it). */
export function placements(nodes: Node[], ds: KObject): Map<string, Placement> {
  const out = new Map<string, Placement>();
  for (const n of nodes) out.set(n.metadata.name, nodeShouldRunDaemonPod(n, ds));
  return out;
}

/** CreatePodTemplate: the template with daemon tolerations, pod-template-generation and the revision hash. */
export function daemonPodTemplate(ds: KObject, hash: string): { metadata: Json; spec: Json } {
  const template: Json = structuredClone(ds.spec?.template ?? {});
  template.spec ??= {};
  addDaemonPodTolerations(template.spec);
  const labels: Record<string, string> = { ...(template.metadata?.labels ?? {}) };
  const generation = templateGenerationOf(ds);
  if (generation !== undefined) labels[TEMPLATE_GENERATION_LABEL] = generation;
  if (hash) labels[CONTROLLER_REVISION_HASH_LABEL] = hash;
  template.metadata = { ...(template.metadata ?? {}), labels };
  return template;
}

/** ReplaceDaemonSetPodNodeNameNodeAffinity: the required node affinity becomes `metadata.name In [node]`. */
export function pinToNode(spec: Json, nodeName: string): void {
  const term = { matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] };
  const affinity = (spec.affinity = { ...(spec.affinity ?? {}) });
  const na = (affinity.nodeAffinity = { ...(affinity.nodeAffinity ?? {}) });
  na.requiredDuringSchedulingIgnoredDuringExecution = { ...(na.requiredDuringSchedulingIgnoredDuringExecution ?? {}), nodeSelectorTerms: [term] };
}

/** GetTargetNodeName: spec.nodeName, else the `metadata.name In [x]` the controller pinned it with. */
export function targetNodeName(pod: Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  for (const term of pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
    for (const f of term.matchFields ?? []) {
      if (f.key === 'metadata.name' && f.operator === 'In') return f.values?.length === 1 ? f.values[0] : undefined;
    }
  }
  return undefined;
}

/**
 * IsPodUpdated: the pod carries the current revision hash. Upstream also compares the
 * pod-template-generation label with `fmt.Sprint(dsTemplateGeneration)`, a pointer, which never
 * matches; so in 1.32 only the hash decides, as here.
 */
export function isPodUpdated(pod: Pod, hash: string): boolean {
  return !!hash && pod.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL] === hash;
}

/** podByCreationTimestampAndPhase: scheduled first, then oldest, then by name. */
export function byCreationAndPhase(a: Pod, b: Pod): number {
  const sa = !!a.spec?.nodeName;
  const sb = !!b.spec?.nodeName;
  if (sa !== sb) return sa ? -1 : 1;
  const ta = a.metadata.creationTimestamp ?? '';
  const tb = b.metadata.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}
