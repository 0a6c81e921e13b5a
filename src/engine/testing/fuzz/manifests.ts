// Manifests for the fuzzer: the official examples in fixtures/ (kubernetes/website), applied as
// they are or mutated at a random place — wrong types, nulls, deep nesting, huge arrays, YAML
// aliases, `__proto__` keys, unicode, odd numbers. A mutated document is written as JSON flow
// text (valid YAML), with markers replaced by what JSON cannot say (anchors, `.inf`, depth).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import type { Category } from './program';

export const FIXTURES = [
  'nginx-deployment.yaml',
  'exec-liveness.yaml',
  'web.yaml',
  'php-apache.yaml',
  'php-apache-hpa.yaml',
  'configmaps.yaml',
  'job.yaml',
  'pod-nginx-specific-node.yaml',
] as const;

const texts = FIXTURES.map((f) => readFileSync(new URL(`./fixtures/${f}`, import.meta.url), 'utf8'));
/** Each fixture's documents as plain JSON values. */
const docs: unknown[][] = texts.map((t) => parseAllDocuments(t).map((d) => (Array.isArray(d) ? null : d.toJS())));

type Path = (string | number)[];

/** Every path in the document, depth first, in JSON key order (the root is []). */
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function getAt(v: unknown, p: Path): unknown {
  let cur = v;
  for (const k of p) cur = (cur as Record<string | number, unknown>)?.[k];
  return cur;
}

function setAt(root: unknown, p: Path, value: unknown, remove = false): unknown {
  if (p.length === 0) return value;
  const parent = getAt(root, p.slice(0, -1)) as Record<string | number, unknown>;
  const k = p[p.length - 1];
  if (remove && !Array.isArray(parent)) delete parent[k];
  else parent[k] = value;
  return root;
}

const MARK = '@@fz';
/** Raw YAML text to put where a marker string stands. */
type Raw = string;

const UNICODE = ['🎻🎺', 'café', 'שלום', '\u202eevil', 'e\u0301\u0301\u0301', 'zero\u200bwidth', 'nul\u0000byte', 'lone\ud800surrogate', '\ufeffbom', '日本語のラベル', 'Ω'.repeat(300), '\u2028line\u2029sep'];
const NUMBERS_RAW = ['1e309', '-1e309', '.inf', '-.inf', '.nan', '9007199254740993', '99999999999999999999999', '2147483648', '-2147483649', '-1', '-0', '0', '1.5', '1e-300', '0x1F', '0o17', '1_000', '+12'];
const TYPE_SWAPS: unknown[] = ['3', '', 'true', 3, 0, -5, 1.25, true, false, [], ['a'], [1, [2]], {}, { a: 'b' }, { __fz: 1 }];

export interface Mutation {
  /** Which path to hit (mod the number of paths, root excluded when possible). */
  at: number;
  /** A second path (aliases). */
  to: number;
  /** Which variant of the category's replacement. */
  pick: number;
  size: number;
}

