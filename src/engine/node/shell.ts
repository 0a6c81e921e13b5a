// The running half of the containers' tiny shell: a bytecode VM whose whole state is JSON (so a
// snapshot can pause a `while true; do …; sleep 5; done` mid-loop), word expansion ($VAR, ${VAR:-x},
// $?, $(cmd), $((arith)), quotes) and the builtins tutorials use (echo, sleep, exit, printenv, env,
// date, hostname, touch, rm, cat, test …), with busybox's or dash's error wording.
// Simplifications: one file namespace per container, no stdin, no real processes; `$(…)` runs to
// completion ignoring sleeps; CPU-bound loops advance MAX_STEPS instructions per virtual second.
import { builtin, resolvePath } from './shell-builtins';
import { type Instr, type Program, type Redirect, ShellSyntaxError, compile } from './shell-parse';
import { getOwn, setOwn } from '../util/own';

export type ShellFlavor = 'busybox' | 'dash';

export interface ShellState {
  /** The script (re-compiled on demand) or a literal argv. */
  script?: string;
  argv?: string[];
  pc: number;
  status: number;
  vars: Record<string, string>;
  /** Names exported to the environment, in environment order. */
  exported: string[];
  files: Record<string, string>;
  loops: Record<string, { items: string[]; i: number }>;
  args: string[];
  /** The output of a pipeline's earlier command, waiting for the next one to read it. */
  pipe?: string;
}

export interface ShellHost {
  flavor: ShellFlavor;
  now: number;
  hostname: string;
  /** A line of output (stdout and stderr both go to the container log). */
  out(line: string): void;
  /** Raw output by stream, when the caller keeps them apart (kubectl exec); else `out` gets lines. */
  write?(text: string, fd: 1 | 2): void;
  /**
   * Commands beyond the builtins (exec/: the image's network tools and file-reading tools):
   * undefined when the image has no such command.
   */
  extra?(argv: string[], io: ShellIO, st: ShellState): number | undefined;
}

/** A command's streams: stdout, stderr, and stdin when a pipe feeds it. */
export interface ShellIO {
  out(s: string): void;
  err(s: string): void;
  stdin?: string;
}

export type ShellResult = { kind: 'sleep'; ms: number } | { kind: 'exit'; code: number };

/** Instructions one run may execute before it yields a virtual second (a busy loop's CPU time). */
export const MAX_STEPS = 500;

export function newShell(env: [string, string][], source: { script: string; args?: string[] } | { argv: string[] }): ShellState {
  const vars: Record<string, string> = {};
  for (const [k, v] of env) setOwn(vars, k, v);
  const st: ShellState = { pc: 0, status: 0, vars, exported: env.map(([k]) => k), files: {}, loops: {}, args: [] };
  if ('script' in source) {
    st.script = source.script;
    st.args = source.args ?? [];
  } else st.argv = source.argv;
  return st;
}

function programOf(st: ShellState): Program {
  if (st.argv) return { code: [{ op: 'cmd', words: [], assigns: [], redirs: [] }] };
  return compile(st.script ?? '');
}

/** Runs until the script sleeps or exits. A syntax error exits 2 with sh's message. */
export function runShell(st: ShellState, host: ShellHost): ShellResult {
  let prog: Program;
  try {
    prog = programOf(st);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    host.out(host.flavor === 'dash' ? `sh: 1: Syntax error: ${e.message.replace(/^unexpected (.*)$/, '$1 unexpected')}` : `sh: syntax error: ${e.message}`);
    return { kind: 'exit', code: 2 };
  }
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    if (st.pc >= prog.code.length) return { kind: 'exit', code: st.status };
    const ins = prog.code[st.pc++];
    const r = step(st, ins, host);
    if (r) return r;
  }
  return { kind: 'sleep', ms: 1000 };
}

