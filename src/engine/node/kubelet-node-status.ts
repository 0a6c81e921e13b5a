// What a kubelet tells the API server about its node: the Node status (re-posted when it changed or
// every 5 min), the Lease it renews every 10 s, and the node events of a (re)start.
// [k8s: pkg/kubelet/kubelet_node_status.go, pkg/kubelet/nodelease/controller.go]
import type { ApiClient } from '../api/api-server';
import type { ComponentContext } from '../cluster/component';
import type { Involved } from '../events/recorder';
import type { KObject } from '../objects/types';
import { rfc3339Micro } from '../util/time';
import { digestOf } from './images';
import { LEASE_NAMESPACE, newLease, nodeStatus } from './node-object';
import type { NodeRt } from './state';

export const LEASE_RENEW_MS = 10_000;
export const NODE_STATUS_REPORT_MS = 5 * 60_000;

export interface NodeStatusReporter {
  postNodeStatus(node: string, rt: NodeRt): void;
  renewLease(node: string): void;
  /** The events of a kubelet start; NodeReady only when the node was not Ready already. */
  startupEvents(node: string, ready: boolean): void;
}

export function nodeStatusReporter(ctx: ComponentContext, client: (node: string) => ApiClient): NodeStatusReporter {
  const nodeEvent = (node: string, type: 'Normal' | 'Warning', reason: string, message: string) => {
    // The kubelet's node reference uses the node name as uid and carries no apiVersion.
    const involved = { kind: 'Node', name: node, uid: node } as Involved;
    ctx.events.record({ component: 'kubelet', host: node }, involved, type, reason, message);
  };
  return {
    postNodeStatus(node, rt) {
      const obj = ctx.api.store.get('nodes', undefined, node);
      if (!obj) return;
      const status = nodeStatus(node, rt, ctx.config, ctx.clock.now(), digestOf, obj);
      client(node).updateStatus({ ...obj, status } as KObject);
      rt.statusPostedAt = ctx.clock.now();
      rt.statusDirty = false;
    },
    renewLease(node) {
      const lease = ctx.api.store.get('leases', LEASE_NAMESPACE, node);
      const now = ctx.clock.now();
      if (!lease) {
        const n = ctx.api.store.get('nodes', undefined, node);
        if (n) client(node).create(newLease(node, n.metadata.uid, now));
        return;
      }
      client(node).update({ ...lease, spec: { ...lease.spec, holderIdentity: node, renewTime: rfc3339Micro(now) } } as KObject);
    },
    startupEvents(node, ready) {
      nodeEvent(node, 'Normal', 'Starting', 'Starting kubelet.');
      for (const r of ['NodeHasSufficientMemory', 'NodeHasNoDiskPressure', 'NodeHasSufficientPID'])
        nodeEvent(node, 'Normal', r, `Node ${node} status is now: ${r}`);
      nodeEvent(node, 'Normal', 'NodeAllocatableEnforced', 'Updated Node Allocatable limit across pods');
      if (!ready) nodeEvent(node, 'Normal', 'NodeReady', `Node ${node} status is now: NodeReady`);
    },
  };
}
