// kube-controller-manager's node lifecycle controller (events from "node-controller"): every 5 s
// it checks each node's heartbeats (Lease renewTime, Ready lastHeartbeatTime), posts Unknown
// conditions after the 50 s grace, marks the pods NotReady, adds NoSchedule condition taints at
// once and NoExecute unreachable/not-ready taints through a per-zone rate limiter that stops in
// a disrupted zone. [k8s: pkg/controller/nodelifecycle/node_lifecycle_controller.go]
// Simplifications: the 100 ms tainting loop only runs while a zone queue has work; label
// reconciliation and DaemonSet handling are not modelled.
import type { ComponentFactory } from '../../cluster/component';
import type { Involved } from '../../events/recorder';
import type { Lease, Node, NodeCondition, Pod } from '../../objects/types';
import type { Timer } from '../../sim/clock';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../work-queue';
import { type NodeHealth, tryUpdateNodeHealth } from './health';
import {
  NOT_READY_NO_EXECUTE,
  UNREACHABLE_NO_EXECUTE,
  markPodsNotReady,
  noScheduleTaintingPass,
  removeNoExecuteTaints,
  swapTaints,
} from './node-writes';
import { taintExists } from './taints';
import {
  type ZoneState,
  type ZoneTainter,
  computeZoneState,
  newTainter,
  nextTokenAt,
  swapLimiter,
  tainterAdd,
  tainterRemove,
  tainterTry,
  zoneKey,
  zoneQps,
} from './zones';

export const NODE_LIFECYCLE_CONTROLLER = 'node-lifecycle-controller';
/** --node-monitor-period. */
export const NODE_MONITOR_PERIOD_MS = 5000;
/** scheduler.NodeEvictionPeriod: how often the NoExecute tainting loop runs. */
export const NODE_EVICTION_PERIOD_MS = 100;
const SOURCE = { component: 'node-controller' };
const EXCLUDE_DISRUPTION_LABEL = 'node.kubernetes.io/exclude-disruption';

export interface NodeLifecycleState {
  known: Record<string, string>;
  health: Record<string, NodeHealth>;
  zones: Record<string, ZoneState>;
  tainters: Record<string, ZoneTainter>;
  retry: Record<string, true>;
  nextMonitorAt: number;
  nextTaintPassAt: number | null;
  nodeQueue: WorkQueueState;
  podQueue: WorkQueueState;
}

