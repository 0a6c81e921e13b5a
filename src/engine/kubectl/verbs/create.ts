// `kubectl create -f -`, `create deployment NAME --image=…` and `create namespace NAME`; the
// generated objects are exactly those `--dry-run=client -o yaml` shows (creationTimestamp: null,
// empty strategy/resources/status), built in Go struct field order for -o json.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/create/{create,create_deployment,create_namespace}.go]
import type { KObject, NewObject } from '../../objects/types';
import { ArgError } from '../args';
import type { KubectlContext, KubectlResult } from '../context';
import { namespaceFlag } from '../resources';
import type { Invocation, Verb } from '../verb';
import { runManifest } from './manifest-apply';
import { createConfigMap, createSecret } from './create-config';
import { createServiceVerb } from './create-service';
import { createCronJobVerb, createJobVerb } from './create-job';
import { createPdbVerb } from './create-pdb';
import { createQuotaVerb } from './create-quota';
import { createServiceAccountVerb } from './create-serviceaccount';
import { DRY_RUN_FLAG, OUTPUT_FLAG, collect, dryRunOf, mutationOutput, nameArg, printMutation, requiredFlagError, tryApi } from './object-common';

/** The container name kubectl derives from an image: last path part, no tag or digest. */
export function containerNameFor(image: string): string {
  let name = image.split('/').pop() ?? image;
  name = name.split(':')[0].split('@')[0];
  // Simplification: kubectl also appends 5 random characters when it had to replace `_`/`.`.
  return name.replace(/[_.]/g, '-');
}

/** Creates (or dry-runs) one generated object and prints kubectl's line. */
export function createGenerated(ctx: KubectlContext, obj: NewObject, inv: Invocation): KubectlResult {
  const dry = dryRunOf(inv.flags);
  const output = mutationOutput(inv.flags);
  if (dry === 'client') {
    // Client-side dry run prints the object as built, in struct order (not sorted for json).
    if (output === 'json') return { stdout: `${JSON.stringify(obj, null, 4)}\n`, stderr: '', exitCode: 0 };
    return { stdout: printMutation(obj as KObject, 'created', output, dry), stderr: '', exitCode: 0 };
  }
  const r = tryApi(() => ctx.api.create(obj, 'kubectl', { dryRun: dry === 'server' }));
  if (r.error) return collect([], [r.error]);
  return { stdout: printMutation(r.value as KObject, 'created', output, dry), stderr: '', exitCode: 0 };
}

const createDeployment: Verb = {
  name: 'deployment',
  aliases: ['deploy'],
  short: 'Create a deployment with the specified name',
  flags: [{ name: 'image', type: 'stringArray', default: [] }, { name: 'replicas', short: 'r', type: 'int32', default: 1 }, { name: 'port', type: 'int32', default: -1 }, DRY_RUN_FLAG, OUTPUT_FLAG],
  run(inv, ctx) {
    const images = inv.flags.image as string[];
    if (!images.length) return requiredFlagError(ctx, 'image');
    const name = nameArg(inv);
    // create_deployment.go: Complete takes args[1:] as the command; Validate refuses it beside
    // several images (which container would run it?).
    const command = inv.args.slice(1);
    if (images.length > 1 && command.length) throw new ArgError('cannot specify multiple --image options and command');
    const port = inv.flags.port as number;
    const labels = { app: name };
    const containers = images.map((image, i) => {
      const c: Record<string, unknown> = { name: containerNameFor(image), image };
      if (command.length) c.command = command;
      if (i === 0 && port >= 0) c.ports = [{ containerPort: port }];
      c.resources = {};
      return c;
    });
    const ns = inv.flags.namespace ? { namespace: namespaceFlag(inv.flags) } : {};
    const obj = {
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      metadata: { name, ...ns, creationTimestamp: null, labels },
      spec: {
        replicas: inv.flags.replicas as number,
        selector: { matchLabels: { ...labels } },
        template: { metadata: { creationTimestamp: null, labels: { ...labels } }, spec: { containers } },
        strategy: {},
      },
      status: {},
    } as unknown as NewObject;
    if (dryRunOf(inv.flags) !== 'client') (obj.metadata as Record<string, unknown>).namespace = namespaceFlag(inv.flags);
    return createGenerated(ctx, obj, inv);
  },
};

const createNamespace: Verb = {
  name: 'namespace',
  aliases: ['ns'],
  short: 'Create a namespace with the specified name',
  flags: [DRY_RUN_FLAG, OUTPUT_FLAG],
  run(inv, ctx) {
    const name = nameArg(inv);
    const obj = { kind: 'Namespace', apiVersion: 'v1', metadata: { name, creationTimestamp: null }, spec: {}, status: {} } as unknown as NewObject;
    return createGenerated(ctx, obj, inv);
  },
};

export const createVerb: Verb = {
  name: 'create',
  short: 'Create a resource from a file or from stdin',
  flags: [{ name: 'filename', short: 'f', type: 'stringArray', default: [] }, { name: 'save-config', type: 'bool' }, DRY_RUN_FLAG, OUTPUT_FLAG],
  subcommands: [createDeployment, createNamespace, createServiceVerb, createConfigMap, createSecret, createJobVerb, createCronJobVerb, createPdbVerb, createQuotaVerb, createServiceAccountVerb],
  run(inv, ctx) {
    const files = inv.flags.filename as string[];
    if (!files.length) return { stdout: '', stderr: 'error: must specify one of -f and -k\n', exitCode: 1 };
    if (inv.args.length) throw new ArgError(`Unexpected args: [${inv.args.join(' ')}]`);
    return runManifest(ctx, files, inv.stdin, {
      source: inv.stdinSource,
      mode: 'create',
      namespace: namespaceFlag(inv.flags),
      explicitNamespace: !!inv.flags.namespace,
      dryRun: dryRunOf(inv.flags),
      output: mutationOutput(inv.flags),
      saveConfig: !!inv.flags['save-config'],
    });
  },
};
