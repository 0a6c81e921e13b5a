// The flow-style twin of yaml-block-fast.ts: a document that is one flow collection (the
// official examples' `{ apiVersion: "v1", kind: "Pod", … }` with unquoted keys, comments and
// trailing commas) read straight into the value. Outside its subset — multi-line or escaped
// scalars, implicit keys or single-pair maps in sequences, tabs, CR, anything malformed — it
// answers BAIL and the `yaml` package reads the document as before.
import { setOwn } from '../util/own';
import { BAIL, Bailed, MAX_DEPTH, type Resolve, bail, scalar } from './yaml-block-fast';

const FLOW_END = new Set([',', ']', '}']);

class FlowReader {
  i = 0;
  depth = 0;
  constructor(
    readonly t: string,
    readonly resolve: Resolve,
  ) {}

  /** Spaces, newlines and comments. */
  ws(): void {
    const t = this.t;
    for (;;) {
      const c = t[this.i];
      if (c === ' ' || c === '\n') this.i++;
      else if (c === '#' && (this.i === 0 || t[this.i - 1] === ' ' || t[this.i - 1] === '\n')) {
        const nl = t.indexOf('\n', this.i);
        this.i = nl < 0 ? t.length : nl;
      } else return;
    }
  }

  value(): unknown {
    const c = this.t[this.i];
    if (c === '{') return this.map();
    if (c === '[') return this.seq();
    return scalar(this.token(), this.resolve);
  }

  /** A quoted scalar or a plain one, as text (scalar() decides what it is). */
  token(): string {
    const t = this.t;
    const start = this.i;
    const q = t[start];
    if (q === '"' || q === "'") {
      let j = start + 1;
      for (;;) {
        const k = t.indexOf(q, j);
        if (k < 0) bail();
        // Only what lies between the quotes is searched: a 3 MB line must not be scanned per scalar.
        for (let x = j; x < k; x++) if (t.charCodeAt(x) === 0x0a) bail();
        if (q === "'" && t[k + 1] === "'") {
          j = k + 2;
          continue;
        }
        this.i = k + 1;
        return t.slice(start, this.i);
      }
    }
    let j = start;
    for (; j < t.length; j++) {
      const c = t[j];
      if (FLOW_END.has(c) || c === '[' || c === '{' || c === '\n') break;
      if (c === ':' && (j + 1 === t.length || ' \n,[]{}'.includes(t[j + 1]))) break;
      if (c === '#' && t[j - 1] === ' ') break;
    }
    const text = t.slice(start, j).trimEnd();
    if (text === '') bail();
    this.i = start + t.slice(start, j).trimEnd().length;
    // A plain scalar continued on the next line is folded: left to the package.
    const save = this.i;
    this.ws();
    const next = this.t[this.i];
    if (next !== undefined && !FLOW_END.has(next) && next !== ':') bail();
    this.i = save;
    return text;
  }

  map(): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) bail();
    this.i++;
    const out: Record<string, unknown> = {};
    for (;;) {
      this.ws();
      if (this.t[this.i] === '}') {
        this.i++;
        break;
      }
      const c = this.t[this.i];
      if (c === '{' || c === '[' || c === '?' || c === ',') bail();
      const key = scalar(this.token(), this.resolve);
      if (typeof key !== 'string') bail();
      this.ws();
      if (this.t[this.i] !== ':') bail();
      this.i++;
      this.ws();
      if (FLOW_END.has(this.t[this.i])) bail(); // `{a: }`: a null value, left to the package
      setOwn(out, key as string, this.value());
      this.ws();
      const sep = this.t[this.i];
      if (sep === ',') this.i++;
      else if (sep === '}') {
        this.i++;
        break;
      } else bail();
    }
    this.depth--;
    return out;
  }

  seq(): unknown[] {
    if (++this.depth > MAX_DEPTH) bail();
    this.i++;
    const out: unknown[] = [];
    for (;;) {
      this.ws();
      if (this.t[this.i] === ']') {
        this.i++;
        break;
      }
      if (this.t[this.i] === ',') bail();
      out.push(this.value());
      this.ws();
      const sep = this.t[this.i];
      if (sep === ',') this.i++;
      else if (sep === ']') {
        this.i++;
        break;
      } else bail(); // `[a: b]` and the rest
    }
    this.depth--;
    return out;
  }
}

/** The document's value when it is one flow collection this reader handles, else BAIL. */
export function parseFlowYaml(text: string, resolve: Resolve, depth = 0): unknown | typeof BAIL {
  if (text.includes('\r') || text.includes('\t')) return BAIL;
  try {
    const r = new FlowReader(text, resolve);
    r.depth = depth;
    r.ws();
    const c = text[r.i];
    if (c !== '{' && c !== '[') return BAIL;
    const v = r.value();
    r.ws();
    return r.i === text.length ? v : BAIL;
  } catch (e) {
    if (e instanceof Bailed) return BAIL;
    throw e;
  }
}
