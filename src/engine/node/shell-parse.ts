// The parsing half of the containers' tiny POSIX shell: a lexer that keeps each word's raw text
// (quotes are resolved at expansion time, as sh does), a recursive-descent parser for what
// tutorials write (`;` `&&` `||` `|`, while/until/for/if, `{ }`, redirections) and a compiler to
// flat bytecode, so a running script's whole state is a program counter plus variables (JSON).
// Simplifications: no functions, case, here-documents or field splitting (except a `for` list's);
// `&` runs in the foreground; a pipeline's commands run one after the other, each reading the one before's output
// (the state carries it, so a pipe is JSON too) — only a compound command's first command reads it.

export interface Redirect {
  fd: number;
  op: '>' | '>>' | '<' | '>&';
  target: string;
}

export type Instr =
  /** pipeOut: its stdout feeds the next command of the pipeline; pipeIn: it reads the previous one's. */
  | { op: 'cmd'; words: string[]; assigns: string[]; redirs: Redirect[]; pipeOut?: boolean; pipeIn?: boolean }
  | { op: 'jf' | 'jt' | 'jmp'; to: number }
  | { op: 'status'; code: number }
  | { op: 'not' }
  | { op: 'forinit'; slot: number; words: string[] }
  | { op: 'fornext'; slot: number; name: string; to: number };

export interface Program {
  code: Instr[];
}

export class ShellSyntaxError extends Error {}

type Tok = { t: 'w'; v: string } | { t: 'op'; v: string };

const OPS = ['&&', '||', ';;', '>>', '>&', ';', '&', '|', '(', ')', '<', '>', '\n'];

export function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let word = '';
  let inWord = false;
  const flush = () => {
    if (inWord) toks.push({ t: 'w', v: word });
    word = '';
    inWord = false;
  };
  const skipBalanced = (open: string, close: string): void => {
    let depth = 0;
    while (i < src.length) {
      const c = src[i];
      word += c;
      i++;
      if (c === '\\' && i < src.length) {
        word += src[i++];
      } else if (c === "'") {
        const end = src.indexOf("'", i);
        if (end < 0) throw new ShellSyntaxError('unterminated quoted string');
        word += src.slice(i, end + 1);
        i = end + 1;
      } else if (c === open) depth++;
      else if (c === close && --depth === 0) return;
    }
    throw new ShellSyntaxError('unterminated quoted string');
  };
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t') {
      flush();
      i++;
    } else if (c === '#' && !inWord) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
    } else if (c === '\\') {
      word += src.slice(i, i + 2);
      inWord = true;
      i += 2;
    } else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError('unterminated quoted string');
      word += src.slice(i, end + 1);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      inWord = true;
      word += c;
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\') word += src[i++];
        if (src[i] === '$' && src[i + 1] === '(') {
          word += '$';
          i++;
          skipBalanced('(', ')');
          continue;
        }
        word += src[i++];
      }
      if (i >= src.length) throw new ShellSyntaxError('unterminated quoted string');
      word += '"';
      i++;
    } else if (c === '$' && src[i + 1] === '(') {
      inWord = true;
      word += '$';
      i++;
      skipBalanced('(', ')');
    } else if (c === '$' && src[i + 1] === '{') {
      inWord = true;
      word += '$';
      i++;
      skipBalanced('{', '}');
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new ShellSyntaxError('unterminated quoted string');
      word += src.slice(i, end + 1);
      inWord = true;
      i = end + 1;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (op) {
        // `2>` / `2>&1`: a file-descriptor number glued to a redirection.
        if ((op === '>' || op === '>>' || op === '>&' || op === '<') && inWord && /^\d$/.test(word)) {
          toks.push({ t: 'op', v: `${word}${op}` });
          word = '';
          inWord = false;
        } else {
          flush();
          toks.push({ t: 'op', v: op });
        }
        i += op.length;
      } else {
        word += c;
        inWord = true;
        i++;
      }
    }
  }
  flush();
  return toks;
}

const KEYWORDS = new Set(['do', 'done', 'then', 'fi', 'else', 'elif', '}', 'esac']);

