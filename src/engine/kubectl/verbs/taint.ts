// `kubectl taint nodes NAME key=value:Effect … | key:Effect- | key-`: adds, replaces or removes
// taints, then the scheduler (TaintToleration) and the taint-eviction controller (NoExecute) act.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/taint/taint.go, taint/utils.go]
// Simplification: the node is replaced with the new taint list rather than patched (no one else
// writes a node's spec here between the read and the write).
import { kindInfo, type KindInfo } from '../../api/kinds';
import { isQualifiedName, isValidLabelValue } from '../../api/validation/names';
import type { KObject, Node } from '../../objects/types';
import { ArgError } from '../args';
import type { KubectlContext, KubectlResult } from '../context';
import { getObject, listObjects, resolveKind, selectorFlag } from '../resources';
import type { Verb } from '../verb';
import { DRY_RUN_FLAG, OUTPUT_FLAG, collect, dryRunOf, mutationOutput, printMutation, tryApi } from './object-common';

interface TaintArg {
  key: string;
  value?: string;
  effect?: string;
}

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const USAGE_HINT = "\nSee 'kubectl taint -h' for help and examples";

/** parseTaint: `key=value:effect`, `key:effect` or `key` (the last only to remove). */
function parseTaint(spec: string): TaintArg {
  const parts = spec.split(':');
  let key: string;
  let value: string | undefined;
  let effect: string | undefined;
  if (parts.length === 1) key = parts[0];
  else if (parts.length === 2) {
    effect = parts[1];
    if (!EFFECTS.includes(effect)) throw new ArgError(`invalid taint effect: ${effect}, unsupported taint effect${USAGE_HINT}`);
    const kv = parts[0].split('=');
    if (kv.length > 2) throw new ArgError(`invalid taint spec: ${spec}${USAGE_HINT}`);
    key = kv[0];
    if (kv.length === 2) {
      value = kv[1];
      const errs = isValidLabelValue(value);
      if (errs.length) throw new ArgError(`invalid taint spec: ${spec}, ${errs.join('; ')}${USAGE_HINT}`);
    }
  } else throw new ArgError(`invalid taint spec: ${spec}${USAGE_HINT}`);
  const errs = isQualifiedName(key);
  if (errs.length) throw new ArgError(`invalid taint spec: ${spec}, ${errs.join('; ')}${USAGE_HINT}`);
  return { key, ...(value ? { value } : {}), ...(effect ? { effect } : {}) };
}

/** Taint.ToString, as the "not found" error quotes it. */
function taintString(t: TaintArg): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

function parseTaints(specs: string[]): { add: TaintArg[]; remove: TaintArg[] } {
  const add: TaintArg[] = [];
  const remove: TaintArg[] = [];
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const t = parseTaint(spec.slice(0, -1));
      remove.push({ key: t.key, ...(t.effect ? { effect: t.effect } : {}) });
      continue;
    }
    const t = parseTaint(spec);
    if (!t.effect) throw new ArgError(`invalid taint spec: ${spec}${USAGE_HINT}`);
    // Go prints the struct: {key value effect <nil>} (the last is timeAdded).
    if (add.some((a) => a.key === t.key && a.effect === t.effect)) throw new ArgError(`duplicated taints with the same key and effect: {${t.key} ${t.value ?? ''} ${t.effect} <nil>}${USAGE_HINT}`);
    add.push(t);
  }
  return { add, remove };
}

type NodeTaint = { key: string; value?: string; effect: string };
const matches = (a: TaintArg, b: NodeTaint) => a.key === b.key && a.effect === b.effect;

/** reorganizeTaints: new taints first, then the old ones they do not replace, minus removals. */
function reorganize(old: NodeTaint[], add: TaintArg[], remove: TaintArg[], overwrite: boolean): { operation: string; taints: NodeTaint[]; errors: string[] } {
  let taints: NodeTaint[] = add.map((t) => ({ key: t.key, ...(t.value ? { value: t.value } : {}), effect: t.effect as string }));
  for (const o of old) if (!taints.some((t) => matches(t, o))) taints.push(o);
  const added = old.length !== taints.length;
  const errors: string[] = [];
  let deleted = false;
  for (const r of remove) {
    const before = taints.length;
    taints = taints.filter((t) => (r.effect ? !matches(r, t) : t.key !== r.key));
    deleted = taints.length !== before;
    if (!deleted) errors.push(`taint "${taintString(r)}" not found`);
  }
  const operation = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { operation, taints, errors };
}

