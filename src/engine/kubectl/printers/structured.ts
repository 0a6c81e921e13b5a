// -o yaml | json | name. Objects read from the server are unstructured maps in kubectl, so both
// encoders see their keys sorted (json.Marshal of map[string]any, sigs.k8s.io/yaml over yaml.v2).
// Several objects print as a `kind: List` with `metadata.resourceVersion: ""`.
// [k8s: staging/src/k8s.io/cli-runtime/pkg/printers/{json,yaml,name}.go]
import { kindInfo, qualifiedSingular } from '../../api/kinds';
import type { KObject } from '../../objects/types';
import { setOwn } from '../../util/own';
import { marshalYamlV2 } from './yaml-v2';

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

const GO_ESCAPED = /[<>&\u2028\u2029]/;

/** Go's encoding/json escapes <, >, & and the JS line separators. */
export function goEscape(s: string): string {
  // Most text has none of them: testing first spares a copy of the whole string.
  if (!GO_ESCAPED.test(s)) return s;
  return s.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** json.MarshalIndent(obj, "", "    ") plus the trailing newline kubectl prints. */
export function toJson(obj: unknown, sorted = true): string {
  return `${goEscape(JSON.stringify(sorted ? sortKeys(obj) : obj, null, 4))}\n`;
}

/**
 * YAML as kubectl prints it (sigs.k8s.io/yaml over yaml.v2): block style, sequences flush with
 * their key, keys sorted as yaml.v2 sorts them (digits by value), strings yaml.v2 would read back
 * as something else double-quoted, other unsafe ones single-quoted, multi-line strings as `|`
 * literals, long lines folded past 80 columns. See yaml-v2.ts (linear in the output's size).
 */
export function toYaml(obj: unknown): string {
  return marshalYamlV2(obj);
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
