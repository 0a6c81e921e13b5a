// `kubectl run NAME --image=… [--restart] [--labels] [--env] [--port] [--command] [-- args]`:
// one bare Pod, labelled run=NAME unless --labels is given, built as the real generator does.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/run/run.go, generate/versioned/run.go]
// Simplification: no --rm/-i/--attach (there is no terminal to attach to).
import type { NewObject } from '../../objects/types';
import { ArgError } from '../args';
import { namespaceFlag } from '../resources';
import type { Verb } from '../verb';
import { createGenerated } from './create';
import { DRY_RUN_FLAG, OUTPUT_FLAG, dryRunOf, requiredFlagError } from './object-common';
import { atoi, int32 } from '../strconv';
import { setOwn } from '../../util/own';

function parseLabels(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of s.split(',')) {
    const i = pair.indexOf('=');
    if (i <= 0) throw new ArgError(`invalid label spec: ${pair}`);
    setOwn(out, pair.slice(0, i), pair.slice(i + 1));
  }
  return out;
}

export const runVerb: Verb = {
  name: 'run',
  short: 'Run a particular image on the cluster',
  flags: [
    { name: 'image', type: 'string' },
    { name: 'restart', type: 'string', default: 'Always' },
    { name: 'labels', short: 'l', type: 'string' },
    { name: 'env', type: 'stringArray', default: [] },
    { name: 'port', type: 'string' },
    { name: 'command', type: 'bool' },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
  ],
  run(inv, ctx) {
    const f = inv.flags;
    if (!f.image) return requiredFlagError(ctx, 'image');
    // run.go: `kubectl run -- sleep 1` has no NAME either (ArgsLenAtDash 0). Words after the name,
    // before or after `--`, are the container's args (its command with --command).
    if (inv.args.length === 0 || inv.argsLenAtDash === 0) throw new ArgError('NAME is required for run');
    const [name, ...rest] = inv.args;
    const restart = String(f.restart);
    if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw new ArgError(`invalid restart policy: ${restart}`);
    const container: Record<string, unknown> = { name, image: f.image };
    if (rest.length) container[f.command ? 'command' : 'args'] = rest;
    const env = (f.env as string[]).map((e) => {
      const i = e.indexOf('=');
      if (i <= 0) throw new ArgError(`invalid env: ${e}`);
      return { name: e.slice(0, i), value: e.slice(i + 1) };
    });
    if (env.length) container.env = env;
    // updatePodPorts: an empty --port adds none; otherwise strconv.Atoi, then int32(port).
    if (f.port) container.ports = [{ containerPort: int32(atoi(f.port as string)) }];
    container.resources = {};
    const labels = typeof f.labels === 'string' ? parseLabels(f.labels) : { run: name };
    const metadata: Record<string, unknown> = { name, creationTimestamp: null, labels };
    if (f.namespace || dryRunOf(f) !== 'client') metadata.namespace = namespaceFlag(f);
    const obj = {
      kind: 'Pod',
      apiVersion: 'v1',
      metadata,
      spec: { containers: [container], restartPolicy: restart, dnsPolicy: 'ClusterFirst' },
      status: {},
    } as unknown as NewObject;
    return createGenerated(ctx, obj, inv);
  },
};
