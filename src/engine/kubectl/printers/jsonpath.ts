// kubectl's JSONPath templates (`-o jsonpath=…`, and each column of `-o custom-columns=…`): text
// outside braces printed as is; inside, fields (`.a.b`, `a\.b` for a dotted key, `['key']`),
// arrays (`[0]`, `[-1]`, `[1:3]`, `[*]`, `[0,2]`), filters (`[?(@.type=="Ready")]`), recursive
// descent (`..name`), quoted strings (`{"\n"}`) and `{range …}…{end}`. Several values of one
// action print separated by a space; maps and lists print as compact JSON.
// [k8s: staging/src/k8s.io/client-go/util/jsonpath/{parser,jsonpath,node}.go,
//  staging/src/k8s.io/cli-runtime/pkg/printers/jsonpath.go]
// Simplification: numbers are JavaScript numbers (Go keeps int64 and float64 apart, and refuses
// to compare the two in a filter; here 1 == 1.0). The parser is in jsonpath-parser.ts, custom
// columns in custom-columns.ts.
import { goEscape, sortKeys } from './structured';
import { JsonPathError, type Node, parseJsonPath } from './jsonpath-parser';

export { JsonPathError } from './jsonpath-parser';

type Json = unknown;
const isMap = (v: Json): v is Record<string, Json> => !!v && typeof v === 'object' && !Array.isArray(v);

interface Walk {
  allowMissingKeys: boolean;
  /** Values produced so far: nested ranges over `..` grow as a power of the object's size. */
  produced: number;
}

/**
 * Deliberate limit (real kubectl has none): a template may produce at most this many values and
 * print at most MAX_OUTPUT characters, so nothing typed in the browser's console can hang the page.
 */
const MAX_VALUES = 1_000_000;
const MAX_OUTPUT = 4_000_000;
const TOO_MUCH = 'the template produces more output than this simulator prints (over 4 MB or a million values)';
/** Likewise for template steps: each unclosed `{range}` runs its body twice, so they can double per level. */
const MAX_STEPS = 500_000;
const TOO_LONG = 'the template takes more than half a million steps, more than this simulator runs (each unclosed {range} doubles them)';

function count(w: Walk, values: Json[]): Json[] {
  w.produced += values.length;
  if (w.produced > MAX_VALUES) throw new JsonPathError(TOO_MUCH);
  return values;
}

function evalList(input: Json[], nodes: Node[], w: Walk): Json[] {
  let cur = input;
  for (const n of nodes) cur = walk(cur, n, w);
  return cur;
}

function walk(input: Json[], node: Node, w: Walk): Json[] {
  return count(w, walkNode(input, node, w));
}

