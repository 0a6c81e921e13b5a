import { describe, expect, it } from 'vitest';
import { StatusError } from '../api/errors';
import { cluster, addPod, logs } from './kubelet-test-kit';

describe('logs', () => {
  it('returns the script output, tail and the real errors', () => {
    const c = cluster();
    addPod(c, 'counter', { name: 'count', image: 'busybox:1.36', args: ['/bin/sh', '-c', 'i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done'] });
    expect(() => logs(c).containerLogs('default', 'counter', 'count')).toThrow(StatusError);
    c.advance(200);
    expect(() => logs(c).containerLogs('default', 'counter', 'count')).toThrow('container "count" in pod "counter" is waiting to start: ContainerCreating');
    c.advance(20_000);
    const out = logs(c).containerLogs('default', 'counter', 'count', { tail: 2 });
    expect(out).toMatch(/^\d+: Wed Jan {2}1 00:00:\d\d UTC 2025\n\d+: Wed Jan {2}1 00:00:\d\d UTC 2025\n$/);
    expect(() => logs(c).containerLogs('default', 'counter', 'count', { previous: true })).toThrow('previous terminated container "count" in pod "counter" not found');
    expect(() => logs(c).containerLogs('default', 'nope', 'count')).toThrow('pods "nope" not found');
    expect(() => logs(c).containerLogs('default', 'counter', 'x')).toThrow('container x is not valid for pod counter');
  });

  it('nginx prints its entrypoint banner (1.25+) and nothing for 1.14.2', () => {
    const c = cluster();
    addPod(c, 'new', { name: 'nginx', image: 'nginx:1.27' });
    addPod(c, 'old', { name: 'nginx', image: 'nginx:1.14.2' });
    c.advance(40_000);
    const out = logs(c).containerLogs('default', 'new', 'nginx');
    expect(out.split('\n')[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(out).toContain('[notice] 1#1: nginx/1.27.3');
    expect(logs(c).containerLogs('default', 'old', 'nginx')).toBe('');
  });

  it('printenv shows the container env', () => {
    const c = cluster();
    addPod(c, 'env', { image: 'busybox:1.36', command: ['sh', '-c', 'printenv GREETING; echo "$GREETING world"; foo; sleep infinity'], env: [{ name: 'GREETING', value: 'hello' }] });
    c.advance(20_000);
    expect(logs(c).containerLogs('default', 'env', 'c')).toBe('hello\nhello world\nsh: foo: not found\n');
  });
});
