// The parser of kubectl's JSONPath templates, with the states and messages of client-go's:
// text outside braces, and inside them fields, arrays, unions, filters, recursive descent,
// quoted text, numbers, booleans and the range/end identifiers.
// [k8s: staging/src/k8s.io/client-go/util/jsonpath/parser.go]

export type Node =
  | { t: 'list'; nodes: Node[] }
  | { t: 'text'; text: string }
  | { t: 'field'; name: string }
  | { t: 'array'; start?: number; end?: number; step?: number; derivedEnd: boolean }
  | { t: 'union'; lists: Node[][] }
  | { t: 'filter'; left: Node[]; right: Node[]; op: string }
  | { t: 'wildcard' }
  | { t: 'recursive' }
  | { t: 'number'; value: number }
  | { t: 'bool'; value: boolean }
  | { t: 'ident'; name: string };

export class JsonPathError extends Error {}

const isSpace = (r: string) => r === ' ' || r === '\t';
const isEndOfLine = (r: string) => r === '\r' || r === '\n';
const isTerminator = (r: string) => r === '' || isSpace(r) || isEndOfLine(r) || '.,[]$@{}'.includes(r);
const isAlphaNumeric = (r: string) => r === '_' || /^[\p{L}\p{Nd}]$/u.test(r);

/** A hand-written scanner with the states of client-go's Parser (pos/start over the input). */
class Parser {
  pos = 0;
  start = 0;
  readonly root: Node[] = [];
  constructor(private readonly input: string) {}

  private next(): string {
    if (this.pos >= this.input.length) {
      this.pos++;
      return '';
    }
    const c = this.input.charCodeAt(this.pos);
    // One UTF-16 unit (the usual case) is read without String.fromCodePoint, which is slow.
    const r = c >= 0xd800 && c <= 0xdbff ? String.fromCodePoint(this.input.codePointAt(this.pos) as number) : this.input[this.pos];
    this.pos += r.length;
    return r;
  }
  private backup(r: string): void {
    this.pos -= r === '' ? 1 : r.length;
  }
  private peek(): string {
    const r = this.next();
    this.backup(r);
    return r;
  }
  private consumeText(): string {
    const s = this.input.slice(this.start, Math.min(this.pos, this.input.length));
    this.start = this.pos;
    return s;
  }
  /** Whether the input continues with `s` at the scan position (no copy of the rest). */
  private at(s: string): boolean {
    return this.input.startsWith(s, this.pos);
  }

  parse(): Node[] {
    this.parseText();
    return this.root;
  }

  /**
   * Text and actions in turn. client-go's parseText and parseInsideAction call each other once
   * per action; here they loop, so thousands of actions (2,000 nested `{range}`) cannot overflow
   * the stack, and the scan never copies the rest of the input, so it stays linear in its length.
   */
  private parseText(): void {
    for (;;) {
      if (this.at('{')) {
        if (this.pos > this.start) this.root.push({ t: 'text', text: this.consumeText() });
        this.pos += 1;
        this.consumeText();
        const list: Node[] = [];
        this.root.push({ t: 'list', nodes: list });
        this.parseInsideAction(list);
        continue;
      }
      if (this.next() === '') break;
    }
    this.pos = this.input.length;
    if (this.pos > this.start) this.root.push({ t: 'text', text: this.consumeText() });
  }

  /** One action, up to and including its `}`. */
  private parseInsideAction(cur: Node[]): void {
    for (;;) {
      if (this.at('}')) {
        this.pos += 1;
        this.consumeText();
        return;
      }
      if (this.at('[?(')) {
        this.parseFilter(cur);
        continue;
      }
      if (this.at('..')) {
        this.pos += 2;
        this.consumeText();
        cur.push({ t: 'recursive' });
        if (isAlphaNumeric(this.peek())) {
          this.pos -= 1;
          this.next();
          this.parseField(cur);
        }
        continue;
      }
      const r = this.next();
      if (r === '' || isEndOfLine(r)) throw new JsonPathError('unclosed action');
      if (r === ' ' || r === '@' || r === '$') this.consumeText();
      else if (r === '[') this.parseArray(cur);
      else if (r === '"' || r === "'") this.parseQuote(cur, r);
      else if (r === '.') this.parseField(cur);
      else if (r === '+' || r === '-' || /^\d$/.test(r)) {
        this.backup(r);
        this.parseNumber(cur);
      } else if (isAlphaNumeric(r)) {
        this.backup(r);
        this.parseIdentifier(cur);
      } else throw new JsonPathError(`unrecognized character in action: U+${(r.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')} '${r}'`);
    }
  }

  private parseField(cur: Node[]): void {
    this.consumeText();
    for (;;) {
      const r = this.next();
      if (r === '\\') {
        this.next();
        continue;
      }
      if (isTerminator(r)) {
        this.backup(r);
        break;
      }
    }
    const value = this.consumeText();
    if (value === '*') cur.push({ t: 'wildcard' });
    else cur.push({ t: 'field', name: value.replaceAll('\\', '') });
  }

