// The text tools a tutorial pipes kubectl into, with GNU coreutils' and grep's options and error
// words (checked against coreutils 9.1 and grep 3.8): echo, printf-free; cat, grep, head, tail,
// wc, sort, uniq, base64. They read stdin only: the console has no files, so a file argument is
// `No such file or directory`, as on a machine without that file.
// Simplifications: grep's regular expressions run as JavaScript ones (BRE converted: `\(`/`\|`
// group, bare `(` `|` `+` `?` `{` are literal); sort compares bytes (the C locale), not a
// language's collation; only the options below.

export interface ToolResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export type Tool = (args: string[], stdin: string) => ToolResult;

const done = (stdout: string, exitCode = 0): ToolResult => ({ stdout, stderr: '', exitCode });
const err = (stderr: string, exitCode = 1, stdout = ''): ToolResult => ({ stdout, stderr, exitCode });
const tryHelp = (cmd: string, what: string): ToolResult => err(`${cmd}: ${what}\nTry '${cmd} --help' for more information.\n`);

/** Lines of a text, without the empty piece after the final newline. */
function linesOf(text: string): string[] {
  if (text === '') return [];
  const l = text.split('\n');
  if (l.at(-1) === '') l.pop();
  return l;
}
const joinLines = (l: string[]): string => (l.length ? `${l.join('\n')}\n` : '');

/**
 * getopt_long over the words: short flags (clustered; those in `withValue` take a value, glued or
 * next), long ones mapped to short, `--` ends options. Returns an error result on a bad option.
 */
function options(cmd: string, args: string[], bools: string, withValue: string, long: Record<string, string> = {}): { opts: Map<string, string>; rest: string[] } | ToolResult {
  const opts = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, value] = a.slice(2).split(/=(.*)/s);
      const short = long[name];
      if (!short) return tryHelp(cmd, `unrecognized option '${a}'`);
      if (withValue.includes(short)) {
        const v = value ?? args[++i];
        if (v === undefined) return tryHelp(cmd, `option '--${name}' requires an argument`);
        opts.set(short, v);
      } else opts.set(short, '');
      continue;
    }
    if (!a.startsWith('-') || a === '-' || (/^-\d+$/.test(a) && withValue.includes('n'))) {
      if (/^-\d+$/.test(a) && withValue.includes('n')) opts.set('n', a.slice(1));
      else rest.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (withValue.includes(c)) {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return tryHelp(cmd, `option requires an argument -- '${c}'`);
        opts.set(c, v);
        break;
      }
      if (!bools.includes(c)) return tryHelp(cmd, `invalid option -- '${c}'`);
      opts.set(c, '');
    }
  }
  return { opts, rest };
}

/** The input: stdin, or `No such file` for any file named (there are none). */
function input(cmd: string, files: string[], stdin: string): { text: string } | ToolResult {
  const missing = files.filter((f) => f !== '-');
  if (missing.length) return err(missing.map((f) => `${cmd}: ${f}: No such file or directory\n`).join(''));
  return { text: stdin };
}

/** GNU's count argument: digits (with an optional K/M suffix unsupported), else its error. */
function count(cmd: string, raw: string, what: 'lines' | 'bytes'): number | ToolResult {
  const v = raw.replace(/^[+-]/, '');
  if (!/^\d+$/.test(v)) return err(`${cmd}: invalid number of ${what}: ‘${raw}’\n`);
  return Number(v);
}

const cat: Tool = (args, stdin) => {
  const o = options('cat', args, 'AbeEnstTuv', '');
  if (!('opts' in o)) return o;
  const i = input('cat', o.rest, stdin);
  if (!('text' in i)) return i;
  if (!o.opts.has('n')) return done(i.text);
  return done(joinLines(linesOf(i.text).map((l, k) => `${String(k + 1).padStart(6)}\t${l}`)));
};

/** A BRE (grep's default) as a JavaScript regular expression. */
function breToJs(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\' && i + 1 < p.length) {
      const n = p[++i];
      out += '(){}|+?'.includes(n) ? n : `\\${n}`;
    } else out += '(){}|+?'.includes(c) ? `\\${c}` : c;
  }
  return out;
}

