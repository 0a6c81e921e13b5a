// Small object builders for the goal tests (pods, Deployments, nodes, a read-only view).
import type { KObject } from '../engine/index';
import { type ClusterView, emptyMemory, type GoalMemory } from './goals';

export function pod(
  name: string,
  opts: {
    ready?: boolean;
    node?: string | null;
    app?: string;
    uid?: string;
    restarts?: number;
    waiting?: string;
    terminating?: boolean;
    unschedulable?: string;
  } = {},
): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      uid: opts.uid ?? name,
      labels: { app: opts.app ?? 'band' },
      ...(opts.terminating ? { deletionTimestamp: 'x' } : {}),
    },
    spec: { ...(opts.node === null ? {} : { nodeName: opts.node ?? 'node-1' }), containers: [{ name: 'c' }] },
    status: {
      conditions: opts.unschedulable
        ? [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: opts.unschedulable }]
        : [{ type: 'Ready', status: opts.ready === false ? 'False' : 'True' }],
      containerStatuses: [
        {
          name: 'c',
          ready: true,
          restartCount: opts.restarts ?? 0,
          image: 'x',
          imageID: '',
          state: opts.waiting ? { waiting: { reason: opts.waiting } } : { running: {} },
        },
      ],
    },
  } as unknown as KObject;
}

export function deployment(revision: number, image: string, status: Record<string, number>, replicas = 3): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'band', namespace: 'default', generation: 2, annotations: { 'deployment.kubernetes.io/revision': String(revision) } },
    spec: { replicas, selector: {}, template: { spec: { containers: [{ name: 'c', image }] } } },
    status: { observedGeneration: 2, ...status },
  } as unknown as KObject;
}

export function node(name: string, ready: string, taints: { key: string; effect: string }[] = []): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name },
    spec: { taints },
    status: { conditions: [{ type: 'Ready', status: ready }] },
  } as KObject;
}

export function view(objects: KObject[]): ClusterView {
  return {
    list: <T extends KObject>(kind: string) => objects.filter((o) => o.kind === kind) as T[],
    get: <T extends KObject>(kind: string, _ns: string | undefined, name: string) =>
      objects.find((o) => o.kind === kind && o.metadata?.name === name) as T | undefined,
  };
}

export const mem = (m: Partial<GoalMemory> = {}): GoalMemory => ({ ...emptyMemory(), ...m });
export const done = { replicas: 3, updatedReplicas: 3, availableReplicas: 3 };
export const deleted = { uid: 'old', namespace: 'default', labels: { app: 'band' } };
