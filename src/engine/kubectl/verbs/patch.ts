// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json] [--patch-file F] [--dry-run]
// [-o …]`: the patch (YAML or JSON) becomes JSON on the client, then each named object is
// patched by the API server (api/patch/) — or, with --dry-run=client, by kubectl itself — and
// printed `deployment.apps/web patched` or `patched (no change)` (no dry-run suffix: the real
// command prints none). Warnings the server sends (unknown fields) are printed `Warning: …`.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/patch/patch.go]
// The console has no files: --patch-file names one that does not exist, in kubectl's words.
import { goQuote } from '../../api/errors';
import { applyPatchLocally } from '../../api/patch/local-patch';
import type { PatchType } from '../../api/patch/decode-patch';
import type { KObject } from '../../objects/types';
import { jsonEqual } from '../../util/json-clone';
import { ArgError } from '../args';
import { yamlToJson } from '../manifest';
import { getObject, namespaceFlag, parseResourceArgs } from '../resources';
import type { Verb } from '../verb';
import { NO_RESOURCES } from './delete';
import { fileTargets } from './file-targets';
import { DRY_RUN_FLAG, OUTPUT_FLAG, collect, dryRunOf, mutationOutput, printMutation, tryApi } from './object-common';

const PATCH_TYPES: Record<string, PatchType> = { json: 'json', merge: 'merge', strategic: 'strategic' };

export const patchVerb: Verb = {
  name: 'patch',
  short: 'Update fields of a resource',
  usage: '(-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]',
  flags: [
    { name: 'patch', short: 'p', type: 'string', default: '' },
    { name: 'patch-file', type: 'string', default: '' },
    { name: 'type', type: 'string', default: 'strategic' },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    { name: 'field-manager', type: 'string', default: 'kubectl-patch' },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
  ],
  run(inv, ctx) {
    const f = inv.flags;
    const dry = dryRunOf(f);
    const output = mutationOutput(f);
    const text = String(f.patch ?? '');
    const file = String(f['patch-file'] ?? '');
    // PatchOptions.Validate, in its order.
    if (text && file) throw new ArgError('cannot specify --patch and --patch-file together');
    if (!text && !file) throw new ArgError('must specify --patch or --patch-file containing the contents of the patch');
    const typed = String(f.type ?? '');
    const type = Object.hasOwn(PATCH_TYPES, typed.toLowerCase()) ? PATCH_TYPES[typed.toLowerCase()] : undefined;
    if (!type) throw new ArgError(`--type must be one of [json merge strategic], not ${goQuote(typed)}`);
    // RunPatch: read and convert the patch before finding any object.
    if (file) throw new ArgError(`unable to read patch file: open ${file}: no such file or directory`);
    const converted = yamlToJson(text);
    if ('error' in converted) throw new ArgError(`unable to parse ${goQuote(text)}: ${converted.error}`);
    const body = converted.json;
    const ns = namespaceFlag(f);
    const objs: KObject[] = [];
    const errors: string[] = [];
    const fromFiles = fileTargets(inv, ns);
    if (fromFiles) {
      errors.push(...fromFiles.errors);
      for (const t of fromFiles.targets) {
        const r = tryApi(() => getObject(ctx, t.info, t.namespace, t.name));
        if (r.error) errors.push(r.error);
        else objs.push(r.value as KObject);
      }
    } else {
      const targets = parseResourceArgs(inv.args);
      if (targets.length === 0) throw new ArgError(NO_RESOURCES);
      for (const t of targets) {
        if (!t.names) throw new ArgError('resource(s) were provided, but no name was specified');
        for (const name of t.names) {
          const r = tryApi(() => getObject(ctx, t.info, ns, name));
          if (r.error) errors.push(r.error);
          else objs.push(r.value as KObject);
        }
      }
    }
    const out: string[] = [];
    const warnings: string[] = [];
    for (const o of objs) {
      if (dry === 'client') {
        const local = applyPatchLocally(o as unknown as Record<string, unknown>, body, type, o.kind);
        if ('error' in local) {
          errors.push(`error: ${local.error}`);
          continue;
        }
        const after = local.object as unknown as KObject;
        out.push(printMutation(after, jsonEqual(after, o) ? 'patched (no change)' : 'patched', output, 'none'));
        continue;
      }
      const r = tryApi(() => ctx.api.patch(o.kind, o.metadata.namespace, o.metadata.name, body, type, 'kubectl', { dryRun: dry === 'server' }));
      if (r.error) {
        errors.push(r.error);
        continue;
      }
      const { object, warnings: w } = r.value as { object: KObject; warnings: string[] };
      warnings.push(...w.map((x) => `Warning: ${x}`));
      out.push(printMutation(object, jsonEqual(object, o) ? 'patched (no change)' : 'patched', output, 'none'));
    }
    if (objs.length === 0 && errors.length === 0) errors.push('error: no objects passed to patch');
    return collect(out, errors, warnings);
  },
};