class Parser {
  private i = 0;
  readonly code: Instr[] = [];
  private slots = 0;
  /** The enclosing loops, innermost last: the jumps their `break` / `continue` still have to aim. */
  private loops: { breaks: number[]; continues: number[] }[] = [];
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }
  private isWord(v: string): boolean {
    const t = this.peek();
    return t?.t === 'w' && t.v === v;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === 'op' && t.v === v;
  }
  private unexpected(): never {
    const t = this.peek();
    throw new ShellSyntaxError(`unexpected ${t ? JSON.stringify(t.v === '\n' ? 'newline' : t.v) : 'end of file'}`);
  }
  private expectWord(v: string): void {
    this.skipNewlines();
    if (!this.isWord(v)) this.unexpected();
    this.i++;
  }
  private skipNewlines(): void {
    while (this.isOp('\n') || this.isOp(';')) this.i++;
  }
  private emit(ins: Instr): number {
    this.code.push(ins);
    return this.code.length - 1;
  }

  program(): Program {
    this.list();
    if (this.peek()) this.unexpected();
    return { code: this.code };
  }

  /** Commands until a closing keyword or `)`. */
  private list(): void {
    this.skipNewlines();
    let any = false;
    while (this.peek()) {
      const t = this.peek() as Tok;
      if ((t.t === 'w' && KEYWORDS.has(t.v)) || (t.t === 'op' && t.v === ')')) break;
      this.andOr();
      any = true;
      if (this.isOp(';') || this.isOp('&') || this.isOp('\n')) this.skipNewlinesAnd();
      else break;
    }
    if (!any) this.emit({ op: 'status', code: 0 });
  }
  private skipNewlinesAnd(): void {
    while (this.isOp('\n') || this.isOp(';') || this.isOp('&')) this.i++;
  }

  private andOr(): void {
    this.pipeline();
    const jumps: number[] = [];
    while (this.isOp('&&') || this.isOp('||')) {
      const op = (this.peek() as Tok).v;
      this.i++;
      while (this.isOp('\n')) this.i++;
      jumps.push(this.emit({ op: op === '&&' ? 'jf' : 'jt', to: -1 }));
      this.pipeline();
      // A skipped operand leaves the status as it was, which sh also does.
      const end = this.code.length;
      for (const j of jumps.splice(0)) (this.code[j] as { to: number }).to = end;
    }
  }

  private pipeline(): void {
    let negate = false;
    if (this.isWord('!')) {
      negate = true;
      this.i++;
    }
    const first = this.code.length;
    this.command();
    while (this.isOp('|')) {
      this.i++;
      for (let k = first; k < this.code.length; k++) {
        const ins = this.code[k];
        if (ins.op === 'cmd') ins.pipeOut = true;
      }
      const next = this.code.length;
      this.command();
      const reader = this.code.slice(next).find((ins) => ins.op === 'cmd');
      if (reader?.op === 'cmd') reader.pipeIn = true;
    }
    if (negate) this.emit({ op: 'not' });
  }

  private command(): void {
    const t = this.peek();
    if (!t) this.unexpected();
    if (t.t === 'op' && t.v === '(') {
      this.i++;
      this.list();
      if (!this.isOp(')')) this.unexpected();
      this.i++;
      return;
    }
    if (t.t === 'w') {
      switch (t.v) {
        case '{':
          this.i++;
          this.list();
          return this.expectWord('}');
        case 'while':
        case 'until': {
          this.i++;
          const top = this.code.length;
          this.loops.push({ breaks: [], continues: [] });
          this.list();
          const exit = this.emit({ op: t.v === 'while' ? 'jf' : 'jt', to: -1 });
          this.expectWord('do');
          this.list();
          this.expectWord('done');
          this.emit({ op: 'jmp', to: top });
          const end = this.emit({ op: 'status', code: 0 });
          (this.code[exit] as { to: number }).to = end;
          this.closeLoop(end, top);
          return;
        }
        case 'for': {
          this.i++;
          const name = this.peek();
          if (name?.t !== 'w') this.unexpected();
          this.i++;
          const words: string[] = [];
          if (this.isWord('in')) {
            this.i++;
            while (this.peek()?.t === 'w') words.push((this.toks[this.i++] as { v: string }).v);
          } else words.push('"$@"');
          const slot = this.slots++;
          this.emit({ op: 'forinit', slot, words });
          const next = this.emit({ op: 'fornext', slot, name: name.v, to: -1 });
          this.loops.push({ breaks: [], continues: [] });
          this.expectWord('do');
          this.list();
          this.expectWord('done');
          this.emit({ op: 'jmp', to: next });
          const end = this.emit({ op: 'status', code: 0 });
          (this.code[next] as { to: number }).to = end;
          this.closeLoop(end, next);
          return;
        }
        case 'if': {
          this.i++;
          const ends: number[] = [];
          for (;;) {
            this.list();
            const skip = this.emit({ op: 'jf', to: -1 });
            this.expectWord('then');
            this.list();
            ends.push(this.emit({ op: 'jmp', to: -1 }));
            (this.code[skip] as { to: number }).to = this.code.length;
            this.skipNewlines();
            if (this.isWord('elif')) {
              this.i++;
              continue;
            }
            if (this.isWord('else')) {
              this.i++;
              this.list();
            } else this.emit({ op: 'status', code: 0 });
            break;
          }
          this.expectWord('fi');
          for (const e of ends) (this.code[e] as { to: number }).to = this.code.length;
          return;
        }
      }
      if (KEYWORDS.has(t.v)) this.unexpected();
    }
    this.simple();
  }

  private simple(): void {
    const words: string[] = [];
    const assigns: string[] = [];
    const redirs: Redirect[] = [];
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.t === 'op') {
        const m = /^(\d?)(>>|>&|>|<)$/.exec(t.v);
        if (!m) break;
        this.i++;
        const target = this.peek();
        if (target?.t !== 'w') this.unexpected();
        this.i++;
        const op = m[2] as Redirect['op'];
        redirs.push({ fd: m[1] ? Number(m[1]) : op === '<' ? 0 : 1, op, target: target.v });
        continue;
      }
      if (words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(t.v)) assigns.push(t.v);
      else words.push(t.v);
      this.i++;
    }
    if (words.length === 0 && assigns.length === 0 && redirs.length === 0) this.unexpected();
    if ((words[0] === 'break' || words[0] === 'continue') && words.length <= 2 && this.loopJump(words[0], words[1])) return;
    this.emit({ op: 'cmd', words, assigns, redirs });
  }

  /**
   * `break [n]` / `continue [n]` inside a loop: a jump out of (or back to the top of) the n-th
   * enclosing loop, aimed once that loop is compiled. Outside a loop (or with an n that is not a
   * literal number) it stays a command: the builtin, which does nothing, as dash and busybox do.
   * Simplification: a `break` inside `$(…)` or a pipeline's subshell still leaves the loop.
   */
  private loopJump(word: 'break' | 'continue', count: string | undefined): boolean {
    const n = count === undefined ? 1 : /^[1-9]\d*$/.test(count) ? Number(count) : 0;
    if (n === 0 || this.loops.length === 0) return false;
    const loop = this.loops[Math.max(0, this.loops.length - n)];
    this.emit({ op: 'status', code: 0 });
    const j = this.emit({ op: 'jmp', to: -1 });
    (word === 'break' ? loop.breaks : loop.continues).push(j);
    return true;
  }

  /** A loop is compiled: its breaks go to `end`, its continues to `again`. */
  private closeLoop(end: number, again: number): void {
    const loop = this.loops.pop() as { breaks: number[]; continues: number[] };
    for (const j of loop.breaks) (this.code[j] as { to: number }).to = end;
    for (const j of loop.continues) (this.code[j] as { to: number }).to = again;
  }
}

const cache = new Map<string, Program | ShellSyntaxError>();

/** Parses and compiles a script (cached: the same script always compiles to the same code). */
export function compile(script: string): Program {
  let p = cache.get(script);
  if (!p) {
    try {
      p = new Parser(lex(script)).program();
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      p = e;
    }
    if (cache.size > 500) cache.clear();
    cache.set(script, p);
  }
  if (p instanceof ShellSyntaxError) throw p;
  return p;
}
