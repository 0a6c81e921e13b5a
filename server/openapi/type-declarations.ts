// The upstream API types as the npm package kubernetes-types declares them (a dev dependency
// generated from Kubernetes' own OpenAPI document: every type, field, whether it is optional and
// its description). Read from node_modules at run time, so nothing of it is copied into the
// repository or reaches a browser bundle. Its files are regular generated TypeScript:
//   /** description */ export interface Name { /** description */ field?: Type; }
//   export type Quantity = string;
// and a field's type is one of string, number, boolean, a string literal, a type name,
// Array<T>, `number | string` (IntOrString) or `{ [name: string]: T; }`.
// Simplification: kubernetes-types 1.30.0 is the newest release, so the fields are those of 1.30
// (1.31/1.32 additions such as a pod's image volumes are missing from `kubectl explain`).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type TypeRef =
  | { prim: 'string' | 'number' | 'boolean' | 'intOrString' }
  | { ref: string; pkg: string }
  | { arr: TypeRef }
  | { map: TypeRef };

export interface FieldDecl {
  name: string;
  optional: boolean;
  description: string;
  type: TypeRef;
}

export interface TypeDecl {
  name: string;
  /** The package folder: `core/v1`, `meta/v1`, `api/resource`, `runtime`. */
  pkg: string;
  description: string;
  /** An interface's fields; absent for a type alias. */
  fields?: FieldDecl[];
  /** A type alias's type (`Quantity = string`). */
  alias?: TypeRef;
}

function packageRoot(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return dirname(require.resolve('kubernetes-types/package.json'));
  } catch {
    return undefined;
  }
}

/** The JSDoc text: leading ` * ` removed, paragraphs kept. */
function docText(lines: string[]): string {
  return lines
    .map((l) =>
      l
        .replace(/^\s*\/\*\*\s?/, '')
        .replace(/\s*\*\/\s*$/, '')
        .replace(/^\s*\*\s?/, ''),
    )
    .join('\n')
    .trim();
}

function parseType(text: string, imports: Map<string, string>, pkg: string): TypeRef {
  const t = text.trim();
  if (t === 'string' || /^"[^"]*"$/.test(t)) return { prim: 'string' };
  if (t === 'number') return { prim: 'number' };
  if (t === 'boolean') return { prim: 'boolean' };
  if (t === 'number | string') return { prim: 'intOrString' };
  const array = /^Array<(.*)>$/.exec(t);
  if (array) return { arr: parseType(array[1], imports, pkg) };
  const map = /^\{\s*\[name: string\]: (.*?);?\s*\}$/s.exec(t);
  if (map) return { map: parseType(map[1], imports, pkg) };
  return { ref: t, pkg: imports.get(t) ?? pkg };
}

/** Parses one declaration file of the package (`core/v1`). */
export function parseDeclarations(text: string, pkg: string): TypeDecl[] {
  const imports = new Map<string, string>();
  for (const m of text.matchAll(/^import \{([^}]*)\} from "\.\.\/(.*)";$/gm)) {
    const from = m[2].replace(/\/$/, '');
    for (const name of m[1].split(',')) imports.set(name.trim(), from);
  }
  const lines = text.split('\n');
  const decls: TypeDecl[] = [];
  let doc: string[] = [];
  let inDoc = false;
  let current: TypeDecl | undefined;
  let pendingField: { head: string; doc: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inDoc) {
      doc.push(line);
      if (line.includes('*/')) inDoc = false;
      continue;
    }
    if (/^\s*\/\*\*/.test(line)) {
      doc = [line];
      inDoc = !line.includes('*/');
      continue;
    }
    if (!current) {
      const iface = /^export interface (\w+) \{$/.exec(line);
      if (iface) {
        current = { name: iface[1], pkg, description: docText(doc), fields: [] };
        doc = [];
        continue;
      }
      const alias = /^export type (\w+) = (.*);$/.exec(line);
      if (alias) decls.push({ name: alias[1], pkg, description: docText(doc), alias: parseType(alias[2], imports, pkg) });
      doc = [];
      continue;
    }
    if (line === '}') {
      decls.push(current);
      current = undefined;
      continue;
    }
    if (pendingField) {
      // A map type spread over lines: `field?: {` … `};`
      pendingField.head += ` ${line.trim()}`;
      if (/^\s{4}\};$/.test(line)) {
        addField(current, pendingField.head.replace(/;$/, ''), pendingField.doc, imports, pkg);
        pendingField = undefined;
      }
      continue;
    }
    const field = /^\s{4}(?:readonly )?("?[\w$-]+"?\??): (.*)$/.exec(line);
    if (field) {
      if (field[2] === '{') pendingField = { head: `${field[1]}: {`, doc: docText(doc) };
      else addField(current, `${field[1]}: ${field[2].replace(/;$/, '')}`, docText(doc), imports, pkg);
      doc = [];
    }
  }
  return decls;
}

function addField(decl: TypeDecl, text: string, description: string, imports: Map<string, string>, pkg: string): void {
  const m = /^"?([\w$-]+)"?(\??): (.*)$/s.exec(text);
  if (!m) return;
  decl.fields?.push({ name: m[1], optional: m[2] === '?', description, type: parseType(m[3], imports, pkg) });
}

let cache: Map<string, TypeDecl> | undefined;

/** Every declaration of the package, keyed `pkg:Name` (`core/v1:PodSpec`); empty when it is not installed. */
export function typeDeclarations(): Map<string, TypeDecl> {
  if (cache) return cache;
  cache = new Map();
  const root = packageRoot();
  if (!root) return cache;
  const files = [
    'runtime',
    'api/resource',
    'meta/v1',
    'core/v1',
    'apps/v1',
    'coordination/v1',
    'discovery/v1',
    'autoscaling/v2',
    'autoscaling/v1',
    'policy/v1',
    'storage/v1',
    'batch/v1',
    'networking/v1',
    'rbac/v1',
    'events/v1',
    'scheduling/v1',
    'node/v1',
  ];
  for (const pkg of files) {
    const path = join(root, `${pkg}.d.ts`);
    if (!existsSync(path)) continue;
    for (const d of parseDeclarations(readFileSync(path, 'utf8'), pkg)) cache.set(`${pkg}:${d.name}`, d);
  }
  return cache;
}
