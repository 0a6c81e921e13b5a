// "Why?" for a node: still Ready though its kubelet is dead (last heartbeat, the 50 s grace, the
// moment it will turn NotReady), then why NotReady, its taints, and a cordon.
import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { createCluster } from '../cluster/cluster';
import type { Node } from '../objects/types';
import { kubectlOk } from '../testing/helpers';
import { cause, isNewestFirst, traced } from './test-helpers';

const EPOCH = Date.parse('2025-01-01T00:00:00Z');

describe('why a node', () => {
  it('is still Ready after its power was cut: last heartbeat, grace 50 s, NotReady at the first check after', () => {
    const c = createCluster({ seed: 1 });
    c.advance(41_000);
    c.inject({ type: 'kill-node', node: 'node-2' });
    c.advance(20_000);
    // The last Lease renewal before the kill, as the trace recorded it.
    const renewals = c.trace().filter((t) => t.from === 'kubelet/node-2' && t.resource === 'leases' && t.verb === 'update' && t.time <= 41_000);
    const lastRenewal = renewals.at(-1)?.time ?? -1;
    expect(lastRenewal).toBe(37_997);
    const answer = c.why('Node', undefined, 'node-2');
    expect(answer?.summary).toBe('node-2 is Ready.');
    const still = cause(answer, /is still Ready/);
    // The controller hears a renewal at its next 5 s check: 40 s here.
    expect(still.at).toBe(40_000);
    expect(still.text).toBe(
      'node-2 is still Ready because the node lifecycle controller last heard its heartbeat at 0:00:40 (the Lease renewed at 0:00:37, seen at its next check) and waits a grace period of 50 s: at its first check after 0:01:30 (it checks every 5 s), at 0:01:35, it marks node-2 NotReady (Unknown), in 34 s. No heartbeat for 21 s so far.',
    );
    const kill = cause(answer, /You cut the power/);
    expect(kill).toMatchObject({ at: 41_000, actor: { kind: 'you', name: 'you' } });
    expect(kill.text).toBe('You cut the power to node-2 (kill-node) at 0:00:41: its kubelet stopped, so it stopped renewing its Lease.');
    expect(isNewestFirst(answer)).toBe(true);

    // The prediction holds: NotReady exactly then.
    c.advance(95_000 - c.now() - 1);
    expect(c.get<Node>('Node', undefined, 'node-2')?.status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('True');
    c.advance(1);
    const ready = c.get<Node>('Node', undefined, 'node-2')?.status?.conditions?.find((x) => x.type === 'Ready');
    expect(ready?.status).toBe('Unknown');
    expect(Date.parse(String(ready?.lastTransitionTime)) - EPOCH).toBe(95_000);

    c.advance(10_000);
    const after = c.why('Node', undefined, 'node-2');
    expect(after?.summary).toBe('node-2 is NotReady (Ready Unknown, NodeStatusUnknown).');
    expect(cause(after, /marked node-2 NotReady/)).toMatchObject({
      at: 95_000,
      text: 'The node lifecycle controller marked node-2 NotReady (Ready Unknown) at 0:01:35: it had posted no heartbeat since 0:00:40, longer than the grace period of 50 s.',
    });
    expect(cause(after, /unreachable:NoExecute/).text).toMatch(/^The node lifecycle controller tainted node-2 node.kubernetes.io\/unreachable:NoExecute at 0:01:(35|40): pods that do not tolerate it are evicted/);
  });

  it('a restored node says when it came back; a cordon says who cordoned it, at the time of the request', () => {
    const c = createCluster({ seed: 1 });
    c.advance(5_000);
    c.inject({ type: 'kill-node', node: 'node-1' });
    c.advance(10_000);
    c.inject({ type: 'restore-node', node: 'node-1' });
    c.advance(20_000);
    expect(cause(c.why('Node', undefined, 'node-1'), /You restored node-1/).at).toBe(15_000);
    kubectlOk(c, 'cordon node-3');
    c.advance(1_000);
    const answer = c.why('Node', undefined, 'node-3');
    expect(cause(answer, /You cordoned node-3/).at).toBe(traced(c, { from: 'kubectl', verb: 'update', resource: 'nodes', name: 'node-3' }));
  });
});
