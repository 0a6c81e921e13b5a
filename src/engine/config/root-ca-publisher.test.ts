import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';

describe('root-ca-cert-publisher', () => {
  it('puts kube-root-ca.crt in every namespace, new ones too, and brings it back if deleted', () => {
    const c = createCluster({ nodes: 0 });
    for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) expect(c.get('ConfigMap', ns, 'kube-root-ca.crt')).toBeDefined();
    expect(c.kubectl('create namespace team').stdout).toBe('namespace/team created\n');
    c.advance(100);
    expect(c.kubectl('get cm -n team').stdout).toBe('NAME               DATA   AGE\nkube-root-ca.crt   1      0s\n');
    expect(c.kubectl('delete cm kube-root-ca.crt -n team').stdout).toBe('configmap "kube-root-ca.crt" deleted\n');
    c.advance(100);
    expect((c.get('ConfigMap', 'team', 'kube-root-ca.crt')?.data as Record<string, string> | undefined)?.['ca.crt']).toContain('BEGIN CERTIFICATE');
  });
});
