// Reading `-f -`: the stream is split at `---` lines (apimachinery's YAMLReader), each document
// is YAML 1.1 (yaml.v2 via sigs.k8s.io/yaml) or JSON, `kind: List` is flattened, and each object
// is checked for apiVersion/kind and mapped to a served kind — with kubectl's error texts.
// [k8s: staging/src/k8s.io/cli-runtime/pkg/resource/visitor.go StreamVisitor,
//  apimachinery/pkg/util/yaml/decoder.go]
// Simplifications: yaml.v2's messages are approximated from the `yaml` package's error codes
// (line numbers follow yaml.v2: 1-based for scanner errors, 0-based for parser errors, none on
// the first line); no client-side OpenAPI schema validation (unknown fields are accepted).
// Hostile input gets the real decoders' words too: nesting limits (nesting.ts), an alias inside
// its own anchor, `kind` that is not a string, metadata of the wrong types (the builder decodes
// it into a typed ObjectMeta, so those stop the stream on the client).
import { type Document, type Tags, parseDocument, visit } from 'yaml';
import { type KindInfo, apiVersionOf, kindInfo } from '../api/kinds';
import { findTypeError } from '../api/validation/known-fields';
import { S, objectMeta, struct } from '../api/validation/schemas';
import type { NewObject } from '../objects/types';
import { utf8Length } from '../util/utf8';
import { jsonDepthError, yamlDepthError } from './nesting';
import { BAIL, parseBlockYaml } from './yaml-block-fast';
import { parseFlowYaml } from './yaml-flow-fast';

/** kube-apiserver's request body limit (3 MiB); larger input is refused before parsing. */
export const MAX_MANIFEST_BYTES = 3 * 1024 * 1024;
/** Bounds alias expansion (billion-laughs); yaml.v2 refuses "excessive aliasing" too. */
const MAX_ALIAS_COUNT = 100;

export type ManifestItem = { obj: NewObject; info: KindInfo } | { error: string };

export interface Manifest {
  /** Documents in order: mapped objects, or per-document errors that do not stop the rest. */
  items: ManifestItem[];
  /** An error that stopped reading (parse or validation), reported after the items. */
  streamError?: string;
}

class StreamError extends Error {}

/** yaml.v2 prints `line N: ` only when the (0-based) mark is past the first line. */
function at(line: number): string {
  return line > 0 ? `line ${line}: ` : '';
}

/** Approximates yaml.v2's message for a `yaml` package error. */
function yamlV2Message(doc: Document, text: string): string {
  const e = doc.errors[0];
  const line1 = e.linePos?.[0].line ?? 1; // 1-based line of the problem
  const atEnd = e.pos[0] >= text.trimEnd().length;
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return `${at(line1 - 1 > 0 ? line1 : 0)}found a tab character that violates indentation`;
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // yaml.v2 reports the ':' that made the mapping; when the implicit key spans lines
      // (`kind: x\n  bad: y`) that ':' is on the line where the multi-line key ends.
      const multi = doc.errors.find((x) => x.code === 'MULTILINE_IMPLICIT_KEY');
      const colonLine = multi?.linePos?.[1]?.line ?? line1;
      return `${at(colonLine - 1 > 0 ? colonLine : 0)}mapping values are not allowed in this context`;
    }
    case 'MISSING_CHAR':
      if (/quote/.test(e.message)) return `${at(line1 - 1 > 0 ? line1 : 0)}found unexpected end of stream`;
      return `${at(line1 - 1)}did not find expected key`;
    case 'BAD_INDENT':
      if (/^Flow (sequence|mapping)/.test(e.message)) {
        if (atEnd) return `${at(line1 - 1)}did not find expected node content`;
        return `${at(line1 - 1)}did not find expected ',' or '${/sequence/.test(e.message) ? ']' : '}'}'`;
      }
      return `${at(line1 - 1)}did not find expected key`;
    default:
      return `${at(line1 - 1)}did not find expected key`;
  }
}

