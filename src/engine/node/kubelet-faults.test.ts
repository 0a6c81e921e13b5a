import { describe, expect, it } from 'vitest';
import { FaultError } from '../cluster/faults';
import type { KObject, } from '../objects/types';
import { cluster, addPod, pod, cs, eventsFor } from './kubelet-test-kit';

describe('faults', () => {
  it('crash-container exits the container with 1 and it restarts', () => {
    const c = cluster();
    addPod(c, 'web', { name: 'nginx', image: 'nginx:1.14.2' });
    c.advance(20_000);
    c.inject({ type: 'crash-container', pod: 'web' });
    c.advance(100);
    expect(cs(c, 'web')?.state?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    c.advance(3000);
    expect(cs(c, 'web')?.state?.running).toBeDefined();
    expect(cs(c, 'web')?.restartCount).toBe(1);
    expect(() => c.inject({ type: 'crash-container', pod: 'nope' })).toThrow(new FaultError('pods "nope" not found'));
    expect(() => c.inject({ type: 'crash-container', pod: 'web', container: 'x' })).toThrow('container "x" not found in pod "web"');
  });

  it('kill-node stops leases and status; restore-node restarts the containers', () => {
    const c = cluster();
    addPod(c, 'web', { name: 'nginx', image: 'nginx:1.14.2' });
    c.advance(20_000);
    c.inject({ type: 'kill-node', node: 'node-1' });
    const renewTime = () => (c.get<KObject>('Lease', 'kube-node-lease', 'node-1') as KObject).spec.renewTime;
    const before = renewTime();
    const rv = pod(c, 'web').metadata.resourceVersion;
    c.advance(60_000);
    expect(renewTime()).toBe(before);
    expect(cs(c, 'web')?.state?.running).toBeDefined(); // the API still shows the last status
    expect(pod(c, 'web').metadata.resourceVersion === rv || pod(c, 'web').status?.conditions !== undefined).toBe(true);
    expect(() => c.inject({ type: 'kill-node', node: 'node-9' })).toThrow('nodes "node-9" not found');
    c.inject({ type: 'restore-node', node: 'node-1' });
    expect(renewTime()).not.toBe(before);
    c.advance(5000);
    const s = cs(c, 'web');
    expect(s?.state?.running).toBeDefined();
    expect(s?.restartCount).toBe(1);
    expect(s?.lastState?.terminated).toMatchObject({ exitCode: 255, reason: 'Unknown' });
    expect(eventsFor(c, 'node-1').filter((e) => e === 'Normal Starting Starting kubelet.').length).toBe(1); // aggregated
  });

  it('node faults look nodes up by their own names: __proto__ and constructor are unknown nodes, Object.prototype stays clean', () => {
    const c = cluster();
    const before = Object.getOwnPropertyNames(Object.prototype);
    for (const node of ['__proto__', 'constructor', 'hasOwnProperty', 'toString']) {
      expect(() => c.inject({ type: 'restore-node', node })).toThrow(new FaultError(`nodes "${node}" not found`));
      expect(() => c.inject({ type: 'kill-node', node })).toThrow(new FaultError(`nodes "${node}" not found`));
    }
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    c.advance(30_000);
    expect(c.kubectl('get nodes').exitCode).toBe(0);
  });

  it('restore-node finalises pods deleted while the node was down', () => {
    const c = cluster();
    addPod(c, 'web', { name: 'nginx', image: 'nginx:1.14.2' });
    c.advance(20_000);
    c.inject({ type: 'kill-node', node: 'node-1' });
    c.api.delete('Pod', 'default', 'web');
    c.advance(60_000);
    expect(pod(c, 'web')?.metadata.deletionTimestamp).toBeDefined();
    c.inject({ type: 'restore-node', node: 'node-1' });
    c.advance(2000);
    expect(pod(c, 'web')).toBeUndefined();
  });
});