function walkNode(input: Json[], node: Node, w: Walk): Json[] {
  switch (node.t) {
    case 'list':
      return evalList(input, node.nodes, w);
    case 'text':
      return [node.text];
    case 'number':
    case 'bool':
      return input.map(() => node.value);
    case 'field': {
      const out: Json[] = [];
      for (const v of input) if (isMap(v) && Object.hasOwn(v, node.name) && v[node.name] !== undefined) out.push(v[node.name]);
      if (out.length === 0 && !w.allowMissingKeys) throw new JsonPathError(`${node.name} is not found`);
      return out;
    }
    case 'array': {
      const out: Json[] = [];
      for (const v of input) {
        if (v === null || v === undefined) continue;
        if (!Array.isArray(v)) throw new JsonPathError(`${goType(v)} is not array or slice`);
        const len = v.length;
        let start = node.start ?? 0;
        if (start < 0) start += len;
        // `[-1]` is [len-1:len]: a derived end follows the start once that is resolved.
        let end = node.derivedEnd ? start + 1 : (node.end ?? len);
        if (end < 0) end += len;
        if (end === start) continue;
        if (start >= len || start < 0) throw new JsonPathError(`array index out of bounds: index ${start}, length ${len}`);
        if (end > len || end < 0) throw new JsonPathError(`array index out of bounds: index ${end - 1}, length ${len}`);
        if (start > end) throw new JsonPathError(`starting index ${start} is greater than ending index ${end}`);
        const step = node.step ?? 1;
        if (step <= 0) throw new JsonPathError(`step must be > 0`);
        for (let i = start; i < end; i += step) out.push(v[i]);
      }
      return out;
    }
    case 'union':
      return node.lists.flatMap((l) => evalList(input, l, w));
    case 'wildcard':
      return input.flatMap((v) => (Array.isArray(v) ? v : isMap(v) ? Object.keys(v).sort().map((k) => v[k]) : typeof v === 'string' ? [...v] : []));
    case 'recursive': {
      const out: Json[] = [];
      const visit = (v: Json) => {
        const children = Array.isArray(v) ? v : isMap(v) ? Object.keys(v).sort().map((k) => v[k]) : [];
        if (children.length === 0) return;
        out.push(v);
        for (const c of children) visit(c);
      };
      for (const v of input) visit(v);
      return out;
    }
    case 'filter': {
      const out: Json[] = [];
      for (const v of input) {
        if (!Array.isArray(v)) throw new JsonPathError(`${goV(v)} is not array or slice and cannot be filtered`);
        for (const item of v) {
          if (node.op === 'exists') {
            let lefts: Json[] = [];
            try {
              lefts = evalList([item], node.left, w);
            } catch {
              lefts = [];
            }
            if (lefts.length > 0) out.push(item);
            continue;
          }
          const lefts = evalList([item], node.left, w);
          if (lefts.length !== 1) throw new JsonPathError('can only compare one element at a time');
          const rights = evalList([item], node.right, w);
          if (rights.length !== 1) throw new JsonPathError('can only compare one element at a time');
          if (compare(lefts[0], rights[0], node.op)) out.push(item);
        }
      }
      return out;
    }
    case 'ident':
      throw new JsonPathError(`unrecognized identifier ${node.name}`);
  }
}

/** text/template's eq/ne/lt/…: both sides the same basic kind, else an error. */
function compare(a: Json, b: Json, op: string): boolean {
  const kind = (v: Json) => (typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'other');
  if (kind(a) !== kind(b) || kind(a) === 'other') {
    if (op === '==' || op === '!=') {
      if (kind(a) === 'other' || kind(b) === 'other') throw new JsonPathError('invalid type for comparison');
    }
    throw new JsonPathError('incompatible types for comparison');
  }
  if (kind(a) === 'bool' && op !== '==' && op !== '!=') throw new JsonPathError('invalid type for comparison');
  const x = a as string | number;
  const y = b as string | number;
  switch (op) {
    case '==':
      return x === y;
    case '!=':
      return x !== y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
    default:
      throw new JsonPathError(`unrecognized filter operator ${op}`);
  }
}

/**
 * FindResults: one result set per top-level node; `{range x}` runs the nodes after it for each
 * value of x (once with nothing, output dropped, when x is empty) until an `{end}` stops that
 * run; the caller then resumes after the most recent `{end}` seen, or right after the `{range}`
 * when none follows it, so an unclosed range's body runs again outside it (as client-go does).
 * client-go recurses once per range level; here an explicit stack keeps the same order, so
 * thousands of nested ranges need no call stack.
 */
