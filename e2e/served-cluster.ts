// The served cluster for the browser tests that attach a page to it (served.spec.ts, live.spec.ts):
// `npm run serve`'s entry started as its own process on a scratch port, and the real kubectl 1.32.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { findKubectl } from '../server/testing/kubectl';
import { DIST_PORT } from './ports';

export const KUBECTL = findKubectl();
/** One above the dist server's (E2E_PORT + 2); kubectl proxy takes the next (E2E_PORT + 3). */
export const SERVE_PORT = DIST_PORT + 1;
export const PROXY_PORT = DIST_PORT + 2;
const root = join(import.meta.dirname, '..');

export const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
      - name: web
        image: nginx:1.27
`;

/** Starts `npm run serve` (its entry, so the process is ours to stop) and waits for its export line. */
export async function startServer(kubeconfig: string, extra: string[] = []): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(process.execPath, [
    '--import',
    'tsx',
    join(root, 'server', 'main.ts'),
    '--port',
    String(SERVE_PORT),
    '--kubeconfig',
    kubeconfig,
    // Ten virtual seconds a second: the killed pod's 30 s grace period passes in three.
    '--speed',
    '10',
    ...extra,
  ]);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  for (let i = 0; i < 600 && !out.includes('export KUBECONFIG'); i++) await new Promise((r) => setTimeout(r, 100));
  if (!out.includes('export KUBECONFIG')) throw new Error(`npm run serve did not start:\n${out}`);
  expect(out).toContain(`http://127.0.0.1:${SERVE_PORT}/podchestra/`);
  return child;
}

export function kubectl(kubeconfig: string, args: string[], stdin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(KUBECTL as string, ['--kubeconfig', kubeconfig, ...args]);
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`kubectl ${args.join(' ')}: ${out}`))));
    p.stdin.end(stdin ?? '');
  });
}

/** `kubectl get pods -w --output-watch-events` in its own process; `seen()` is its output so far. */
export function watchPods(kubeconfig: string): { process: ChildProcessWithoutNullStreams; seen: () => string } {
  const watch = spawn(KUBECTL as string, ['--kubeconfig', kubeconfig, 'get', 'pods', '-w', '--output-watch-events']);
  let seen = '';
  watch.stdout.on('data', (d) => (seen += d));
  return { process: watch, seen: () => seen };
}
