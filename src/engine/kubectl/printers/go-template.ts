// `-o go-template=…` / `-o template=…` / `--template`: runs a parsed template (go-template-parse.ts)
// over an object as kubectl does — the object as JSON decoded into Go maps (missing keys print
// `<no value>`, maps print `map[k:v]` in key order, nil `<nil>`), Go's truth, the builtin functions
// people use (len, index, printf, print, println, eq/ne/lt/le/gt/ge, and/or/not) and kubectl's
// base64decode, and Go's execution errors, followed by kubectl's debugging block.
// [go: src/text/template/{exec,funcs}.go; k8s: staging/src/k8s.io/cli-runtime/pkg/printers/template.go]
// Simplifications: printf knows %s %d %v %q %t %f %x %% with width/precision/`-` flags.
import { TemplateParseError, parseTemplate, type Arg, type Cmd, type Pipe, type TNode } from './go-template-parse';

export class TemplateExecError extends Error {}

/** Marks a value that is absent (Go's invalid reflect.Value). */
const NO_VALUE = Symbol('no value');
type V = unknown;

/** Go's %v of a value decoded from JSON into interface{}. */
export function goValue(v: V): string {
  if (v === NO_VALUE) return '<no value>';
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (typeof v === 'object')
    return `map[${Object.keys(v)
      .sort()
      .map((k) => `${k}:${goValue((v as Record<string, V>)[k])}`)
      .join(' ')}]`;
  return String(v);
}

function goType(v: V): string {
  if (v === null || v === undefined || v === NO_VALUE) return '<nil>';
  if (Array.isArray(v)) return '[]interface {}';
  if (typeof v === 'object') return 'map[string]interface {}';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  return typeof v;
}

