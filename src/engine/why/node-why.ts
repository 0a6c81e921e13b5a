// Why a node is Ready, still Ready, or NotReady: its kubelet's heartbeats (the Lease it renews
// every 10 s), the node lifecycle controller's 50 s grace counted from the last heartbeat it saw
// (its own bookkeeping, node-lifecycle-controller state), the 5 s monitor pass that acts on it,
// the taints that follow, a power cut (kill-node) or a cordon.
// [k8s: pkg/controller/nodelifecycle/node_lifecycle_controller.go tryUpdateNodeHealth]
import type { NodeLifecycleState } from '../controllers/node-lifecycle/node-lifecycle-controller';
import { NODE_MONITOR_PERIOD_MS } from '../controllers/node-lifecycle/node-lifecycle-controller';
import { NODE_MONITOR_GRACE_MS } from '../controllers/node-lifecycle/health';
import type { KubeletState } from '../node/state';
import { LEASE_NAMESPACE } from '../node/node-object';
import type { Lease, Node } from '../objects/types';
import { type WhyContext, actorOf, at, clock, newestFirst, recordsOf, seconds } from './context';
import type { WhyAnswer, WhyCause } from './types';

const LIFECYCLE = { kind: 'Component', name: 'node-lifecycle-controller' };

export function nodeWhy(c: WhyContext, name: string): WhyAnswer | undefined {
  const node = c.api.getByKind<Node>('Node', undefined, name);
  if (!node) return undefined;
  const ref = { kind: 'Node', name };
  const ready = node.status?.conditions?.find((x) => x.type === 'Ready');
  const alive = c.state<KubeletState>('kubelet')?.nodes[name]?.alive !== false;
  const causes: WhyCause[] = [];
  const lease = c.api.getByKind<Lease>('Lease', LEASE_NAMESPACE, name);
  const renewed = at(lease?.spec?.renewTime as string | undefined);
  const health = c.state<NodeLifecycleState>('node-lifecycle-controller');
  // The controller's own clock of the last heartbeat it saw (a Lease renewal or a status post).
  const heard = health?.health[name]?.probe ?? renewed;
  const kill = recordsOf(c, 'fault', (f) => (f.fault.type === 'kill-node' || f.fault.type === 'restore-node') && f.fault.node === name)[0];
  if (kill?.fault.type === 'kill-node' && !alive)
    causes.push({ at: kill.at, text: `You cut the power to ${name} (kill-node) at ${clock(kill.at)}: its kubelet stopped, so it stopped renewing its Lease.`, actor: actorOf('kubectl'), ref });
  if (kill?.fault.type === 'restore-node') causes.push({ at: kill.at, text: `You restored ${name} at ${clock(kill.at)}: its kubelet started again and renews its Lease every 10 s.`, actor: actorOf('kubectl'), ref });
  const status = ready?.status ?? 'Unknown';
  const sentence = summaryOf(name, status, ready?.reason);
  if (status === 'True' && heard !== undefined) {
    const due = heard + NODE_MONITOR_GRACE_MS;
    if (!alive) {
      const markAt = nextMonitorAfter(due, health?.nextMonitorAt);
      causes.push({
        at: heard,
        text: `${name} is still Ready because the node lifecycle controller last heard its heartbeat at ${clock(heard)}${renewed !== undefined && Math.floor(renewed / 1000) !== Math.floor(heard / 1000) ? ` (the Lease renewed at ${clock(renewed)}, seen at its next check)` : ' (a Lease renewal)'} and waits a grace period of ${seconds(NODE_MONITOR_GRACE_MS)}: at its first check after ${clock(due)} (it checks every ${seconds(NODE_MONITOR_PERIOD_MS)}), at ${clock(markAt)}, it marks ${name} NotReady (Unknown)${markAt > c.now ? `, in ${seconds(markAt - c.now)}` : ''}. No heartbeat for ${seconds(c.now - heard)} so far.`,
        actor: LIFECYCLE,
        ref,
      });
    } else causes.push({ at: heard, text: `${name} is Ready: its kubelet renews its Lease every 10 s; the last heartbeat was at ${clock(heard)}.`, actor: { kind: 'Node', name }, ref });
  } else if (status !== 'True' && ready) {
    const since = at(ready.lastTransitionTime) ?? c.now;
    const reason = ready.reason === 'NodeStatusUnknown' ? `it had posted no heartbeat since ${heard !== undefined ? clock(heard) : 'long ago'}, longer than the grace period of ${seconds(NODE_MONITOR_GRACE_MS)}` : (ready.message ?? ready.reason ?? 'its kubelet says so');
    causes.push({ at: since, text: `The node lifecycle controller marked ${name} NotReady (Ready ${status}) at ${clock(since)}: ${reason}.`, actor: LIFECYCLE, ref });
  }
  for (const t of node.spec?.taints ?? []) {
    const added = at(t.timeAdded) ?? undefined;
    if (!t.key.startsWith('node.kubernetes.io/')) continue;
    const what = t.effect === 'NoExecute' ? 'pods that do not tolerate it are evicted (by default after tolerating it for 300 s)' : t.effect === 'NoSchedule' ? 'no new pods are scheduled to it' : 'the scheduler avoids it';
    const because = t.key === 'node.kubernetes.io/unschedulable' ? ' because it is cordoned' : '';
    causes.push({ at: added ?? c.now, text: `The node lifecycle controller tainted ${name} ${t.key}:${t.effect}${added !== undefined ? ` at ${clock(added)}` : ''}${because}: ${what}.`, actor: LIFECYCLE, ref });
  }
  // The request that turned spec.unschedulable on (kubectl cordon, or drain's first step).
  const flips = recordsOf(c, 'req', (r) => r.res === 'nodes' && r.name === name && r.unschedulable !== undefined);
  const cordon = flips.find((r, i) => r.unschedulable && !flips[i + 1]?.unschedulable);
  if (cordon && node.spec?.unschedulable) causes.push({ at: cordon.at, text: `You cordoned ${name} (kubectl cordon or drain) at ${clock(cordon.at)}: the scheduler places no new pods on it.`, actor: actorOf(cordon.actor), ref });
  return { kind: 'Node', name, now: c.now, summary: sentence, causes: newestFirst(causes) };
}

function summaryOf(name: string, status: string, reason?: string): string {
  if (status === 'True') return `${name} is Ready.`;
  return `${name} is NotReady (Ready ${status}${reason ? `, ${reason}` : ''}).`;
}

/** The first monitor pass strictly after `due` (passes run every NODE_MONITOR_PERIOD_MS). */
function nextMonitorAfter(due: number, nextMonitorAt: number | undefined): number {
  if (nextMonitorAt === undefined) return due;
  if (nextMonitorAt > due) return nextMonitorAt;
  const k = Math.floor((due - nextMonitorAt) / NODE_MONITOR_PERIOD_MS) + 1;
  return nextMonitorAt + k * NODE_MONITOR_PERIOD_MS;
}
