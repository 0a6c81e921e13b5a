// The ledger rides in snapshots (a rewound or shared moment explains itself as the original did),
// stays bounded (and then says a cause is older than the retained history), and the answers'
// times read as the views' clock does.
import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { createCluster, restoreCluster } from '../cluster/cluster';
import { kubectlOk } from '../testing/helpers';
import { clock } from './context';
import { LEDGER_CAPACITY, type LedgerState, WHY_LEDGER } from './ledger';
import { podsOf } from './test-helpers';

describe('the why ledger', () => {
  it('survives snapshot and restore: the same answer, and the same continuation', () => {
    const c = createCluster({ seed: 1 });
    kubectlOk(c, 'create deployment web --image=nginx --replicas=3');
    c.advance(11_000);
    kubectlOk(c, `delete pod ${podsOf(c, 'web-')[0].metadata.name} --wait=false`);
    c.inject({ type: 'kill-node', node: 'node-3' });
    c.advance(20_000);
    const restored = restoreCluster(c.snapshot());
    for (const p of podsOf(c, 'web-')) expect(restored.why('Pod', 'default', p.metadata.name)).toEqual(c.why('Pod', 'default', p.metadata.name));
    expect(restored.why('Node', undefined, 'node-3')).toEqual(c.why('Node', undefined, 'node-3'));
    c.advance(60_000);
    restored.advance(60_000);
    expect(restored.snapshot()).toEqual(c.snapshot());
  });

  it('is bounded, and an answer whose cause was dropped says it is older than the retained history', () => {
    const c = createCluster({ seed: 1 });
    kubectlOk(c, 'run solo --image=nginx');
    c.advance(5_000);
    // Churn: each delete and re-create is a few records.
    for (let i = 0; i < LEDGER_CAPACITY / 2 + 10; i++) {
      kubectlOk(c, `run p${i % 3}-${i} --image=nginx`);
      kubectlOk(c, `delete pod p${i % 3}-${i} --wait=false`);
    }
    c.advance(1_000);
    const state = c.snapshot().components[WHY_LEDGER] as unknown as LedgerState;
    expect(state.records.length).toBeLessThanOrEqual(LEDGER_CAPACITY);
    expect(state.horizon).toBeGreaterThanOrEqual(0);
    const answer = c.why('Pod', 'default', 'solo');
    expect(answer?.causes.filter((x) => /older than the retained history/.test(x.text)).map((x) => x.text)).toEqual([
      `Why the scheduler chose ${answer?.summary.match(/on (node-\d)/)?.[1]} for solo is older than the retained history (causes before ${clock(state.horizon)} are forgotten).`,
      `Who created solo is older than the retained history (causes before ${clock(state.horizon)} are forgotten).`,
    ]);
  });

  it('explains nothing for a kind without a Why? or an object never seen', () => {
    const c = createCluster({ seed: 1 });
    expect(c.why('ConfigMap', 'default', 'x')).toBeUndefined();
    expect(c.why('Pod', 'default', 'never')).toBeUndefined();
  });
});
