// `kubectl get`: tables per type (wide, -A, --show-labels, kind/ prefixes for several types),
// -o yaml|json|name, -l selectors, per-name NotFound errors that do not stop the other names.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/get/get.go]
// -w/--watch-only: the first answer here; the console follows it (get-watch.ts); run where
// nothing follows (a pipe, a test) it prints that first answer and ends.
// Simplification: --sort-by takes only simple dotted paths like `.metadata.name`.
import { StatusError } from '../../api/errors';
import type { KindInfo } from '../../api/kinds';
import type { KObject } from '../../objects/types';
import { ArgError } from '../args';
import type { KubectlContext } from '../context';
import { formatApiError } from '../errors';
import { printStructured, printTables } from '../printers';
import { customColumnRows } from '../printers/custom-columns';
import { printGoTemplate } from '../printers/go-template';
import { JsonPathError, printJsonPath } from '../printers/jsonpath';
import { asList } from '../printers/structured';
import { formatTable } from '../printers/table';
import { getObject, listSelected, namespaceFlag, noResourcesMessage, parseResourceArgs } from '../resources';
import type { Verb } from '../verb';
import { fileTargets } from './file-targets';
import { followGet } from './get-watch';

export const PRINTER_FORMATS =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

/** A mutating command's printers: no table, so neither wide nor custom columns. */
const MUTATION_FORMATS = 'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

/**
 * The -o values we serve (tables, yaml, json, name, jsonpath=, and for get wide and
 * custom-columns=); others get kubectl's "unable to match a printer" error.
 * `-o template=…` and `--template` arrive here as `go-template=…` (run.ts, templateOutput).
 * Simplification: the *-file forms are refused with that same error.
 */
