// A fast path for the YAML most manifests are: block mappings and sequences of one-line scalars.
// The `yaml` package builds a token stream, a CST and a document tree before the JavaScript
// value, about 0.5–0.9 CPU s per MB with most of it in garbage collection (issue 15); this reads
// such documents line by line straight into the value. Anything outside that subset — flow
// collections that span lines (yaml-flow-fast.ts reads one-line ones and whole flow documents), block scalars (`|`, `>`), anchors, aliases, tags, escapes in
// double quotes, multi-line scalars, complex keys, tabs, CR, a syntax error — answers BAIL and
// the caller parses the document with the package as before, so its results and its error
// messages are unchanged. Plain scalars that could be anything but a string (short ones, and
// those starting with a digit, a sign or a dot: YAML 1.1 booleans, nulls, numbers, `.inf`) are
// resolved by the caller's package-backed `resolve`, cached per text.
import { setOwn } from '../util/own';
import { YAML_MAX_DEPTH } from './nesting';
import { parseFlowYaml } from './yaml-flow-fast';

export const BAIL: unique symbol = Symbol('bail');
type Bail = typeof BAIL;

interface Line {
  indent: number;
  /** The content after the indentation, comment stripped, trailing spaces trimmed. */
  text: string;
}

export class Bailed extends Error {}
export const bail = (): never => {
  throw new Bailed();
};

/** Strips a ` #` comment outside quotes; undefined when a quote does not close on the line. */
function stripComment(s: string): string {
  let q = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (q) {
      if (q === "'" && c === 0x27) {
        if (s.charCodeAt(i + 1) === 0x27) i++;
        else q = '';
      } else if (q === '"' && c === 0x22) q = '';
      continue;
    }
    if (c === 0x23 /* # */ && (i === 0 || s.charCodeAt(i - 1) === 0x20)) return s.slice(0, i).trimEnd();
    // A quote opens a scalar only where one can start (after `: `, `- ` or at the beginning).
    if ((c === 0x22 || c === 0x27) && (i === 0 || s.charCodeAt(i - 1) === 0x20)) q = s[i];
  }
  if (q) bail();
  return s.trimEnd();
}

function lines(text: string): Line[] {
  if (text.includes('\r') || text.includes('\t')) bail();
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && text.charCodeAt(i) === 0x20) i++;
    if (i < end && text.charCodeAt(i) !== 0x23) {
      const content = stripComment(text.slice(i, end));
      if (content) out.push({ indent: i - start, text: content });
    }
    start = end + 1;
  }
  return out;
}

/** Characters that start something other than a plain scalar. */
const INDICATOR = new Set(['[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`', ',', '"', "'", '?', ':', '-', '<', '=']);

/** A plain scalar's value, or BAIL. */
export type Resolve = (plain: string) => unknown;

/** Short words YAML 1.1 reads as booleans or null, in any case (wider than the spec's list: only a cache miss). */
const YAML11_WORDS = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);

/** Deeper than this the caller's nesting check (nesting.ts) answers: the fast path steps aside first. */
export const MAX_DEPTH = YAML_MAX_DEPTH - 1;

export function scalar(s: string, resolve: Resolve, depth = 0): unknown {
  const c = s[0];
  if (c === '[' || c === '{') {
    // A one-line flow collection as a value (`args: ["a", "b"]`, `data: {k: v}`).
    const v = parseFlowYaml(s, resolve, depth);
    if (v === BAIL) bail();
    return v;
  }
  if (c === '"') {
    if (s.length < 2 || s[s.length - 1] !== '"' || s.indexOf('"', 1) !== s.length - 1 || s.includes('\\')) bail();
    return s.slice(1, -1);
  }
  if (c === "'") {
    if (s.length < 2 || s[s.length - 1] !== "'") bail();
    const inner = s.slice(1, -1);
    // Every quote inside must be doubled.
    if (/'(?!')/.test(inner.replace(/''/g, ''))) bail();
    return inner.replace(/''/g, "'");
  }
  if (s.includes(': ') || s.endsWith(':') || s.includes(' #')) bail();
  const code = s.charCodeAt(0);
  const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x2f || code === 0x5f;
  if (letter && (s.length > 5 || (/^[A-Za-z]+$/.test(s) && !YAML11_WORDS.has(s.toLowerCase())))) return s;
  if (INDICATOR.has(c) && !(c === '-' && s.length > 1 && s[1] !== ' ')) bail();
  const v = resolve(s);
  if (v === BAIL) bail();
  return v;
}

