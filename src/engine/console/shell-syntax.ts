// The console's shell grammar: one typed line → lists of and-or chains of pipelines of simple
// commands, as bash parses an interactive line. Words keep their raw text (quotes and `$…` are
// resolved at expansion, shell-expand.ts), as bash does. Errors are bash's interactive words
// (`bash: syntax error near unexpected token `&&'`); where bash would prompt for more (an open
// quote, a trailing `|`) the console has only one line, so it says what bash says at end of input;
// a line that arrives with `\⏎` continuations (the docs' long commands) is joined first.
// Simplifications: no compound commands (if/for/while, `{ }`, subshells), functions, here-docs,
// `&` (runs in the foreground) or history expansion; `#` starts a comment only at a word's start.

export class ShellSyntaxError extends Error {}

export interface Redirect {
  fd: number;
  op: '>' | '>>' | '<' | '>&';
  target: string;
}

export interface SimpleCommand {
  /** `NAME=value` words before the command name, raw. */
  assigns: string[];
  /** The command and its arguments, raw. */
  words: string[];
  redirs: Redirect[];
}

export type Pipeline = SimpleCommand[];

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export type ShellList = AndOr[];

type Tok = { t: 'w'; v: string } | { t: 'op'; v: string };

const OPS = ['&&', '||', ';;', '>>', '>&', ';', '&', '|', '(', ')', '<', '>'];

function eof(close: string): ShellSyntaxError {
  return new ShellSyntaxError(`unexpected EOF while looking for matching \`${close}'`);
}

/** Index just past the `)` closing a `$(` that opens at `i` (on the `(`), skipping quotes inside. */
export function skipSubstitution(src: string, i: number): number {
  let depth = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw eof("'");
      i = end + 1;
    } else if (c === '"') i = skipDouble(src, i + 1);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i + 1;
      i++;
    }
  }
  throw eof(')');
}

/** Index just past the `"` closing a double-quoted string whose body starts at `i`. */
export function skipDouble(src: string, i: number): number {
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else if (c === '$' && src[i + 1] === '(') i = skipSubstitution(src, i + 1);
    else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw eof('`');
      i = end + 1;
    } else i++;
  }
  throw eof('"');
}

export function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let start = -1;
  const flush = (end: number) => {
    if (start >= 0) toks.push({ t: 'w', v: src.slice(start, end) });
    start = -1;
  };
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      flush(i);
      i++;
      continue;
    }
    if (c === '#' && start < 0) break;
    if (start < 0 && !OPS.some((o) => src.startsWith(o, i))) start = i;
    if (c === '\\') i += 2;
    else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw eof("'");
      i = end + 1;
    } else if (c === '"') i = skipDouble(src, i + 1);
    else if (c === '$' && src[i + 1] === '(') i = skipSubstitution(src, i + 1);
    else if (c === '$' && src[i + 1] === '{') {
      const end = src.indexOf('}', i + 2);
      if (end < 0) throw eof('}');
      i = end + 1;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw eof('`');
      i = end + 1;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) {
        i++;
        continue;
      }
      // `2>` / `2>&1`: a file-descriptor number glued to a redirection.
      const word = start >= 0 ? src.slice(start, i) : '';
      if ((op === '>' || op === '>>' || op === '>&' || op === '<') && /^\d$/.test(word)) {
        toks.push({ t: 'op', v: `${word}${op}` });
        start = -1;
      } else {
        flush(i);
        toks.push({ t: 'op', v: op });
      }
      i += op.length;
    }
  }
  flush(Math.min(i, src.length));
  return toks;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }
  private isOp(...vs: string[]): boolean {
    const t = this.peek();
    return t?.t === 'op' && vs.includes(t.v);
  }
  private unexpected(): never {
    const t = this.peek();
    if (!t) throw new ShellSyntaxError('syntax error: unexpected end of file');
    throw new ShellSyntaxError(`syntax error near unexpected token \`${t.v}'`);
  }

  list(): ShellList {
    const out: ShellList = [];
    while (this.peek()) {
      out.push(this.andOr());
      if (this.isOp(';', '&')) this.i++;
      else if (this.peek()) this.unexpected();
    }
    return out;
  }

  private andOr(): AndOr {
    const node: AndOr = { first: this.pipeline(), rest: [] };
    while (this.isOp('&&', '||')) {
      const op = (this.peek() as Tok).v as '&&' | '||';
      this.i++;
      node.rest.push({ op, pipeline: this.pipeline() });
    }
    return node;
  }

  private pipeline(): Pipeline {
    const p: Pipeline = [this.simple()];
    while (this.isOp('|')) {
      this.i++;
      p.push(this.simple());
    }
    return p;
  }

  private simple(): SimpleCommand {
    const cmd: SimpleCommand = { assigns: [], words: [], redirs: [] };
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.t === 'op') {
        const m = /^(\d?)(>>|>&|>|<)$/.exec(t.v);
        if (!m) break;
        this.i++;
        const target = this.peek();
        if (target?.t !== 'w') {
          // bash names `newline` when the line ends right after the operator.
          if (!target) throw new ShellSyntaxError("syntax error near unexpected token `newline'");
          this.unexpected();
        }
        this.i++;
        const op = m[2] as Redirect['op'];
        cmd.redirs.push({ fd: m[1] ? Number(m[1]) : op === '<' ? 0 : 1, op, target: target.v });
        continue;
      }
      if (cmd.words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(t.v)) cmd.assigns.push(t.v);
      else cmd.words.push(t.v);
      this.i++;
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirs.length === 0) this.unexpected();
    return cmd;
  }
}

