// pod-template-hash: controller.ComputeHash = FNV-32a over the pod template (plus collisionCount
// as 8 little-endian bytes), printed in decimal and mapped through rand.SafeEncodeString.
// [k8s: pkg/controller/controller_utils.go, staging/src/k8s.io/apimachinery/pkg/util/rand/rand.go]
// Simplification: upstream feeds the template through spew's %#v printer (DeepHashObject); we
// hash a canonical JSON (sorted keys) instead, so the values differ from a real cluster's but
// are just as stable and look the same (up to 10 chars of "bcdfghjklmnpqrstvwxz2456789").
import type { PodTemplateSpec } from '../../objects/types';
import { setOwn } from '../../util/own';

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';
const SAFE_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** JSON with object keys sorted at every level; undefined members dropped, as JSON does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(obj).sort()) {
    if (obj[k] === undefined) continue;
    parts.push(`${JSON.stringify(k)}:${canonicalJson(obj[k])}`);
  }
  return `{${parts.join(',')}}`;
}

export class Fnv32a {
  private h = 0x811c9dc5;
  write(bytes: Uint8Array): this {
    for (const b of bytes) {
      this.h ^= b;
      this.h = Math.imul(this.h, 0x01000193) >>> 0;
    }
    return this;
  }
  sum32(): number {
    return this.h >>> 0;
  }
}

/** rand.SafeEncodeString: each byte b becomes alphanums[b % 27] (no vowels, no 0/1/3). */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += SAFE_ALPHANUMS[s.charCodeAt(i) % SAFE_ALPHANUMS.length];
  return out;
}

export function computeHash(template: PodTemplateSpec | undefined, collisionCount?: number): string {
  const hasher = new Fnv32a().write(new TextEncoder().encode(canonicalJson(template ?? {})));
  if (collisionCount !== undefined && collisionCount !== null) {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setUint32(0, collisionCount >>> 0, true);
    hasher.write(bytes);
  }
  return safeEncodeString(String(hasher.sum32()));
}

function withoutHashLabel(template: PodTemplateSpec | undefined): unknown {
  const t = template ?? {};
  const labels = { ...(t.metadata?.labels ?? {}) };
  delete labels[POD_TEMPLATE_HASH_LABEL];
  const metadata = { ...(t.metadata ?? {}), labels: Object.keys(labels).length ? labels : undefined };
  return { ...t, metadata };
}

/** Semantic.DeepEqual treats nil and empty maps/slices alike; null and {} / [] are dropped. */
function pruneEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? value.map(pruneEmpty) : undefined;
  if (value === null || typeof value !== 'object') return value ?? undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const p = pruneEmpty(v);
    if (p !== undefined) setOwn(out, k, p);
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The comparable form of a template, memoised per template object: objects read from the store
 * are never mutated (every write stores a fresh object), so one ReplicaSet's template is
 * canonicalised once instead of on every Deployment sync. Callers must not mutate a template
 * after comparing it.
 */
const comparable = new WeakMap<object, string>();

function comparableForm(t: PodTemplateSpec | undefined): string {
  if (!t) return canonicalJson(pruneEmpty(withoutHashLabel(t)) ?? {});
  let key = comparable.get(t);
  if (key === undefined) {
    key = canonicalJson(pruneEmpty(withoutHashLabel(t)) ?? {});
    comparable.set(t, key);
  }
  return key;
}

/** EqualIgnoreHash: templates equal apart from the pod-template-hash label. */
export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return a === b || comparableForm(a) === comparableForm(b);
}
