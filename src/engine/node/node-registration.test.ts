import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster/cluster';
import { isNodeReady } from '../objects/node';
import type { KObject, Node } from '../objects/types';
import { cluster, eventsFor } from './kubelet-test-kit';

describe('node registration', () => {
  it('registers Nodes and Leases shaped like kind workers', () => {
    const c = cluster(3);
    const n = c.get<KObject>('Node', undefined, 'node-2') as KObject;
    expect(n.metadata.labels).toEqual({ 'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': 'node-2', 'kubernetes.io/os': 'linux' });
    expect(n.spec.podCIDR).toBe('10.244.2.0/24');
    expect(n.status.capacity).toEqual({ cpu: '2', 'ephemeral-storage': '102626232Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '4194304Ki', pods: '110' });
    expect(n.status.addresses).toEqual([{ address: '172.18.0.3', type: 'InternalIP' }, { address: 'node-2', type: 'Hostname' }]);
    expect(n.status.conditions.map((x: { type: string; reason: string; message: string; status: string }) => `${x.type}=${x.status} ${x.reason}: ${x.message}`)).toEqual([
      'MemoryPressure=False KubeletHasSufficientMemory: kubelet has sufficient memory available',
      'DiskPressure=False KubeletHasNoDiskPressure: kubelet has no disk pressure',
      'PIDPressure=False KubeletHasSufficientPID: kubelet has sufficient PID available',
      'Ready=True KubeletReady: kubelet is posting ready status',
    ]);
    expect(n.status.nodeInfo.kubeletVersion).toBe('v1.32.0');
    expect(n.status.nodeInfo.machineID).toMatch(/^[0-9a-f]{32}$/);
    const lease = c.get<KObject>('Lease', 'kube-node-lease', 'node-2') as KObject;
    expect(lease.spec).toMatchObject({ holderIdentity: 'node-2', leaseDurationSeconds: 40 });
    expect(eventsFor(c, 'node-2').filter((e) => !e.includes('RegisteredNode'))).toEqual([
      'Normal Starting Starting kubelet.',
      'Normal NodeHasSufficientMemory Node node-2 status is now: NodeHasSufficientMemory',
      'Normal NodeHasNoDiskPressure Node node-2 status is now: NodeHasNoDiskPressure',
      'Normal NodeHasSufficientPID Node node-2 status is now: NodeHasSufficientPID',
      'Normal NodeAllocatableEnforced Updated Node Allocatable limit across pods',
      'Normal NodeReady Node node-2 status is now: NodeReady',
    ]);
  });

  it('renews the lease every 10 s and re-posts unchanged node status only every 5 min', () => {
    const c = cluster(1);
    const renewals: number[] = [];
    let statusPosts = 0;
    c.watch((e) => {
      if (e.type === 'TRACE' && e.entry.from === 'kubelet/node-1' && e.entry.verb === 'update') {
        if (e.entry.resource === 'leases') renewals.push(e.entry.time);
        if (e.entry.resource === 'nodes') statusPosts++;
      }
    });
    c.advance(5 * 60_000 + 10_000);
    expect(renewals.length).toBe(31);
    expect(renewals[1] - renewals[0]).toBe(10_000);
    expect(statusPosts).toBe(1);
  });

  // How fast is the bench's business (npm run bench: 1,000 nodes / 30,000 pods); a wall-clock
  // assertion here failed on a loaded 2-core machine without any change to the kubelet.
  it('bootstraps 1,000 nodes, each registered and Ready', () => {
    const c = createCluster({ seed: 1, nodes: 1000 });
    const nodes = c.list('Node');
    expect(nodes.length).toBe(1000);
    c.advance(1_000);
    const ready = (c.list('Node') as Node[]).filter(isNodeReady);
    expect(ready.length).toBe(1000);
  });
});
