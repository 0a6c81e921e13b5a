// The shape of one kubectl command (cobra's Command, reduced to what we need): its flags, an
// optional set of subcommands (`rollout status`, `create deployment`) and a run function.
import type { KubectlContext, KubectlResult } from './context';
import type { Follower } from './follow';

/** `int` is pflag's Int (Go int, 64 bits); `int32` its Int32 (replicas, ports, autoscale bounds). */
export type FlagType = 'bool' | 'string' | 'int' | 'int32' | 'stringArray';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  default?: string | boolean | number | string[];
  /** A Go time.Duration flag: the string value must parse as one (see duration.ts). */
  duration?: boolean;
}

export type FlagValues = Record<string, string | boolean | number | string[] | undefined>;

export interface Invocation {
  /** The command path as typed, e.g. ['rollout', 'status']. */
  path: string[];
  /** Positional arguments after the command path. */
  args: string[];
  /** cobra's ArgsLenAtDash: how many of `args` came before `--` (-1 without one). */
  argsLenAtDash?: number;
  flags: FlagValues;
  stdin?: string;
  /** What kubectl's messages call the `-f -` text: STDIN unless it was read from one URL. */
  stdinSource?: string;
  /** The console shows this command alone and keeps reading it after its first answer (follow.ts). */
  following?: boolean;
  /** Run alone at the console, as at a terminal (exec -it opens a container prompt there). */
  terminal?: boolean;
}

export interface Verb {
  name: string;
  aliases?: string[];
  /** One-line summary, for `kubectl` help and tab completion. */
  short: string;
  /** A group command's own help text (what `kubectl <cmd> --help` prints above its commands). */
  long?: string;
  /** The usage line's words after the command path, when not `[options]`. */
  usage?: string;
  flags?: FlagSpec[];
  subcommands?: Verb[];
  run?(inv: Invocation, ctx: KubectlContext): KubectlResult;
  /** After a successful run when following: what keeps printing (undefined when nothing will). */
  follow?(inv: Invocation, ctx: KubectlContext): Follower | undefined;
}

/** Flags every command accepts (kubectl's global flags that matter here). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'help', short: 'h', type: 'bool' },
  { name: 'v', short: 'v', type: 'string' },
];

export function ok(stdout: string): KubectlResult {
  return { stdout, stderr: '', exitCode: 0 };
}

/** A client-side error: kubectl prints `error: <msg>` and exits 1. */
export function fail(message: string, stdout = ''): KubectlResult {
  return { stdout, stderr: `error: ${message}\n`, exitCode: 1 };
}