/** Splits at lines beginning with `---` (only spaces or a comment may follow). */
function splitDocuments(text: string): string[] {
  const docs: string[] = [];
  let cur: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest !== '' && !rest.startsWith('#')) throw new StreamError(`invalid Yaml document separator: ${rest}`);
      docs.push(cur.join('\n'));
      cur = [];
    } else cur.push(line);
  }
  docs.push(cur.join('\n'));
  return docs;
}

interface Decoded {
  value: unknown;
  /** The document as the decoder saw it, for messages that quote it: the JSON text, or undefined for YAML. */
  json?: string;
}

/** One document → a JS value (null for an empty document). */
function decodeDocument(text: string, source: string): Decoded {
  if (/^\s*[{[]/.test(text)) {
    // JSON first; flow-style YAML (the official examples' `{ apiVersion: apps/v1, … }` with
    // comments and unquoted keys) also starts with `{`, so anything JSON refuses goes to YAML.
    // A list (`kubectl patch --type=json -p '[…]'` reads its patch here) too.
    let value: unknown;
    let parsed = false;
    let failedAt = Number.POSITIVE_INFINITY;
    try {
      value = JSON.parse(text);
      parsed = true;
    } catch (e) {
      const m = /position (\d+)/.exec((e as Error).message);
      if (m) failedAt = Number(m[1]);
    }
    // encoding/json stops at the 10001st level unless a syntax error comes first.
    const deep = jsonDepthError(text);
    if (deep && (parsed || deep.index < failedAt)) throw new StreamError(deep.message);
    if (parsed) {
      // encoding/json refuses a number beyond float64 (JSON.parse makes it Infinity).
      const huge = hugeJsonNumber(text);
      if (huge) throw new StreamError(`\u0000unable to decode "${source}": json: cannot unmarshal number ${huge} into Go value of type float64`);
      return { value, json: text.trim() };
    }
  }
  // Most manifests are plain block YAML: read those directly (yaml-block-fast.ts, which steps
  // aside before this simulator's nesting limit), the rest with the package after the nesting check.
  let fast = parseFlowYaml(text, resolvePlainScalar);
  if (fast === BAIL) fast = parseBlockYaml(text, resolvePlainScalar);
  if (fast !== BAIL) {
    const bad = firstNonFinite(fast);
    if (bad !== undefined) throw new StreamError(`error converting YAML to JSON: json: unsupported value: ${Number.isNaN(bad) ? 'NaN' : bad > 0 ? '+Inf' : '-Inf'}`);
    return { value: fast };
  }
  const tooDeep = yamlDepthError(text);
  if (tooDeep) throw new StreamError(`error converting YAML to JSON: ${tooDeep}`);
  return decodeWithPackage(text);
}

const YAML_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: false,
  // The library's warnings (an unresolved local tag such as `!foo`) would go to the page's or
  // Node's console; yaml.v2 keeps such a tag's value as its plain value, and so does the library.
  logLevel: 'error' as const,
  // yaml.v2 decodes timestamps into interface{} as plain strings.
  customTags: (tags: Tags) => tags.filter((t) => (typeof t === 'string' ? t : t.tag) !== 'tag:yaml.org,2002:timestamp'),
};

/**
 * What the package makes of a plain scalar on its own (YAML 1.1 booleans, nulls, numbers), cached
 * per text; BAIL when it refuses it (`.inf`), so the whole document gets the package's answer.
 */
const plainScalars = new Map<string, unknown>();
export function resolvePlainScalar(s: string): unknown {
  if (plainScalars.has(s)) return plainScalars.get(s);
  let value: unknown;
  try {
    value = decodeWithPackage(s).value;
  } catch (e) {
    if (!(e instanceof StreamError)) throw e;
    value = BAIL;
  }
  if (plainScalars.size > 10_000) plainScalars.clear();
  plainScalars.set(s, value);
  return value;
}

/** One YAML document through the `yaml` package, with yaml.v2's words for what it refuses. */
export function decodeWithPackage(text: string): Decoded {
  const doc = parseDocument(text, {
    ...YAML_OPTIONS,
  });
  if (doc.errors.length) throw new StreamError(`error converting YAML to JSON: yaml: ${yamlV2Message(doc, text)}`);
  // yaml.v2 refuses an alias used inside the node its anchor names (decode.go d.alias).
  let cycle: string | undefined;
  visit(doc, {
    Alias(_, node, path) {
      const target = node.resolve(doc);
      if (target && path.includes(target)) {
        cycle = node.source;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (cycle !== undefined) throw new StreamError(`error converting YAML to JSON: yaml: anchor '${cycle}' value contains itself`);
  // yaml.v2 keeps a float literal that overflows float64 (`1e400`) as a string; `.inf` and `.nan`
  // are floats, which the conversion to JSON then refuses.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'number' && !Number.isFinite(node.value) && !/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(node.source ?? ''))
        node.value = node.source;
    },
  });
  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    const bad = firstNonFinite(value);
    if (bad !== undefined) throw new StreamError(`error converting YAML to JSON: json: unsupported value: ${Number.isNaN(bad) ? 'NaN' : bad > 0 ? '+Inf' : '-Inf'}`);
    return { value };
  } catch (e) {
    if (e instanceof StreamError) throw e;
    const m = /Unresolved alias[^:]*: (.*)/.exec((e as Error).message);
    if (m) throw new StreamError(`error converting YAML to JSON: yaml: unknown anchor '${m[1]}' referenced`);
    throw new StreamError('error converting YAML to JSON: yaml: document contains excessive aliasing');
  }
}

/**
 * apimachinery's yaml.ToJSON for one document, as `kubectl patch` reads `-p`: text that starts
 * with `{` is passed on as it is (the server reports its JSON errors); anything else is YAML,
 * converted with yaml.v2's words (`yaml: mapping values are not allowed in this context`).
 */
export function yamlToJson(text: string): { json: string } | { error: string } {
  if (text.trimStart().startsWith('{')) return { json: text };
  try {
    const { value } = decodeDocument(text, 'patch');
    return { json: JSON.stringify(value ?? null) };
  } catch (e) {
    if (!(e instanceof StreamError)) throw e;
    const m = e.message.startsWith('\u0000') ? e.message.slice(1) : e.message;
    return { error: m.replace(/^error converting YAML to JSON: /, '') };
  }
}

/** The first number JSON cannot hold (NaN, ±Infinity) in a decoded value, searched iteratively. */
function firstNonFinite(v: unknown): number | undefined {
  const stack = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'number' && !Number.isFinite(x)) return x;
    if (x !== null && typeof x === 'object') {
      const children = Array.isArray(x) ? x : Object.values(x);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return undefined;
}

/** The first number literal of a JSON text that float64 cannot hold (`1e400`), as written. */
function hugeJsonNumber(text: string): string | undefined {
  // Past 1.8e308 a literal needs an exponent of 3 digits or, with at most e99, 210 digits before its
  // point: most texts have neither, and a native scan says so.
  if (!/[eE][-+]?\d{3}|\d{210}/.test(text)) return undefined;
  const re = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0][0] !== '"' && !Number.isFinite(Number(m[0]))) return m[0];
  return undefined;
}