function step(st: ShellState, ins: Instr, host: ShellHost): ShellResult | undefined {
  switch (ins.op) {
    case 'jmp':
      st.pc = ins.to;
      return;
    case 'jf':
      if (st.status !== 0) st.pc = ins.to;
      return;
    case 'jt':
      if (st.status === 0) st.pc = ins.to;
      return;
    case 'status':
      st.status = ins.code;
      return;
    case 'not':
      st.status = st.status === 0 ? 1 : 0;
      return;
    case 'forinit':
      st.loops[ins.slot] = { items: ins.words.flatMap((w) => (w === '"$@"' ? st.args : splitFields(expand(st, w, host)))), i: 0 };
      return;
    case 'fornext': {
      const loop = st.loops[ins.slot];
      if (!loop || loop.i >= loop.items.length) {
        st.pc = ins.to;
        return;
      }
      setOwn(st.vars, ins.name, loop.items[loop.i++]);
      return;
    }
    case 'cmd': {
      const argv = st.argv ?? ins.words.map((w) => expand(st, w, host));
      for (const a of ins.assigns) {
        const eq = a.indexOf('=');
        setOwn(st.vars, a.slice(0, eq), expand(st, a.slice(eq + 1), host));
      }
      if (argv.length === 0) {
        st.status = 0;
        return;
      }
      const stdin = ins.pipeIn ? (st.pipe ?? '') : undefined;
      if (ins.pipeIn) delete st.pipe;
      const sink = outputSink(st, ins.redirs, host, !!ins.pipeOut);
      const r = builtin(st, argv, host, { out: sink.write, err: sink.writeErr, stdin });
      sink.close();
      return r;
    }
  }
}

type Dest = 'out' | 'err' | 'pipe' | '/dev/null' | { file: string; append: boolean };

/** Where a command's stdout and stderr go: the terminal (or log), the pipe, a file or nowhere, redirections applied left to right as sh does. */
function outputSink(st: ShellState, redirs: Redirect[], host: ShellHost, pipeOut: boolean): { write: (s: string) => void; writeErr: (s: string) => void; close: () => void } {
  let fd1: Dest = pipeOut ? 'pipe' : 'out';
  let fd2: Dest = 'err';
  for (const r of redirs) {
    if (r.op === '<' || (r.fd !== 1 && r.fd !== 2)) continue;
    let d: Dest;
    if (r.op === '>&') {
      const t = expand(st, r.target, host);
      d = t === '1' ? fd1 : t === '2' ? fd2 : '/dev/null';
    } else {
      const path = resolvePath(st, expand(st, r.target, host));
      const append = r.op === '>>';
      d = path === '/dev/null' ? '/dev/null' : path === '/dev/stdout' || path === '/proc/1/fd/1' ? 'out' : path === '/dev/stderr' || path === '/proc/1/fd/2' ? 'err' : { file: path, append };
      if (typeof d === 'object' && !append) setOwn(st.files, d.file, '');
    }
    if (r.fd === 1) fd1 = d;
    else fd2 = d;
  }
  const files = new Map<string, string[]>();
  const send = (d: Dest, s: string, fd: 1 | 2) => {
    if (d === '/dev/null' || s === '') return;
    if (d === 'pipe') st.pipe = (st.pipe ?? '') + s;
    else if (typeof d === 'object') {
      const buf = files.get(d.file) ?? [];
      buf.push(s);
      files.set(d.file, buf);
    } else if (host.write) host.write(s, d === 'out' ? fd : 2);
    else for (const line of s.replace(/\n$/, '').split('\n')) host.out(line);
  };
  return {
    write: (s) => send(fd1, s, 1),
    writeErr: (s) => send(fd2, s, 2),
    close: () => {
      for (const [file, buf] of files) setOwn(st.files, file, (getOwn(st.files, file) ?? '') + buf.join(''));
    },
  };
}

function splitFields(s: string): string[] {
  return s.split(/\s+/).filter((x) => x !== '');
}

