// The console's small shell: what the Kubernetes docs assume the reader types into bash. A line is
// parsed (shell-syntax.ts), its words expanded (shell-expand.ts) and its commands run: `kubectl`
// through the host (the session records each call, so rewind and share links replay exactly the
// kubectl lines), the text tools of shell-tools.ts, and the builtins export/unset/NAME=value.
// Pipes carry stdout to the next command's stdin; `&&`, `||` and `;` follow exit statuses.
// Because the console's prompt reads `$ kubectl`, a line may leave the word out: a command that is
// not one of the shell's (`get pods`, or a typo such as `gt pods`) runs as kubectl's arguments.
// The variables are the session's terminal state: they survive a rewind (a rewind moves the
// cluster, not the learner's terminal), are cleared by Reset, and are not part of a share link.
// `kubectl exec -it POD -- sh` alone on the line opens the container's prompt (`/ # `): each line
// typed then runs in the container as `kubectl exec POD -c C -- sh -c 'LINE'` (recorded as such),
// until `exit`. Simplifications: no compound commands, files, job control or aliases; a command
// bash would run that this console does not names itself as such (exit 127, as `command not
// found` does); at the container prompt each line is a fresh shell (no variables or cd carry over).
import { getOwn, hasOwn, setOwn } from '../util/own';
import type { KubectlResult } from '../kubectl/context';
import { KUBECTL_ORDER } from '../kubectl/run';
import type { ExecAttach } from '../kubectl/verbs/exec';
import { expandValue, expandWord, type ExpandHost } from './shell-expand';
import { ShellSyntaxError, parseLine, type Pipeline, type SimpleCommand } from './shell-syntax';
import { TOOLS } from './shell-tools';

export interface ConsoleShellState {
  vars: Record<string, string>;
  /** Exported names (what `export` lists), in order. */
  exported: string[];
  /** `$?`: the last line's exit status. */
  status: number;
  /** The container prompt `kubectl exec -it … -- sh` opened, until `exit`. */
  attached?: ExecAttach;
}

export interface ConsoleHost {
  /**
   * Runs kubectl with the words after `kubectl`, re-quoted into one line. `alone` says the
   * command is the whole line (no pipe, list or substitution): only then may it keep following
   * the cluster (`get -w`, `rollout status`, `logs -f`, `wait`), as a terminal would show it.
   */
  kubectl(line: string, stdin: string | undefined, alone: boolean): KubectlResult & { attach?: ExecAttach };
}

export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ShellRunResult {
  /** stdout and stderr in the order they were written. */
  output: OutputChunk[];
  exitCode: number;
}

export function newConsoleShell(): ConsoleShellState {
  return { vars: {}, exported: [], status: 0 };
}

/** What the console runs besides kubectl, listed by a command it does not run. */
const RUNS = 'kubectl, echo, export, unset, cat, grep, head, tail, wc, sort, uniq, base64';

/** Real commands a tutorial may type that this console does not run: named plainly, not "not found". */
const NOT_HERE = new Set(
  'sed awk jq yq curl wget watch ls cd pwd cp mv rm mkdir touch vi vim nano less more tr cut xargs printf sleep env printenv source alias tee diff ssh docker minikube kind helm kubeadm kubectx kubens k9s python python3 node openssl git nslookup dig ping sh bash exit history'.split(' '),
);

/** Substitutions nested deeper than this are refused (a pasted line must not recurse forever). */
const MAX_DEPTH = 8;

