// The builtins of the containers' tiny shell: what busybox and Debian images provide that
// tutorials call (echo, printf, sleep, exit, export, env, printenv, date, hostname, touch, rm,
// cat, ls, test/[), the text tools a pipe feeds (shell-text-tools.ts), with busybox's (or dash's)
// wording for errors and `not found`. Errors go to stderr, output to stdout (a pod's log gets both).
// Simplifications: `trap`, `cd`, `set`, `mkdir` are no-ops; `wget` reaches the network only when the
// host provides it (kubectl exec: exec/), otherwise it cannot resolve the name.
import type { ShellHost, ShellIO, ShellResult, ShellState } from './shell';
import { textTool } from './shell-text-tools';
import { hasOwn, setOwn } from '../util/own';

const INFINITY_MS = 365 * 24 * 3600 * 1000;

/** busybox `date`: `Wed Jan  1 00:00:05 UTC 2025`; a few `+FORMAT`s. */
function formatDate(ms: number, fmt?: string): string {
  const d = new Date(Date.UTC(2025, 0, 1) + ms);
  const p = (n: number) => String(n).padStart(2, '0');
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const time = `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  if (!fmt) return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} UTC ${d.getUTCFullYear()}`;
  const map: Record<string, string> = {
    s: String(Math.floor(d.getTime() / 1000)),
    Y: String(d.getUTCFullYear()),
    m: p(d.getUTCMonth() + 1),
    d: p(d.getUTCDate()),
    H: p(d.getUTCHours()),
    M: p(d.getUTCMinutes()),
    S: p(d.getUTCSeconds()),
    T: time,
    '%': '%',
  };
  return fmt.replace(/%(.)/g, (m, c: string) => map[c] ?? m);
}

function parseSleep(arg: string): number | undefined {
  if (arg === 'infinity' || arg === 'inf') return INFINITY_MS;
  const m = /^(\d+(?:\.\d+)?|\.\d+)([smhd]?)$/.exec(arg);
  if (!m) return undefined;
  const mult = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2]] as number;
  return Math.round(Number(m[1]) * mult);
}

function environment(st: ShellState): string[] {
  return st.exported.filter((k) => hasOwn(st.vars, k)).map((k) => `${k}=${st.vars[k]}`);
}

/** A path as the shell's working directory ($PWD, `/` by default) makes it absolute. */
export function resolvePath(st: ShellState, p: string): string {
  if (p.startsWith('/')) return p;
  const parts = `${st.vars.PWD ?? '/'}/${p}`.split('/');
  const out: string[] = [];
  for (const x of parts) {
    if (x === '' || x === '.') continue;
    if (x === '..') out.pop();
    else out.push(x);
  }
  return `/${out.join('/')}`;
}

/** The URL operand of busybox wget: the first word that is not an option or an option's value. */
export function wgetUrl(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return args[i + 1] ?? '';
    // Options that take a value as the next word (-O file, -T secs, -U agent, -Y on|off, -P dir, --header X).
    if (/^-[OoTUYP]$/.test(a) || /^--(?:output-document|timeout|user-agent|header|post-data|post-file|directory-prefix)$/.test(a)) {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return a;
  }
  return '';
}

