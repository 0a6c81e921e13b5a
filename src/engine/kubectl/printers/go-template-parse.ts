// The parsing half of `-o go-template`: the part of Go's text/template people write in kubectl
// (text, `{{ }}` actions with `{{-`/`-}}` trimming, fields, `$` variables, literals, function
// calls, pipelines, parentheses, if/else if/else, range (with `$k, $v :=`), with, end) into a
// tree, with Go's parse errors (`template: output:1: unclosed action`).
// [go: src/text/template/parse/{lex,parse,node}.go]
// Simplifications: no define/template/block/break/continue, comments only as a whole action,
// numbers as JavaScript numbers (no complex, no hex floats).

export class TemplateParseError extends Error {}

export type Arg =
  | { k: 'field'; chain: string[]; pos: number; text: string }
  | { k: 'var'; name: string; chain: string[]; pos: number; text: string }
  | { k: 'dot'; pos: number; text: string }
  | { k: 'lit'; value: unknown; pos: number; text: string }
  | { k: 'ident'; name: string; pos: number; text: string }
  | { k: 'pipe'; pipe: Pipe; pos: number; text: string }
  /** `(pipeline).field.other`: Go's ChainNode. */
  | { k: 'chain'; base: Arg; chain: string[]; pos: number; text: string };

export interface Cmd {
  args: Arg[];
  pos: number;
  text: string;
}

export interface Pipe {
  decl: string[];
  cmds: Cmd[];
  pos: number;
}

export type TNode =
  | { k: 'text'; text: string }
  | { k: 'action'; pipe: Pipe }
  | { k: 'if' | 'range' | 'with'; pipe: Pipe; list: TNode[]; elseList?: TNode[] };

/** Functions text/template and kubectl's printer define (calls to others fail to parse). */
export const FUNCS = new Set(['and', 'or', 'not', 'len', 'index', 'print', 'printf', 'println', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'html', 'js', 'urlquery', 'slice', 'call', 'base64decode']);

type Tok = { t: 'text'; v: string; pos: number } | { t: 'open'; pos: number } | { t: 'close'; pos: number } | { t: 'item'; v: string; pos: number };

/** `template: output:<line>: <msg>` as Go words a parse error. */
function lineOf(src: string, pos: number): number {
  return src.slice(0, pos).split('\n').length;
}

