// Scheduler throughput on a cluster of Ready nodes, the way scheduler_perf's SchedulingBasic
// measures it: create the nodes and pods, then time how long the control loop takes to bind them
// all. The real scheduler's floor for 5,000 nodes / 10,000 pods is ~680 pods/s.
// Pods tolerate every taint: these nodes have no kubelet, so after the startup grace period the
// node lifecycle controller marks them unreachable (a learner's cluster would never get there).
import { performance } from 'node:perf_hooks';
import { type Pod, createCluster } from '../src/engine/index';

export interface BenchResult {
  podsPerSecond: number;
  ms: number;
}

export function benchScheduler(nodes: number, pods: number): BenchResult {
  const cluster = createCluster({ nodes: 0 });
  for (let i = 1; i <= nodes; i++) {
    cluster.api.create(
      {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: { name: `node-${i}`, labels: { 'kubernetes.io/hostname': `node-${i}` } },
        status: {
          capacity: { cpu: '32', memory: '128Gi', pods: '110' },
          allocatable: { cpu: '32', memory: '128Gi', pods: '110' },
          conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
        },
      },
      'bench',
    );
  }
  for (let i = 0; i < pods; i++) {
    cluster.api.create(
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: `pod-${i}`, namespace: 'default' },
        spec: {
          containers: [{ name: 'pause', image: 'registry.k8s.io/pause:3.10', resources: { requests: { cpu: '100m', memory: '500Mi' } } }],
          tolerations: [{ operator: 'Exists' }],
        },
      },
      'bench',
    );
  }
  const unbound = () => cluster.list<Pod>('Pod', 'default').filter((p) => !p.spec?.nodeName).length;
  const start = performance.now();
  // Virtual time advances in 10 s steps until every pod is bound (or a virtual hour passes).
  for (let step = 0; step < 360 && unbound() > 0; step++) cluster.advance(10_000);
  const ms = performance.now() - start;
  const left = unbound();
  if (left > 0) throw new Error(`benchScheduler: ${left} of ${pods} pods still unbound`);
  return { podsPerSecond: (pods / ms) * 1000, ms };
}