const grep: Tool = (args, stdin) => {
  const o = options('grep', args, 'icvnEFwxqoHhs', 'eABC', {
    'ignore-case': 'i',
    count: 'c',
    'invert-match': 'v',
    'line-number': 'n',
    'extended-regexp': 'E',
    'fixed-strings': 'F',
    'word-regexp': 'w',
    'line-regexp': 'x',
    quiet: 'q',
    'only-matching': 'o',
    regexp: 'e',
    'after-context': 'A',
    'before-context': 'B',
    context: 'C',
  });
  if (!('opts' in o)) return { ...o, exitCode: 2 };
  const { opts, rest } = o;
  const usage = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";
  const pattern = opts.get('e') ?? rest.shift();
  if (pattern === undefined) return err(usage, 2);
  const i = input('grep', rest, stdin);
  if (!('text' in i)) return { ...i, exitCode: 2 };
  let source = opts.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : opts.has('E') ? pattern : breToJs(pattern);
  if (opts.has('w')) source = `(?<![\\w])(?:${source})(?![\\w])`;
  if (opts.has('x')) source = `^(?:${source})$`;
  let re: RegExp;
  try {
    re = new RegExp(source, opts.has('i') ? 'gi' : 'g');
  } catch {
    return err(/[()]/.test(pattern) ? 'grep: Unmatched ( or \\(\n' : `grep: Invalid regular expression\n`, 2);
  }
  // -A/-B/-C NUM: lines around each match (`-` after the line number), groups apart joined by `--`.
  const ctx: Record<string, number> = {};
  for (const k of ['A', 'B', 'C']) {
    const v = opts.get(k);
    if (v === undefined) continue;
    if (!/^\d+$/.test(v)) return err(`grep: ${v}: invalid context length argument\n`, 2);
    ctx[k] = Number(v);
  }
  const after = ctx.A ?? ctx.C ?? 0;
  const before = ctx.B ?? ctx.C ?? 0;
  const out: string[] = [];
  const lines = linesOf(i.text);
  let n = 0;
  let printedTo = -1;
  lines.forEach((line, k) => {
    re.lastIndex = 0;
    const hit = re.test(line) !== opts.has('v');
    if (!hit) return;
    n++;
    const from = Math.max(printedTo + 1, k - before);
    if ((before || after) && printedTo >= 0 && from > printedTo + 1) out.push('--');
    for (let j = from; j < k; j++) out.push((opts.has('n') ? `${j + 1}-` : '') + lines[j]);
    const prefix = opts.has('n') ? `${k + 1}:` : '';
    re.lastIndex = 0;
    if (opts.has('o') && !opts.has('v')) {
      for (const m of line.matchAll(re)) if (m[0]) out.push(prefix + m[0]);
    } else out.push(prefix + line);
    printedTo = k;
    // The lines after are printed as context unless a later match claims them first.
    for (let j = k + 1; j <= Math.min(lines.length - 1, k + after); j++) {
      re.lastIndex = 0;
      if (re.test(lines[j]) !== opts.has('v')) break;
      out.push((opts.has('n') ? `${j + 1}-` : '') + lines[j]);
      printedTo = j;
    }
  });
  if (opts.has('q')) return done('', n ? 0 : 1);
  if (opts.has('c')) return done(`${n}\n`, n ? 0 : 1);
  return done(joinLines(out), n ? 0 : 1);
};

function headTail(cmd: 'head' | 'tail'): Tool {
  return (args, stdin) => {
    const o = options(cmd, args, 'qv', 'nc', { lines: 'n', bytes: 'c' });
    if (!('opts' in o)) return o;
    const i = input(cmd, o.rest, stdin);
    if (!('text' in i)) return i;
    if (o.opts.has('c')) {
      const c = count(cmd, o.opts.get('c') as string, 'bytes');
      if (typeof c !== 'number') return c;
      return done(cmd === 'head' ? i.text.slice(0, c) : i.text.slice(Math.max(0, i.text.length - c)));
    }
    const raw = o.opts.get('n') ?? '10';
    const c = count(cmd, raw, 'lines');
    if (typeof c !== 'number') return c;
    const l = linesOf(i.text);
    if (cmd === 'head') return done(joinLines(raw.startsWith('-') ? l.slice(0, Math.max(0, l.length - c)) : l.slice(0, c)));
    return done(joinLines(raw.startsWith('+') ? l.slice(Math.max(0, c - 1)) : l.slice(Math.max(0, l.length - c))));
  };
}