function lexActions(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let trimNext = false;
  const fail = (pos: number, msg: string): never => {
    throw new TemplateParseError(`template: output:${lineOf(src, pos)}: ${msg}`);
  };
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    let text = src.slice(i, open < 0 ? src.length : open);
    if (trimNext) text = text.replace(/^[ \t\r\n]+/, '');
    const trimLeft = open >= 0 && /^\{\{- /.test(src.slice(open, open + 4));
    if (trimLeft) text = text.replace(/[ \t\r\n]+$/, '');
    if (text) toks.push({ t: 'text', v: text, pos: i });
    trimNext = false;
    if (open < 0) break;
    toks.push({ t: 'open', pos: open });
    let j = open + (trimLeft ? 4 : 2);
    // A comment is a whole action: {{/* … */}}.
    if (src.startsWith('/*', j)) {
      const end = src.indexOf('*/', j);
      if (end < 0) fail(open, 'unclosed comment');
      j = end + 2;
      toks.pop();
      const close = src.slice(j).match(/^ ?-?\}\}/) ? src.indexOf('}}', j) : -1;
      if (close < 0) fail(open, 'comment ends before closing delimiter');
      trimNext = src.slice(j, close).includes('-');
      i = close + 2;
      continue;
    }
    for (;;) {
      while (j < src.length && ' \t\r\n'.includes(src[j])) {
        if (src.startsWith(' -}}', j) || (src[j] !== ' ' && src.startsWith('-}}', j + 1))) break;
        j++;
      }
      if (j >= src.length) fail(open, 'unclosed action');
      if (src.startsWith(' -}}', j)) {
        toks.push({ t: 'close', pos: j });
        trimNext = true;
        i = j + 4;
        break;
      }
      if (src.startsWith('}}', j)) {
        toks.push({ t: 'close', pos: j });
        i = j + 2;
        break;
      }
      const c = src[j];
      const start = j;
      if (c === '"') {
        j++;
        while (j < src.length && src[j] !== '"' && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
        if (src[j] !== '"') fail(start, 'unterminated quoted string');
        j++;
      } else if (c === '`') {
        const end = src.indexOf('`', j + 1);
        if (end < 0) fail(start, 'unterminated raw quoted string');
        j = end + 1;
      } else if (c === "'") {
        const end = src.indexOf("'", j + 1);
        if (end < 0) fail(start, 'unterminated character constant');
        j = end + 1;
      } else if ('|(),='.includes(c)) j++;
      else if (c === ':' && src[j + 1] === '=') j += 2;
      else if (c === '}' ) fail(start, 'unexpected "}" in operand');
      else {
        const m = /^[$.]?[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*\.?|^[-+]?[0-9][0-9a-fA-FxXoObB_.eE+-]*/.exec(src.slice(j));
        const len = m?.[0].length ?? 0;
        if (len === 0) fail(start, `unexpected ${JSON.stringify(c)} in command`);
        j += len;
      }
      toks.push({ t: 'item', v: src.slice(start, j), pos: start });
    }
  }
  return toks;
}

function unquote(s: string): string {
  if (s.startsWith('`')) return s.slice(1, -1);
  if (s.startsWith("'")) return String(s.slice(1, -1).codePointAt(0) ?? 0);
  return s
    .slice(1, -1)
    .replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
      if (e[0] === 'u' || e[0] === 'x') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
      return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[e] ?? e;
    });
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly toks: Tok[],
  ) {}

  private fail(pos: number, msg: string): never {
    throw new TemplateParseError(`template: output:${lineOf(this.src, pos)}: ${msg}`);
  }

  parse(): TNode[] {
    const { list, end } = this.list();
    if (end) this.fail(end.pos, `unexpected {{${end.word}}}`);
    return list;
  }

  /** Nodes until {{end}} / {{else…}} (returned with it) or the end of input. */
  private list(): { list: TNode[]; end?: { word: 'end' | 'else'; pos: number; elseIf?: boolean } } {
    const list: TNode[] = [];
    while (this.i < this.toks.length) {
      const t = this.toks[this.i++];
      if (t.t === 'text') {
        list.push({ k: 'text', text: t.v });
        continue;
      }
      const first = this.toks[this.i];
      if (first?.t === 'item' && (first.v === 'end' || first.v === 'else')) {
        this.i++;
        if (first.v === 'end') {
          this.expectClose('end');
          return { list, end: { word: 'end', pos: first.pos } };
        }
        const next = this.toks[this.i];
        if (next?.t === 'item' && next.v === 'if') {
          this.i++;
          return { list, end: { word: 'else', pos: first.pos, elseIf: true } };
        }
        this.expectClose('else');
        return { list, end: { word: 'else', pos: first.pos } };
      }
      if (first?.t === 'item' && (first.v === 'if' || first.v === 'range' || first.v === 'with')) {
        this.i++;
        list.push(this.control(first.v, first.pos));
        continue;
      }
      if (first?.t === 'item' && ['define', 'template', 'block', 'break', 'continue'].includes(first.v))
        this.fail(first.pos, `{{${first.v}}} is not supported by this simulator's templates`);
      list.push({ k: 'action', pipe: this.pipe('command', t.pos) });
    }
    return { list };
  }

  private expectClose(context: string): void {
    const t = this.toks[this.i++];
    if (t?.t !== 'close') this.fail(t?.pos ?? this.src.length, `unexpected ${t?.t === 'item' ? `"${t.v}"` : 'EOF'} in ${context}`);
  }

  private control(kind: 'if' | 'range' | 'with', pos: number): TNode {
    const pipe = this.pipe(kind, pos);
    const body = this.list();
    if (!body.end) this.fail(this.src.length, 'unexpected EOF');
    const node: TNode = { k: kind, pipe, list: body.list };
    if (body.end.word === 'else') {
      if (body.end.elseIf) {
        // {{else if x}} is {{else}}{{if x}}…{{end}} sharing the one {{end}}.
        node.elseList = [this.control('if', body.end.pos)];
        return node;
      }
      const alt = this.list();
      if (!alt.end) this.fail(this.src.length, 'unexpected EOF');
      if (alt.end.word !== 'end') this.fail(alt.end.pos, `expected end; found {{else}}`);
      node.elseList = alt.list;
    }
    return node;
  }

  /** A pipeline up to the closing delimiter (or `)` when nested). */
  private pipe(context: string, pos: number, nested = false): Pipe {
    const pipe: Pipe = { decl: [], cmds: [], pos };
    // `$x :=` / `$k, $v :=`
    const save = this.i;
    const vars: string[] = [];
    for (;;) {
      const t = this.toks[this.i];
      if (t?.t !== 'item' || !t.v.startsWith('$') || t.v.includes('.')) break;
      vars.push(t.v);
      this.i++;
      const n = this.toks[this.i];
      if (n?.t === 'item' && n.v === ',') {
        this.i++;
        continue;
      }
      if (n?.t === 'item' && (n.v === ':=' || n.v === '=')) {
        this.i++;
        pipe.decl = vars;
      }
      break;
    }
    if (!pipe.decl.length) this.i = save;
    let cmd: Cmd | undefined;
    for (;;) {
      const t = this.toks[this.i];
      if (!t) this.fail(this.src.length, 'unclosed action');
      if (t.t === 'close' && !nested) {
        this.i++;
        break;
      }
      if (t.t === 'item' && t.v === ')' && nested) {
        this.i++;
        break;
      }
      if (t.t !== 'item') this.fail(t.pos, `unexpected ${t.t === 'close' ? '"}}"' : 'EOF'} in operand`);
      this.i++;
      if (t.v === '|') {
        if (!cmd) this.fail(t.pos, 'missing command');
        cmd = undefined;
        continue;
      }
      if (!cmd) {
        cmd = { args: [], pos: t.pos, text: '' };
        pipe.cmds.push(cmd);
      }
      cmd.args.push(this.operand(t));
    }
    if (pipe.cmds.length === 0) this.fail(pos, `missing value for ${context}`);
    for (const c of pipe.cmds) c.text = c.args.map((a) => a.text).join(' ');
    return pipe;
  }

  private operand(t: { v: string; pos: number }): Arg {
    const v = t.v;
    const pos = t.pos;
    if (v === '(') {
      const pipe = this.pipe('parenthesized pipeline', pos, true);
      const base: Arg = { k: 'pipe', pipe, pos, text: `(${pipe.cmds.map((c) => c.text).join(' | ')})` };
      // A field right after the `)` (no space) reads from the pipeline's value.
      const close = this.toks[this.i - 1];
      const next = this.toks[this.i];
      if (next?.t === 'item' && next.v.startsWith('.') && next.v.length > 1 && next.pos === close.pos + 1) {
        this.i++;
        return { k: 'chain', base, chain: next.v.slice(1).split('.'), pos: next.pos, text: `${base.text}${next.v}` };
      }
      return base;
    }
    if (v === '.') return { k: 'dot', pos, text: v };
    if (v.startsWith('.')) {
      const chain = v.slice(1).split('.');
      // Go reports a field chain at its second field (parse.go folds a ChainNode into one FieldNode).
      return { k: 'field', chain, pos: chain.length > 1 ? pos + chain[0].length + 1 : pos, text: v };
    }
    if (v.startsWith('$')) {
      const [name, ...chain] = v.split('.');
      return { k: 'var', name, chain, pos, text: v };
    }
    if (v.startsWith('"') || v.startsWith('`') || v.startsWith("'")) return { k: 'lit', value: unquote(v), pos, text: v };
    if (v === 'true' || v === 'false') return { k: 'lit', value: v === 'true', pos, text: v };
    if (v === 'nil') return { k: 'lit', value: null, pos, text: v };
    if (/^[-+]?[0-9]/.test(v)) {
      const n = Number(v.replace(/_/g, ''));
      if (Number.isNaN(n)) this.fail(pos, `bad number syntax: "${v}"`);
      return { k: 'lit', value: n, pos, text: v };
    }
    if (!FUNCS.has(v)) this.fail(pos, `function "${v}" not defined`);
    return { k: 'ident', name: v, pos, text: v };
  }
}

export function parseTemplate(src: string): TNode[] {
  return new Parser(src, lexActions(src)).parse();
}
