// Where in the learner's YAML a kubectl error points: field paths (`spec.replicas: Invalid value`,
// `unknown field "spec.replicass"`, `Go struct field DeploymentSpec.spec.replicas`) become the line
// of that key via the `yaml` package's node ranges; `yaml: line N:` is taken as kubectl says it.
// Loaded only in the editor chunk (it imports `yaml`). Simplification: one message may name
// several paths (an aggregate `* a … * b …`); each is located, and the first line carries the text.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, type Pair, parseDocument, visit } from 'yaml';

export type PathSegment = string | number;

/** `spec.template.spec.containers[0].image` → ['spec','template','spec','containers',0,'image']; map keys in `[key]` stay strings. */
export function parseFieldPath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else out.push(/^\d+$/.test(m[2]) ? Number(m[2]) : m[2]);
  }
  return out;
}

export interface ErrorRefs {
  /** Field paths named by the message, in order. */
  paths: string[];
  /** `yaml: line N:` (1-based, relative to the document kubectl read). */
  yamlLine?: number;
  /** The kind and name the message is about, when it says (`The Deployment "web" is invalid`). */
  kind?: string;
  name?: string;
}

const PATH = String.raw`[a-zA-Z_$][\w$-]*(?:\.[\w$/-]+|\[[^\]\s]*\])*`;

/** Reads what a kubectl error message points at. */
export function errorRefs(stderr: string): ErrorRefs {
  const refs: ErrorRefs = { paths: [] };
  const line = /yaml: line (\d+):/.exec(stderr);
  if (line) refs.yamlLine = Number(line[1]);
  const invalid = /The (\w+) "([^"]*)" is invalid:/.exec(stderr);
  if (invalid) {
    refs.kind = invalid[1];
    refs.name = invalid[2];
  }
  const handled = /(\w+) in version "[^"]*" cannot be handled as a (\w+)/.exec(stderr);
  if (handled && !refs.kind) refs.kind = handled[2];
  const add = (p: string | undefined) => {
    if (p && !refs.paths.includes(p)) refs.paths.push(p);
  };
  // Validation: `is invalid: <path>: …` or one `* <path>: …` per error.
  for (const m of stderr.matchAll(new RegExp(String.raw`(?:is invalid: |^\* )(${PATH}): `, 'gm'))) add(m[1]);
  for (const m of stderr.matchAll(new RegExp(`unknown field "(${PATH})"`, 'g'))) add(m[1]);
  // encoding/json's type errors name the Go struct, then the JSON path.
  for (const m of stderr.matchAll(new RegExp(String.raw`Go struct field [A-Z]\w*\.(${PATH}) of type`, 'g'))) add(m[1]);
  return refs;
}

/** A document of a multi-document stream, as kubectl splits it (lines starting with `---`). */
export interface Chunk {
  text: string;
  /** 0-based line of the whole text where this chunk starts. */
  startLine: number;
}

export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let cur: string[] = [];
  let start = 0;
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('---')) {
      chunks.push({ text: cur.join('\n'), startLine: start });
      cur = [];
      start = i + 1;
    } else cur.push(line);
  });
  chunks.push({ text: cur.join('\n'), startLine: start });
  return chunks.filter((c) => c.text.trim() !== '');
}

/**
 * 1-based line of the deepest node on `path` that exists: the key's line for a map entry, the
 * item's line for a list index. A missing field (`image: Required value`) lands on its parent.
 */
export function lineOfPath(text: string, path: PathSegment[]): number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  if (doc.errors.length > 0 || !doc.contents) return undefined;
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);
  let node: Node | null = doc.contents as Node;
  let line = lineAt(node.range?.[0]);
  for (const seg of path) {
    if (typeof seg === 'number' && isSeq(node)) {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      node = item;
      line = lineAt(item.range?.[0]) ?? line;
    } else if (isMap(node)) {
      const pair: Pair | undefined = (node.items as Pair[]).find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
      );
      if (!pair) break;
      line = lineAt((pair.key as Node).range?.[0]) ?? line;
      node = (pair.value as Node | null) ?? null;
      if (!node) break;
    } else break;
  }
  return line;
}

function chunkValue(chunk: Chunk): { kind?: string; name?: string; broken: boolean } {
  const doc = parseDocument(chunk.text, { uniqueKeys: false });
  if (doc.errors.length > 0) return { broken: true };
  let v: { kind?: unknown; metadata?: { name?: unknown } } | null;
  try {
    v = doc.toJS();
  } catch {
    // toJS refuses alias bombs ("Excessive alias count …"), as kubectl's parser does.
    return { broken: true };
  }
  return {
    kind: typeof v?.kind === 'string' ? v.kind : undefined,
    name: typeof v?.metadata?.name === 'string' ? v.metadata.name : undefined,
    broken: false,
  };
}

export interface LocatedError {
  /** 1-based lines of the learner's text the error concerns (empty: it names no place). */
  lines: number[];
}

/** 1-based line of the first alias (`*name`) in the text, where an alias bomb starts to expand. */
function firstAliasLine(text: string): number | undefined {
  for (const chunk of splitChunks(text)) {
    const counter = new LineCounter();
    const doc = parseDocument(chunk.text, { lineCounter: counter, uniqueKeys: false });
    let offset: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0];
        return visit.BREAK;
      },
    });
    if (offset !== undefined) return chunk.startLine + counter.linePos(offset).line;
  }
  return undefined;
}

/** Maps kubectl's stderr for `apply -f -` of `text` to the lines it concerns; never throws. */
export function locateError(text: string, stderr: string): LocatedError {
  try {
    return locate(text, stderr);
  } catch {
    // Whatever the learner typed, the editor still shows kubectl's message (just not beside a line).
    return { lines: [] };
  }
}

function locate(text: string, stderr: string): LocatedError {
  if (/excessive aliasing/.test(stderr)) {
    // kubectl names no line; the first alias is where the expansion begins.
    const line = firstAliasLine(text);
    return { lines: line === undefined ? [] : [line] };
  }
  const refs = errorRefs(stderr);
  const chunks = splitChunks(text);
  if (chunks.length === 0) return { lines: [] };
  const info = chunks.map(chunkValue);
  const lines: number[] = [];
  if (refs.yamlLine !== undefined) {
    // kubectl stops at the first document it cannot parse; its line numbers count from that document.
    const at = Math.max(
      0,
      info.findIndex((c) => c.broken),
    );
    const line = chunks[at].startLine + refs.yamlLine;
    if (line <= text.split('\n').length) lines.push(line);
    return { lines };
  }
  if (refs.paths.length === 0) return { lines };
  let at = info.findIndex((c) => c.kind === refs.kind && (refs.name === undefined || c.name === refs.name));
  if (at < 0) at = 0;
  for (const p of refs.paths) {
    const line = lineOfPath(chunks[at].text, parseFieldPath(p));
    if (line !== undefined && !lines.includes(chunks[at].startLine + line)) lines.push(chunks[at].startLine + line);
  }
  return { lines };
}
