// One served cluster: the engine's cluster run in real time (times --speed), the HTTP API in
// front of it, and a kubeconfig that points kubectl at it. main.ts is the command line around
// this; tests start it on a free port.
import { writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Cluster, createCluster } from '../src/engine/index';
import { type ApiHandler, createApiHandler } from './app';
import { staticSite } from './static';

export interface ServeOptions {
  seed?: number;
  nodes?: number;
  /** Virtual seconds per real second (default 1). */
  speed?: number;
  port?: number;
  host?: string;
  token?: string;
  /** Where to write the kubeconfig; none when undefined. */
  kubeconfig?: string;
  /** Wall-clock ms of virtual time 0 for a new cluster (default: now, the real start time). */
  epochMs?: number;
  /** A cluster to serve instead of a new one (tests, the bench). */
  cluster?: Cluster;
  /** Real milliseconds between two advances of the clock (default 100). */
  tickMs?: number;
  watchCacheSize?: number;
  /** The built app's folder (dist/), served under /podchestra/ on the same origin (static.ts); none when undefined. */
  www?: string;
}

export interface Served {
  cluster: Cluster;
  server: Server;
  handler: ApiHandler;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The most virtual time one tick may cover: a machine that stalls does not then run hours at once. */
const MAX_TICK_VIRTUAL_MS = 10_000;

export function kubeconfigText(url: string, token?: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: podchestra',
    '  cluster:',
    `    server: ${url}`,
    'contexts:',
    '- name: podchestra',
    '  context:',
    '    cluster: podchestra',
    '    namespace: default',
    '    user: podchestra',
    'current-context: podchestra',
    'preferences: {}',
    'users:',
    '- name: podchestra',
    token ? `  user:\n    token: ${token}` : '  user: {}',
    '',
  ].join('\n');
}

export async function serve(opts: ServeOptions = {}): Promise<Served> {
  // Virtual time 0 is the real start time, so the ages kubectl computes itself (describe's
  // events, `kubectl events`) match the server's AGE columns (at --speed 1).
  const cluster = opts.cluster ?? createCluster({ seed: opts.seed ?? 1, nodes: opts.nodes ?? 3, epochMs: opts.epochMs ?? Date.now() });
  const handler = createApiHandler({ cluster, token: opts.token, watchCacheSize: opts.watchCacheSize });
  const site = opts.www ? staticSite(opts.www) : undefined;
  const server = createServer({ requestTimeout: 60_000, headersTimeout: 30_000, maxHeaderSize: 64 * 1024 }, (req, res) => {
    if (!site?.(req, res)) handler(req, res);
  });
  // Watches stay open for as long as the client keeps them.
  server.keepAliveTimeout = 30_000;
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 6443, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (opts.kubeconfig) writeFileSync(opts.kubeconfig, kubeconfigText(url, opts.token), { mode: 0o600 });

  // The clock: each tick advances the cluster by the real time since the last, times speed.
  const speed = opts.speed ?? 1;
  const tickMs = opts.tickMs ?? 100;
  let last = performance.now();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = () => {
    const now = performance.now();
    const virtual = Math.min((now - last) * speed, MAX_TICK_VIRTUAL_MS);
    last = now;
    try {
      if (virtual > 0) cluster.advance(virtual);
    } catch (e) {
      console.error('podchestra: the cluster failed to advance:', e);
    }
    if (!stopped) timer = setTimeout(tick, tickMs);
  };
  if (speed > 0) timer = setTimeout(tick, tickMs);

  return {
    cluster,
    server,
    handler,
    url,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        stopped = true;
        if (timer) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