/** A word as kubectl's tokenizer will read it back unchanged. */
export function quoteArg(w: string): string {
  if (/^[A-Za-z0-9_\-./=:,@%+{}]+$/.test(w)) return w;
  return `'${w.replace(/'/g, `'\\''`)}'`;
}

class Run {
  readonly output: OutputChunk[] = [];
  constructor(
    private readonly st: ConsoleShellState,
    private readonly host: ConsoleHost,
    private readonly depth: number,
  ) {}

  private err(text: string): void {
    this.output.push({ stream: 'stderr', text });
  }

  private expandHost(): ExpandHost {
    return {
      vars: this.st.vars,
      status: this.st.status,
      substitute: (command) => {
        if (this.depth >= MAX_DEPTH) {
          this.err('bash: command substitution: nested too deeply\n');
          return '';
        }
        // A subshell: its assignments do not reach this shell.
        const sub = new Run({ vars: { ...this.st.vars }, exported: [...this.st.exported], status: this.st.status }, this.host, this.depth + 1);
        sub.line(command);
        let out = '';
        for (const c of sub.output) {
          if (c.stream === 'stdout') out += c.text;
          else this.output.push(c);
        }
        return out;
      },
    };
  }

  line(text: string): number {
    let list: ReturnType<typeof parseLine>;
    try {
      list = parseLine(text);
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      this.err(`bash: ${e.message}\n`);
      // bash's status for a syntax error.
      this.st.status = 2;
      return 2;
    }
    const alone = this.depth === 0 && list.length === 1 && list[0].rest.length === 0 && list[0].first.length === 1;
    for (const andOr of list) {
      this.st.status = this.pipeline(andOr.first, alone);
      for (const { op, pipeline } of andOr.rest) {
        if ((op === '&&') === (this.st.status === 0)) this.st.status = this.pipeline(pipeline, false);
      }
    }
    return this.st.status;
  }

  private pipeline(p: Pipeline, alone: boolean): number {
    let stdin: string | undefined;
    let status = 0;
    p.forEach((cmd, k) => {
      const last = k === p.length - 1;
      const r = this.simple(cmd, stdin, alone);
      // Where each stream goes: on to the next command, the terminal, or nowhere.
      let out = r.stdout;
      let errText = r.stderr;
      for (const red of cmd.redirs) {
        if (red.op === '>&' && red.fd === 2 && red.target === '1') {
          out += errText;
          errText = '';
        } else if (red.op === '>&' && red.fd === 1 && red.target === '2') {
          errText += out;
          out = '';
        } else if (red.target === '/dev/null' && red.op !== '<') {
          if (red.fd === 2) errText = '';
          else out = '';
        }
      }
      if (errText) this.err(errText);
      if (last) {
        if (out) this.output.push({ stream: 'stdout', text: out });
      } else stdin = out;
      status = r.exitCode;
    });
    return status;
  }

  private simple(cmd: SimpleCommand, stdin: string | undefined, alone: boolean): KubectlResult {
    const ex = this.expandHost();
    let argv: string[];
    try {
      // Declaration builtins expand `NAME=value` arguments as assignments: never split.
      const declaring = cmd.words[0] === 'export';
      argv = cmd.words.flatMap((w, k) => (declaring && k > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w) ? [expandValue(w, ex)] : expandWord(w, ex)));
      for (const red of cmd.redirs) {
        if (red.target === '/dev/null' || (red.op === '>&' && /^[12]$/.test(red.target))) continue;
        const target = expandValue(red.target, ex);
        // There are no files to read, and none may be written.
        return fail(`bash: ${target}: ${red.op === '<' ? 'No such file or directory' : 'Read-only file system'}\n`);
      }
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      return fail(`bash: ${e.message}\n`);
    }
    const assigns = cmd.assigns.map((a) => {
      const eq = a.indexOf('=');
      return [a.slice(0, eq), expandValue(a.slice(eq + 1), ex)] as const;
    });
    if (argv.length === 0) {
      for (const [k, v] of assigns) setOwn(this.st.vars, k, v);
      return { stdout: '', stderr: '', exitCode: 0 };
    }
    const [name, ...args] = argv;
    if (name === 'export' || name === 'unset') return this.builtin(name, args);
    if (name === 'kubectl' || name === 'help' || KUBECTL_ORDER.includes(name)) {
      const words = name === 'kubectl' ? args : argv;
      const { attach, ...r } = this.host.kubectl(words.map(quoteArg).join(' '), stdin, alone);
      if (attach && alone) this.st.attached = attach;
      return r;
    }
    if (hasOwn(TOOLS, name)) return (getOwn(TOOLS, name) as (typeof TOOLS)[string])(args, stdin ?? '');
    if (NOT_HERE.has(name)) return fail(`bash: ${name}: not available in this console (it runs ${RUNS})\n`, 127);
    // Any other word goes to kubectl, as the prompt `$ kubectl` promises: a typo of a verb gets
    // kubectl's `unknown command` with its "Did you mean this?", more use to a learner than bash's.
    return this.host.kubectl(argv.map(quoteArg).join(' '), stdin, alone);
  }

  private builtin(name: 'export' | 'unset', args: string[]): KubectlResult {
    let status = 0;
    let stderr = '';
    if (name === 'export' && args.length === 0) {
      const lines = this.st.exported.map((k) => `declare -x ${k}="${(getOwn(this.st.vars, k) ?? '').replace(/(["\\$`])/g, '\\$1')}"\n`);
      return { stdout: lines.join(''), stderr: '', exitCode: 0 };
    }
    for (const a of args) {
      const eq = a.indexOf('=');
      const key = eq >= 0 ? a.slice(0, eq) : a;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
        stderr += `bash: ${name}: \`${a}': not a valid identifier\n`;
        status = 1;
        continue;
      }
      if (name === 'unset') {
        delete this.st.vars[key];
        this.st.exported = this.st.exported.filter((k) => k !== key);
        continue;
      }
      if (eq >= 0) setOwn(this.st.vars, key, a.slice(eq + 1));
      if (!this.st.exported.includes(key)) this.st.exported.push(key);
    }
    return { stdout: '', stderr, exitCode: status };
  }
}

