import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../engine';
import { deskSheets, podUses, recordLabel, safeItems, safeText, sheetText } from './desk-items';

const pod = (name: string, spec: Pod['spec']): Pod =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec }) as Pod;

const web = pod('web-1', {
  containers: [
    {
      name: 'web',
      envFrom: [{ configMapRef: { name: 'set-list' } }],
      env: [{ name: 'PASS', valueFrom: { secretKeyRef: { name: 'pay', key: 'pass' } } }],
    },
  ],
  volumes: [
    { name: 'data', persistentVolumeClaim: { claimName: 'data-db-0' } },
    { name: 'cfg', configMap: { name: 'lyrics' } },
  ],
});
const idle = pod('idle', { containers: [{ name: 'c' }] });

describe('the band manager’s desk and the safe', () => {
  it('finds what a pod uses: volumes, envFrom and env key references', () => {
    const u = podUses(web);
    expect([...u.configMaps].sort()).toEqual(['lyrics', 'set-list']);
    expect([...u.secrets]).toEqual(['pay']);
    expect([...u.claims]).toEqual(['data-db-0']);
  });

  it('lays set lists and pay slips on the desk with their users; leaves kube-root-ca.crt and the crew’s off', () => {
    const sheets = deskSheets(
      [
        { metadata: { name: 'set-list', namespace: 'default' }, data: { a: '1', b: '2' } },
        { metadata: { name: 'kube-root-ca.crt', namespace: 'default' }, data: { 'ca.crt': 'x' } },
        // The crew's (session/crew.ts): kube-proxy's own ConfigMap is not the band's set list.
        { metadata: { name: 'kube-proxy', namespace: 'kube-system' }, data: { 'config.conf': 'x', kubeconfig: 'y' } },
      ],
      [
        { metadata: { name: 'pay', namespace: 'default' }, type: 'Opaque', data: { pass: 'eA==' } },
        { metadata: { name: 'bootstrap-token-abcdef', namespace: 'kube-system' }, type: 'Opaque', data: { x: 'eA==' } },
      ],
      [web, idle],
    );
    expect(sheets.map(sheetText)).toEqual([
      'ConfigMap set-list (set list, 2 keys, used by 1 musician)',
      'Secret pay (pay slip, 1 key, used by 1 musician)',
    ]);
    expect(sheets[0].users).toEqual(['web-1']);
  });

  it('keeps claims in the safe: phase, size, volume and who mounts them', () => {
    const [item] = safeItems(
      [
        {
          metadata: { name: 'data-db-0', namespace: 'default' },
          spec: { volumeName: 'pvc-1' },
          status: { phase: 'Bound', capacity: { storage: '1Gi' } },
        },
      ],
      [web, idle],
    );
    expect(safeText(item)).toBe('PersistentVolumeClaim data-db-0: Bound, 1Gi on pvc-1, mounted by web-1');
  });

  it('shelves volumes no claim holds as blank records', () => {
    const items = safeItems(
      [],
      [],
      [
        { metadata: { name: 'pv-spare' }, spec: { capacity: { storage: '5Gi' } }, status: { phase: 'Available' } },
        { metadata: { name: 'pv-used' }, spec: { claimRef: { name: 'x' } }, status: { phase: 'Bound' } },
      ],
    );
    expect(items.map(safeText)).toEqual(['PersistentVolume pv-spare: Available, 5Gi, no claim']);
  });

  it('counts the songs on a bound claim’s volume, in words and on the record (issue 12)', () => {
    const claims = [
      {
        metadata: { name: 'www-web-1', namespace: 'default' },
        spec: { volumeName: 'pvc-9' },
        status: { phase: 'Bound', capacity: { storage: '1Gi' } },
      },
      { metadata: { name: 'www-web-2', namespace: 'default' }, status: { phase: 'Pending' } },
    ];
    const items = safeItems(claims, [], [], (pv) => (pv === 'pvc-9' ? 2 : 0));
    expect(items.map(safeText)).toEqual([
      'PersistentVolumeClaim www-web-1: Bound, 1Gi on pvc-9, not mounted, 2 songs recorded',
      'PersistentVolumeClaim www-web-2: Pending, not mounted',
    ]);
    expect(items.map((i) => recordLabel(i, (n) => n))).toEqual(['www-web-1 ♫ 2', 'www-web-2 (Pending)']);
  });
});