  private parseIdentifier(cur: Node[]): void {
    for (;;) {
      const r = this.next();
      if (isTerminator(r) || r === ')') {
        this.backup(r);
        break;
      }
    }
    const value = this.consumeText();
    if (value === 'true' || value === 'false') cur.push({ t: 'bool', value: value === 'true' });
    else cur.push({ t: 'ident', name: value });
  }

  private parseNumber(cur: Node[]): void {
    const r = this.peek();
    if (r === '+' || r === '-') this.next();
    for (;;) {
      const c = this.next();
      if (c !== '.' && !/^\d$/.test(c)) {
        this.backup(c);
        break;
      }
    }
    const value = this.consumeText();
    const n = Number(value);
    if (value === '' || Number.isNaN(n)) throw new JsonPathError(`cannot parse number ${value}`);
    cur.push({ t: 'number', value: n });
  }

  private parseQuote(cur: Node[], end: string): void {
    for (;;) {
      const r = this.next();
      if (r === '' || r === '\n') throw new JsonPathError('unterminated quoted string');
      if (r === '\\') {
        const e = this.next();
        if (e === '' || e === '\n') throw new JsonPathError('unterminated quoted string');
      } else if (r === end) break;
    }
    const value = this.consumeText();
    cur.push({ t: 'text', text: unquote(value) });
  }

  private parseArray(cur: Node[]): void {
    for (;;) {
      const r = this.next();
      if (r === '' || r === '\n') throw new JsonPathError('unterminated array');
      if (r === ']') break;
    }
    let text = this.consumeText().slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      // A plain index is what parseAction(`[n]`) makes of it, built without a parser per part (a
      // pasted union of 100,000 indices took half a second of parsers).
      const index = (p: string): Node[] | undefined => {
        const n = p.trim();
        return /^-?\d{1,15}$/.test(n) ? [{ t: 'array', start: Number(n), end: Number(n) + 1, derivedEnd: true }] : undefined;
      };
      cur.push({ t: 'union', lists: parts.map((p) => index(p) ?? parseAction(`[${p.trim()}]`)) });
      return;
    }
    const dict = /^'([^']*)'$/.exec(text);
    if (dict) {
      cur.push(...parseAction(`.${dict[1]}`));
      return;
    }
    const m = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/.exec(text);
    if (!m) throw new JsonPathError(`invalid array index ${text}`);
    const num = (s: string) => {
      const n = Number(s);
      if (!/^-?\d+$/.test(s)) throw new JsonPathError(`array index ${s} is not a number`);
      return n;
    };
    const start = m[1] !== '' ? num(m[1]) : undefined;
    // `[3]` means [3:4]; `[3:]` runs to the end.
    if (m[2] === undefined) {
      cur.push({ t: 'array', start, end: (start ?? 0) + 1, derivedEnd: true });
      return;
    }
    const end = m[2].length > 1 ? num(m[2].slice(1)) : undefined;
    const step = m[3] && m[3].length > 1 ? num(m[3].slice(1)) : undefined;
    cur.push({ t: 'array', start, end, step, derivedEnd: false });
  }

  private parseFilter(cur: Node[]): void {
    this.pos += 3;
    this.consumeText();
    let begin = false;
    let ended = false;
    let pair = '';
    for (;;) {
      const r = this.next();
      if (r === '' || r === '\n') throw new JsonPathError('unterminated filter');
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) ended = true;
      } else if (r === ')' && begin === ended) break;
    }
    if (this.next() !== ']') throw new JsonPathError('unclosed array expect ]');
    const text = this.consumeText().slice(0, -2);
    const m = /^([^!<>=]+)([!<>=]+)(.+?)$/.exec(text);
    if (!m) cur.push({ t: 'filter', left: parseAction(text), right: [], op: 'exists' });
    else cur.push({ t: 'filter', left: parseAction(m[1]), right: parseAction(m[3]), op: m[2] });
  }
}

/** Go's strconv.Unquote, extended (as client-go's UnquoteExtend) to single-quoted strings. */
function unquote(s: string): string {
  const body = s.slice(1, -1);
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[0-7]{3}|.)/g, (_m, e: string) => {
    if (e[0] === 'u' || e[0] === 'x') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]{3}$/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
    return ({ n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e] ?? `\\${e}`;
  });
}

/** parseAction: a template fragment wrapped in braces, as the parser does for filters and unions. */
function parseAction(text: string): Node[] {
  const nodes = new Parser(`{${text}}`).parse();
  return nodes.flatMap((n) => (n.t === 'list' ? n.nodes : [n]));
}

export function parseJsonPath(template: string): Node[] {
  return new Parser(template).parse();
}
