// kind's node image carries kube-proxy's and CoreDNS's images: a fresh cluster's kube-system pods
// start without a pull, so the learner's first pull on a node is not queued behind theirs.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { KObject } from '../objects/types';

describe('preloaded node images', () => {
  it('starts kube-proxy and CoreDNS with their images already present and lists them in the node status', () => {
    const c = createCluster({ seed: 7, nodes: 2 });
    c.advance(2000);
    const reasons = c
      .list<KObject>('Event', 'kube-system')
      .filter((e) => (e.involvedObject as { kind?: string } | undefined)?.kind === 'Pod')
      .map((e) => `${e.reason} ${e.message}`);
    expect(reasons.filter((r) => r.startsWith('Pull')).sort()).toEqual([
      'Pulled Container image "registry.k8s.io/coredns/coredns:v1.11.3" already present on machine',
      'Pulled Container image "registry.k8s.io/coredns/coredns:v1.11.3" already present on machine',
      'Pulled Container image "registry.k8s.io/kube-proxy:v1.32.0" already present on machine',
      'Pulled Container image "registry.k8s.io/kube-proxy:v1.32.0" already present on machine',
    ]);
    const images = c.get<KObject>('Node', undefined, 'node-1')?.status?.images as { names: string[] }[];
    expect(images.flatMap((i) => i.names)).toContain('registry.k8s.io/kube-proxy:v1.32.0');
    expect(images.flatMap((i) => i.names)).toContain('registry.k8s.io/coredns/coredns:v1.11.3');
  });
});
