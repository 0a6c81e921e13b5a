// Test-only stand-in for the scheduler and kubelet, so the workload controllers can be tested in
// a cluster created with { nodes: 0 }: registers one Node with a Lease it keeps renewing, binds
// pending pods, makes them Running+Ready after a delay, and completes graceful deletions.
// Driven by run(ms), which advances the cluster in small steps and acts between them.
import type { Cluster } from '../../cluster/cluster';
import type { KObject, Pod } from '../../objects/types';
import { rfc3339, rfc3339Micro } from '../../util/time';

export interface TestKubeletOptions {
  node?: string;
  /** From first sight of a bound pod to Running+Ready. */
  readyAfterMs?: number;
  /** From deletionTimestamp to the pod being gone. */
  terminateAfterMs?: number;
  /** Pods for which this returns true never become Ready (a broken image). */
  broken?: (pod: Pod) => boolean;
  stepMs?: number;
}

const ACTOR = 'kubelet';

export class TestKubelet {
  readonly node: string;
  private readonly seen = new Map<string, number>();
  private readonly terminatingSince = new Map<string, number>();
  private lastRenew = -Infinity;

  constructor(
    private readonly cluster: Cluster,
    private readonly opts: TestKubeletOptions = {},
  ) {
    this.node = opts.node ?? 'test-node';
    this.registerNode();
  }

  private get api() {
    return this.cluster.api.client(ACTOR);
  }

  private registerNode(): void {
    const t = rfc3339(this.cluster.now());
    const node = this.api.create({ apiVersion: 'v1', kind: 'Node', metadata: { name: this.node, labels: { 'kubernetes.io/hostname': this.node } }, spec: {} });
    const capacity = { cpu: '64', memory: '256Gi', pods: '1000' };
    this.api.updateStatus({
      ...node,
      status: {
        capacity,
        allocatable: capacity,
        conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: t, lastTransitionTime: t, reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
      },
    });
    this.api.create({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: this.node, namespace: 'kube-node-lease' },
      spec: { holderIdentity: this.node, leaseDurationSeconds: 40, renewTime: rfc3339Micro(this.cluster.now()) },
    });
    this.lastRenew = this.cluster.now();
  }

  /** One pass over all pods. */
  tick(): void {
    const now = this.cluster.now();
    if (now - this.lastRenew >= 10_000) {
      const lease = this.api.get('Lease', 'kube-node-lease', this.node);
      if (lease) this.api.update({ ...lease, spec: { ...lease.spec, renewTime: rfc3339Micro(now) } } as KObject);
      this.lastRenew = now;
    }
    for (const pod of this.cluster.list<Pod>('Pod')) {
      const uid = pod.metadata.uid;
      if (pod.metadata.deletionTimestamp) {
        const since = this.terminatingSince.get(uid) ?? now;
        this.terminatingSince.set(uid, since);
        if (now - since >= (this.opts.terminateAfterMs ?? 1000)) {
          try {
            this.cluster.api.delete('Pod', pod.metadata.namespace, pod.metadata.name, ACTOR, { gracePeriodSeconds: 0, uid });
          } catch {
            // already gone
          }
          this.terminatingSince.delete(uid);
          this.seen.delete(uid);
        }
        continue;
      }
      if (!pod.spec?.nodeName) {
        try {
          this.cluster.api.bind(pod.metadata.namespace as string, pod.metadata.name, this.node, 'test-scheduler');
        } catch {
          // the real scheduler got there first
        }
        continue;
      }
      if (!this.seen.has(uid)) this.seen.set(uid, now);
      if (pod.status?.phase === 'Running' || this.opts.broken?.(pod)) continue;
      if (now - (this.seen.get(uid) as number) >= (this.opts.readyAfterMs ?? 2000)) this.makeReady(pod);
    }
  }

  private makeReady(pod: Pod): void {
    const t = rfc3339(this.cluster.now());
    const cond = (type: string) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: t });
    const containers = pod.spec?.containers ?? [];
    this.api.updateStatus({
      ...pod,
      status: {
        ...pod.status,
        phase: 'Running',
        conditions: [cond('PodReadyToStartContainers'), cond('Initialized'), cond('Ready'), cond('ContainersReady'), cond('PodScheduled')],
        hostIP: '10.0.0.1',
        podIP: '10.244.0.2',
        startTime: t,
        containerStatuses: containers.map((c) => ({ name: c.name, image: c.image, imageID: '', ready: true, restartCount: 0, started: true, state: { running: { startedAt: t } } })),
      },
    } as KObject);
  }

  /** Advances `ms` in steps, acting between steps; `check` runs after every step. */
  run(ms: number, check?: () => void): void {
    const step = this.opts.stepMs ?? 100;
    const end = this.cluster.now() + ms;
    while (this.cluster.now() < end) {
      this.tick();
      this.cluster.advance(Math.min(step, end - this.cluster.now()));
      check?.();
    }
  }
}