/**
 * Go's json.Marshal of a decoded YAML document (sigs.k8s.io/yaml's YAMLToJSON): compact, map
 * keys sorted, `<`, `>`, `&`, U+2028 and U+2029 escaped.
 */
function goJSON(v: unknown): string {
  const sorted = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(sorted);
    if (x === null || typeof x !== 'object') return x;
    const out: Record<string, unknown> = Object.create(null);
    for (const k of Object.keys(x).sort()) out[k] = sorted((x as Record<string, unknown>)[k]);
    return out;
  };
  const escapes: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };
  return JSON.stringify(sorted(v)).replace(/[<>&\u2028\u2029]/g, (c) => escapes[c]);
}

/** kubectl's client-side check: an object with apiVersion and kind. */
function validationError(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'invalid object to validate';
  const v = value as Record<string, unknown>;
  const errs: string[] = [];
  if (!v.apiVersion) errs.push('apiVersion not set');
  if (!v.kind) errs.push('kind not set');
  if (errs.length === 0) return undefined;
  return errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`;
}

/** What the builder decodes every object into first (resource/mapper.go metadataOnlyObject). */
const METADATA_ONLY = struct('metadataOnlyObject', { apiVersion: S, kind: S, metadata: objectMeta });

/**
 * The builder's decoding of one object, before any request: `kind` must be a string
 * (UnstructuredJSONScheme: "Object 'Kind' is missing in '<the document>'"), then apiVersion,
 * kind and metadata are read into a typed ObjectMeta, so a wrong type there stops the stream
 * with json's words. Other fields are the server's to decode.
 */
function builderError(value: unknown, decoded: Decoded, source: string): StreamError | undefined {
  const v = value as { kind?: unknown };
  if (typeof v.kind !== 'string' || v.kind === '')
    return new StreamError(`\u0000unable to decode "${source}": Object 'Kind' is missing in '${decoded.json ?? goJSON(value)}'`);
  const bad = findTypeError(METADATA_ONLY, value);
  return bad ? new StreamError(`\u0000unable to decode "${source}": ${bad}`) : undefined;
}

/** The JSON type word Go's errors use. */
function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  return v === null ? 'null' : typeof v === 'object' ? 'object' : typeof v;
}

function mapObject(obj: NewObject, source: string): ManifestItem {
  const info = kindInfo(String(obj.kind));
  if (!info || apiVersionOf(info) !== obj.apiVersion) {
    const name = obj.metadata?.name ?? '';
    const ns = obj.metadata?.namespace ?? '';
    return {
      error: `error: resource mapping not found for name: "${name}" namespace: "${ns}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`,
    };
  }
  return { obj, info };
}

