import { describe, expect, it } from 'vitest';
import { createCluster } from '../../engine';
import type { SessionCommand } from '../session/types';
import { faultMessage, lessonCluster } from './lesson-cluster';

describe('lessonCluster', () => {
  it('routes kubectl through perform and reads from the playing cluster', () => {
    const cluster = createCluster({ seed: 3 });
    const seen: SessionCommand[] = [];
    const proxy = lessonCluster({
      perform: (c) => {
        seen.push(c);
        return 'kubectl' in c ? cluster.kubectl(c.kubectl, c.stdin) : { stdout: '', stderr: '', exitCode: 0 };
      },
      cluster: () => cluster,
    });
    expect(proxy.kubectl('create deployment web --image=nginx').stdout).toBe('deployment.apps/web created\n');
    expect(seen).toEqual([{ kubectl: 'create deployment web --image=nginx' }]);
    expect(proxy.get('Deployment', 'default', 'web')?.metadata?.name).toBe('web');
    expect(proxy.list('Node').length).toBe(3);
    expect(proxy.now()).toBe(0);
  });

  it('inject throws the fault error without kubectl’s "error: " prefix', () => {
    const proxy = lessonCluster({
      perform: () => ({ stdout: '', stderr: 'error: pod "x" not found\n', exitCode: 1 }),
      cluster: () => createCluster({ seed: 1 }),
    });
    expect(() => proxy.inject({ type: 'kill-node', node: 'node-9' })).toThrow(new Error('pod "x" not found'));
  });

  it('faultMessage falls back to the exit code when stderr is empty', () => {
    expect(faultMessage({ stdout: '', stderr: '', exitCode: 2 })).toBe('fault failed with exit code 2');
  });
});
