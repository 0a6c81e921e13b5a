// `kubectl create quota NAME [--hard=k=v,...] [--scopes=S,...]`: the ResourceQuota
// `--dry-run=client -o yaml` shows (hard in canonical quantities, scopes as given).
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/create/create_quota.go]
import { canonicalQuantity } from '../../api/validation/resources';
import type { NewObject } from '../../objects/types';
import { QUANTITY_ERROR, parseQuantity } from '../../util/quantity';
import { namespaceFlag } from '../resources';
import type { Verb } from '../verb';
import { createGenerated } from './create';
import { nameArg } from './object-common';
import { DRY_RUN_FLAG, OUTPUT_FLAG, dryRunOf } from './object-common';

function fail(message: string) {
  return { stdout: '', stderr: `error: ${message}\n`, exitCode: 1 };
}

export const createQuotaVerb: Verb = {
  name: 'quota',
  aliases: ['resourcequota'],
  short: 'Create a quota with the specified name',
  flags: [{ name: 'hard', type: 'string', default: '' }, { name: 'scopes', type: 'string', default: '' }, DRY_RUN_FLAG, OUTPUT_FLAG],
  run(inv, ctx) {
    const name = nameArg(inv);
    const spec: Record<string, unknown> = {};
    const hardFlag = String(inv.flags.hard ?? '');
    if (hardFlag) {
      const hard: Record<string, string> = {};
      for (const item of hardFlag.split(',')) {
        const eq = item.indexOf('=');
        if (eq < 0 || item.indexOf('=', eq + 1) >= 0) return fail(`Invalid argument syntax ${item}, expected <resource>=<value>`);
        const value = item.slice(eq + 1);
        if (parseQuantity(value) === undefined) return fail(QUANTITY_ERROR);
        hard[item.slice(0, eq)] = canonicalQuantity(value);
      }
      // A Go map: its keys are encoded sorted.
      spec.hard = Object.fromEntries(Object.keys(hard).sort().map((k) => [k, hard[k]]));
    }
    const scopes = String(inv.flags.scopes ?? '');
    if (scopes) spec.scopes = scopes.split(',');
    const metadata: Record<string, unknown> = { name, creationTimestamp: null };
    if (inv.flags.namespace || dryRunOf(inv.flags) !== 'client') metadata.namespace = namespaceFlag(inv.flags);
    const obj = { kind: 'ResourceQuota', apiVersion: 'v1', metadata, spec, status: {} } as unknown as NewObject;
    return createGenerated(ctx, obj, inv);
  },
};