function fail(stderr: string, exitCode = 1): KubectlResult {
  return { stdout: '', stderr, exitCode };
}

/** The prompt the console shows: kubectl's, or the container shell's while one is open. */
export function consolePrompt(state: ConsoleShellState): string | undefined {
  const a = state.attached;
  return a ? promptIn(a.prompt, a.cwd ?? '/') : undefined;
}

/** The prompt with the working directory in it (ash `\w # `, bash `\u@\h:\w# `). */
function promptIn(prompt: string, cwd: string): string {
  return prompt.replace(/(^|:)\/(?=( #|#) $)/, `$1${cwd}`);
}

/** A line typed at the container prompt: run in the container by kubectl exec -it, `cd`, or `exit`. */
function attachedLine(state: ConsoleShellState, a: ExecAttach, line: string, host: ConsoleHost): ShellRunResult {
  const exit = /^exit(?:\s+(\d+))?\s*$/.exec(line);
  if (exit) {
    delete state.attached;
    const code = exit[1] ? Number(exit[1]) % 256 : 0;
    state.status = code;
    return { output: code ? [{ stream: 'stderr', text: `command terminated with exit code ${code}\n` }] : [], exitCode: code };
  }
  // Each line is its own shell in the container: the directory `cd` chose is where the next starts.
  const cwd = a.cwd ?? '/';
  const script = cwd === '/' ? line : `cd ${quoteArg(cwd)} && ${line}`;
  const cd = /^cd(?:\s+(\S+))?\s*$/.exec(line);
  const r = host.kubectl(`exec -it -n ${quoteArg(a.namespace)} ${quoteArg(a.pod)} -c ${quoteArg(a.container)} -- ${quoteArg(a.shell)} -c ${quoteArg(cd ? `${script} && pwd` : script)}`, undefined, true);
  const output: OutputChunk[] = [];
  if (cd && r.exitCode === 0) {
    const dir = r.stdout.trim();
    state.attached = { ...a, cwd: dir };
  } else if (r.stdout) output.push({ stream: 'stdout', text: r.stdout });
  // Inside the shell a failing command just sets $?; kubectl's closing line is for the session's end.
  const gone = /^(?:Error from server|error: )/.test(r.stderr);
  const err = gone ? r.stderr : r.stderr.replace(/command terminated with exit code \d+\n$/, '');
  if (err) output.push({ stream: 'stderr', text: err });
  // The pod or its container went away: the session is over.
  if (gone) delete state.attached;
  state.status = r.exitCode;
  return { output, exitCode: r.exitCode };
}

/** Runs one typed line in the console's shell; never throws for what a learner types. */
export function runConsoleLine(state: ConsoleShellState, line: string, host: ConsoleHost): ShellRunResult {
  if (state.attached) return attachedLine(state, state.attached, line.trim(), host);
  const run = new Run(state, host, 0);
  try {
    const exitCode = run.line(line);
    return { output: run.output, exitCode };
  } catch (e) {
    // A pasted line nested deeper than the stack (the lexer recurses into `$(`): refused whole.
    if (!(e instanceof RangeError)) throw e;
    state.status = 2;
    return { output: [{ stream: 'stderr', text: 'bash: the line is nested too deeply to run\n' }], exitCode: 2 };
  }
}

/** How the console echoes a typed line: with `kubectl` before a line that leaves it out. */
export function shownLine(line: string, state?: ConsoleShellState): string {
  if (state?.attached) return line.trim();
  const first = line.trim().split(/\s/, 1)[0];
  return first === 'help' || KUBECTL_ORDER.includes(first) ? `kubectl ${line.trim()}` : line.trim();
}
