// cordon/uncordon/drain: texts, refusals from drain's filters, and the pods they delete.
import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../objects/types';
import { put } from '../describe/fixtures';
import { scene } from '../describe/scene';

function addPod(s: ReturnType<typeof scene>, name: string, extra: { owner?: { kind: string; name: string }; emptyDir?: boolean; namespace?: string }): void {
  // drain looks the DaemonSet owner up (daemonSetFilter): it must exist.
  if (extra.owner?.kind === 'DaemonSet' && !s.c.get('DaemonSet', extra.namespace ?? 'default', extra.owner.name))
    put(s.c, {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: extra.owner.name, namespace: extra.namespace ?? 'default' },
      spec: { selector: { matchLabels: { app: 'ds' } }, template: { metadata: { labels: { app: 'ds' } }, spec: { containers: [{ name: 'c', image: 'busybox' }] } } },
    });
  const ownerReferences = extra.owner ? [{ apiVersion: 'apps/v1', kind: extra.owner.kind, name: extra.owner.name, uid: `uid-${extra.owner.name}`, controller: true }] : undefined;
  put<Pod>(s.c, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: extra.namespace ?? 'default', ownerReferences },
    spec: { nodeName: 'node-1', containers: [{ name: 'c', image: 'busybox' }], volumes: extra.emptyDir ? [{ name: 'scratch', emptyDir: {} }] : undefined },
  });
}

describe('kubectl cordon / uncordon', () => {
  it.each([
    [['cordon node-1'], 'node/node-1 cordoned\n', true],
    [['cordon node-1', 'cordon node-1'], 'node/node-1 already cordoned\n', true],
    [['uncordon node-1'], 'node/node-1 already uncordoned\n', undefined],
    [['cordon node-1', 'uncordon node-1'], 'node/node-1 uncordoned\n', undefined],
  ])('%j', (lines, lastStdout, unschedulable) => {
    const { c } = scene();
    let r = c.kubectl(lines[0]);
    for (const l of lines.slice(1)) r = c.kubectl(l);
    expect(r).toEqual({ stdout: lastStdout, stderr: '', exitCode: 0 });
    expect(c.get<Node>('Node', undefined, 'node-1')?.spec?.unschedulable).toBe(unschedulable);
  });

  it('reports a missing node as the API server does', () => {
    expect(scene().c.kubectl('cordon node-9')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): nodes "node-9" not found\n', exitCode: 1 });
  });
});

describe('kubectl drain', () => {
  it('cordons, evicts each pod, then reports the node drained', () => {
    const s = scene();
    const r = s.c.kubectl('drain node-1');
    expect(r).toEqual({
      stdout: 'node/node-1 cordoned\nevicting pod default/web-7d9c6b5f4-abcde\npod/web-7d9c6b5f4-abcde evicted\nnode/node-1 drained\n',
      stderr: '',
      exitCode: 0,
    });
    // A pod of a node without a kubelet is deleted gracefully: it is marked, not yet gone.
    expect(s.c.get<Pod>('Pod', 'default', 'web-7d9c6b5f4-abcde')?.metadata.deletionTimestamp).toBe('2025-01-01T00:00:30Z');
  });

  it.each([
    [
      { owner: undefined },
      '',
      'cannot delete Pods that declare no controller (use --force to override): default/bare',
    ],
    [{ owner: { kind: 'ReplicaSet', name: 'x' }, emptyDir: true }, '', 'cannot delete Pods with local storage (use --delete-emptydir-data to override): default/bare'],
    [{ owner: { kind: 'DaemonSet', name: 'ds' } }, '', 'cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): default/bare'],
  ])('refuses %j', (extra, _flags, error) => {
    const s = scene();
    addPod(s, 'bare', extra);
    const r = s.c.kubectl('drain node-1');
    expect(r).toEqual({
      stdout: 'node/node-1 cordoned\n',
      stderr: `error: unable to drain node "node-1", aborting command...\n\nThere are pending nodes to be drained:\n node-1\nerror: ${error}\n`,
      exitCode: 1,
    });
    expect(s.c.get<Pod>('Pod', 'default', 'web-7d9c6b5f4-abcde')?.metadata.deletionTimestamp).toBeUndefined();
  });

  it('aggregates several refusals', () => {
    const s = scene();
    addPod(s, 'bare', {});
    addPod(s, 'scratch', { owner: { kind: 'ReplicaSet', name: 'x' }, emptyDir: true });
    expect(s.c.kubectl('drain node-1').stderr).toContain(
      'error: [cannot delete Pods that declare no controller (use --force to override): default/bare, cannot delete Pods with local storage (use --delete-emptydir-data to override): default/scratch]\n',
    );
  });

  it('with --force --ignore-daemonsets --delete-emptydir-data warns, skips DaemonSet pods and evicts the rest', () => {
    const s = scene();
    addPod(s, 'bare', {});
    addPod(s, 'ds-pod', { owner: { kind: 'DaemonSet', name: 'ds' }, namespace: 'kube-system' });
    const r = s.c.kubectl('drain node-1 --force --ignore-daemonsets --delete-emptydir-data --grace-period=0');
    expect(r.stderr).toBe('WARNING: deleting Pods that declare no controller: default/bare; ignoring DaemonSet-managed Pods: kube-system/ds-pod\n');
    expect(r.stdout).toBe(
      'node/node-1 cordoned\nevicting pod default/bare\nevicting pod default/web-7d9c6b5f4-abcde\npod/bare evicted\npod/web-7d9c6b5f4-abcde evicted\nnode/node-1 drained\n',
    );
    expect(s.c.get('Pod', 'default', 'bare')).toBeUndefined();
    expect(s.c.get('Pod', 'kube-system', 'ds-pod')).toBeDefined();
  });
});
