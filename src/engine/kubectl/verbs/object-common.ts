// Pieces the object verbs share: --dry-run, -o for mutations, kubectl's klog-style line for
// cobra's required-flag errors, and running a write while turning API errors into kubectl text.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go, component-base/cli/run.go]
import { StatusError } from '../../api/errors';
import type { KObject } from '../../objects/types';
import { EPOCH_MS } from '../../util/time';
import { ArgError } from '../args';
import type { KubectlContext, KubectlResult } from '../context';
import { formatApiError } from '../errors';
import { objectRef, printStructured } from '../printers';
import type { FlagSpec, FlagValues, Invocation } from '../verb';
import { checkOutput, printTemplate } from './get';

export type DryRun = 'none' | 'client' | 'server';

export const DRY_RUN_FLAG: FlagSpec = { name: 'dry-run', type: 'string', default: 'none' };
export const OUTPUT_FLAG: FlagSpec = { name: 'output', short: 'o', type: 'string', default: '' };

export function dryRunOf(flags: FlagValues): DryRun {
  const v = String(flags['dry-run'] ?? 'none');
  if (v === 'none' || v === 'client' || v === 'server') return v;
  // Deprecated booleans, as kubectl still maps them.
  if (v === 'true') return 'client';
  if (v === 'false') return 'none';
  throw new ArgError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
}

/** ` (dry run)` / ` (server dry run)` after a success message. */
export function dryRunSuffix(d: DryRun): string {
  return d === 'client' ? ' (dry run)' : d === 'server' ? ' (server dry run)' : '';
}

/** The -o of a mutating verb: '' (a success line), yaml, json or name. */
export function mutationOutput(flags: FlagValues): string {
  const o = String(flags.output ?? '');
  checkOutput(o, false);
  return o;
}

/** `deployment.apps/web created (dry run)`, or the object itself with -o yaml|json|name. */
export function printMutation(obj: KObject, operation: string, output: string, dry: DryRun): string {
  if (output === 'yaml' || output === 'json') return printStructured([obj], output, true);
  if (output.startsWith('jsonpath=') || output.startsWith('go-template=')) return printTemplate(output, [obj], true, false);
  if (output === 'name') return `${objectRef(obj)}\n`;
  return `${objectRef(obj)} ${operation}${dryRunSuffix(dry)}\n`;
}

/**
 * Cobra's required-flag failure: kubectl 1.32 logs it through klog, e.g.
 * `E0101 00:00:05.000000    4242 run.go:72] "command failed" err="required flag(s) \"image\" not set"`.
 * The time is the virtual clock; the pid is a fixed stand-in (there is no process).
 */
export function requiredFlagError(ctx: KubectlContext, ...names: string[]): KubectlResult {
  const d = new Date(EPOCH_MS + ctx.now());
  const p2 = (n: number) => String(n).padStart(2, '0');
  const micro = String((ctx.now() % 1000) * 1000).padStart(6, '0');
  const stamp = `${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${micro}`;
  const list = names.map((n) => `\\"${n}\\"`).join(', ');
  return { stdout: '', stderr: `E${stamp}    4242 run.go:72] "command failed" err="required flag(s) ${list} not set"\n`, exitCode: 1 };
}

/** Runs a write; an API error becomes kubectl's line (with `error when <verb> "<source>"` context). */
export function tryApi<T>(fn: () => T, context?: string): { value?: T; error?: string } {
  try {
    return { value: fn() };
  } catch (e) {
    if (e instanceof StatusError) return { error: formatApiError(e, context) };
    throw e;
  }
}

/** Joins collected stdout lines and error lines into one result (exit 1 if any error). */
export function collect(out: string[], errors: string[], warnings: string[] = []): KubectlResult {
  return {
    stdout: out.join(''),
    stderr: [...warnings, ...errors].map((e) => (e.endsWith('\n') ? e : `${e}\n`)).join(''),
    exitCode: errors.length ? 1 : 0,
  };
}

/**
 * The one NAME a `create <kind>` generator takes; kubectl's usage error otherwise. Only the words
 * before `--` count (cmdutil.NameFromCommandArgs reads cobra's ArgsLenAtDash): what follows `--`
 * is the container's command (`create deployment NAME --image=… -- COMMAND args`).
 */
export function nameArg(inv: Invocation): string {
  const dash = inv.argsLenAtDash ?? -1;
  const count = dash === -1 ? inv.args.length : dash;
  if (count !== 1) throw new ArgError(`exactly one NAME is required, got ${count}\nSee 'kubectl ${inv.path.join(' ')} -h' for help and examples`);
  return inv.args[0];
}