export function findResults(nodes: Node[], data: Json, allowMissingKeys: boolean): Json[][] {
  const w: Walk = { allowMissingKeys, produced: 0 };
  const word = (n: Node): string | undefined => {
    const head = n.t === 'list' ? n.nodes[0] : undefined;
    return head?.t === 'ident' && (head.name === 'range' || head.name === 'end') ? head.name : undefined;
  };
  const sets: Json[][] = [];
  type Body = { kind: 'body'; i: number; cur: Json; drop: boolean };
  type Loop = { kind: 'loop'; at: number; items: Json[]; next: number; drop: boolean; ranEmpty: boolean };
  const stack: (Body | Loop)[] = [{ kind: 'body', i: 0, cur: data, drop: false }];
  let inRange = 0;
  let lastEnd = -1; // index of the most recent `{end}` that stopped a run
  let steps = 0;
  while (stack.length) {
    const f = stack[stack.length - 1];
    if (++steps > MAX_STEPS) throw new JsonPathError(TOO_LONG);
    if (f.kind === 'loop') {
      if (f.next < f.items.length) stack.push({ kind: 'body', i: f.at + 1, cur: f.items[f.next++], drop: f.drop });
      else if (f.items.length === 0 && !f.ranEmpty) {
        f.ranEmpty = true;
        stack.push({ kind: 'body', i: f.at + 1, cur: null, drop: true });
      } else {
        stack.pop();
        inRange--;
        const caller = stack[stack.length - 1] as Body;
        caller.i = Math.max(lastEnd, f.at) + 1;
      }
      continue;
    }
    if (f.i >= nodes.length) {
      stack.pop();
      continue;
    }
    const n = nodes[f.i];
    const wd = word(n);
    if (wd === 'end') {
      if (inRange === 0) throw new JsonPathError('not in range, nothing to end');
      lastEnd = f.i;
      stack.pop();
      continue;
    }
    if (wd === 'range') {
      const items = evalList([f.cur], (n as { nodes: Node[] }).nodes.slice(1), w);
      inRange++;
      stack.push({ kind: 'loop', at: f.i, items, next: 0, drop: f.drop, ranEmpty: false });
      continue;
    }
    f.i++;
    const values = walk([f.cur], n, w);
    if (!f.drop) sets.push(values);
  }
  return sets;
}

/** How one value prints: maps and lists as compact JSON (keys sorted), null as null, else fmt.Print. */
function text(v: Json): string {
  if (v !== null && typeof v === 'object') return goEscape(JSON.stringify(sortKeys(v)));
  if (v === null || v === undefined) return 'null';
  return String(v);
}

/** Executes a parsed template over `data`, as JSONPathPrinter.PrintObj does for kubectl get. */
export function printJsonPath(template: string, data: Json): string {
  let nodes: Node[];
  try {
    nodes = parseJsonPath(template);
  } catch (e) {
    if (e instanceof JsonPathError) throw new JsonPathError(`error parsing jsonpath ${template}, ${e.message}`);
    throw e;
  }
  try {
    let out = '';
    for (const set of findResults(nodes, data, true)) {
      out += set.map(text).join(' ');
      if (out.length > MAX_OUTPUT) throw new JsonPathError(TOO_MUCH);
    }
    return out;
  } catch (e) {
    if (!(e instanceof JsonPathError)) throw e;
    throw new JsonPathError(
      `error executing jsonpath ${JSON.stringify(template)}: Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
        `\ttemplate was:\n\t\t${template}\n\tobject given to jsonpath engine was:\n\t\t${dump(data)}\n\n`,
    );
  }
}

/** The object as kubectl dumps it after a failed template; cut short (here only) past 20,000 characters. */
function dump(data: Json): string {
  const s = goV(data);
  return s.length > 20_000 ? `${s.slice(0, 20_000)}… (${s.length - 20_000} more characters not shown)` : s;
}

/** The Go type name of an unstructured value, for error messages. */
function goType(v: Json): string {
  if (isMap(v)) return 'map[string]interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  return 'interface {}';
}

/** fmt's %#v of an unstructured value (map keys sorted, as fmt prints maps). */
export function goV(v: Json): string {
  if (Array.isArray(v)) return `[]interface {}{${v.map(goV).join(', ')}}`;
  if (isMap(v)) return `map[string]interface {}{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${goV(v[k])}`).join(', ')}}`;
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

/** fmt's %v of an unstructured value: `map[a:b c:d]`, `[x y]`, strings bare. */
export function goPlainV(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(goPlainV).join(' ')}]`;
  if (isMap(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goPlainV(v[k])}`).join(' ')}]`;
  if (v === null || v === undefined) return '<nil>';
  return String(v);
}
