// Hostile replica counts (issue 15): a sync costs what exists plus one burst, never spec.replicas,
// and replicas past int32 fail to decode as they do for Deployments.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';
import type { Pod } from '../../objects/types';
import { kubectlOk } from '../../testing/helpers';
import { STS_BURST_REPLICAS } from './stateful-set-control';

const set = (replicas: number, policy: 'OrderedReady' | 'Parallel') => `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: nginx
  replicas: ${replicas}
  podManagementPolicy: ${policy}
  selector: {matchLabels: {app: nginx}}
  template:
    metadata: {labels: {app: nginx}}
    spec: {containers: [{name: nginx, image: nginx}]}
`;

describe('StatefulSet with a huge spec.replicas', () => {
  // Before: each sync built a pod object for every missing ordinal (51 s and 1.4 GB at 1,000,000).
  it('OrderedReady at 1,000,000 replicas creates web-0 and waits, cheaply', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', set(1_000_000, 'OrderedReady'));
    c.advance(1000);
    expect(c.list<Pod>('Pod', 'default').map((p) => p.metadata.name)).toEqual(['web-0']);
    c.advance(30_000);
    expect(c.list<Pod>('Pod', 'default').length).toBeGreaterThan(1);
    expect(c.list<Pod>('Pod', 'default').length).toBeLessThan(30);
  });

  it('Parallel creates at most one burst per sync, up to the simulator pod cap', () => {
    const c = createCluster();
    const perInstant = new Map<number, number>();
    c.watch((e) => {
      if (e.type === 'ADDED' && 'object' in e && e.object.kind === 'Pod' && e.object.metadata.namespace === 'default') perInstant.set(c.now(), (perInstant.get(c.now()) ?? 0) + 1);
    });
    kubectlOk(c, 'apply -f -', set(2_000_000, 'Parallel'));
    c.advance(2000);
    expect(Math.max(...perInstant.values())).toBe(STS_BURST_REPLICAS);
    // The simulator's pod cap (1000 pods in the whole cluster, kube-proxy's one per node and CoreDNS's
    // two included) stops it.
    expect(c.list<Pod>('Pod', 'kube-system').length).toBe(5);
    expect(c.list<Pod>('Pod', 'default').length).toBe(995);
    expect(kubectlOk(c, 'get sts web')).toBe('NAME   READY       AGE\nweb    0/2000000   2s\n');
  });

  it('scaling back down from a huge count removes pods from the highest ordinal', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', set(1_000_000, 'Parallel'));
    c.advance(1000);
    kubectlOk(c, 'scale sts web --replicas=2');
    c.advance(60_000);
    expect(c.list<Pod>('Pod', 'default').map((p) => p.metadata.name).sort()).toEqual(['web-0', 'web-1']);
  });
});

describe('replicas past int32', () => {
  it('kubectl scale statefulset gives the decode error Deployments give', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', set(1, 'OrderedReady'));
    expect(c.kubectl('scale statefulset web --replicas=2147483648').stderr).toBe(
      'Error from server (BadRequest): StatefulSet in version "v1" cannot be handled as a StatefulSet: json: cannot unmarshal number 2147483648 into Go struct field StatefulSetSpec.spec.replicas of type int32\n',
    );
    expect(kubectlOk(c, 'scale statefulset web --replicas=2147483647')).toBe('statefulset.apps/web scaled\n');
  });

  it('int32 flags stop at 2147483647 (pflag names a flag with a shorthand "-r, --replicas")', () => {
    const c = createCluster();
    expect(c.kubectl('create deployment big --image=nginx --replicas=2147483648').stderr).toBe(
      'Error: invalid argument "2147483648" for "-r, --replicas" flag: strconv.ParseInt: parsing "2147483648": value out of range\nSee \'kubectl create deployment --help\' for usage.\n',
    );
    kubectlOk(c, 'create deployment web --image=nginx');
    expect(c.kubectl('autoscale deployment web --max=2147483648').stderr).toBe(
      'Error: invalid argument "2147483648" for "--max" flag: strconv.ParseInt: parsing "2147483648": value out of range\nSee \'kubectl autoscale --help\' for usage.\n',
    );
  });
});