const wc: Tool = (args, stdin) => {
  const o = options('wc', args, 'lwcm', '', { lines: 'l', words: 'w', bytes: 'c', chars: 'm' });
  if (!('opts' in o)) return o;
  const i = input('wc', o.rest, stdin);
  if (!('text' in i)) return i;
  const all = !['l', 'w', 'c', 'm'].some((f) => o.opts.has(f));
  const figures: number[] = [];
  if (all || o.opts.has('l')) figures.push((i.text.match(/\n/g) ?? []).length);
  if (all || o.opts.has('w')) figures.push(i.text.split(/\s+/).filter(Boolean).length);
  if (o.opts.has('m')) figures.push([...i.text].length);
  if (all || o.opts.has('c')) figures.push(new TextEncoder().encode(i.text).length);
  // From stdin GNU wc pads every figure to 7 columns, except a single one, printed bare.
  return done(`${figures.length === 1 ? figures[0] : figures.map((f) => String(f).padStart(7)).join(' ')}\n`);
};

const sort: Tool = (args, stdin) => {
  const o = options('sort', args, 'rnu', '', { reverse: 'r', 'numeric-sort': 'n', unique: 'u' });
  if (!('opts' in o)) return o;
  const i = input('sort', o.rest, stdin);
  if (!('text' in i)) return i;
  const num = (s: string) => Number.parseFloat(s) || 0;
  let l = linesOf(i.text).sort((a, b) => (o.opts.has('n') ? num(a) - num(b) || (a < b ? -1 : a > b ? 1 : 0) : a < b ? -1 : a > b ? 1 : 0));
  if (o.opts.has('r')) l.reverse();
  if (o.opts.has('u')) l = l.filter((x, k) => k === 0 || x !== l[k - 1]);
  return done(joinLines(l));
};

const uniq: Tool = (args, stdin) => {
  const o = options('uniq', args, 'c', '', { count: 'c' });
  if (!('opts' in o)) return o;
  const i = input('uniq', o.rest, stdin);
  if (!('text' in i)) return i;
  const out: [string, number][] = [];
  for (const l of linesOf(i.text)) {
    const last = out.at(-1);
    if (last && last[0] === l) last[1]++;
    else out.push([l, 1]);
  }
  return done(joinLines(out.map(([l, c]) => (o.opts.has('c') ? `${String(c).padStart(7)} ${l}` : l))));
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const base64: Tool = (args, stdin) => {
  const o = options('base64', args, 'di', 'w', { decode: 'd', 'ignore-garbage': 'i', wrap: 'w' });
  if (!('opts' in o)) return o;
  const i = input('base64', o.rest, stdin);
  if (!('text' in i)) return i;
  if (o.opts.has('d')) {
    const text = i.text.replace(/\n/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || (text.includes('=') && text.length % 4 !== 0)) return err('base64: invalid input\n');
    const bytes: number[] = [];
    let bits = 0;
    let acc = 0;
    for (const ch of text.replace(/=+$/, '')) {
      acc = (acc << 6) | B64.indexOf(ch);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((acc >> bits) & 0xff);
      }
    }
    return done(new TextDecoder().decode(new Uint8Array(bytes)));
  }
  const bytes = new TextEncoder().encode(i.text);
  let out = '';
  for (let k = 0; k < bytes.length; k += 3) {
    const n = (bytes[k] << 16) | ((bytes[k + 1] ?? 0) << 8) | (bytes[k + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (k + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (k + 2 < bytes.length ? B64[n & 63] : '=');
  }
  const wrap = Number(o.opts.get('w') ?? 76);
  if (out === '') return done('');
  return done(`${wrap > 0 ? (out.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []).join('\n') : out}\n`);
};

/** bash's builtin echo: -n (no newline), -e (backslash escapes), -E; other words are text. */
const echo: Tool = (args) => {
  let newline = true;
  let escapes = false;
  let k = 0;
  for (; k < args.length && /^-[neE]+$/.test(args[k]); k++) {
    for (const c of args[k].slice(1)) {
      if (c === 'n') newline = false;
      else escapes = c === 'e';
    }
  }
  let text = args.slice(k).join(' ');
  if (escapes) text = text.replace(/\\([nt\\])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
  return done(newline ? `${text}\n` : text);
};

export const TOOLS: Record<string, Tool> = {
  echo,
  cat,
  grep,
  head: headTail('head'),
  tail: headTail('tail'),
  wc,
  sort,
  uniq,
  base64,
  true: () => done(''),
  false: () => done('', 1),
};
