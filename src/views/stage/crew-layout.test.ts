import { describe, expect, it } from 'vitest';
import type { Pod } from '../../engine';
import { crewOn, crewPodsOn } from './crew-layout';

const pod = (name: string, node?: string): Pod =>
  ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'kube-system' },
    spec: { nodeName: node, containers: [{ name: 'c', image: 'x' }] },
    status: {
      phase: 'Running',
      containerStatuses: [{ name: 'c', ready: true, restartCount: 0, image: 'x', imageID: '', state: { running: {} } }],
    },
  }) as Pod;

describe('crewOn', () => {
  it('names each node’s crew pods with their STATUS, sorted; nothing for a node without crew', () => {
    const crew = [pod('kube-proxy-b', 'node-1'), pod('coredns-a', 'node-1'), pod('kube-proxy-c', 'node-2'), pod('pending-d')];
    expect(crewOn(crew, 'node-1')).toBe('coredns-a Running, kube-proxy-b Running');
    expect(crewOn(crew, 'node-2')).toBe('kube-proxy-c Running');
    expect(crewOn(crew, 'node-3')).toBe('');
    expect(crewOn(undefined, 'node-1')).toBe('');
    expect(crewPodsOn(crew, 'node-1').map((p) => p.metadata.name)).toEqual(['kube-proxy-b', 'coredns-a']);
  });
});
