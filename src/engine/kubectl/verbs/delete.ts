// `kubectl delete`: TYPE NAME…, TYPE/NAME…, -l, --all, -f -; --grace-period, --force (with
// kubectl's warning and "force deleted"), --cascade=background|orphan|foreground.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go]
// Simplification: --wait is accepted but nothing blocks — a kubectl call here is one instant, so
// we print `pod "x" deleted` when the API accepted the delete and let the cluster finish it
// (the pod shows Terminating until its kubelet confirms), instead of waiting for it to go.
import type { DeleteOptions } from '../../api/api-server';
import { type KindInfo, qualifiedSingular } from '../../api/kinds';
import type { KObject } from '../../objects/types';
import { ArgError } from '../args';
import { readManifest } from '../manifest';
import { getObject, listSelected, namespaceFlag, parseResourceArgs } from '../resources';
import type { Verb } from '../verb';
import { DRY_RUN_FLAG, collect, dryRunOf, dryRunSuffix, tryApi } from './object-common';

export const NO_RESOURCES =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

const FORCE_WARNING =
  'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.';

function cascadeOf(v: string): DeleteOptions['propagationPolicy'] {
  switch (v) {
    case 'background':
    case 'true':
      return 'Background';
    case 'orphan':
    case 'false':
      return 'Orphan';
    case 'foreground':
      return 'Foreground';
    default:
      throw new ArgError(`invalid cascade value (${v}). Must be "background", "foreground", or "orphan".`);
  }
}

export const deleteVerb: Verb = {
  name: 'delete',
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  flags: [
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'field-selector', type: 'string' },
    { name: 'all', type: 'bool' },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'force', type: 'bool' },
    { name: 'now', type: 'bool' },
    { name: 'cascade', type: 'string', default: 'background' },
    { name: 'wait', type: 'bool', default: true },
    { name: 'ignore-not-found', type: 'bool' },
    DRY_RUN_FLAG,
  ],
  run(inv, ctx) {
    const f = inv.flags;
    const dry = dryRunOf(f);
    const policy = cascadeOf(String(f.cascade));
    let grace = f['grace-period'] as number;
    if (f.now) grace = 1;
    const force = !!f.force;
    // grace 0 without --force means 1 (kubectl's guard against accidental immediate deletion).
    if (grace === 0 && !force) grace = 1;
    if (force && grace < 0) grace = 0;
    const warnings = force && grace === 0 ? [FORCE_WARNING] : [];
    const ns = namespaceFlag(f);
    const files = f.filename as string[];
    const targets: { info: KindInfo; obj?: KObject; name: string }[] = [];
    const errors: string[] = [];
    let bySelector = false;
    if (files.length) {
      const bad = files.find((p) => p !== '-');
      if (bad !== undefined) return { stdout: '', stderr: `error: the path "${bad}" does not exist\n`, exitCode: 1 };
      const m = readManifest(inv.stdin ?? '');
      for (const item of m.items) {
        if ('error' in item) errors.push(item.error);
        else targets.push({ info: item.info, name: item.obj.metadata?.name ?? '' });
      }
      if (m.streamError) errors.push(m.streamError);
    } else {
      const parsed = parseResourceArgs(inv.args);
      if (parsed.length === 0) return { stdout: '', stderr: `error: ${NO_RESOURCES}\n`, exitCode: 1 };
      const named = parsed.some((t) => t.names);
      const selects = f.selector || f['field-selector'];
      if (named && (selects || f.all)) throw new ArgError('name cannot be provided when a selector is specified');
      if (!named && !selects && !f.all) throw new ArgError('resource(s) were provided, but no name was specified');
      for (const t of parsed) {
        if (t.names) for (const name of t.names) targets.push({ info: t.info, name });
        else {
          bySelector = true;
          for (const o of listSelected(ctx, t.info, ns, f)) targets.push({ info: t.info, obj: o, name: o.metadata.name });
        }
      }
    }
    const out: string[] = [];
    const verb = force && grace === 0 ? 'force deleted' : 'deleted';
    for (const t of targets) {
      const opts: DeleteOptions = { propagationPolicy: policy };
      if (grace >= 0) opts.gracePeriodSeconds = grace;
      const r = tryApi(() => {
        if (dry === 'client') return getObject(ctx, t.info, ns, t.name);
        if (dry === 'server') return getObject(ctx, t.info, ns, t.name); // a server dry run changes nothing
        return ctx.api.delete(t.info.kind, t.info.namespaced ? ns : undefined, t.name, 'kubectl', opts);
      });
      if (r.error) {
        if (!(f['ignore-not-found'] && r.error.startsWith('Error from server (NotFound)'))) errors.push(r.error);
        continue;
      }
      out.push(`${qualifiedSingular(t.info)} "${t.name}" ${verb}${dryRunSuffix(dry)}\n`);
    }
    if (bySelector && targets.length === 0 && errors.length === 0) out.push('No resources found\n');
    return collect(out, errors, warnings);
  },
};
