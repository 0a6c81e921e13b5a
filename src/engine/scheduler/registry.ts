// The default scheduler profile: which plugins filter and score, in upstream order, with weights.
// Mirrors pkg/scheduler/apis/config/v1/default_plugins.go. Plugins without an effect in this
// simulation (SchedulingGates, NodePorts, volume plugins, InterPodAffinity, ImageLocality) are
// left out; DefaultPreemption is represented by its PostFilter message only (see fit-error.ts).
import type { FilterPlugin, ScorePlugin } from './framework';
import { nodeAffinity } from './plugins/node-affinity';
import { nodeName } from './plugins/node-name';
import { nodeResourcesBalancedAllocation } from './plugins/node-resources-balanced-allocation';
import { nodeResourcesFit } from './plugins/node-resources-fit';
import { nodeUnschedulable } from './plugins/node-unschedulable';
import { podTopologySpread } from './plugins/pod-topology-spread';
import { taintToleration } from './plugins/taint-toleration';
import { volumeBinding } from './plugins/volume-binding';

export interface Profile {
  schedulerName: string;
  filters: readonly FilterPlugin[];
  scores: readonly ScorePlugin[];
  /** 0 = adaptive (numFeasibleNodesToFind). */
  percentageOfNodesToScore: number;
}

export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';

/** A score plugin with another weight (a profile's pluginConfig / weight override). */
export function withWeight<P extends ScorePlugin>(plugin: P, weight: number): P {
  return { ...plugin, weight };
}

export const DEFAULT_PROFILE: Profile = {
  schedulerName: DEFAULT_SCHEDULER_NAME,
  filters: [nodeUnschedulable, nodeName, taintToleration, nodeAffinity, nodeResourcesFit, volumeBinding],
  // Weights: TaintToleration 3, NodeAffinity 2, NodeResourcesFit 1, PodTopologySpread 2,
  // NodeResourcesBalancedAllocation 1 (each plugin object carries its default weight).
  scores: [taintToleration, nodeAffinity, nodeResourcesFit, podTopologySpread, nodeResourcesBalancedAllocation],
  percentageOfNodesToScore: 0,
};
