// -o yaml | json | name. Objects read from the server are unstructured maps in kubectl, so both
// encoders see their keys sorted (json.Marshal of map[string]any, sigs.k8s.io/yaml over yaml.v2).
// Several objects print as a `kind: List` with `metadata.resourceVersion: ""`.
// [k8s: staging/src/k8s.io/cli-runtime/pkg/printers/{json,yaml,name}.go]
import { Document, Scalar, type YAMLMap, parse } from 'yaml';
import { kindInfo, qualifiedSingular } from '../../api/kinds';
import type { KObject } from '../../objects/types';
import { setOwn } from '../../util/own';

/** Deep copy with every map's keys in byte order, as Go marshals map[string]interface{}. */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) setOwn(out, k, sortKeys(x));
    }
    return out;
  }
  return v;
}

/** Go's encoding/json escapes <, >, & and the JS line separators. */
export function goEscape(s: string): string {
  return s.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** json.MarshalIndent(obj, "", "    ") plus the trailing newline kubectl prints. */
export function toJson(obj: unknown, sorted = true): string {
  return `${goEscape(JSON.stringify(sorted ? sortKeys(obj) : obj, null, 4))}\n`;
}

/**
 * Whether the YAML 1.1 parse of a string could be anything but a string: only strings starting
 * like a number or timestamp (digit, sign, dot, e — the parser reads "e5" as a float), null
 * (~, n/N), a bool (y, n, t, f, o — yes/no/true/false/on/off) or a YAML indicator (anchors,
 * tags, flow collections…) can. A cheap test that spares most strings a full parse.
 */
export function mayResolve(s: string): boolean {
  // The parser skips leading whitespace (such strings are quoted anyway; the quote style must not change).
  const t = s.trimStart();
  return t === '' || /^[-+.\d~nNyYtTfFoOeE&*!|>'"%@`[\]{}#?:,]/.test(t);
}

/** Answers of `ambiguous` for recent strings: keys and values repeat across objects. */
const memo = new Map<string, boolean>();
const MEMO_MAX = 5000;

/** A string yaml.v2 would resolve as something else (bool, number, null, timestamp) is double-quoted. */
function ambiguous(s: string): boolean {
  if (!mayResolve(s)) return false;
  const known = memo.get(s);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_MAX) memo.clear();
  const answer = resolvesAsNonString(s);
  memo.set(s, answer);
  return answer;
}

export function resolvesAsNonString(s: string): boolean {
  if (s === '') return true;
  try {
    const v = parse(s, { version: '1.1', logLevel: 'error' });
    return (v === null && /^(~|null|Null|NULL)$/.test(s)) || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date;
  } catch {
    return false;
  }
}

/**
 * Only strings starting like a number or timestamp (digit, sign, dot, e: the yaml package reads
 * `e1` as a float), null (~, n/N), a bool (y, n, t, f, o: yes/no/true/false/on/off) or a YAML
 * indicator (tags such as `!!int 5`, anchors, flow collections…) can parse as a non-string; the
 * parser skips leading blanks. Any other string is plain text without parsing it.
 */
function mightParseAsNonString(s: string): boolean {
  const t = s.trimStart();
  return t === '' || /^[-+.\d~nNyYtTfFoOeE&*!|>'"%@`[\]{}#?:,]/.test(t);
}

/** The timestamps every object carries: a YAML 1.1 timestamp, so always quoted. */
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;

/** ambiguous() for one toYaml call: most strings skip the parse, and each distinct one is parsed once. */
function needsDoubleQuotes(s: string, seen: Map<string, boolean>): boolean {
  if (s.includes('\n') || !mightParseAsNonString(s)) return false;
  if (RFC3339.test(s)) return true;
  let known = seen.get(s);
  if (known === undefined) {
    known = ambiguous(s);
    seen.set(s, known);
  }
  return known;
}

/**
 * YAML as yaml.v2 emits it: block style, sequences flush with their key, keys in the order given
 * (sorted for server objects), ambiguous strings double-quoted, other unsafe plain strings
 * single-quoted, multi-line strings as `|` literals, long lines folded near 80 columns.
 * Simplification: the yaml package's folding points may differ from yaml.v2's in rare cases.
 */
export function toYaml(obj: unknown, sorted = true): string {
  // Strings that need double quotes become quoted Scalar nodes while the data is copied, instead
  // of parsing every scalar of the finished document (most of the cost of a large `-o yaml`).
  const doc = new Document(null, { version: '1.1' });
  doc.contents = doc.createNode(quoteAmbiguous(doc, sorted ? sortKeys(obj) : obj, new Map()));
  return doc.toString({ indentSeq: false, singleQuote: true, lineWidth: 80 });
}

/**
 * A copy of v in which every single-line string yaml.v2 would not read back as a string, value or
 * key, is double-quoted (a map with such a key becomes a node already, to quote its key Scalar).
 */
function quoteAmbiguous(doc: Document, v: unknown, seen: Map<string, boolean>): unknown {
  if (typeof v === 'string') return needsDoubleQuotes(v, seen) ? quoted(v) : v;
  if (Array.isArray(v)) return v.map((x) => quoteAmbiguous(doc, x, seen));
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    // fromEntries defines own members: a key named __proto__ stays a key.
    const out = Object.fromEntries(entries.map(([k, x]) => [k, quoteAmbiguous(doc, x, seen)]));
    if (!entries.some(([k]) => needsDoubleQuotes(k, seen))) return out;
    const node = doc.createNode(out) as YAMLMap<Scalar<string>, unknown>;
    for (const pair of node.items) if (needsDoubleQuotes(pair.key.value, seen)) pair.key.type = 'QUOTE_DOUBLE';
    return node;
  }
  return v;
}

function quoted(s: string): Scalar {
  const node = new Scalar(s);
  node.type = 'QUOTE_DOUBLE';
  return node;
}

/** The List wrapper kubectl prints for more than one object (or a list request). */
export function asList(items: unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

/** `deployment.apps/web`: the -o name form and the prefix of success messages. */
export function objectRef(obj: { kind: string; metadata: { name?: string } }): string {
  const info = kindInfo(obj.kind);
  const kind = info ? qualifiedSingular(info) : obj.kind.toLowerCase();
  return `${kind}/${obj.metadata.name ?? ''}`;
}

export type OutputFormat = 'yaml' | 'json' | 'name';

/** Prints objects in a structured format; `single` prints one object bare (a named get). */
export function printStructured(objs: KObject[], format: OutputFormat, single: boolean): string {
  if (format === 'name') return objs.map((o) => `${objectRef(o)}\n`).join('');
  const body = single && objs.length === 1 ? objs[0] : asList(objs);
  return format === 'json' ? toJson(body) : toYaml(body);
}
