// `kubectl label` and `kubectl annotate`: KEY=VALUE sets, KEY- removes, --overwrite rules and
// the real messages (`pod/web labeled`, `not labeled`, `'app' already has a value (web), and
// --overwrite is false`). [k8s: staging/src/k8s.io/kubectl/pkg/cmd/{label,annotate}/*.go]
import type { KObject } from '../../objects/types';
import { ArgError } from '../args';
import { objectRef } from '../printers';
import { getObject, listObjects, namespaceFlag, parseResourceArgs, selectorFlag } from '../resources';
import type { Invocation, Verb } from '../verb';
import type { KubectlContext, KubectlResult } from '../context';
import { DRY_RUN_FLAG, collect, dryRunOf, dryRunSuffix, tryApi } from './object-common';
import { hasOwn, setOwn } from '../../util/own';

type Field = 'labels' | 'annotations';

function splitArgs(args: string[]): { resources: string[]; set: [string, string][]; remove: string[] } {
  const resources: string[] = [];
  const set: [string, string][] = [];
  const remove: string[] = [];
  let inPairs = false;
  for (const a of args) {
    if (a.includes('=')) {
      inPairs = true;
      set.push([a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);
    } else if (a.endsWith('-') && (inPairs || resources.length > 0)) {
      inPairs = true;
      remove.push(a.slice(0, -1));
    } else if (!inPairs) resources.push(a);
    else throw new ArgError(`invalid ${'argument'}: ${a}`);
  }
  return { resources, set, remove };
}

function run(field: Field, inv: Invocation, ctx: KubectlContext): KubectlResult {
  const f = inv.flags;
  const dry = dryRunOf(f);
  const { resources, set, remove } = splitArgs(inv.args);
  if (set.length === 0 && remove.length === 0) throw new ArgError(`at least one ${field === 'labels' ? 'label' : 'annotation'} update is required`);
  const dup = set.find(([k]) => remove.includes(k));
  if (dup) throw new ArgError(`can not both modify and remove ${field === 'labels' ? 'a label' : 'an annotation'} in the same command`);
  const ns = namespaceFlag(f);
  const objs: KObject[] = [];
  const errors: string[] = [];
  const out: string[] = [];
  for (const t of parseResourceArgs(resources)) {
    if (t.names)
      for (const name of t.names) {
        const r = tryApi(() => getObject(ctx, t.info, ns, name));
        if (r.error) errors.push(r.error);
        else objs.push(r.value as KObject);
      }
    else if (f.selector || f.all) objs.push(...listObjects(ctx, t.info, ns, selectorFlag(f)));
    else throw new ArgError('resource(s) were provided, but no name was specified');
  }
  for (const o of objs) {
    const current: Record<string, string> = { ...(o.metadata[field] ?? {}) };
    if (!f.overwrite) {
      const clashes = set.filter(([k, v]) => hasOwn(current, k) && current[k] !== v);
      if (clashes.length) {
        if (field === 'labels') for (const [k] of clashes) errors.push(`error: '${k}' already has a value (${current[k]}), and --overwrite is false`);
        else errors.push(`error: --overwrite is false but found the following declared annotation(s): ${clashes.map(([k]) => `'${k}' already has a value (${current[k]})`).join('; ')}`);
        continue;
      }
    }
    const next = { ...current };
    for (const k of remove) {
      if (!hasOwn(next, k) && field === 'labels') out.push(`label "${k}" not found.\n`);
      delete next[k];
    }
    for (const [k, v] of set) setOwn(next, k, v);
    const changed = JSON.stringify(next) !== JSON.stringify(current);
    const meta = { ...o.metadata, [field]: next };
    if (Object.keys(next).length === 0) delete meta[field];
    const updated = { ...o, metadata: meta } as KObject;
    if (changed && dry === 'none') {
      const r = tryApi(() => ctx.api.update(updated, 'kubectl'));
      if (r.error) {
        errors.push(r.error);
        continue;
      }
    }
    // updateDataChangeMsg: a change that leaves the object shorter, without --overwrite, is
    // reported as unlabeled (kubectl compares the JSON of the object before and after).
    const shorter = !f.overwrite && JSON.stringify(updated).length < JSON.stringify(o).length;
    const word = field === 'labels' ? (changed ? (shorter ? 'unlabeled' : 'labeled') : 'not labeled') : 'annotated';
    out.push(`${objectRef(o)} ${word}${dryRunSuffix(dry)}\n`);
  }
  return collect(out, errors);
}

const FLAGS = [{ name: 'overwrite', type: 'bool' as const }, { name: 'selector', short: 'l', type: 'string' as const }, { name: 'all', type: 'bool' as const }, DRY_RUN_FLAG];

export const labelVerb: Verb = { name: 'label', short: 'Update the labels on a resource', flags: FLAGS, run: (inv, ctx) => run('labels', inv, ctx) };
export const annotateVerb: Verb = { name: 'annotate', short: 'Update the annotations on a resource', flags: FLAGS, run: (inv, ctx) => run('annotations', inv, ctx) };
