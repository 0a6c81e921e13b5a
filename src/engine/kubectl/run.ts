// kubectl's entry point: words → command path → flags → the verb's run. Errors are printed as
// kubectl prints them; nothing throws out of here.
import { goQuote, StatusError } from '../api/errors';
import { ArgError, parseFlags, tokenize } from './args';
import type { KubectlContext, KubectlResult } from './context';
import { formatApiError } from './errors';
import type { Follower } from './follow';
import { currentTarget, type KubeconfigComponent } from './kubeconfig';
import { CONTEXT_NAMESPACE } from './resources';
import { type FlagSpec, type FlagValues, GLOBAL_FLAGS, type Verb } from './verb';
import { VERBS } from './verbs';
import type { ExecAttach } from './verbs/exec';
import { readFileUrls } from './examples/urls';

/** cobra's SuggestionsMinimumDistance as kubectl leaves it. */
const SUGGESTION_DISTANCE = 2;

/**
 * Levenshtein distance, for cobra's "Did you mean this?", or undefined when it is surely more than
 * `max`: the distance is at least the difference in length, so a pasted megabyte word is answered
 * without filling a table of its length times the command's (cobra's ld() has no such bound).
 */
function distance(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length] <= max ? prev[b.length] : undefined;
}

/** Every top-level command of the real kubectl 1.32, in `kubectl --help` order. */
export const KUBECTL_ORDER = ['create', 'expose', 'run', 'set', 'explain', 'get', 'edit', 'delete', 'rollout', 'scale', 'autoscale', 'certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint', 'describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'diff', 'apply', 'patch', 'replace', 'wait', 'kustomize', 'label', 'annotate', 'completion', 'api-resources', 'api-versions', 'config', 'plugin', 'version'];

function suggestions(word: string, verbs: Verb[], parent: string): string[] {
  // kubectl disables cobra's command sorting: suggestions come in `kubectl --help` order, and
  // they include real commands this cluster does not run (it says so if one is then typed).
  const names = parent === 'kubectl' ? KUBECTL_ORDER : [...verbs.map((v) => v.name), ...(REAL_COMMANDS[parent] ?? [])];
  const typed = word.toLowerCase();
  return names.filter((n) => distance(typed, n, SUGGESTION_DISTANCE) !== undefined || n.startsWith(typed));
}

/**
 * Commands real kubectl 1.32 has that this simulator does not run (from `kubectl --help`,
 * `kubectl set --help`, `kubectl create --help`). Calling them unknown would teach that they do
 * not exist, so they get a message of their own instead of cobra's "unknown command".
 */
const REAL_COMMANDS: Record<string, readonly string[]> = {
  kubectl: ['explain', 'edit', 'certificate', 'cluster-info', 'attach', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events', 'diff', 'replace', 'kustomize', 'completion', 'api-versions', 'plugin'],
  'kubectl config': ['delete-cluster', 'delete-user', 'set', 'set-cluster', 'set-credentials', 'unset'],
  'kubectl set': ['env', 'resources', 'selector', 'serviceaccount', 'subject'],
  'kubectl create': ['clusterrole', 'clusterrolebinding', 'ingress', 'priorityclass', 'quota', 'role', 'rolebinding', 'serviceaccount', 'token'],
};

function unknownCommand(word: string, parent: string, verbs: Verb[]): KubectlResult {
  if (REAL_COMMANDS[parent]?.includes(word))
    return { stdout: '', stderr: `error: "${parent} ${word}" is a real kubectl command, but this simulated cluster does not run it\nSee '${parent} --help' for the commands it runs.\n`, exitCode: 1 };
  // A group command (`kubectl set`, `kubectl rollout`) reports through kubectl's own handler.
  if (parent !== 'kubectl') return { stdout: '', stderr: `error: unknown command ${goQuote(word)}\nSee '${parent} -h' for help and examples\n`, exitCode: 1 };
  // Flag/command errors happen before kubectl's own error handling, so component-base prints
  // them as `Error: …` (capital E), and cobra's suggestion block ends with a blank line.
  // cobra formats both with %q: `kubectl 'a\'` says unknown command "a\\".
  let msg = `Error: unknown command ${goQuote(word)} for "${parent}"\n`;
  const s = suggestions(word, verbs, parent);
  if (s.length) msg += `\nDid you mean this?\n${s.map((n) => `\t${n}\n`).join('')}\n`;
  return { stdout: '', stderr: msg, exitCode: 1 };
}

function findVerb(verbs: Verb[], word: string): Verb | undefined {
  return verbs.find((v) => v.name === word || v.aliases?.includes(word));
}

function helpText(path: string[], verb: Verb | undefined, verbs: Verb[]): string {
  if (!verb) {
    const width = Math.max(...verbs.map((v) => v.name.length)) + 2;
    return `kubectl controls the Kubernetes cluster manager.\n\nCommands:\n${verbs.map((v) => `  ${v.name.padEnd(width)}${v.short}\n`).join('')}\nUsage:\n  kubectl [flags] [options]\n`;
  }
  let s = verb.long ?? `${verb.short}\n`;
  const cmd = `kubectl ${path.join(' ')}`;
  if (verb.subcommands?.length) {
    // cobra pads command names to the longest name among them, plus a minimum of 11 columns.
    const width = Math.max(11, ...verb.subcommands.map((v) => v.name.length)) + 3;
    // cobra sorts them by name (EnableCommandSorting).
    const sorted = [...verb.subcommands].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    s += `\nAvailable Commands:\n${sorted.map((v) => `  ${v.name.padEnd(width)}${v.short}\n`).join('')}`;
  }
  s += `\nUsage:\n  ${cmd} ${verb.usage ?? '[options]'}\n`;
  if (verb.subcommands?.length)
    s += `\nUse "${cmd} <command> --help" for more information about a given command.\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n`;
  return s;
}

/**
 * A result, and what keeps printing when the command was run to follow (see follow.ts), or the
 * container prompt `exec -it POD -- sh` opened at the console (console/shell.ts).
 */
export type FollowedResult = KubectlResult & { follower?: Follower; attach?: ExecAttach };

export function runKubectl(ctx: KubectlContext, line: string, stdin?: string, opts: { follow?: boolean } = {}): FollowedResult {
  let words: string[];
  try {
    words = tokenize(line.trim().replace(/^kubectl(\s+|$)/, ''));
  } catch (e) {
    return { stdout: '', stderr: `error: ${(e as Error).message}\n`, exitCode: 1 };
  }
  // cobra's `help` command: `kubectl help get` is `kubectl get --help`.
  if (words[0] === 'help') words = [...words.slice(1), '--help'];
  // Leading global flags (`kubectl -n kube-system get pods`) are allowed before the command.
  const path: string[] = [];
  const rest: string[] = [];
  let verbs = VERBS;
  let verb: Verb | undefined;
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith('-')) {
      rest.push(w);
      // a global flag's separate value
      if ((w === '-n' || w === '--namespace') && i + 1 < words.length) rest.push(words[++i]);
      continue;
    }
    const next = findVerb(verbs, w);
    if (!next) {
      if (!verb) return unknownCommand(w, 'kubectl', VERBS);
      // `kubectl create job …`: a real subcommand of a command that also runs on its own.
      if (REAL_COMMANDS[`kubectl ${path.join(' ')}`]?.includes(w)) return unknownCommand(w, `kubectl ${path.join(' ')}`, verbs);
      if (verb.subcommands?.length && !verb.run) return unknownCommand(w, `kubectl ${path.join(' ')}`, verb.subcommands);
      break;
    }
    verb = next;
    path.push(next.name);
    if (!next.subcommands?.length) {
      i++;
      break;
    }
    verbs = next.subcommands;
  }
  rest.push(...words.slice(i));
  if (!verb) {
    if (rest.includes('-h') || rest.includes('--help') || rest.length === 0) return { stdout: helpText([], undefined, VERBS), stderr: '', exitCode: 0 };
    return { stdout: '', stderr: `Error: unknown flag: ${rest[0]}\nSee 'kubectl --help' for usage.\n`, exitCode: 1 };
  }
  let parsed: ReturnType<typeof parseFlags>;
  try {
    parsed = parseFlags(rest, withTemplateFlag([...GLOBAL_FLAGS, ...(verb.flags ?? [])]));
    templateOutput(parsed.flags);
  } catch (e) {
    if (e instanceof ArgError) return { stdout: '', stderr: `Error: ${e.message}\nSee 'kubectl ${path.join(' ')} --help' for usage.\n`, exitCode: 1 };
    throw e;
  }
  if (parsed.flags.help) return { stdout: helpText(path, verb, VERBS), stderr: '', exitCode: 0 };
  // The current context: its namespace is the default one; a context naming no known cluster
  // reaches no server (client-go's localhost:8080). `config` itself reads only the file.
  if (path[0] !== 'config') {
    const target = currentTarget(ctx.component<KubeconfigComponent>('kubeconfig')?.config);
    if (target.refused) return { stdout: '', stderr: `${target.refused}\n`, exitCode: 1 };
    if (target.namespace) parsed.flags[CONTEXT_NAMESPACE] = target.namespace;
  }
  if (!verb.run) {
    if (parsed.positional.length) return unknownCommand(parsed.positional[0], `kubectl ${path.join(' ')}`, verb.subcommands ?? []);
    // A group command without its subcommand prints its help as an error (kubectl's
    // DefaultSubCommandRun writes it to stderr and exits 1); --help prints it to stdout.
    return { stdout: '', stderr: helpText(path, verb, VERBS), exitCode: 1 };
  }
  // `-f https://k8s.io/examples/…`: the example's text arrives as `-f -` would (examples/urls.ts).
  const files = parsed.flags.filename;
  let input = stdin;
  let stdinSource: string | undefined;
  if (Array.isArray(files)) {
    const read = readFileUrls(files, stdin);
    if ('error' in read) return { stdout: '', stderr: `error: ${read.error}\n`, exitCode: 1 };
    parsed.flags.filename = read.files;
    input = read.stdin;
    stdinSource = read.source;
  }
  try {
    const inv = { path, args: parsed.positional, argsLenAtDash: parsed.argsLenAtDash, flags: parsed.flags, stdin: input, stdinSource, following: !!opts.follow && !!verb.follow, terminal: !!opts.follow };
    const r = verb.run(inv, ctx);
    if (!inv.following || r.exitCode !== 0) return r;
    const follower = verb.follow?.(inv, ctx);
    return follower ? { ...r, follower } : r;
  } catch (e) {
    if (e instanceof StatusError) return { stdout: '', stderr: `${formatApiError(e)}\n`, exitCode: 1 };
    // A template printer may have written part of its output before failing (TemplateOutputError).
    if (e instanceof ArgError) return { stdout: (e as { stdout?: string }).stdout ?? '', stderr: `error: ${e.message}\n`, exitCode: 1 };
    throw e;
  }
}

/** Every command with -o also takes --template (kubectl's PrintFlags carry both). */
function withTemplateFlag(specs: FlagSpec[]): FlagSpec[] {
  if (!specs.some((s) => s.name === 'output') || specs.some((s) => s.name === 'template')) return specs;
  return [...specs, { name: 'template', type: 'string' }];
}

/**
 * `-o template=X`, `-o go-template --template X` and a bare `--template X` mean `-o go-template=X`
 * (`-o jsonpath --template X`: jsonpath), as kubectl's PrintFlags read them, so printers see one form.
 * [k8s: staging/src/k8s.io/cli-runtime/pkg/genericclioptions/{print_flags,template_flags}.go]
 */
function templateOutput(flags: FlagValues): void {
  const o = typeof flags.output === 'string' ? flags.output : '';
  const t = flags.template;
  if (typeof t === 'string' && t !== '') {
    if (o === '' || o === 'go-template' || o === 'template') flags.output = `go-template=${t}`;
    else if (o === 'jsonpath') flags.output = `jsonpath=${t}`;
  } else if (o.startsWith('template=')) flags.output = `go-template=${o.slice('template='.length)}`;
}
