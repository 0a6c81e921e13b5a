import { describe, expect, it } from 'vitest';
import { cluster, addPod, logs } from './kubelet-test-kit';

describe('determinism and snapshots', () => {
  it('a restored cluster continues identically', async () => {
    const { restoreCluster } = await import('../cluster/cluster');
    const a = cluster();
    addPod(a, 'counter', { image: 'busybox:1.36', command: ['sh', '-c', 'i=0; while true; do echo $i; i=$((i+1)); sleep 3; done'] });
    addPod(a, 'crash', { image: 'busybox:1.36', command: ['sh', '-c', 'exit 3'] });
    a.advance(25_000);
    const b = restoreCluster(a.snapshot());
    a.advance(60_000);
    b.advance(60_000);
    expect(JSON.stringify(b.list('Pod'))).toBe(JSON.stringify(a.list('Pod')));
    expect(logs(b).containerLogs('default', 'counter', 'c')).toBe(logs(a).containerLogs('default', 'counter', 'c'));
  });
});