/** Expands one word: quotes, escapes, parameters, command substitution and arithmetic. */
export function expand(st: ShellState, word: string, host: ShellHost): string {
  let out = '';
  let i = 0;
  let dq = false;
  while (i < word.length) {
    const c = word[i];
    if (c === "'" && !dq) {
      const end = word.indexOf("'", i + 1);
      out += word.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      dq = !dq;
      i++;
    } else if (c === '\\') {
      const n = word[i + 1] ?? '';
      out += dq && !'$`"\\'.includes(n) ? `\\${n}` : n;
      i += 2;
    } else if (c === '$' && word.startsWith('$((', i)) {
      const end = matchClose(word, i + 1);
      out += String(arith(st, word.slice(i + 3, end - 1)));
      i = end + 1;
    } else if (c === '$' && word[i + 1] === '(') {
      const end = matchClose(word, i + 1);
      out += substitute(st, word.slice(i + 2, end), host);
      i = end + 1;
    } else if (c === '`') {
      const end = word.indexOf('`', i + 1);
      out += substitute(st, word.slice(i + 1, end), host);
      i = end + 1;
    } else if (c === '$' && word[i + 1] === '{') {
      const end = word.indexOf('}', i);
      const body = word.slice(i + 2, end);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?::?([-=+])(.*))?$/.exec(body);
      const v = m ? getOwn(st.vars, m[1]) : undefined;
      if (m?.[2] === '-') out += v ? v : expand(st, m[3], host);
      else if (m?.[2] === '+') out += v ? expand(st, m[3], host) : '';
      else out += v ?? '';
      i = end + 1;
    } else if (c === '$') {
      const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|[?$#0-9@*])/.exec(word.slice(i + 1));
      if (!m) {
        out += '$';
        i++;
        continue;
      }
      const n = m[0];
      if (n === '?') out += String(st.status);
      else if (n === '$') out += '1';
      else if (n === '#') out += String(st.args.length);
      else if (n === '@' || n === '*') out += st.args.join(' ');
      else if (/^\d$/.test(n)) out += n === '0' ? 'sh' : (st.args[Number(n) - 1] ?? '');
      else out += getOwn(st.vars, n) ?? '';
      i += 1 + n.length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function matchClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return s.length;
}

/** `$(cmd)`: runs a nested program to completion on a copy of the state, capturing output. */
function substitute(st: ShellState, script: string, host: ShellHost): string {
  const lines: string[] = [];
  let text = '';
  const sub: ShellState = { ...st, script, argv: undefined, pc: 0, loops: {}, pipe: undefined };
  let prog: Program;
  try {
    prog = compile(script);
  } catch {
    return '';
  }
  // Kept apart (exec), stderr still reaches the terminal and only stdout is substituted.
  const write = host.write;
  const inner: ShellHost = write ? { ...host, write: (s, fd) => (fd === 1 ? void (text += s) : write(s, 2)) } : { ...host, out: (l) => lines.push(l) };
  for (let n = 0; n < MAX_STEPS && sub.pc < prog.code.length; n++) {
    const r = step(sub, prog.code[sub.pc++], inner);
    if (r?.kind === 'exit') break;
  }
  st.status = sub.status;
  return write ? text.replace(/\n+$/, '') : lines.join('\n');
}

/** $((…)): integers, variables, + - * / % and comparisons. */
function arith(st: ShellState, expr: string): number {
  const toks = expr.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|==|!=|<=|>=|[-+*/%()<>]/g) ?? [];
  let i = 0;
  const primary = (): number => {
    const t = toks[i++];
    if (t === '(') {
      const v = cmp();
      i++;
      return v;
    }
    if (t === '-') return -primary();
    if (t === undefined) return 0;
    if (/^\d/.test(t)) return Number(t);
    return Number.parseInt(getOwn(st.vars, t) ?? '0', 10) || 0;
  };
  const term = (): number => {
    let v = primary();
    while (toks[i] === '*' || toks[i] === '/' || toks[i] === '%') {
      const op = toks[i++];
      const r = primary();
      v = op === '*' ? v * r : r === 0 ? 0 : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = term();
    while (toks[i] === '+' || toks[i] === '-') v = toks[i++] === '+' ? v + term() : v - term();
    return v;
  };
  const cmp = (): number => {
    const v = sum();
    const op = toks[i];
    if (!op || !['<', '>', '<=', '>=', '==', '!='].includes(op)) return v;
    i++;
    const r = sum();
    return Number({ '<': v < r, '>': v > r, '<=': v <= r, '>=': v >= r, '==': v === r, '!=': v !== r }[op]);
  };
  return cmp();
}
