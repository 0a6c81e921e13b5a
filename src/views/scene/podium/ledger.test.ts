import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '../../../engine';
import { ledgerKey, ledgerOf, shortName } from './ledger';

const w = (seq: number, resource: string, name: string): TraceEntry => ({
  seq,
  time: seq,
  from: 'api-server',
  to: 'etcd',
  verb: 'write',
  resource,
  name,
  revision: 100 + seq,
});

describe('the historian’s ledger', () => {
  it('shows the newest revision and the last writes, newest first, without lease renewals', () => {
    const trace = [
      w(1, 'pods', 'a'),
      w(2, 'deployments', 'web'),
      w(3, 'pods', 'b'),
      w(4, 'replicasets', 'web-1'),
      w(5, 'leases', 'node-1'),
    ];
    expect(ledgerOf(trace)).toEqual({
      revision: 105,
      lines: [
        { revision: 104, text: 'rs web-1' },
        { revision: 103, text: 'pod b' },
        { revision: 102, text: 'deploy web' },
      ],
    });
    expect(ledgerKey(trace)).toBe('105\n104 rs web-1\n103 pod b\n102 deploy web');
  });

  it('is idle without writes', () => {
    expect(ledgerOf([])).toEqual({ revision: undefined, lines: [] });
  });

  it('shortens generated names but keeps their distinguishing tail', () => {
    expect(shortName('nginx-deployment-7c5ddbdf54-x2k9q')).toBe('nginx-depl…bdf54-x2k9q');
    expect(shortName('web')).toBe('web');
  });
});
