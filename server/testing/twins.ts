// The set-up the real-kubectl tests share: a served cluster at speed 0 (the test advances virtual
// time), its kubeconfig in a fresh temporary folder, and a twin cluster with the same seed whose
// in-page console (cluster.kubectl) is what the real kubectl's output is compared with.
// The served cluster uses the twin's epoch (the in-page default): the process has one epoch, and
// `-o yaml` comparisons include timestamps.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Cluster, createCluster } from '../../src/engine/index';
import { DEFAULT_EPOCH_MS } from '../../src/engine/util/time';
import { type Served, serve } from '../serve';
import { type Run, type RunOptions, kubectl } from './kubectl';

export interface Twins {
  served: Served;
  twin: Cluster;
  kubeconfig: string;
  /** The temporary folder holding the kubeconfig and the files the test writes. */
  dir: string;
  /** The real kubectl with a line split on spaces (no quoting: use `run` for arguments with spaces). */
  k(line: string, opts?: RunOptions): Promise<Run>;
  /** The real kubectl with its arguments as given. */
  run(args: string[], opts?: RunOptions): Promise<Run>;
  /** The same line in the twin's in-page console. */
  consoleOf(line: string, stdin?: string): { stdout: string; stderr: string };
  /** Both clusters by the same virtual time. */
  advance(ms: number): void;
  /** Writes a file in `dir`; returns its path. */
  file(name: string, text: string): string;
  close(): Promise<void>;
}

export async function startTwins(opts: { seed: number; nodes?: number; prefix: string }): Promise<Twins> {
  const dir = mkdtempSync(join(tmpdir(), `podchestra-${opts.prefix}-`));
  const kubeconfig = join(dir, 'kubeconfig');
  const served = await serve({ port: 0, speed: 0, seed: opts.seed, nodes: opts.nodes, kubeconfig, epochMs: DEFAULT_EPOCH_MS });
  const twin = createCluster({ seed: opts.seed, nodes: opts.nodes ?? 3 });
  return {
    served,
    twin,
    kubeconfig,
    dir,
    k: (line, runOpts) => kubectl(kubeconfig, line.split(' '), runOpts),
    run: (args, runOpts) => kubectl(kubeconfig, args, runOpts),
    consoleOf: (line, stdin) => twin.kubectl(line, stdin),
    advance(ms) {
      served.cluster.advance(ms);
      twin.advance(ms);
    },
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    close: () => served.close(),
  };
}
