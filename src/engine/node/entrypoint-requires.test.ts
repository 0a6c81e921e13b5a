import { describe, expect, it } from 'vitest';
import { type Resolved, resolveProcess } from './container-runtime';
import { type ImageInfo, lookupImage, parseImage } from './images';

function image(ref: string): ImageInfo {
  const r = parseImage(ref);
  const info = r.ok ? lookupImage(r.ref) : undefined;
  if (!info) throw new Error(`no image ${ref}`);
  return info;
}

const kind = (r: Resolved) => (r.ok ? r.proc.kind : r.message);

describe('entrypoints that insist on their configuration', () => {
  it.each([
    ['postgres:17', [], 'task'],
    ['postgres:17', [['POSTGRES_PASSWORD', 'secret']], 'server'],
    ['postgres:17', [['POSTGRES_HOST_AUTH_METHOD', 'trust']], 'server'],
    ['postgres:17', [['POSTGRES_PASSWORD', '']], 'task'],
    ['mysql:5.6', [], 'task'],
    ['mysql:5.6', [['MYSQL_ROOT_PASSWORD', 'password']], 'server'],
    ['mariadb:11', [['MARIADB_RANDOM_ROOT_PASSWORD', '1']], 'server'],
  ] as [string, [string, string][], string][])('%s with %j runs a %s', (ref, env, want) => {
    expect(kind(resolveProcess(image(ref), {}, env))).toBe(want);
  });

  it('prints the entrypoint error and exits 1 without a password', () => {
    const r = resolveProcess(image('postgres:17'), {}, []);
    expect(r.ok && r.proc.kind === 'task' && r.proc.code).toBe(1);
    expect(r.ok && r.lines?.[0]).toBe('Error: Database is uninitialized and superuser password is not specified.');
  });

  it('starts haproxy only with a mounted configuration', () => {
    expect(kind(resolveProcess(image('haproxy:3.0'), {}, []))).toBe('task');
    expect(kind(resolveProcess(image('haproxy:3.0'), {}, [], () => ({ '/usr/local/etc/haproxy/haproxy.cfg': 'global\n' })))).toBe('server');
  });

  it('runs an interpreter image\'s CMD, which exits at once on the empty stdin', () => {
    const r = resolveProcess(image('python:3.12'), {}, []);
    expect(r.ok && r.proc.kind === 'task' && [r.proc.code, r.proc.out]).toEqual([0, []]);
  });

  it('has no shell in vish/stress (FROM scratch)', () => {
    expect(kind(resolveProcess(image('vish/stress'), { command: ['sh', '-c', 'echo hi'] }, []))).toContain('exec: "sh": executable file not found in $PATH');
  });
});
