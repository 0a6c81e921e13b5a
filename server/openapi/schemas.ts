// components.schemas of an OpenAPI v3 group-version document, shaped as the real API server's
// (kube-openapi's v3 builder): definitions named by Go package (`io.k8s.api.core.v1.PodSpec`),
// a field of a named type as `allOf: [{$ref}]` beside its description, `required` lists,
// `x-kubernetes-group-version-kind` on each kind, Quantity and IntOrString as `oneOf` string or
// number (so `kubectl explain` prints `<Quantity>`, `<IntOrString>`), Time as a date-time string,
// and the strategic merge patch tags. Types, fields and descriptions come from kubernetes-types
// (type-declarations.ts); an integer's format from the engine's own decoding schemas
// (validation/schemas.ts), int32 where the engine does not say.
// [k8s: staging/src/k8s.io/kube-openapi/pkg/builder3, apimachinery/pkg/api/resource/quantity.go
//  OpenAPIV3OneOfTypes, apimachinery/pkg/util/intstr/intstr.go OpenAPIV3OneOfTypes]
// Simplification: only the kinds the engine serves and the types they reach are listed (a real
// document also has the List kinds, DeleteOptions, Status, WatchEvent and the rest of the group).
import { patchMetaFor } from '../../src/engine/api/patch/patch-meta';
import { SCHEMAS, type Schema } from '../../src/engine/api/validation/schemas';
import { type TypeDecl, type TypeRef, typeDeclarations } from './type-declarations';

type Json = Record<string, unknown>;

const PACKAGE_NAMES: Record<string, string> = {
  'meta/v1': 'io.k8s.apimachinery.pkg.apis.meta.v1',
  'api/resource': 'io.k8s.apimachinery.pkg.api.resource',
  runtime: 'io.k8s.apimachinery.pkg.runtime',
};

const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';

export function definitionName(decl: { pkg: string; name: string }): string {
  const pkg = PACKAGE_NAMES[decl.pkg] ?? `io.k8s.api.${decl.pkg.replace('/', '.')}`;
  return `${pkg}.${decl.name}`;
}

/** The kubernetes-types folder of an API group version: `apps/v1`, `core/v1` for the core group. */
export function packageOf(group: string, version: string): string {
  return `${group ? group.split('.')[0] : 'core'}/${version}`;
}

let int64Fields: Set<string> | undefined;

/** `Struct.field` of every int64 in the engine's decoding schemas. */
function int64s(): Set<string> {
  if (int64Fields) return int64Fields;
  const found = new Set<string>();
  const seen = new Set<Schema>();
  const walk = (s: Schema, struct?: string, field?: string): void => {
    if (typeof s === 'string') {
      if (s === 'int64' && struct && field) found.add(`${struct}.${field}`);
      return;
    }
    if (seen.has(s)) return;
    seen.add(s);
    if ('arr' in s) walk(s.arr, struct, field);
    else if ('map' in s) walk(s.map, struct, field);
    else if ('alias' in s) walk(s.of, struct, field);
    else for (const [name, f] of Object.entries(s.fields)) walk(f, s.struct, name);
  };
  for (const s of Object.values(SCHEMAS)) walk(s);
  int64Fields = found;
  return found;
}

const ref = (name: string) => `#/components/schemas/${name}`;

class Builder {
  readonly schemas: Record<string, Json> = {};
  private readonly decls = typeDeclarations();

  private declOf(r: { ref: string; pkg: string }): TypeDecl | undefined {
    return this.decls.get(`${r.pkg}:${r.ref}`);
  }

  /** The schema of a value of type `t` (a field, an item, a map value). */
  private typeSchema(t: TypeRef, struct: string, field: string): Json {
    if ('prim' in t) {
      if (t.prim === 'string') return { type: 'string' };
      if (t.prim === 'boolean') return { type: 'boolean' };
      if (t.prim === 'number') return { type: 'integer', format: int64s().has(`${struct}.${field}`) ? 'int64' : 'int32' };
      this.schemas[INT_OR_STRING] ??= {
        description:
          'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.',
        format: 'int-or-string',
        oneOf: [{ type: 'integer' }, { type: 'string' }],
      };
      return { allOf: [{ $ref: ref(INT_OR_STRING) }] };
    }
    if ('arr' in t) return { type: 'array', items: { ...this.typeSchema(t.arr, struct, field), default: 'ref' in t.arr ? {} : undefined } };
    if ('map' in t)
      return { type: 'object', additionalProperties: { ...this.typeSchema(t.map, struct, field), default: 'ref' in t.map ? {} : '' } };
    const decl = this.declOf(t);
    if (!decl) return { type: 'object' };
    return { allOf: [{ $ref: ref(this.define(decl)) }] };
  }

  /** Adds a declaration (and what it reaches) to the document; returns its name. */
  define(decl: TypeDecl): string {
    const name = definitionName(decl);
    if (this.schemas[name]) return name;
    if (decl.alias) {
      const base: Json = { description: decl.description };
      if (decl.name === 'Quantity') this.schemas[name] = { ...base, oneOf: [{ type: 'string' }, { type: 'number' }] };
      else if (decl.name === 'Time' || decl.name === 'MicroTime') this.schemas[name] = { ...base, type: 'string', format: 'date-time' };
      else this.schemas[name] = { ...base, ...this.typeSchema(decl.alias, decl.name, '') };
      return name;
    }
    const out: Json = { description: decl.description, type: 'object' };
    this.schemas[name] = out; // before the fields: types refer to themselves (JSONSchemaProps-like cycles)
    const properties: Record<string, Json> = {};
    const required: string[] = [];
    for (const f of decl.fields ?? []) {
      const s: Json = { ...this.typeSchema(f.type, decl.name, f.name), description: f.description || undefined };
      if ('ref' in f.type && s.allOf) s.default = {};
      const meta = patchMetaFor(decl.name, f.name);
      if (meta.strategy || meta.retainKeys)
        s['x-kubernetes-patch-strategy'] = [meta.strategy, meta.retainKeys && 'retainKeys'].filter(Boolean).join(',');
      if (meta.key) s['x-kubernetes-patch-merge-key'] = meta.key;
      properties[f.name] = s;
      if (!f.optional) required.push(f.name);
    }
    out.properties = properties;
    if (required.length) out.required = required;
    return name;
  }
}

/** The schemas for the kinds of one group version; empty when kubernetes-types is missing. */
export function groupVersionSchemas(kinds: { group: string; version: string; kind: string }[]): Record<string, Json> {
  const b = new Builder();
  const decls = typeDeclarations();
  for (const k of kinds) {
    const decl = decls.get(`${packageOf(k.group, k.version)}:${k.kind}`);
    if (!decl) continue;
    const name = b.define(decl);
    b.schemas[name]['x-kubernetes-group-version-kind'] = [{ group: k.group, kind: k.kind, version: k.version }];
  }
  return JSON.parse(JSON.stringify(b.schemas)); // drops the undefined descriptions and defaults
}
