// `describe` over many objects reads the events once per command, indexed by involved object,
// instead of scanning every event of the namespace for each object (1,700 pods and 35,000 events
// took 23 s). The Events tables are the same either way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Store } from '../../api/store';
import { createCluster } from '../../index';
import { kubectlOk } from '../../testing/helpers';

afterEach(() => vi.restoreAllMocks());

describe('describe reads events once per command', () => {
  it('lists the events once for 30 pods, and each pod still gets its own events', () => {
    const c = createCluster({ seed: 1 });
    kubectlOk(c, 'create deployment web --image=nginx --replicas=30');
    c.advance(60_000);
    const one = kubectlOk(c, `describe pod ${c.list('Pod', 'default')[7].metadata.name}`);
    const list = vi.spyOn(Store.prototype, 'list');
    const all = kubectlOk(c, 'describe pods');
    expect(list.mock.calls.filter(([resource]) => resource === 'events').length).toBe(1);
    expect(all).toContain(one.slice(one.indexOf('Events:')));
    expect(all.match(/Successfully assigned default\/web-/g)?.length).toBe(30);
  });
});