export function checkOutput(output: string, allowTable: boolean): void {
  const ok = ['', 'yaml', 'json', 'name', ...(allowTable ? ['wide'] : [])];
  if (ok.includes(output) || output.startsWith('jsonpath=') || output.startsWith('go-template=')) {
    if (output === 'jsonpath=' || output === 'go-template=') throw new ArgError('template format specified but no template given');
    return;
  }
  if (output === 'jsonpath' || output === 'go-template' || output === 'template') throw new ArgError('template format specified but no template given');
  if (allowTable && (output === 'custom-columns' || output.startsWith('custom-columns='))) return;
  throw new ArgError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${allowTable ? PRINTER_FORMATS : MUTATION_FORMATS}`);
}

/** An error a template printer reports after writing part of its output (kubectl prints both). */
export class TemplateOutputError extends ArgError {
  constructor(
    message: string,
    readonly stdout: string,
  ) {
    super(message);
  }
}

/** The object a template sees as kubectl serializes it: kind and apiVersion first. */
function asSerialized(obj: KObject | Record<string, unknown>): Record<string, unknown> {
  const { kind, apiVersion, ...rest } = obj as Record<string, unknown>;
  return { kind, apiVersion, ...rest };
}

/** -o jsonpath=, -o go-template= and -o custom-columns= over what a get or a mutation prints. */
export function printTemplate(output: string, objs: KObject[], single: boolean, noHeaders: boolean): string {
  if (output.startsWith('go-template=')) {
    const r = printGoTemplate(output.slice('go-template='.length), asSerialized(single && objs.length === 1 ? objs[0] : asList(objs)));
    if (r.error) throw new TemplateOutputError(r.error, r.stdout);
    return r.stdout;
  }
  try {
    if (output.startsWith('jsonpath=')) return printJsonPath(output.slice('jsonpath='.length), single && objs.length === 1 ? objs[0] : asList(objs));
    return formatTable(customColumnRows(output.slice('custom-columns='.length), objs, noHeaders));
  } catch (e) {
    if (e instanceof JsonPathError) throw new ArgError(e.message.replace(/\n$/, ''));
    throw e;
  }
}

export const isTemplateOutput = (output: string) => output.startsWith('jsonpath=') || output.startsWith('go-template=') || output === 'custom-columns' || output.startsWith('custom-columns=');

const MISSING_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n';

/** Reads `.a.b.c` from an object, for --sort-by. */
function pathValue(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const part of path.replace(/^\{?\.?/, '').replace(/\}$/, '').split('.')) {
    if (part === '') continue;
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  }
  return v;
}

function sortBy(objs: KObject[], path: string): KObject[] {
  return [...objs].sort((a, b) => {
    const x = pathValue(a, path);
    const y = pathValue(b, path);
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x ?? '') < String(y ?? '') ? -1 : String(x ?? '') > String(y ?? '') ? 1 : 0;
  });
}

export const getVerb: Verb = {
  name: 'get',
  short: 'Display one or many resources',
  flags: [
    { name: 'output', short: 'o', type: 'string', default: '' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'field-selector', type: 'string' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'show-labels', type: 'bool' },
    { name: 'no-headers', type: 'bool' },
    { name: 'watch', short: 'w', type: 'bool' },
    { name: 'watch-only', type: 'bool' },
    { name: 'sort-by', type: 'string' },
    { name: 'ignore-not-found', type: 'bool' },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
  ],
  run(inv, ctx: KubectlContext) {
    const f = inv.flags;
    const output = String(f.output ?? '');
    checkOutput(output, true);
    const files = fileTargets(inv, namespaceFlag(f));
    if (files) return getFromFiles(files, inv, ctx, output);
    if (inv.args.length === 0) return { stdout: '', stderr: MISSING_TYPE, exitCode: 1 };
    const targets = parseResourceArgs(inv.args);
    const hasNames = targets.some((t) => t.names);
    if ((f.selector || f['field-selector']) && hasNames) {
      const tuple = inv.args.some((a) => a.includes('/'));
      throw new ArgError(tuple ? 'selectors and the all flag cannot be used when passing resource/name arguments' : 'name cannot be provided when a selector is specified');
    }
    const allNs = !!f['all-namespaces'];
    const ns = namespaceFlag(f);
    const errors: string[] = [];
    const groups: { info: KindInfo; objs: KObject[] }[] = [];
    let named = 0;
    for (const t of targets) {
      let objs: KObject[] = [];
      if (t.names) {
        for (const name of t.names) {
          named++;
          try {
            objs.push(getObject(ctx, t.info, ns, name));
          } catch (e) {
            if (!(e instanceof StatusError)) throw e;
            if (!(f['ignore-not-found'] && e.reason === 'NotFound')) errors.push(formatApiError(e));
          }
        }
      } else objs = listSelected(ctx, t.info, allNs ? undefined : ns, f);
      if (typeof f['sort-by'] === 'string' && f['sort-by']) objs = sortBy(objs, f['sort-by']);
      // Tables are infos even when empty (server-side printing), so they count as requested types.
      if (objs.length || !t.names) groups.push({ info: t.info, objs });
    }
    const errText = errors.map((e) => `${e}\n`).join('');
    const all = groups.flatMap((g) => g.objs);
    let stdout: string;
    if (isTemplateOutput(output)) {
      // Printed as a List when not one named object, so an empty list still prints its headers.
      if (all.length === 0 && errors.length) stdout = '';
      else stdout = printTemplate(output === 'custom-columns' ? 'custom-columns=' : output, all, named === 1 && targets.length === 1, !!f['no-headers']);
    } else if (output === 'yaml' || output === 'json' || output === 'name') {
      // A single named object prints bare; anything else as a List (even an empty one).
      if (all.length === 0 && (errors.length || output === 'name')) stdout = '';
      else stdout = printStructured(all, output, named === 1 && targets.length === 1);
    } else {
      const withKind = new Set(groups.map((g) => g.info)).size > 1;
      stdout = printTables(groups, { now: ctx.now(), wide: output === 'wide', withKind, allNamespaces: allNs, showLabels: !!f['show-labels'], noHeaders: !!f['no-headers'] });
      // The watch path (get.go watch) prints the list it starts from and never "No resources found".
      if (stdout === '' && errors.length === 0 && !f['ignore-not-found'] && !f.watch && !f['watch-only']) {
        const namespaced = !allNs && groups.every((g) => g.info.namespaced);
        return { stdout: '', stderr: noResourcesMessage(namespaced ? ns : undefined, namespaced), exitCode: 0 };
      }
    }
    // --watch-only: only the changes from now on.
    if (f['watch-only']) return { stdout: '', stderr: errText, exitCode: errors.length ? 1 : 0 };
    return { stdout, stderr: errText, exitCode: errors.length ? 1 : 0 };
  },
  follow(inv, ctx) {
    const output = String(inv.flags.output ?? '');
    const table = !isTemplateOutput(output) && !['yaml', 'json', 'name'].includes(output);
    // Whether the first answer printed a header: a table with rows (not --watch-only, not empty).
    const header = table && !inv.flags['watch-only'] && listSelectedAny(inv, ctx);
    return followGet(inv, ctx, header);
  },
};

/** `get -f -`: the objects a manifest names, printed as named gets are (one alone prints bare). */
function getFromFiles(files: NonNullable<ReturnType<typeof fileTargets>>, inv: Parameters<NonNullable<Verb['run']>>[0], ctx: KubectlContext, output: string) {
  const errors = [...files.errors];
  const groups: { info: KindInfo; objs: KObject[] }[] = [];
  for (const t of files.targets) {
    try {
      const obj = getObject(ctx, t.info, t.namespace, t.name);
      const g = groups.find((x) => x.info === t.info);
      if (g) g.objs.push(obj);
      else groups.push({ info: t.info, objs: [obj] });
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      if (!(inv.flags['ignore-not-found'] && e.reason === 'NotFound')) errors.push(formatApiError(e));
    }
  }
  const all = groups.flatMap((g) => g.objs);
  const single = files.targets.length === 1;
  let stdout = '';
  if (isTemplateOutput(output)) stdout = all.length ? printTemplate(output === 'custom-columns' ? 'custom-columns=' : output, all, single, !!inv.flags['no-headers']) : '';
  else if (output === 'yaml' || output === 'json' || output === 'name') stdout = all.length ? printStructured(all, output, single) : '';
  else stdout = printTables(groups, { now: ctx.now(), wide: output === 'wide', withKind: groups.length > 1, allNamespaces: false, showLabels: !!inv.flags['show-labels'], noHeaders: !!inv.flags['no-headers'] });
  return { stdout, stderr: errors.map((e) => `${e}\n`).join(''), exitCode: errors.length ? 1 : 0 };
}

/** Whether the first answer of a watch had rows (so its header is printed). */
function listSelectedAny(inv: Parameters<NonNullable<Verb['follow']>>[0], ctx: KubectlContext): boolean {
  const targets = parseResourceArgs(inv.args);
  const ns = inv.flags['all-namespaces'] ? undefined : namespaceFlag(inv.flags);
  return targets.some((t) => (t.names ? t.names.length > 0 : listSelected(ctx, t.info, ns, inv.flags).length > 0));
}
