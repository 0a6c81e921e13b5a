// The real kubectl 1.32's commands that send PATCH, against the served cluster, compared with
// the in-page console on a twin cluster (same seed, same commands, same virtual time).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../src/engine/index';
import type { Served } from './serve';
import { KUBECTL, kubectl } from './testing/kubectl';
import { type Twins, startTwins } from './testing/twins';

const deployment = (replicas: number, image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: ${image}
`;

describe.skipIf(!KUBECTL)('the real kubectl 1.32: commands that PATCH', { timeout: 90_000 }, () => {
  let t: Twins;
  let served: Served;
  let twin: Cluster;
  let kubeconfig: string;
  let dir: string;
  const k = (line: string, env?: Record<string, string>) => kubectl(kubeconfig, line.split(' '), { env });
  /** Arguments as given to the real kubectl, and the console's line with each one single-quoted. */
  const bothArgs = async (args: string[]) => {
    const real = await kubectl(kubeconfig, args);
    const mine = consoleOf(args.map((a) => (/^[\w./=:-]+$/.test(a) ? a : `'${a}'`)).join(' '));
    expect(real.stderr, args.join(' ')).toBe(mine.stderr);
    expect(real.stdout, args.join(' ')).toBe(mine.stdout);
  };
  /** Runs a kubectl that waits for the cluster (drain) while the served cluster advances. */
  const whileAdvancing = async <T>(running: Promise<T>): Promise<T> => {
    let done = false;
    void running.finally(() => (done = true));
    while (!done) {
      await new Promise((r) => setTimeout(r, 200));
      served.cluster.advance(2_000);
    }
    return running;
  };
  const consoleOf = (line: string, stdin?: string) => twin.kubectl(line, stdin);
  const advance = (ms: number) => {
    served.cluster.advance(ms);
    twin.advance(ms);
  };
  /** The same command on both, and the same words printed. */
  const both = async (line: string) => {
    const real = await k(line);
    const mine = consoleOf(line);
    expect(real.stderr, line).toBe(mine.stderr);
    expect(real.stdout, line).toBe(mine.stdout);
    return real;
  };
  const same = async (lines: string[]) => {
    for (const line of lines) {
      const real = await k(line);
      expect(real.stdout, line).toBe(consoleOf(line).stdout);
    }
  };

  beforeAll(async () => {
    t = await startTwins({ seed: 11, prefix: 'patch' });
    ({ served, twin, kubeconfig, dir } = t);
    writeFileSync(join(dir, 'web.yaml'), deployment(2, 'nginx:1.27'));
    expect((await k(`apply -f ${join(dir, 'web.yaml')}`)).stdout).toBe('deployment.apps/web created\n');
    consoleOf('apply -f -', deployment(2, 'nginx:1.27'));
    advance(30_000);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('labels and annotates', async () => {
    await both('label deploy web tier=front team=a');
    await both('annotate deploy web note=hello');
    await both('label deploy web tier=back --overwrite');
    await both('label deploy web tier-');
    await both('annotate deploy web note-');
    await same(['get deploy web -o yaml']);
  });

  it('scales (a merge patch of the scale subresource)', async () => {
    await both('scale deploy web --replicas=3');
    advance(30_000);
    await same(['get deploy web', 'get pods', 'get rs']);
  });

  it('sets an image, follows the rollout, undoes it', async () => {
    await both('set image deploy/web nginx=nginx:1.26');
    advance(180_000);
    expect((await k('rollout status deploy/web')).stdout).toBe('deployment "web" successfully rolled out\n');
    await same(['rollout history deploy/web', 'get rs', 'get pods']);
    await both('rollout undo deploy/web');
    advance(180_000);
    await same(['get deploy web -o wide', 'get rs', 'rollout history deploy/web']);
  });

  it('applies a changed manifest (a three-way strategic merge patch)', async () => {
    writeFileSync(join(dir, 'web.yaml'), deployment(4, 'nginx:1.27'));
    expect((await k(`apply -f ${join(dir, 'web.yaml')}`)).stdout).toBe('deployment.apps/web configured\n');
    consoleOf('apply -f -', deployment(4, 'nginx:1.27'));
    advance(30_000);
    await same(['get deploy web', 'get pods']);
  });

  it('patches with the three patch types', async () => {
    await bothArgs(['patch', 'deploy', 'web', '-p', '{"metadata":{"labels":{"a":"1"}}}']);
    await bothArgs(['patch', 'deploy', 'web', '--type=merge', '-p', '{"metadata":{"labels":{"b":"2"}}}']);
    await bothArgs(['patch', 'deploy', 'web', '--type=json', '-p', '[{"op":"remove","path":"/metadata/labels/a"}]']);
    await same(['get deploy web --show-labels']);
  });

  it('cordons, drains (evictions) and uncordons a node', async () => {
    await both('cordon node-1');
    await same(['get nodes']);
    const drain = await whileAdvancing(k('drain node-2 --ignore-daemonsets --delete-emptydir-data'));
    expect(drain.code, drain.stderr).toBe(0);
    expect(drain.stdout).toMatch(/^node\/node-2 cordoned\n/);
    expect(drain.stdout).toMatch(/node\/node-2 drained\n$/);
    await both('uncordon node-1');
    // The twin was not drained: node-2 is uncordoned on the served cluster only.
    expect((await k('uncordon node-2')).stdout).toBe('node/node-2 uncordoned\n');
  });

  it('edits with a scripted EDITOR', async () => {
    const editor = join(dir, 'editor.sh');
    writeFileSync(editor, '#!/bin/sh\nsed -i "s/replicas: 4/replicas: 1/" "$1"\n', { mode: 0o755 });
    const edit = await k('edit deploy web', { EDITOR: editor });
    expect(edit.stderr).toBe('');
    expect(edit.stdout).toBe('deployment.apps/web edited\n');
    expect(JSON.parse((await k('get deploy web -o json')).stdout).spec.replicas).toBe(1);
  });
});