/** `key: rest` of a mapping line: the key's text and what follows, or undefined when the line is not one. */
function splitKey(s: string): [string, string] | undefined {
  let keyEnd: number;
  if (s[0] === '"' || s[0] === "'") {
    const close = s.indexOf(s[0], 1);
    if (close < 0) bail();
    keyEnd = close + 1;
    if (s[keyEnd] !== ':' || (keyEnd + 1 < s.length && s[keyEnd + 1] !== ' ')) return undefined;
  } else {
    keyEnd = s.indexOf(':');
    while (keyEnd >= 0 && keyEnd + 1 < s.length && s[keyEnd + 1] !== ' ') keyEnd = s.indexOf(':', keyEnd + 1);
    if (keyEnd < 0) return undefined;
  }
  return [s.slice(0, keyEnd).trimEnd(), s.slice(keyEnd + 1).trimStart()];
}

function keyOf(raw: string, resolve: Resolve): string {
  const k = scalar(raw, resolve);
  if (typeof k !== 'string' || raw === '' || raw === '<<') bail();
  return k as string;
}

class Reader {
  i = 0;
  depth = 0;
  constructor(
    readonly ls: Line[],
    readonly resolve: Resolve,
  ) {}

  /** The node whose first line is ls[i] at exactly this indent. */
  node(indent: number): unknown {
    const l = this.ls[this.i];
    if (l.text === '-' || l.text.startsWith('- ')) return this.seq(indent);
    return this.map(indent, l.text);
  }

  /** A value after `key:` or `-`: inline, or the block on the next lines, or null. */
  value(rest: string, parentIndent: number, allowSameIndentSeq: boolean): unknown {
    if (rest !== '') {
      this.i++;
      return scalar(rest, this.resolve, this.depth);
    }
    this.i++;
    const next = this.ls[this.i];
    if (!next) return null;
    if (next.indent > parentIndent) return this.node(next.indent);
    if (allowSameIndentSeq && next.indent === parentIndent && (next.text === '-' || next.text.startsWith('- '))) return this.seq(parentIndent);
    return null;
  }

  map(indent: number, first: string): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) bail();
    const out: Record<string, unknown> = {};
    let text: string | undefined = first;
    while (text !== undefined) {
      const kv = splitKey(text);
      if (!kv) bail();
      const [rawKey, rest] = kv as [string, string];
      setOwn(out, keyOf(rawKey, this.resolve), this.value(rest, indent, true));
      const l = this.ls[this.i];
      if (!l || l.indent < indent) break;
      if (l.indent > indent) bail();
      if (l.text === '-' || l.text.startsWith('- ')) break; // a sequence at the key's indent ends here
      text = l.text;
    }
    this.depth--;
    return out;
  }

  seq(indent: number): unknown[] {
    if (++this.depth > MAX_DEPTH) bail();
    const out: unknown[] = [];
    for (;;) {
      const l = this.ls[this.i];
      if (!l || l.indent !== indent || !(l.text === '-' || l.text.startsWith('- '))) break;
      if (l.text === '-') {
        out.push(this.value('', indent, false));
      } else {
        let j = 2;
        while (l.text[j] === ' ') j++;
        const rest = l.text.slice(j);
        const col = indent + j;
        if (rest === '-' || rest.startsWith('- ')) bail();
        const kv = splitKey(rest);
        if (kv) {
          // `- key: value`: a mapping whose entries continue at the column of its first key.
          this.ls[this.i] = { indent: col, text: rest };
          out.push(this.map(col, rest));
        } else out.push(this.value(rest, indent, false));
      }
      const n = this.ls[this.i];
      if (n && n.indent > indent) bail();
    }
    this.depth--;
    return out;
  }
}

/** The document's value, or BAIL when it is not plain block YAML. */
export function parseBlockYaml(text: string, resolve: Resolve): unknown | Bail {
  try {
    const ls = lines(text);
    if (ls.length === 0) return BAIL;
    const first = ls[0];
    if (first.text === '---' || first.text.startsWith('--- ') || first.text === '...') return BAIL;
    const r = new Reader(ls, resolve);
    // A document is one node: a block mapping or sequence starting at the first line.
    if (!(first.text === '-' || first.text.startsWith('- ')) && !splitKey(first.text)) return BAIL;
    const value = r.node(first.indent);
    if (r.i !== ls.length) return BAIL;
    return value;
  } catch (e) {
    if (e instanceof Bailed) return BAIL;
    throw e;
  }
}
