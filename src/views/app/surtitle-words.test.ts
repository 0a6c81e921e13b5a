import { describe, expect, it } from 'vitest';
import { splitReason, surtitleParts } from './surtitle-words';

const known = {
  pods: ['nginx-deployment-7c5ddbdf54-x2k4q'],
  nodes: ['node-1', 'node-2'],
  services: ['nginx-deployment'],
  workloads: ['nginx-deployment', 'nginx-deployment-7c5ddbdf54'],
};

describe('surtitleParts', () => {
  it('marks pods, nodes and Services by their whole names, longest first', () => {
    expect(surtitleParts('The scheduler seated nginx-deployment-7c5ddbdf54-x2k4q on node-2', known)).toEqual([
      { text: 'The scheduler seated ' },
      { text: 'nginx-deployment-7c5ddbdf54-x2k4q', kind: 'pod' },
      { text: ' on ' },
      { text: 'node-2', kind: 'node' },
    ]);
  });

  it('a Service named like its Deployment reads as the Service; a ReplicaSet as a workload', () => {
    expect(surtitleParts('The ReplicaSet controller of nginx-deployment-7c5ddbdf54 hired a pod', known)).toEqual([
      { text: 'The ReplicaSet controller of ' },
      { text: 'nginx-deployment-7c5ddbdf54', kind: 'workload' },
      { text: ' hired a pod' },
    ]);
    expect(surtitleParts('traffic to nginx-deployment.', known)[1]).toEqual({ text: 'nginx-deployment', kind: 'service' });
  });

  it('a pod already gone is still marked when the sentence names it as a Pod', () => {
    expect(
      surtitleParts('Pod web-0 is being stopped: Stopping container web', { pods: [], nodes: [], services: [], workloads: [] }),
    ).toEqual([{ text: 'Pod ' }, { text: 'web-0', kind: 'pod' }, { text: ' is being stopped: Stopping container web' }]);
  });

  it('a container named like its pod is not the pod', () => {
    expect(surtitleParts('Pod solo started playing: container solo', { pods: ['solo'], nodes: [], services: [], workloads: [] })).toEqual([
      { text: 'Pod ' },
      { text: 'solo', kind: 'pod' },
      { text: ' started playing: container solo' },
    ]);
  });

  it('does not mark a name inside a longer word', () => {
    expect(surtitleParts('node-10 joined', known)).toEqual([{ text: 'node-10 joined' }]);
  });
});

describe('splitReason', () => {
  it('keeps kubectl’s reason apart', () => {
    expect(splitReason('Node node-1 joined the cluster (RegisteredNode)')).toEqual({
      text: 'Node node-1 joined the cluster',
      reason: 'RegisteredNode',
    });
    expect(splitReason('no reason here')).toEqual({ text: 'no reason here' });
  });
});
