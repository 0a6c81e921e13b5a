// Node health bookkeeping of the node lifecycle controller: tryUpdateNodeHealth from
// pkg/controller/nodelifecycle/node_lifecycle_controller.go. The controller remembers, per node,
// when it last saw a heartbeat (a new Ready lastHeartbeatTime or a newer Lease renewTime) by its
// own clock; past the grace period it posts Ready/MemoryPressure/DiskPressure/PIDPressure Unknown.
import type { Lease, Node, NodeCondition } from '../../objects/types';
import { jsonEqual } from '../../util/json-clone';
import { parseTime, rfc3339 } from '../../util/time';

import { NODE_MONITOR_GRACE_MS, NODE_STARTUP_GRACE_MS } from './grace';

export { NODE_MONITOR_GRACE_MS, NODE_STARTUP_GRACE_MS } from './grace';

/** nodeHealthData, reduced to what the decisions read. Times are virtual ms. */
export interface NodeHealth {
  probe: number;
  readyTransition: number;
  /** The Ready condition as last seen (undefined: the node had none). */
  ready?: { status: string; heartbeat: string; transition: string };
  /** Lease spec.renewTime as last seen. */
  lease?: string;
}

export interface HealthResult {
  health: NodeHealth;
  /** Ready as it was before this pass (a fake Unknown one for a node that never posted). */
  observed: NodeCondition;
  /** Ready after this pass (undefined if the node has none). */
  current: NodeCondition | undefined;
  /** The status to write, when Ready changed. */
  newStatus?: Node['status'];
}

const PRESSURE_AND_READY = ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'];

function readyOf(conds: readonly NodeCondition[] | undefined): NodeCondition | undefined {
  return conds?.find((c) => c.type === 'Ready');
}

function snapshotReady(c: NodeCondition | undefined): NodeHealth['ready'] {
  return c ? { status: c.status, heartbeat: String(c.lastHeartbeatTime ?? ''), transition: String(c.lastTransitionTime ?? '') } : undefined;
}

export function tryUpdateNodeHealth(node: Node, lease: Lease | undefined, saved: NodeHealth | undefined, now: number): HealthResult {
  const created = parseTime(node.metadata.creationTimestamp) ?? now;
  const currentReady = readyOf(node.status?.conditions);
  let observed: NodeCondition;
  let grace: number;
  let health = saved;
  if (!currentReady) {
    // Never posted: pretend an Unknown Ready condition from creation time, with the startup grace.
    observed = { type: 'Ready', status: 'Unknown', lastHeartbeatTime: node.metadata.creationTimestamp, lastTransitionTime: node.metadata.creationTimestamp };
    grace = NODE_STARTUP_GRACE_MS;
    health = health ? { ...health, ready: undefined } : { probe: created, readyTransition: created };
  } else {
    observed = { ...currentReady };
    grace = NODE_MONITOR_GRACE_MS;
  }
  const savedReady = health?.ready;
  if (!health) {
    health = { probe: now, readyTransition: now, ready: snapshotReady(currentReady) };
  } else if (!savedReady && currentReady) {
    health = { probe: now, readyTransition: now, ready: snapshotReady(currentReady), lease: health.lease };
  } else if (savedReady && currentReady && savedReady.heartbeat !== String(currentReady.lastHeartbeatTime ?? '')) {
    const transition = savedReady.transition !== String(currentReady.lastTransitionTime ?? '') ? now : health.readyTransition;
    health = { probe: now, readyTransition: transition, ready: snapshotReady(currentReady), lease: health.lease };
  }
  // A renewed Lease always counts as a heartbeat.
  const renew = lease?.spec?.renewTime as string | undefined;
  if (renew !== undefined && (health.lease === undefined || (parseTime(health.lease) ?? 0) < (parseTime(renew) ?? 0))) {
    health = { ...health, lease: renew, probe: now };
  }

  if (now > health.probe + grace) {
    const conditions = (node.status?.conditions ?? []).map((c) => ({ ...c })) as NodeCondition[];
    const ts = rfc3339(now);
    for (const type of PRESSURE_AND_READY) {
      const c = conditions.find((x) => x.type === type) as (NodeCondition & Record<string, unknown>) | undefined;
      if (!c) {
        conditions.push({
          type,
          status: 'Unknown',
          lastHeartbeatTime: node.metadata.creationTimestamp,
          lastTransitionTime: ts,
          reason: 'NodeStatusNeverUpdated',
          message: 'Kubelet never posted node status.',
        });
      } else if (c.status !== 'Unknown') {
        c.status = 'Unknown';
        c.reason = 'NodeStatusUnknown';
        c.message = 'Kubelet stopped posting node status.';
        c.lastTransitionTime = ts;
      }
    }
    const nowReady = readyOf(conditions);
    if (!jsonEqual(nowReady, observed)) {
      health = { probe: health.probe, readyTransition: now, ready: snapshotReady(nowReady), lease: renew ?? health.lease };
      return { health, observed, current: nowReady, newStatus: { ...node.status, conditions } };
    }
  }
  return { health, observed, current: currentReady };
}