function mutate(cat: Category, doc: unknown, m: Mutation, raws: Raw[]): unknown {
  const all = paths(doc);
  const candidates = all.length > 1 ? all.slice(1) : all;
  const p = candidates[m.at % candidates.length];
  const cur = getAt(doc, p);
  const raw = (text: string) => {
    raws.push(text);
    return `${MARK}${raws.length - 1}@@`;
  };
  switch (cat) {
    case 'manifest-types':
      return setAt(doc, p, TYPE_SWAPS[m.pick % TYPE_SWAPS.length]);
    case 'manifest-null':
      return m.pick % 3 === 0 ? setAt(doc, p, undefined, true) : m.pick % 3 === 1 ? setAt(doc, p, null) : setAt(doc, p, raw('~'));
    case 'manifest-deep': {
      const depth = [100, 1000, 5000, 20_000][m.size % 4];
      const [open, close] = m.pick % 2 ? ['[', ']'] : ['{"a": ', '}'];
      return setAt(doc, p, raw(`${open.repeat(depth)}1${close.repeat(depth)}`));
    }
    case 'manifest-huge': {
      const n = [1000, 10_000, 100_000][m.size % 3];
      if (m.pick % 3 === 0) return setAt(doc, p, 'x'.repeat(n * 10));
      // Copies of the array's first item (or of the value), kept small: the document stays a few MB at most.
      const item = JSON.stringify((Array.isArray(cur) && cur.length ? cur[0] : cur) ?? 'x') ?? '"x"';
      return setAt(doc, p, raw(`[${Array(n).fill(item.length > 200 ? '"x"' : item).join(',')}]`));
    }
    case 'manifest-alias': {
      const q = candidates[m.to % candidates.length];
      const variant = m.pick % 4;
      if (variant === 0) {
        // One node anchored, another place aliases it (in either order: a dangling alias is hostile too).
        setAt(doc, p, raw(`&shared ${JSON.stringify(cur ?? null)}`));
        return p.join('.').startsWith(q.join('.')) || q.join('.').startsWith(p.join('.')) ? doc : setAt(doc, q, raw('*shared'));
      }
      if (variant === 1) {
        // Billion laughs: 9 levels of 9 aliases each.
        const levels = 3 + (m.size % 7);
        let text = '[&l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]';
        for (let i = 1; i < levels; i++) text += `, &l${i} [${Array(9).fill(`*l${i - 1}`).join(',')}]`;
        return setAt(doc, p, raw(`${text}]`));
      }
      if (variant === 2) return setAt(doc, p, raw('*nowhere'));
      // A merge key into a mapping.
      return setAt(doc, p, raw(`{<<: &base {"name": "merged", "image": "nginx"}, "extra": *base}`));
    }
    case 'manifest-proto': {
      const key = ['__proto__', 'constructor', 'prototype'][m.pick % 3];
      const value = m.size % 2 ? { polluted: 'yes', alive: true } : { prototype: { polluted: 'yes' } };
      // The nearest mapping at or above the path gets the key.
      let target = p;
      while (target.length && (typeof getAt(doc, target) !== 'object' || getAt(doc, target) === null || Array.isArray(getAt(doc, target)))) target = target.slice(0, -1);
      const obj = getAt(doc, target);
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return doc;
      (obj as Record<string, unknown>)[raw(JSON.stringify(key))] = value;
      return doc;
    }
    case 'manifest-unicode': {
      const strings = candidates.filter((q) => typeof getAt(doc, q) === 'string');
      const q = strings.length ? strings[m.at % strings.length] : p;
      const u = UNICODE[m.pick % UNICODE.length];
      return setAt(doc, q, m.size % 2 ? u : `${getAt(doc, q) ?? ''}${u}`);
    }
    case 'manifest-numbers': {
      const numbers = candidates.filter((q) => typeof getAt(doc, q) === 'number');
      const q = numbers.length && m.size % 3 ? numbers[m.at % numbers.length] : p;
      return setAt(doc, q, raw(NUMBERS_RAW[m.pick % NUMBERS_RAW.length]));
    }
    default:
      return doc;
  }
}

/** JSON text with the markers (values and keys) swapped for their raw YAML. */
function render(doc: unknown, raws: Raw[]): string {
  return JSON.stringify(doc ?? null).replace(/"@@fz(\d+)@@"/g, (_, i) => raws[Number(i)]);
}

export function manifest(cat: Category): fc.Arbitrary<{ line: string; stdin: string; docs: number }> {
  const verb = fc.constantFrom('apply -f -', 'apply -f -', 'create -f -', 'apply -f - --dry-run=client -o yaml');
  if (cat === 'manifest-valid')
    return fc.tuple(verb, fc.nat(FIXTURES.length - 1)).map(([line, f]) => ({ line, stdin: texts[f], docs: docs[f].length }));
  const mutation = fc.record({ at: fc.nat(10_000), to: fc.nat(10_000), pick: fc.nat(1000), size: fc.nat(1000) });
  return fc.tuple(verb, fc.nat(FIXTURES.length - 1), fc.nat(4), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([line, f, d, ms]) => {
    const doc = structuredClone(docs[f][d % docs[f].length]);
    const raws: Raw[] = [];
    let out = doc;
    for (const m of ms) out = mutate(cat, out, m, raws);
    return { line, stdin: `${render(out, raws)}\n`, docs: 1 };
  });
}
