import { describe, expect, it } from 'vitest';
import { createCluster, type KObject, type Node } from '../../engine';
import { LEASE_RENEW_MS } from '../../engine/node/kubelet';
import { heartbeatSentence, heartbeatWords, LEASE_RENEW_S, missedHeartbeat } from './heartbeat';

const renewTime = (c: ReturnType<typeof createCluster>, node: string) =>
  (c.get<KObject & { spec?: { renewTime?: string } }>('Lease', 'kube-node-lease', node) as { spec?: { renewTime?: string } }).spec
    ?.renewTime;
const ready = (c: ReturnType<typeof createCluster>, node: string) =>
  c.get<Node>('Node', undefined, node)?.status?.conditions?.find((x) => x.type === 'Ready')?.status;

describe("a riser's missed heartbeats", () => {
  it('agrees with the kubelet on the renewal interval', () => {
    expect(LEASE_RENEW_S * 1000).toBe(LEASE_RENEW_MS);
  });

  it('counts nothing while the kubelet renews, then the seconds since the last renewal until Ready turns Unknown at the grace', () => {
    const c = createCluster({ seed: 3 });
    c.advance(60_000);
    expect(missedHeartbeat(renewTime(c, 'node-2'), c.now())).toBeUndefined();
    c.inject({ type: 'kill-node', node: 'node-2' });
    const last = renewTime(c, 'node-2');
    c.advance(23_000);
    expect(renewTime(c, 'node-2')).toBe(last);
    const h = missedHeartbeat(last, c.now());
    expect(h?.grace).toBe(50);
    expect(h?.seconds).toBeGreaterThanOrEqual(23);
    expect(h?.seconds).toBeLessThan(33);
    expect(ready(c, 'node-2')).toBe('True');
    // The node controller gives up once the count passes the grace (it looks every 5 s).
    while (ready(c, 'node-2') === 'True') c.advance(1_000);
    const at = missedHeartbeat(last, c.now());
    expect(at?.seconds).toBeGreaterThan(50);
    expect(at?.seconds).toBeLessThanOrEqual(50 + 5 + 1);
    // The other nodes keep renewing.
    expect(missedHeartbeat(renewTime(c, 'node-1'), c.now())).toBeUndefined();
  });

  it('says it in words, on the riser and in its accessible name', () => {
    expect(heartbeatWords({ seconds: 23, grace: 50 })).toBe('no heartbeat 23/50 s');
    expect(heartbeatWords({ seconds: 73, grace: 50 })).toBe('no heartbeat 73 s > 50');
    expect(heartbeatSentence({ seconds: 23, grace: 50 })).toBe('no heartbeat for 23 s of the 50 s grace period');
    expect(heartbeatSentence({ seconds: 73, grace: 50 })).toBe('no heartbeat for 73 s, past the 50 s grace period');
  });
});