/** Reads a manifest stream the way kubectl's StreamVisitor does. */
export function readManifest(text: string, source = 'STDIN'): Manifest {
  const items: ManifestItem[] = [];
  // The limit is in bytes (UTF-8), as the request body's; a character is at most 3 bytes of it.
  if (text.length > MAX_MANIFEST_BYTES / 3 && utf8Length(text) > MAX_MANIFEST_BYTES)
    return { items, streamError: `Error from server (RequestEntityTooLarge): error when creating "${source}": Request entity too large: limit is ${MAX_MANIFEST_BYTES}` };
  try {
    for (const chunk of splitDocuments(text)) {
      if (chunk.trim() === '') continue;
      const decoded = decodeDocument(chunk, source);
      const value = decoded.value;
      if (value === null || value === undefined) continue;
      const invalid = validationError(value);
      if (invalid)
        throw new StreamError(`\u0000error validating "${source}": error validating data: ${invalid}; if you choose to ignore these errors, turn validation off with --validate=false`);
      const obj = value as NewObject;
      const badObject = builderError(obj, decoded, source);
      if (badObject) throw badObject;
      if (obj.kind === 'List') {
        // A List's items are decoded as []json.RawMessage, then each as an object (decodeList).
        if (obj.items !== undefined && obj.items !== null && !Array.isArray(obj.items))
          throw new StreamError(`\u0000unable to decode "${source}": json: cannot unmarshal ${jsonKind(obj.items)} into Go struct field decodeList.items of type []json.RawMessage`);
        for (const item of (obj.items ?? []) as unknown[]) {
          const bad = validationError(item);
          if (bad) throw new StreamError(`\u0000error validating "${source}": error validating data: ${bad}; if you choose to ignore these errors, turn validation off with --validate=false`);
          const badItem = builderError(item, { value: item, json: decoded.json === undefined ? undefined : JSON.stringify(item) }, source);
          if (badItem) throw badItem;
          items.push(mapObject(item as NewObject, source));
        }
      } else items.push(mapObject(obj, source));
    }
  } catch (e) {
    if (!(e instanceof StreamError)) throw e;
    // Validation errors carry their own prefix; parse errors are "error parsing <source>".
    const msg = e.message.startsWith('\u0000') ? e.message.slice(1) : `error parsing ${source}: ${e.message}`;
    return { items, streamError: `error: ${msg}` };
  }
  return { items };
}

/** `-f` values: only `-` (stdin) exists here; any path is "does not exist" (no file system). */
export function filenameError(paths: string[]): string | undefined {
  const bad = paths.find((p) => p !== '-');
  return bad === undefined ? undefined : `error: the path "${bad}" does not exist`;
}
