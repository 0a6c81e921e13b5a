// The official Python client (Debian's python3-kubernetes) lists, watches, creates and scales
// through the served API. Skipped, loudly, where the package is missing (.ci/run installs it).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serve } from './serve';

/** Debian's python3 (the package's); a pyenv shim earlier on PATH may lack it. */
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import kubernetes'], { stdio: 'ignore' }).status === 0);
if (!PYTHON) {
  const message = 'python3-kubernetes not found: the Python client test is SKIPPED (apt-get install python3-kubernetes)';
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** ${message} ***\n`);
}

describe.skipIf(!PYTHON)('the Python client against npm run serve', { timeout: 90_000 }, () => {
  let served: Served;
  let kubeconfig: string;
  beforeAll(async () => {
    kubeconfig = join(mkdtempSync(join(tmpdir(), 'podchestra-py-')), 'kubeconfig');
    served = await serve({ port: 0, speed: 0, kubeconfig });
    served.cluster.advance(5_000);
  });
  afterAll(async () => {
    await served?.close();
  });

  it('lists, watches, creates, scales and deletes', async () => {
    const child = spawn(PYTHON as string, [join(import.meta.dirname, 'testing', 'python-client.py'), kubeconfig]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The served cluster runs at speed 0: advance it while the script waits for its pods.
    let finished = false;
    void done.then(() => (finished = true));
    for (let i = 0; i < 100 && !finished; i++) {
      await new Promise((r) => setTimeout(r, 200));
      served.cluster.advance(1_000);
    }
    expect(await done, err).toBe(0);
    expect(err).toBe('');
    expect(out.split('\n').filter(Boolean)).toEqual([
      'nodes node-1 node-2 node-3',
      'created py 1',
      'scaled 2',
      'watched 2 pods added True',
      'error 404 Not Found',
      'deleted',
    ]);
  });
});