export const taintVerb: Verb = {
  name: 'taint',
  short: 'Update the taints on one or more nodes',
  flags: [{ name: 'selector', short: 'l', type: 'string' }, { name: 'overwrite', type: 'bool' }, { name: 'all', type: 'bool' }, DRY_RUN_FLAG, OUTPUT_FLAG],
  run(inv, ctx: KubectlContext): KubectlResult {
    const resources: string[] = [];
    const specs: string[] = [];
    for (const a of inv.args) {
      const isTaint = a.includes('=') || a.includes(':') || a.endsWith('-');
      if (isTaint) specs.push(a);
      else if (specs.length) throw new ArgError(`all resources must be specified before taint changes: ${a}`);
      else resources.push(a);
    }
    if (resources.length < 1) throw new ArgError('one or more resources must be specified as <resource> <name>');
    if (specs.length < 1) throw new ArgError('at least one taint update is required');
    const { add, remove } = parseTaints(specs);
    const dry = dryRunOf(inv.flags);
    const output = mutationOutput(inv.flags);
    const overwrite = !!inv.flags.overwrite;
    const all = !!inv.flags.all;
    const selector = typeof inv.flags.selector === 'string' ? inv.flags.selector : '';

    const type = resources[0].toLowerCase();
    const info = resolveKind(type);
    if (info.kind !== 'Node') throw new ArgError(`invalid resource type ${type}, only node types are supported`);
    const conflicts = add.flatMap((a) => remove.filter((r) => r.key === a.key && (!r.effect || r.effect === a.effect)).map((r) => `{"${r.key}":"${r.effect ?? ''}"}`));
    if (conflicts.length) throw new ArgError(`can not both modify and remove the following taint(s) in the same command: ${conflicts.join(', ')}`);
    if (all && selector) throw new ArgError("setting 'all' parameter with a non empty selector is prohibited");
    if (!all && !selector && resources.length < 2) throw new ArgError("at least one resource name must be specified since 'all' parameter is not set");

    const nodeInfo = kindInfo('Node') as KindInfo;
    const out: string[] = [];
    const errors: string[] = [];
    let nodes: Node[] = [];
    if (all || selector) nodes = listObjects(ctx, nodeInfo, undefined, selectorFlag(inv.flags)) as Node[];
    else
      for (const name of resources.slice(1)) {
        const r = tryApi(() => getObject(ctx, nodeInfo, '', name) as Node);
        if (r.error) errors.push(r.error);
        else nodes.push(r.value as Node);
      }
    for (const node of nodes) {
      const old = (node.spec?.taints ?? []) as NodeTaint[];
      if (!overwrite) {
        const exists = add.filter((a) => old.some((o) => matches(a, o))).map((a) => a.key);
        if (exists.length) {
          errors.push(`error: node ${node.metadata.name} already has ${exists.join(',')} taint(s) with same effect(s) and --overwrite is false`);
          continue;
        }
      }
      const r = reorganize(old, add, remove, overwrite);
      if (r.errors.length) {
        errors.push(`error: ${r.errors.length === 1 ? r.errors[0] : `[${r.errors.join(', ')}]`}`);
        continue;
      }
      const copy = structuredClone(node) as Node;
      copy.spec = { ...(copy.spec ?? {}) };
      if (r.taints.length) copy.spec.taints = r.taints as typeof copy.spec.taints;
      else delete copy.spec.taints;
      if (dry === 'client') {
        out.push(printMutation(copy as unknown as KObject, r.operation, output, dry));
        continue;
      }
      const w = tryApi(() => ctx.api.update(copy, 'kubectl', undefined, { dryRun: dry === 'server' }));
      if (w.error) errors.push(w.error);
      else out.push(printMutation(w.value as KObject, r.operation, output, dry));
    }
    return collect(out, errors);
  },
};