/**
 * Line continuation: a backslash right before a newline is removed with it, outside single quotes
 * (inside double quotes too), before anything else reads the line — how the docs split one long
 * command over several lines (`kubectl config set-context dev --namespace=development \⏎ --cluster=…`).
 * [bash manual 3.1.2.1 Escape Character; POSIX 2.2.1]
 */
export function joinContinuations(src: string): string {
  if (!src.includes('\\\n')) return src;
  let out = '';
  let i = 0;
  let single = false;
  let double = false;
  while (i < src.length) {
    const c = src[i];
    if (single) {
      if (c === "'") single = false;
      out += c;
      i++;
    } else if (c === '\\' && src[i + 1] === '\n') i += 2;
    else if (c === '\\') {
      out += src.slice(i, i + 2);
      i += 2;
    } else {
      if (c === '"') double = !double;
      else if (c === "'" && !double) single = true;
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * Text pasted into the console's one-line box, as the commands a terminal would receive: `\⏎`
 * continuations joined (joinContinuations), CRLF read as LF, then one entry per line that ends a
 * command (a newline outside quotes, as bash reads it). Simplification: the box holds one line, so a
 * newline inside quotes (a multi-line `-p '{…}'`) becomes a space, and `$(…)` spanning lines is not
 * kept whole. [bash manual 3.1.2.1, 3.2.1]
 */
export function pastedLines(text: string): string[] {
  const src = joinContinuations(text.replace(/\r\n?/g, '\n'));
  const lines: string[] = [];
  let cur = '';
  let single = false;
  let double = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (single) {
      if (c === "'") single = false;
      cur += c === '\n' ? ' ' : c;
    } else if (c === '\\' && i + 1 < src.length) {
      // An escaped character stays as it is (joinContinuations has already removed `\⏎`).
      cur += c + src[i + 1];
      i++;
    } else if (c === '\n') {
      if (double) cur += ' ';
      else {
        lines.push(cur);
        cur = '';
      }
    } else {
      if (c === '"') double = !double;
      else if (c === "'" && !double) single = true;
      cur += c;
    }
  }
  lines.push(cur);
  return lines;
}

/** Parses one console line; throws ShellSyntaxError with bash's words. */
export function parseLine(line: string): ShellList {
  return new Parser(lex(joinContinuations(line))).list();
}
