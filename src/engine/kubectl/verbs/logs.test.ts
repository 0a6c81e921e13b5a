// kubectl logs against a fake kubelet component (container defaulting, workload → pod choice,
// flags passed through, the server's errors) and against the real kubelets.
import { describe, expect, it } from 'vitest';
import { apiErrors } from '../../api/errors';
import { createCluster } from '../../index';
import type { Component } from '../../cluster/component';
import type { KObject, Pod } from '../../objects/types';
import type { KubectlContext } from '../context';
import { put } from '../describe/fixtures';
import { scene } from '../describe/scene';
import { runKubectl } from '../run';

type Call = { namespace: string; pod: string; container: string; opts: { previous?: boolean; tail?: number } };

function withKubelet(s: ReturnType<typeof scene>, calls: Call[]): KubectlContext {
  const kubelet = {
    name: 'kubelet',
    start() {},
    containerLogs(namespace: string, pod: string, container: string, opts: Call['opts']): string {
      calls.push({ namespace, pod, container, opts });
      if (container === 'nope') throw apiErrors.badRequest(`container nope is not valid for pod ${pod}`);
      return `log of ${pod}/${container}\n`;
    },
  };
  return { api: s.c.api, config: s.c.config, now: () => s.c.now(), component: <T extends Component>(n: string) => (n === 'kubelet' ? (kubelet as unknown as T) : undefined) };
}

describe('kubectl logs', () => {
  it.each([
    ['logs web-7d9c6b5f4-abcde', 'log of web-7d9c6b5f4-abcde/nginx\n', '', { previous: false, tail: undefined }],
    ['logs pod/web-7d9c6b5f4-abcde --tail=5 -p', 'log of web-7d9c6b5f4-abcde/nginx\n', '', { previous: true, tail: 5 }],
    ['logs deploy/web', 'log of web-7d9c6b5f4-abcde/nginx\n', '', { previous: false, tail: undefined }],
  ])('%s', (line, stdout, stderr, opts) => {
    const calls: Call[] = [];
    expect(runKubectl(withKubelet(scene(), calls), line)).toEqual({ stdout, stderr, exitCode: 0 });
    expect(calls[0].opts).toEqual(opts);
  });

  it('defaults to the first container of several, on stderr', () => {
    const s = scene();
    put<Pod>(s.c, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'two' }, spec: { initContainers: [{ name: 'init', image: 'busybox' }], containers: [{ name: 'a', image: 'busybox' }, { name: 'b', image: 'busybox' }] } });
    const r = runKubectl(withKubelet(s, []), 'logs two');
    expect(r).toEqual({ stdout: 'log of two/a\n', stderr: 'Defaulted container "a" out of: a, b, init (init)\n', exitCode: 0 });
    expect(runKubectl(withKubelet(s, []), 'logs two -c b').stdout).toBe('log of two/b\n');
  });

  it('picks a running, ready pod of a workload and says so', () => {
    const s = scene();
    const labels = { app: 'web', 'pod-template-hash': '7d9c6b5f4' };
    const p = put<Pod>(s.c, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-7d9c6b5f4-zzzzz', labels }, spec: { nodeName: 'node-1', containers: [{ name: 'nginx', image: 'nginx' }] } });
    s.c.api.update({ ...p, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } } as KObject, 'test', 'status');
    const r = runKubectl(withKubelet(s, []), 'logs deployment/web');
    expect(r).toEqual({ stdout: 'log of web-7d9c6b5f4-zzzzz/nginx\n', stderr: 'Found 2 pods, using pod/web-7d9c6b5f4-zzzzz\n', exitCode: 0 });
  });

  it.each([
    ['logs nope', 'Error from server (NotFound): pods "nope" not found\n'],
    ['logs web-7d9c6b5f4-abcde -c nope', 'Error from server (BadRequest): container nope is not valid for pod web-7d9c6b5f4-abcde\n'],
    ['logs', "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n"],
  ])('%s fails', (line, stderr) => {
    expect(runKubectl(withKubelet(scene(), []), line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('reads a running container’s logs from its kubelet', () => {
    const c = createCluster();
    expect(c.kubectl('run web --image=nginx:1.27').stdout).toBe('pod/web created\n');
    c.advance(60_000);
    const r = c.kubectl('logs web');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(c.kubectl('logs web --previous')).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): previous terminated container "web" in pod "web" not found\n',
      exitCode: 1,
    });
  });
});
