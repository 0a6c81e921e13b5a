// `npm run serve`'s entry: flags, the kubeconfig it writes and the line it prints; and the clock
// that runs the served cluster in real time times --speed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubeconfigText, serve } from './serve';
import { KUBECTL, kubectl } from './testing/kubectl';

describe('npm run serve', { timeout: 120_000 }, () => {
  it('writes the kubeconfig, prints the export line, serves /version and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podchestra-main-'));
    const kubeconfig = join(dir, 'my.kubeconfig');
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      join(import.meta.dirname, 'main.ts'),
      '--port',
      '0',
      '--seed',
      '5',
      '--nodes',
      '2',
      '--kubeconfig',
      kubeconfig,
    ]);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    for (let i = 0; i < 150 && !out.includes('export KUBECONFIG'); i++) await new Promise((r) => setTimeout(r, 100));
    const url = /served at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] as string;
    expect(url).toBeDefined();
    expect(out).toContain(`export KUBECONFIG=${kubeconfig}`);
    expect(readFileSync(kubeconfig, 'utf8')).toContain(`    server: ${url}\n`);
    const version = await (await fetch(`${url}/version`)).json();
    expect(version.gitVersion).toBe('v1.32.0');
    const nodes = await (await fetch(`${url}/api/v1/nodes`)).json();
    expect(nodes.items.map((n: { metadata: { name: string } }) => n.metadata.name)).toEqual(['node-1', 'node-2']);
    const exited = new Promise<number | null>((r) => child.on('close', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses an unknown flag or a bad value', async () => {
    for (const args of [
      ['--colour', 'red'],
      ['--speed', 'fast'],
      ['--port', '70000'],
    ]) {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), ...args]);
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      const code = await new Promise<number | null>((r) => child.on('close', r));
      expect(code, args.join(' ')).toBe(2);
      expect(err, args.join(' ')).toMatch(/unknown flag|not a valid value/);
    }
  });

  it('runs the cluster in real time times --speed', async () => {
    const served = await serve({ port: 0, speed: 20, tickMs: 20 });
    try {
      const start = performance.now();
      await new Promise((r) => setTimeout(r, 500));
      const wall = performance.now() - start;
      // 20 virtual ms per real ms; a loaded machine may run a tick late, never early.
      expect(served.cluster.now()).toBeGreaterThan(wall * 20 * 0.5);
      expect(served.cluster.now()).toBeLessThanOrEqual((wall + 50) * 20);
    } finally {
      await served.close();
    }
  });

  it.skipIf(!KUBECTL)('starts virtual time at the real start time, so the ages kubectl computes itself are real', async () => {
    const before = Date.now();
    const served = await serve({ port: 0, speed: 1, tickMs: 50 });
    const dir = mkdtempSync(join(tmpdir(), 'podchestra-ages-'));
    const kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(kubeconfig, kubeconfigText(served.url));
    try {
      const created = Date.parse(served.cluster.api.store.get('nodes', undefined, 'node-1')?.metadata.creationTimestamp as string);
      expect(created).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      expect(created).toBeLessThanOrEqual(Date.now());
      // kubectl events and describe's Events age events from their own clock: seconds, not ~705d.
      const events = await kubectl(kubeconfig, ['events', '-A']);
      expect(events.stderr).toBe('');
      const ages = events.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(/\s+/)[1]);
      expect(ages.length).toBeGreaterThan(0);
      for (const age of ages) expect(age).toMatch(/^(\d+s|<unknown>)$/);
      const described = await kubectl(kubeconfig, ['describe', 'node', 'node-1']);
      expect(described.stdout).toMatch(/Normal {2}Starting +\d+s +kubelet/);
    } finally {
      await served.close();
    }
  });
});
