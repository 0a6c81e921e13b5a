// `kubectl create configmap NAME --from-literal=k=v ...` and `kubectl create secret generic NAME
// --from-literal=k=v ... [--type=T]`: the objects `--dry-run=client -o yaml` shows (data keys
// sorted, secret values base64), with kubectl's client-side errors.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/create/{create_configmap,create_secret}.go]
// There is no local file system: --from-file and --from-env-file fail as for a missing path.
// Not modelled: --append-hash.
import { encodeString } from '../../config/base64';
import { isConfigMapKey } from '../../config/config-keys';
import type { KObject, NewObject } from '../../objects/types';
import type { KubectlContext, KubectlResult } from '../context';
import '../printers/config-tables';
import { namespaceFlag } from '../resources';
import type { Invocation, Verb } from '../verb';
import { DRY_RUN_FLAG, OUTPUT_FLAG, collect, dryRunOf, mutationOutput, printMutation, tryApi } from './object-common';
import { hasOwn, setOwn } from '../../util/own';

const SOURCE_FLAGS = [
  { name: 'from-literal', type: 'stringArray' as const, default: [] },
  { name: 'from-file', type: 'stringArray' as const, default: [] },
  { name: 'from-env-file', type: 'stringArray' as const, default: [] },
  { name: 'save-config', type: 'bool' as const },
  DRY_RUN_FLAG,
  OUTPUT_FLAG,
];

class CreateError extends Error {}

function usageError(inv: Invocation): KubectlResult {
  return {
    stdout: '',
    stderr: `error: exactly one NAME is required, got ${inv.args.length}\nSee 'kubectl ${inv.path.join(' ')} -h' for help and examples\n`,
    exitCode: 1,
  };
}

/** The data map from --from-literal, after kubectl's checks (file sources fail: nothing to read). */
function literalData(inv: Invocation, checkKey: (key: string) => void, duplicate: (key: string) => string): Record<string, string> {
  const files = inv.flags['from-file'] as string[];
  const envFiles = inv.flags['from-env-file'] as string[];
  const literals = inv.flags['from-literal'] as string[];
  if (envFiles.length && (files.length || literals.length)) throw new CreateError('from-env-file cannot be combined with from-file or from-literal');
  // A file source is `[key=]path`; kubectl reports the path it could not read.
  if (files.length) throw new CreateError(`error reading ${files[0].includes('=') ? files[0].slice(files[0].indexOf('=') + 1) : files[0]}: no such file or directory`);
  const data: Record<string, string> = {};
  for (const lit of literals) {
    const eq = lit.indexOf('=');
    if (eq <= 0) throw new CreateError(`invalid literal source ${lit}, expected key=value`);
    const key = lit.slice(0, eq);
    checkKey(key);
    if (hasOwn(data, key)) throw new CreateError(duplicate(key));
    setOwn(data, key, lit.slice(eq + 1));
  }
  if (envFiles.length) throw new CreateError(`error reading ${envFiles[0]}: no such file or directory`);
  return data;
}

function sortedMap(m: Record<string, string>, f: (v: string) => string = (v) => v): Record<string, string> {
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, f(m[k])]));
}

function metadata(inv: Invocation, name: string): Record<string, unknown> {
  // Client dry run shows the namespace only when given; a real create always sends it.
  const withNs = !!inv.flags.namespace || dryRunOf(inv.flags) !== 'client';
  return withNs ? { name, namespace: namespaceFlag(inv.flags), creationTimestamp: null } : { name, creationTimestamp: null };
}

/** As create.ts createGenerated (not imported: create.ts imports this file). */
function createGenerated(ctx: KubectlContext, obj: NewObject, inv: Invocation): KubectlResult {
  const dry = dryRunOf(inv.flags);
  const output = mutationOutput(inv.flags);
  if (dry === 'client') {
    if (output === 'json') return { stdout: `${JSON.stringify(obj, null, 4)}\n`, stderr: '', exitCode: 0 };
    return { stdout: printMutation(obj as KObject, 'created', output, dry), stderr: '', exitCode: 0 };
  }
  const r = tryApi(() => ctx.api.create(obj, 'kubectl', { dryRun: dry === 'server' }));
  if (r.error) return collect([], [r.error]);
  return { stdout: printMutation(r.value as KObject, 'created', output, dry), stderr: '', exitCode: 0 };
}

function run(inv: Invocation, ctx: KubectlContext, build: (name: string) => NewObject): KubectlResult {
  if (inv.args.length !== 1) return usageError(inv);
  try {
    return createGenerated(ctx, build(inv.args[0]), inv);
  } catch (e) {
    if (e instanceof CreateError) return { stdout: '', stderr: `error: ${e.message}\n`, exitCode: 1 };
    throw e;
  }
}

export const createConfigMap: Verb = {
  name: 'configmap',
  aliases: ['cm'],
  short: 'Create a config map from a local file, directory or literal value',
  flags: SOURCE_FLAGS,
  run: (inv, ctx) =>
    run(inv, ctx, (name) => {
      const data = literalData(
        inv,
        (key) => {
          const errs = isConfigMapKey(key);
          if (errs.length) throw new CreateError(`${JSON.stringify(key)} is not a valid key name for a ConfigMap: ${errs.join(';')}`);
        },
        (key) => `cannot add key ${JSON.stringify(key)}, another key by that name already exists in Data for ConfigMap ${JSON.stringify(name)}`,
      );
      const obj: Record<string, unknown> = { kind: 'ConfigMap', apiVersion: 'v1', metadata: metadata(inv, name) };
      if (Object.keys(data).length) obj.data = sortedMap(data);
      return obj as unknown as NewObject;
    }),
};

const createSecretGeneric: Verb = {
  name: 'generic',
  short: 'Create a secret from a local file, directory, or literal value',
  flags: [...SOURCE_FLAGS, { name: 'type', type: 'string' }],
  run: (inv, ctx) =>
    run(inv, ctx, (name) => {
      const data = literalData(
        inv,
        (key) => {
          const errs = isConfigMapKey(key);
          // Upstream's text for Secrets lacks the colon (and the "a") of the ConfigMap one.
          if (errs.length) throw new CreateError(`${JSON.stringify(key)} is not valid key name for a Secret ${errs.join(';')}`);
        },
        (key) => `cannot add key ${key}, another key by that name already exists`,
      );
      const obj: Record<string, unknown> = { kind: 'Secret', apiVersion: 'v1', metadata: metadata(inv, name) };
      if (Object.keys(data).length) obj.data = sortedMap(data, encodeString);
      if (inv.flags.type) obj.type = inv.flags.type;
      return obj as unknown as NewObject;
    }),
};

/** `kubectl create secret`: a group; only `generic` is served. */
export const createSecret: Verb = {
  name: 'secret',
  short: 'Create a secret using a specified subcommand',
  subcommands: [createSecretGeneric],
};