function truth(v: V): boolean {
  if (v === NO_VALUE || v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function printfGo(format: string, args: V[]): string {
  let k = 0;
  const out = format.replace(/%([-+ 0#]*)(\d*)(?:\.(\d+))?([a-zA-Z%])/g, (_, flags: string, width: string, prec: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    if (k >= args.length) return `%!${verb}(MISSING)`;
    const a = args[k++];
    let s: string;
    const bad = () => `%!${verb}(${goType(a)}=${goValue(a)})`;
    switch (verb) {
      case 's':
        if (typeof a !== 'string') return bad();
        s = prec !== undefined ? a.slice(0, Number(prec)) : a;
        break;
      case 'v':
        s = goValue(a);
        break;
      case 'q':
        if (typeof a !== 'string') return bad();
        s = JSON.stringify(a);
        break;
      case 'd':
        if (typeof a !== 'number' || !Number.isInteger(a)) return bad();
        s = String(a);
        break;
      case 'f':
        if (typeof a !== 'number') return bad();
        s = a.toFixed(prec !== undefined ? Number(prec) : 6);
        break;
      case 'x':
        if (typeof a === 'number' && Number.isInteger(a)) s = a.toString(16);
        else if (typeof a === 'string') s = [...new TextEncoder().encode(a)].map((b) => b.toString(16).padStart(2, '0')).join('');
        else return bad();
        break;
      case 't':
        if (typeof a !== 'boolean') return bad();
        s = String(a);
        break;
      default:
        return bad();
    }
    const w = Number(width || 0);
    return flags.includes('-') ? s.padEnd(w) : s.padStart(w, flags.includes('0') && verb !== 's' ? '0' : ' ');
  });
  const extra = args.slice(k);
  return extra.length ? `${out}%!(EXTRA ${extra.map((a) => `${goType(a)}=${goValue(a)}`).join(', ')})` : out;
}

class Exec {
  out = '';
  private vars: [string, V][][] = [];
  constructor(
    private readonly src: string,
    private readonly root: V,
  ) {}

  private fail(pos: number, at: string, msg: string): never {
    const before = this.src.slice(0, pos);
    const line = before.split('\n').length;
    const col = pos - (before.lastIndexOf('\n') + 1);
    throw new TemplateExecError(`template: output:${line}:${col}: executing "output" at <${at}>: ${msg}`);
  }

  run(nodes: TNode[], dot: V): void {
    for (const n of nodes) {
      if (n.k === 'text') this.out += n.text;
      else if (n.k === 'action') {
        const v = this.pipe(n.pipe, dot);
        // A nil interface is an invalid value to the printer: `<no value>`, as a missing key.
        if (!n.pipe.decl.length) this.out += goValue(v === null ? NO_VALUE : v);
      } else if (n.k === 'if' || n.k === 'with') {
        this.vars.push([]);
        const v = this.pipe(n.pipe, dot);
        if (truth(v)) this.run(n.list, n.k === 'with' ? v : dot);
        else if (n.elseList) this.run(n.elseList, dot);
        this.vars.pop();
      } else this.range(n, dot);
    }
  }

  private range(n: Extract<TNode, { pipe: Pipe; list: TNode[] }>, dot: V): void {
    this.vars.push([]);
    const decl = n.pipe.decl;
    const v = this.pipe({ ...n.pipe, decl: [] }, dot);
    let items: [V, V][] = [];
    if (Array.isArray(v)) items = v.map((x, i) => [i, x]);
    else if (v && typeof v === 'object') items = Object.keys(v).sort().map((k) => [k, (v as Record<string, V>)[k]]);
    else if (v !== NO_VALUE && v !== null && v !== undefined) {
      const c = n.pipe.cmds.at(-1) as Cmd;
      this.fail(c.args[0]?.pos ?? c.pos, c.text, `range can't iterate over ${goValue(v)}`);
    }
    if (items.length === 0 && n.elseList) this.run(n.elseList, dot);
    for (const [key, item] of items) {
      const scope: [string, V][] = [];
      if (decl.length === 1) scope.push([decl[0], item]);
      if (decl.length === 2) scope.push([decl[0], key], [decl[1], item]);
      this.vars.push(scope);
      this.run(n.list, item);
      this.vars.pop();
    }
    this.vars.pop();
  }

  private lookup(name: string, pos: number): V {
    if (name === '$') return this.root;
    for (let s = this.vars.length - 1; s >= 0; s--) {
      const scope = this.vars[s];
      for (let j = scope.length - 1; j >= 0; j--) if (scope[j][0] === name) return scope[j][1];
    }
    throw new TemplateParseError(`template: output:${this.src.slice(0, pos).split('\n').length}: undefined variable "${name}"`);
  }

  private pipe(p: Pipe, dot: V): V {
    let v: V = NO_VALUE;
    let first = true;
    for (const c of p.cmds) {
      v = this.cmd(c, dot, first ? undefined : v);
      first = false;
    }
    if (p.decl.length) (this.vars.at(-1) ?? this.vars[this.vars.push([]) - 1]).push([p.decl[0], v]);
    return v;
  }

  private fields(base: V, chain: string[], a: Arg): V {
    let v = base;
    for (const f of chain) {
      if (v === NO_VALUE || v === null || v === undefined) return NO_VALUE;
      if (typeof v !== 'object' || Array.isArray(v)) this.fail(a.pos, a.text, `can't evaluate field ${f} in type interface {}`);
      v = Object.hasOwn(v as object, f) ? (v as Record<string, V>)[f] : NO_VALUE;
    }
    return v;
  }

  private arg(a: Arg, dot: V): V {
    switch (a.k) {
      case 'dot':
        return dot;
      case 'field':
        return this.fields(dot, a.chain, a);
      case 'var':
        return this.fields(this.lookup(a.name, a.pos), a.chain, a);
      case 'lit':
        return a.value;
      case 'pipe':
        return this.pipe(a.pipe, dot);
      case 'chain':
        return this.fields(this.arg(a.base, dot), a.chain, a);
      case 'ident':
        return this.call(a.name, [], a, { args: [a], pos: a.pos, text: a.text }, dot);
    }
  }

  private cmd(c: Cmd, dot: V, piped: V | undefined): V {
    const head = c.args[0];
    if (head.k === 'ident') {
      const args = c.args.slice(1).map((a) => this.arg(a, dot));
      if (piped !== undefined) args.push(piped);
      return this.call(head.name, args, head, c, dot);
    }
    if (c.args.length > 1 || piped !== undefined) this.fail(c.pos, c.text, `can't give argument to non-function ${head.text}`);
    return this.arg(head, dot);
  }

  private call(name: string, args: V[], head: Arg, c: Cmd, _dot: V): V {
    const bad = (msg: string): never => this.fail(c.pos, c.text, `error calling ${name}: ${msg}`);
    const want = (n: number) => {
      if (args.length !== n) this.fail(c.pos, c.text, `wrong number of args for ${name}: want ${n} got ${args.length}`);
    };
    switch (name) {
      case 'len': {
        want(1);
        const v = args[0];
        if (v === NO_VALUE || v === null || v === undefined) return bad('reflect: call of reflect.Value.Type on zero Value');
        if (typeof v === 'string') return new TextEncoder().encode(v).length;
        if (Array.isArray(v)) return v.length;
        if (typeof v === 'object') return Object.keys(v).length;
        // A number typed in the template is Go's int; one from the object is int64 or float64.
        return bad(`len of type ${c.args[1]?.k === 'lit' && Number.isInteger(v) ? 'int' : goType(v)}`);
      }
      case 'index': {
        let v = args[0];
        for (const k of args.slice(1)) {
          if (v === NO_VALUE || v === null || v === undefined) return bad('index of untyped nil');
          if (Array.isArray(v) || typeof v === 'string') {
            if (typeof k !== 'number') return bad(`cannot index slice/array with type ${goType(k)}`);
            const len = typeof v === 'string' ? v.length : v.length;
            if (k < 0 || k >= len) return bad(`index out of range: ${k}`);
            v = typeof v === 'string' ? v.charCodeAt(k) : v[k];
          } else if (typeof v === 'object') {
            if (typeof k !== 'string') return bad(`value has type ${goType(k)}; should be string`);
            v = Object.hasOwn(v, k) ? (v as Record<string, V>)[k] : NO_VALUE;
          } else return bad(`can't index item of type ${goType(v)}`);
        }
        return v;
      }
      case 'printf':
        if (typeof args[0] !== 'string') return bad(`wrong type for value; expected string; got ${goType(args[0])}`);
        return printfGo(args[0], args.slice(1));
      case 'print':
        return args.map((a, i) => (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string' ? ' ' : '') + goValue(a)).join('');
      case 'println':
        return `${args.map(goValue).join(' ')}\n`;
      case 'not':
        want(1);
        return !truth(args[0]);
      case 'and':
        return args.find((a) => !truth(a)) ?? args.at(-1);
      case 'or':
        return args.find((a) => truth(a)) ?? args.at(-1);
      case 'eq':
        if (args.length < 2) return bad('missing argument for comparison');
        return args.slice(1).some((b) => b === args[0]);
      case 'ne':
      case 'lt':
      case 'le':
      case 'gt':
      case 'ge': {
        want(2);
        const [x, y] = args as [never, never];
        if (typeof x !== typeof y || (typeof x !== 'number' && typeof x !== 'string' && name !== 'ne')) return bad('incompatible types for comparison');
        return name === 'ne' ? x !== y : name === 'lt' ? x < y : name === 'le' ? x <= y : name === 'gt' ? x > y : x >= y;
      }
      case 'base64decode': {
        want(1);
        const s = String(args[0]);
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 === 1) return bad(`base64 decode failed: illegal base64 data at input byte ${s.search(/[^A-Za-z0-9+/=]/) < 0 ? s.length : s.search(/[^A-Za-z0-9+/=]/)}`);
        return new TextDecoder().decode(Uint8Array.from(atob(s), (ch) => ch.charCodeAt(0)));
      }
      default:
        return this.fail(head.pos, c.text, `${name} is not supported by this simulator's templates`);
    }
  }
}

/** Parses a template (throws TemplateParseError with Go's words). */
export function checkTemplate(src: string): void {
  parseTemplate(src);
}

/**
 * kubectl's go-template printer over one object (already as JSON). On an execution error the
 * debugging block goes to stdout and kubectl's error line is returned as `error`.
 */
export function printGoTemplate(src: string, obj: unknown): { stdout: string; error?: string } {
  let nodes: TNode[];
  try {
    nodes = parseTemplate(src);
  } catch (e) {
    if (e instanceof TemplateParseError) return { stdout: '', error: `error parsing template ${src}, ${e.message}` };
    throw e;
  }
  const ex = new Exec(src, obj);
  try {
    ex.run(nodes, obj);
    return { stdout: ex.out };
  } catch (e) {
    // Go finds an undefined variable while parsing; this walker finds it running, before output.
    if (e instanceof TemplateParseError) return { stdout: '', error: `error parsing template ${src}, ${e.message}` };
    if (!(e instanceof TemplateExecError)) throw e;
    const debug =
      `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${src}\n\traw data was:\n\t\t${JSON.stringify(obj)}\n\tobject given to template engine was:\n\t\t${goValue(obj)}\n\n`;
    return { stdout: ex.out + debug, error: `error executing template ${JSON.stringify(src)}: ${e.message}` };
  }
}