export function builtin(st: ShellState, argv: string[], host: ShellHost, io: ShellIO): ShellResult | undefined {
  const write = io.out;
  const writeErr = io.err;
  const [cmd, ...args] = argv;
  const name = cmd.replace(/^\/(?:usr\/)?bin\//, '');
  const ok = (code = 0) => {
    st.status = code;
    return undefined;
  };
  // The host's commands first: the image's own tools (exec/) may replace a builtin's simpler model.
  const more = host.extra?.(argv, io, st);
  if (more !== undefined) return ok(more);
  switch (name) {
    case 'true':
    case ':':
    case 'cd':
    case 'set':
    case 'mkdir':
    case 'trap':
      return ok();
    case 'false':
      return ok(1);
    // Outside a loop (inside one, the compiler made them jumps: shell-parse.ts loopJump).
    case 'break':
    case 'continue':
      return ok();
    case 'seq':
      return ok(seq(args, host.flavor, write, writeErr));
    case 'echo': {
      let a = args;
      if (a[0] === '-n' || a[0] === '-e') a = a.slice(1);
      // -n: a log is line-based, so there the line ends anyway; a stream (exec) keeps it open.
      const end = args[0] === '-n' && host.write ? '' : '\n';
      write(a.join(' ').replace(/\\n/g, host.flavor === 'dash' || args[0] === '-e' ? '\n' : '\\n') + end);
      return ok();
    }
    case 'printf': {
      let i = 0;
      const out = (args[0] ?? '').replace(/\\n/g, '\n').replace(/%([sd%])/g, (_m, c: string) => (c === '%' ? '%' : c === 'd' ? String(Number.parseInt(args[++i] ?? '0', 10) || 0) : (args[++i] ?? '')));
      if (out) write(out);
      return ok();
    }
    case 'sleep': {
      const ms = args.length ? args.reduce<number | undefined>((sum, a) => (sum === undefined ? undefined : ((v) => (v === undefined ? undefined : sum + v))(parseSleep(a))), 0) : undefined;
      if (ms === undefined) {
        writeErr(args.length ? `sleep: invalid number '${args.find((a) => parseSleep(a) === undefined)}'\n` : 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: sleep [N]...\n');
        return ok(1);
      }
      st.status = 0;
      return { kind: 'sleep', ms };
    }
    case 'exit': {
      const code = args.length ? Number.parseInt(args[0], 10) : st.status;
      return { kind: 'exit', code: Number.isNaN(code) ? 2 : ((code % 256) + 256) % 256 };
    }
    case 'export':
      for (const a of args) {
        const eq = a.indexOf('=');
        const k = eq >= 0 ? a.slice(0, eq) : a;
        if (eq >= 0) setOwn(st.vars, k, a.slice(eq + 1));
        if (!st.exported.includes(k)) st.exported.push(k);
      }
      return ok();
    case 'env':
      write(`${environment(st).join('\n')}\n`);
      return ok();
    case 'printenv': {
      if (!args.length) {
        write(`${environment(st).join('\n')}\n`);
        return ok();
      }
      const found = args.filter((k) => st.exported.includes(k) && hasOwn(st.vars, k));
      if (found.length) write(`${found.map((k) => st.vars[k]).join('\n')}\n`);
      return ok(found.length === args.length ? 0 : 1);
    }
    case 'date':
      write(`${formatDate(host.now, args.find((a) => a.startsWith('+'))?.slice(1))}\n`);
      return ok();
    case 'hostname':
      write(`${host.hostname}\n`);
      return ok();
    case 'touch':
      for (const f of args.map((a) => resolvePath(st, a))) if (!hasOwn(st.files, f)) setOwn(st.files, f, '');
      return ok();
    case 'rm': {
      const force = args.some((a) => /^-\w*f/.test(a));
      let code = 0;
      for (const f of args.filter((a) => !a.startsWith('-'))) {
        const path = resolvePath(st, f);
        if (hasOwn(st.files, path)) delete st.files[path];
        else if (!force) {
          writeErr(`rm: can't remove '${f}': No such file or directory\n`);
          code = 1;
        }
      }
      return ok(code);
    }
    case 'cat': {
      let code = 0;
      const files = args.filter((a) => !/^-./.test(a));
      if (!files.length) write(io.stdin ?? '');
      for (const f of files) {
        if (f === '-') write(io.stdin ?? '');
        else if (hasOwn(st.files, resolvePath(st, f))) write(st.files[resolvePath(st, f)]);
        else {
          writeErr(host.flavor === 'dash' ? `cat: ${f}: No such file or directory\n` : `cat: can't open '${f}': No such file or directory\n`);
          code = 1;
        }
      }
      return ok(code);
    }
    case 'ls': {
      const dir = (args.find((a) => !a.startsWith('-')) ?? '/').replace(/\/?$/, '/');
      const names = Object.keys(st.files)
        .filter((f) => f.startsWith(dir))
        .map((f) => f.slice(dir.length).split('/')[0]);
      if (names.length) write(`${[...new Set(names)].sort().join('\n')}\n`);
      return ok();
    }
    case 'test':
    case '[':
      return ok(test(st, name === '[' ? args.slice(0, -1) : args) ? 0 : 1);
  }
  const text = textTool(name, args, io.stdin ?? '', st.files, host.flavor, (f) => resolvePath(st, f));
  if (text) {
    write(text.stdout);
    writeErr(text.stderr);
    return ok(text.exitCode);
  }
  if (name === 'wget' && host.flavor === 'busybox') {
    // Without a network host (a pod's own command), the name does not resolve.
    writeErr(`wget: bad address '${wgetUrl(args).replace(/^https?:\/\//, '').split(/[/:]/)[0]}'\n`);
    return ok(1);
  }
  writeErr(host.flavor === 'dash' ? `sh: 1: ${cmd}: not found\n` : `sh: ${cmd}: not found\n`);
  return ok(127);
}

function test(st: ShellState, a: string[]): boolean {
  if (a[0] === '!') return !test(st, a.slice(1));
  if (a.length === 1) return a[0] !== '';
  if (a.length === 2) {
    if (a[0] === '-z') return a[1] === '';
    if (a[0] === '-n') return a[1] !== '';
    if (a[0] === '-f' || a[0] === '-e') return hasOwn(st.files, resolvePath(st, a[1]));
    if (a[0] === '-d') return Object.keys(st.files).some((f) => f.startsWith(`${resolvePath(st, a[1]).replace(/\/$/, '')}/`));
  }
  if (a.length === 3) {
    const [l, op, r] = a;
    const x = Number(l);
    const y = Number(r);
    switch (op) {
      case '=':
      case '==':
        return l === r;
      case '!=':
        return l !== r;
      case '-eq':
        return x === y;
      case '-ne':
        return x !== y;
      case '-lt':
        return x < y;
      case '-le':
        return x <= y;
      case '-gt':
        return x > y;
      case '-ge':
        return x >= y;
    }
  }
  return false;
}

/**
 * `seq [-s SEP] [-w] [FIRST [INC]] LAST`: busybox's applet or coreutils' (Debian images), with
 * their words for an argument that is not a number.
 * [busybox: coreutils/seq.c; coreutils: src/seq.c]
 * Simplification: numbers print as JavaScript writes them (both print whole numbers alike).
 */
function seq(args: string[], flavor: ShellHost['flavor'], write: (s: string) => void, writeErr: (s: string) => void): number {
  let sep = '\n';
  let width = false;
  const nums: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-s') sep = args[++i] ?? '\n';
    else if (args[i] === '-w') width = true;
    else nums.push(args[i]);
  }
  if (nums.length < 1 || nums.length > 3) {
    writeErr(flavor === 'dash' ? "seq: missing operand\nTry 'seq --help' for more information.\n" : 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: seq [-w] [-s SEP] [FIRST [INC]] LAST\n');
    return 1;
  }
  const bad = nums.find((n) => n.trim() === '' || !Number.isFinite(Number(n)));
  if (bad !== undefined) {
    writeErr(flavor === 'dash' ? `seq: invalid floating point argument: '${bad}'\nTry 'seq --help' for more information.\n` : `seq: invalid '${bad}'\n`);
    return 1;
  }
  const v = nums.map(Number);
  const [first, inc, last] = v.length === 1 ? [1, 1, v[0]] : v.length === 2 ? [v[0], 1, v[1]] : [v[0], v[1], v[2]];
  const out: string[] = [];
  // A bound keeps a typo such as `seq 1 0.000001 1e9` from filling memory (the VM's 1 MiB cap).
  for (let x = first; (inc > 0 && x <= last) || (inc < 0 && x >= last); x += inc) {
    out.push(String(x));
    if (out.length >= 100_000) break;
  }
  const pad = width ? Math.max(...out.map((s) => s.length)) : 0;
  if (out.length) write(`${out.map((s) => s.padStart(pad, '0')).join(sep)}\n`);
  return 0;
}