export const nodeLifecycleController: ComponentFactory = (ctx) => {
  const api = ctx.api;
  const client = api.client(NODE_LIFECYCLE_CONTROLLER);
  const state = ctx.state<NodeLifecycleState>(NODE_LIFECYCLE_CONTROLLER, () => ({
    known: {},
    health: {},
    zones: {},
    tainters: {},
    retry: {},
    nextMonitorAt: 0,
    nextTaintPassAt: null,
    nodeQueue: newWorkQueueState(),
    podQueue: newWorkQueueState(),
  }));
  const nodeQueue = new WorkQueue(ctx.clock, `${NODE_LIFECYCLE_CONTROLLER}/nodes`, state.nodeQueue);
  const podQueue = new WorkQueue(ctx.clock, `${NODE_LIFECYCLE_CONTROLLER}/pods`, state.podQueue);
  const podEvent = ctx.events.for(SOURCE);
  const now = () => ctx.clock.now();

  function nodeEvent(node: Node, reason: string, message: string): void {
    // RecordNodeEvent / RecordNodeStatusChange: a reference without resourceVersion.
    const inv: Involved = { kind: 'Node', apiVersion: 'v1', name: node.metadata.name, uid: node.metadata.uid };
    ctx.events.record(SOURCE, inv, 'Normal', reason, message);
  }

  function scheduleTaintPass(at: number): void {
    const pending = state.nextTaintPassAt;
    if (pending !== null && pending >= now() && pending <= at) return;
    state.nextTaintPassAt = at;
    ctx.clock.scheduleAt(at, NODE_LIFECYCLE_CONTROLLER, 'taint-pass');
  }

  /** Asks for the next tainting pass when some zone has queued nodes and a running limiter. */
  function requestTaintPass(): void {
    let at: number | undefined;
    for (const t of Object.values(state.tainters)) {
      if (t.queue.length === 0) continue;
      const token = nextTokenAt(t.limiter, now());
      if (token === undefined) continue;
      const head = Math.min(...t.queue.map((q) => q[2]));
      const when = Math.max(now() + NODE_EVICTION_PERIOD_MS, token, head);
      at = at === undefined ? when : Math.min(at, when);
    }
    if (at !== undefined) scheduleTaintPass(at);
  }

  function addZone(node: Node): void {
    const zone = zoneKey(node);
    if (!Object.hasOwn(state.zones, zone)) {
      state.zones[zone] = 'Initial';
      state.tainters[zone] = newTainter(now());
    }
  }

  function tainterFor(node: Node): ZoneTainter {
    addZone(node);
    const zone = zoneKey(node);
    if (!state.tainters[zone]) state.tainters[zone] = newTainter(now());
    return state.tainters[zone];
  }

  function markNodeAsReachable(node: Node): boolean {
    if (!removeNoExecuteTaints(client, node.metadata.name)) return false;
    return tainterRemove(tainterFor(node), node.metadata.name);
  }

  function markNodeForTainting(node: Node, status: 'False' | 'Unknown'): boolean {
    const t = tainterFor(node);
    const name = node.metadata.name;
    if (status === 'False' && !taintExists(node.spec?.taints, NOT_READY_NO_EXECUTE)) tainterRemove(t, name);
    if (status === 'Unknown' && !taintExists(node.spec?.taints, UNREACHABLE_NO_EXECUTE)) tainterRemove(t, name);
    return tainterAdd(t, name, node.metadata.uid, now());
  }

  function processTaintBaseEviction(name: string, observed: NodeCondition): void {
    const node = client.get<Node>('Node', undefined, name);
    if (!node) return;
    const taints = node.spec?.taints;
    if (observed.status === 'False') {
      // Already unreachable-tainted: swap straight away, without the rate limiter.
      if (taintExists(taints, UNREACHABLE_NO_EXECUTE)) swapTaints(client, name, [NOT_READY_NO_EXECUTE], [UNREACHABLE_NO_EXECUTE], now());
      else markNodeForTainting(node, 'False');
    } else if (observed.status === 'Unknown') {
      if (taintExists(taints, NOT_READY_NO_EXECUTE)) swapTaints(client, name, [UNREACHABLE_NO_EXECUTE], [NOT_READY_NO_EXECUTE], now());
      else markNodeForTainting(node, 'Unknown');
    } else if (observed.status === 'True') {
      markNodeAsReachable(node);
    }
  }

  /** doNoExecuteTaintingPass: rate-limited NoExecute tainting, mutually exclusive unreachable/not-ready. */
  function taintPass(): void {
    for (const t of Object.values(state.tainters)) {
      tainterTry(t, now(), (name) => {
        const node = client.get<Node>('Node', undefined, name);
        if (!node) return { ok: true };
        const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
        if (!ready) return { ok: false, retryMs: 50 };
        if (ready.status === 'False') return { ok: swapTaints(client, name, [NOT_READY_NO_EXECUTE], [UNREACHABLE_NO_EXECUTE], now()) };
        if (ready.status === 'Unknown') return { ok: swapTaints(client, name, [UNREACHABLE_NO_EXECUTE], [NOT_READY_NO_EXECUTE], now()) };
        return { ok: true }; // Ready again: nothing to taint
      });
    }
    requestTaintPass();
  }

  function setLimiterInZone(zone: string, size: number, s: ZoneState): void {
    const t = state.tainters[zone];
    if (!t || s === 'Initial') return;
    t.limiter = swapLimiter(t.limiter, zoneQps(s, size), now());
  }

  /** handleDisruption: zone states, their eviction rates, and the all-zones-down stop. */
  function handleDisruption(zoneConditions: Map<string, (NodeCondition | undefined)[]>, nodes: Node[]): void {
    const newStates: Record<string, ZoneState> = {};
    let allAreFully = true;
    for (const [zone, conds] of zoneConditions) {
      const s = computeZoneState(conds).state;
      if (s !== 'FullDisruption') allAreFully = false;
      newStates[zone] = s;
      if (!Object.hasOwn(state.zones, zone)) state.zones[zone] = 'Initial';
    }
    let allWasFully = true;
    for (const zone of Object.keys(state.zones)) {
      if (!zoneConditions.has(zone)) {
        delete state.zones[zone];
        continue;
      }
      if (state.zones[zone] !== 'FullDisruption') {
        allWasFully = false;
        break;
      }
    }
    if (allAreFully && allWasFully) return;
    if (allAreFully) {
      // Every node of every zone is down: more likely the control plane lost the network than
      // all machines died, so all NoExecute taints come off and evictions stop.
      for (const n of nodes) markNodeAsReachable(n);
      for (const zone of Object.keys(state.zones)) {
        if (state.tainters[zone]) state.tainters[zone].limiter = swapLimiter(state.tainters[zone].limiter, 0, now());
        state.zones[zone] = 'FullDisruption';
      }
      return;
    }
    if (allWasFully) {
      // Leaving master disruption: every node gets a fresh grace period.
      for (const n of nodes) {
        const h = state.health[n.metadata.name];
        if (h) state.health[n.metadata.name] = { ...h, probe: now(), readyTransition: now() };
      }
      for (const zone of Object.keys(state.zones)) {
        setLimiterInZone(zone, zoneConditions.get(zone)?.length ?? 0, newStates[zone]);
        state.zones[zone] = newStates[zone];
      }
      requestTaintPass();
      return;
    }
    for (const zone of Object.keys(state.zones)) {
      const s = newStates[zone];
      if (s === undefined || state.zones[zone] === s) continue;
      setLimiterInZone(zone, zoneConditions.get(zone)?.length ?? 0, s);
      state.zones[zone] = s;
    }
    requestTaintPass();
  }

  function monitorNodeHealth(): void {
    const nodes = api.list<Node>('Node');
    const names = new Set(nodes.map((n) => n.metadata.name));
    for (const n of nodes) {
      if (Object.hasOwn(state.known, n.metadata.name)) {
        addZone(n);
        continue;
      }
      nodeEvent(n, 'RegisteredNode', `Node ${n.metadata.name} event: Registered Node ${n.metadata.name} in Controller`);
      state.known[n.metadata.name] = n.metadata.uid;
      addZone(n);
      markNodeAsReachable(n);
    }
    for (const [name, uid] of Object.entries(state.known)) {
      if (names.has(name)) continue;
      const inv: Involved = { kind: 'Node', apiVersion: 'v1', name, uid };
      ctx.events.record(SOURCE, inv, 'Normal', 'RemovingNode', `Node ${name} event: Removing Node ${name} from Controller`);
      delete state.known[name];
      // Simplification: the real nodeHealthMap keeps entries of deleted nodes forever.
      delete state.health[name];
    }

    const zoneConditions = new Map<string, (NodeCondition | undefined)[]>();
    for (const listed of nodes) {
      const name = listed.metadata.name;
      const node = client.get<Node>('Node', undefined, name) ?? listed;
      const lease = api.getByKind<Lease>('Lease', 'kube-node-lease', name);
      const r = tryUpdateNodeHealth(node, lease, state.health[name], now());
      if (r.newStatus) {
        try {
          client.updateStatus({ ...node, status: r.newStatus } as Node);
        } catch {
          continue; // "Skipping - no pods will be evicted"; retried next pass
        }
      }
      state.health[name] = r.health;
      if (node.metadata.labels?.[EXCLUDE_DISRUPTION_LABEL] === undefined) {
        const zone = zoneKey(node);
        if (!zoneConditions.has(zone)) zoneConditions.set(zone, []);
        zoneConditions.get(zone)?.push(r.current);
      }
      if (r.current) {
        processTaintBaseEviction(name, r.observed);
        const needsRetry = !!state.retry[name];
        const becameNotReady = r.current.status !== 'True' && r.observed.status === 'True';
        if (becameNotReady) nodeEvent(node, 'NodeNotReady', `Node ${name} status is now: NodeNotReady`);
        if (becameNotReady || (needsRetry && r.observed.status !== 'True')) {
          // Only a node that just went NotReady needs its pods (a 5 s pass over 1,000 healthy nodes must not list 30,000 pods).
          const pods = api.store.podsOnNode(name) as Pod[];
          if (!markPodsNotReady(client, pods, name, now(), (p) => podEvent(p, 'Warning', 'NodeNotReady', 'Node is not ready'))) {
            state.retry[name] = true;
            continue;
          }
        }
      }
      delete state.retry[name];
    }
    handleDisruption(zoneConditions, nodes);
  }

  /** processPod: a pod newly bound to a node that is not Ready is marked NotReady at once. */
  function processPod(key: string): void {
    const [ns, name] = key.split('/');
    const pod = client.get<Pod>('Pod', ns, name);
    if (!pod) return;
    const nodeName = pod.spec?.nodeName as string;
    const health = state.health[nodeName];
    if (!health) return;
    if (!client.get<Node>('Node', undefined, nodeName)) {
      podQueue.addRateLimited(key);
      return;
    }
    if (!health.ready || health.ready.status === 'True') return;
    if (!markPodsNotReady(client, [pod], nodeName, now(), (p) => podEvent(p, 'Warning', 'NodeNotReady', 'Node is not ready'))) podQueue.addRateLimited(key);
    else podQueue.forget(key);
  }

  function onTimer(timer: Timer): void {
    if (timer.type === 'monitor') {
      if (timer.at !== state.nextMonitorAt) return;
      state.nextMonitorAt = timer.at + NODE_MONITOR_PERIOD_MS;
      ctx.clock.schedule(NODE_MONITOR_PERIOD_MS, NODE_LIFECYCLE_CONTROLLER, 'monitor');
      monitorNodeHealth();
    } else if (timer.type === 'taint-pass') {
      if (timer.at !== state.nextTaintPassAt) return;
      state.nextTaintPassAt = null;
      taintPass();
    }
  }

  return {
    name: NODE_LIFECYCLE_CONTROLLER,
    bootstrap() {
      state.nextMonitorAt = ctx.clock.now();
      ctx.clock.schedule(0, NODE_LIFECYCLE_CONTROLLER, 'monitor');
    },
    start() {
      ctx.clock.on(NODE_LIFECYCLE_CONTROLLER, onTimer);
      ctx.clock.on(`${NODE_LIFECYCLE_CONTROLLER}/nodes`, (t) => {
        const key = nodeQueue.take(t);
        if (key !== undefined) noScheduleTaintingPass(client, key, now());
      });
      ctx.clock.on(`${NODE_LIFECYCLE_CONTROLLER}/pods`, (t) => {
        const key = podQueue.take(t);
        if (key !== undefined) processPod(key);
      });
      api.watch('nodes', NODE_LIFECYCLE_CONTROLLER, (e) => {
        if (e.type === 'DELETED') delete state.retry[e.object.metadata.name];
        else nodeQueue.add(e.object.metadata.name);
      });
      api.watch('pods', NODE_LIFECYCLE_CONTROLLER, (e) => {
        if (e.type === 'DELETED') return;
        const nodeName = e.object.spec?.nodeName;
        if (nodeName && (e.type === 'ADDED' || e.previous?.spec?.nodeName !== nodeName)) podQueue.add(`${e.object.metadata.namespace}/${e.object.metadata.name}`);
      });
      // The lease informer: read at each monitor pass; the watch only shows heartbeats arriving.
      api.watch('leases', (e) => (e.object.metadata.namespace === 'kube-node-lease' ? NODE_LIFECYCLE_CONTROLLER : null), () => {});
    },
  };
};
