// `kubectl wait --for=condition=C[=V] | --for=delete | --for=create | --for=jsonpath='{…}'[=V]
// (TYPE/NAME … | TYPE -l SEL | TYPE --all) [--timeout=30s]`: `<type>/<name> condition met` for each
// object once its condition holds; at --timeout `error: timed out waiting for the condition on
// <resource>/<name>`. In the console, alone on its line, it follows the cluster (follow.ts);
// where nothing follows (a pipe, `&&`, a test) it looks once, as `--timeout=0` does.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/wait/{wait,condition,delete,json}.go]
// Simplifications: no -f; --for=create only for named objects; conditions ignore observedGeneration.
import type { KindInfo } from '../../api/kinds';
import { qualifiedSingular } from '../../api/kinds';
import type { KObject } from '../../objects/types';
import { ArgError } from '../args';
import type { KubectlContext } from '../context';
import { deadlineAfter, StoreFollower } from '../follow';
import { JsonPathError, printJsonPath } from '../printers/jsonpath';
import { getObject, listSelected, namespaceFlag, parseResourceArgs } from '../resources';
import type { Invocation, Verb } from '../verb';
import { parseGoDuration } from './drain';

type For = { kind: 'condition'; type: string; value: string } | { kind: 'delete' } | { kind: 'create' } | { kind: 'jsonpath'; path: string; value?: string };

const NO_RESOURCES =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/** conditionFuncFor: what --for names. */
function parseFor(raw: string): For {
  const lower = raw.toLowerCase();
  if (lower === 'delete') return { kind: 'delete' };
  if (lower === 'create') return { kind: 'create' };
  if (lower.startsWith('condition=')) {
    const [type, value] = raw.slice('condition='.length).split(/=(.*)/s);
    return { kind: 'condition', type, value: value ?? 'true' };
  }
  if (lower.startsWith('jsonpath=')) {
    const expr = raw.slice('jsonpath='.length);
    // The path ends at its closing brace (or the first `=` when unbraced); a value may follow.
    const end = expr.startsWith('{') ? expr.indexOf('}') + 1 : expr.indexOf('=') < 0 ? expr.length : expr.indexOf('=');
    if (end <= 0) throw new ArgError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
    const path = expr.slice(0, end);
    const rest = expr.slice(end);
    if (rest !== '' && !rest.startsWith('=')) throw new ArgError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
    return { kind: 'jsonpath', path: path.startsWith('{') ? path : `{${path.startsWith('.') ? '' : '.'}${path}}`, value: rest ? rest.slice(1) : undefined };
  }
  throw new ArgError(`unrecognized condition: ${JSON.stringify(raw)}`);
}

/** Whether `obj` (undefined: absent) meets the condition. */
function met(cond: For, obj: KObject | undefined): boolean {
  if (cond.kind === 'delete') return obj === undefined;
  if (!obj) return false;
  if (cond.kind === 'create') return true;
  if (cond.kind === 'condition') {
    const conditions = ((obj as { status?: { conditions?: { type?: string; status?: string }[] } }).status?.conditions ?? []);
    return conditions.some((c) => c.type?.toLowerCase() === cond.type.toLowerCase() && c.status?.toLowerCase() === cond.value.toLowerCase());
  }
  let got: string;
  try {
    got = printJsonPath(cond.path, obj as never);
  } catch (e) {
    if (e instanceof JsonPathError) return false;
    throw e;
  }
  return cond.value === undefined ? got !== '' : got === cond.value;
}

interface Target {
  info: KindInfo;
  namespace: string | undefined;
  name: string;
  uid?: string;
  obj?: KObject;
}

function targets(inv: Invocation, ctx: KubectlContext, cond: For): Target[] {
  if (inv.args.length === 0) throw new ArgError(NO_RESOURCES);
  const ns = inv.flags['all-namespaces'] ? undefined : namespaceFlag(inv.flags);
  const out: Target[] = [];
  for (const t of parseResourceArgs(inv.args)) {
    const namespace = t.info.namespaced ? (ns ?? 'default') : undefined;
    if (t.names) {
      for (const name of t.names) {
        const obj = ctx.api.store.get(t.info.resource, namespace, name);
        // A missing object is the answer for delete and the thing awaited for create; else NotFound.
        if (!obj && cond.kind !== 'delete' && cond.kind !== 'create') getObject(ctx, t.info, namespace ?? '', name);
        out.push({ info: t.info, namespace, name, uid: obj?.metadata.uid, obj });
      }
    } else for (const obj of listSelected(ctx, t.info, ns, inv.flags)) out.push({ info: t.info, namespace: obj.metadata.namespace, name: obj.metadata.name, uid: obj.metadata.uid, obj });
  }
  if (out.length === 0) throw new ArgError('no matching resources found');
  return out;
}

const metLine = (t: Target) => `${qualifiedSingular(t.info)}/${t.name} condition met\n`;
const timedOut = (t: Target) => `error: timed out waiting for the condition on ${t.info.resource}/${t.name}\n`;

export const waitVerb: Verb = {
  name: 'wait',
  short: 'Experimental: Wait for a specific condition on one or many resources',
  usage:
    "([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]]",
  flags: [
    { name: 'for', type: 'string', default: '' },
    { name: 'timeout', type: 'string', default: '30s', duration: true },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'field-selector', type: 'string' },
    { name: 'all', type: 'bool' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
  ],
  run(inv, ctx) {
    const cond = parseFor(String(inv.flags.for ?? ''));
    const list = targets(inv, ctx, cond);
    let stdout = '';
    for (const t of list) {
      if (met(cond, t.obj)) stdout += metLine(t);
      else if (!inv.following || parseGoDuration(inv.flags.timeout as string) <= 0) return { stdout, stderr: timedOut(t), exitCode: 1 };
    }
    return { stdout, stderr: '', exitCode: 0 };
  },
  follow(inv, ctx) {
    const cond = parseFor(String(inv.flags.for ?? ''));
    const pending = targets(inv, ctx, cond).filter((t) => !met(cond, t.obj));
    if (pending.length === 0) return undefined;
    const follower = new StoreFollower(
      ctx,
      (event, resource) => {
        const o = event.object as KObject;
        for (const t of [...pending]) {
          if (resource !== t.info.resource || o.metadata.name !== t.name || o.metadata.namespace !== t.namespace) continue;
          // Another object of that name (deleted and created again) is not the one awaited.
          if (t.uid && o.metadata.uid !== t.uid) continue;
          const now = event.type === 'DELETED' ? undefined : o;
          if (!met(cond, now)) continue;
          pending.splice(pending.indexOf(t), 1);
          follower.write(metLine(t));
        }
        if (pending.length === 0) follower.end(0);
      },
      deadlineAfter(ctx, parseGoDuration(inv.flags.timeout as string)),
    );
    follower.onTimeout = () => {
      follower.error(timedOut(pending[0]));
      follower.end(1);
    };
    return follower;
  },
};
