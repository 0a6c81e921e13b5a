// Which cluster events can make an unschedulable pod schedulable, by the plugin that rejected it.
// Mirrors the plugins' EventsToRegister and nodeSchedulingPropertiesChange in
// pkg/scheduler/eventhandlers.go / framework/events.go. Simplified: no queueing-hint functions
// (any matching event requeues; the real hints sometimes look closer, e.g. at the freed resources).
import type { Node } from '../objects/types';

export const EVENT_PLUGINS = {
  NodeAdd: ['NodeUnschedulable', 'NodeName', 'TaintToleration', 'NodeAffinity', 'NodeResourcesFit', 'PodTopologySpread'],
  NodeDelete: ['PodTopologySpread'],
  NodeTaint: ['NodeUnschedulable', 'TaintToleration', 'PodTopologySpread'],
  NodeLabel: ['NodeAffinity', 'PodTopologySpread'],
  NodeAllocatable: ['NodeResourcesFit'],
  AssignedPodDelete: ['NodeResourcesFit', 'PodTopologySpread'],
  // VolumeBinding's EventsToRegister: a claim or volume added or updated (e.g. the claim got Bound).
  PvcOrPvChange: ['VolumeBinding'],
} as const satisfies Record<string, readonly string[]>;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The plugins interested in a node update; empty when nothing that matters to scheduling changed. */
export function nodeUpdatePlugins(oldNode: Node, newNode: Node): string[] {
  const out = new Set<string>();
  const add = (list: readonly string[]) => {
    for (const p of list) out.add(p);
  };
  if (!same(oldNode.status?.allocatable, newNode.status?.allocatable)) add(EVENT_PLUGINS.NodeAllocatable);
  if (!same(oldNode.metadata.labels, newNode.metadata.labels)) add(EVENT_PLUGINS.NodeLabel);
  if (!same(oldNode.spec?.taints, newNode.spec?.taints)) add(EVENT_PLUGINS.NodeTaint);
  // Only uncordoning can help a pod (extractNodeSpecUnschedulableChange).
  if (!!oldNode.spec?.unschedulable !== !!newNode.spec?.unschedulable && !newNode.spec?.unschedulable) add(EVENT_PLUGINS.NodeTaint);
  return [...out];
}
