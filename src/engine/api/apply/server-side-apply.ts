// Server-side apply (PATCH with application/apply-patch+yaml): the request carries a manager's
// whole intent. A missing object is created from it; an existing one gets the configuration
// merged in (keyed lists item by item, atomic lists and structs whole), loses the fields this
// manager applied before and no longer does (unless another manager owns them too), and the
// manager's Apply entry becomes exactly the fields of the configuration. Setting a field another
// manager owns to a different value is a conflict (409) unless `force`, which takes it over.
// [k8s: apiserver/pkg/endpoints/handlers/patch.go applyPatcher, managedfields/internal/
//  structuredmerge.go Apply, conflict.go NewConflictError; structured-merge-diff/v4/merge/update.go
//  Apply, prune]
// Simplifications: a list or map emptied by a removal goes only one level up (upstream prunes
// every unowned empty parent); a `null` in the configuration is ignored rather than meaning
// "remove"; Update entries have no `.` on maps they created.
import type { KObject } from '../../objects/types';
import { rfc3339 } from '../../util/time';
import { deepClone, jsonEqual } from '../../util/json-clone';
import type { ApiServer } from '../api-server';
import { type FieldErrorType, StatusError, apiErrors } from '../errors';
import { apiVersionOf } from '../kinds';
import { checkDecoding, schemaOf } from '../validation/known-fields';
import type { Schema } from '../validation/schemas';
import { type FieldPath, fieldSet, isObject, itemKey, listKind, pathString, unalias, valueAt } from './field-set';
import { type ManagedFieldsEntry, managerKey, readManagers, writeManagers } from './managed-fields';

export interface ApplyRequest {
  kind: string;
  namespace: string | undefined;
  name: string;
  /** The configuration, decoded from the request body. */
  config: Record<string, unknown>;
  manager: string;
  force: boolean;
  dryRun: boolean;
  /** fieldValidation=Strict: unknown fields are a 400 (kubectl's default). */
  strict: boolean;
}

export interface ApplyOutcome {
  object: KObject;
  created: boolean;
}

function mergeValue(live: unknown, config: unknown, schema: Schema | undefined, struct: string, field: string): unknown {
  if (config === null || config === undefined) return live;
  const s = schema === undefined ? 'any' : unalias(schema);
  if (typeof s === 'string') return deepClone(config);
  if ('arr' in s) {
    const kind = listKind(struct, field);
    if (!Array.isArray(config) || !Array.isArray(live) || kind.type === 'atomic') return deepClone(config);
    const out = [...live];
    for (const item of config) {
      if (kind.type === 'set') {
        if (!out.some((x) => jsonEqual(x, item))) out.push(deepClone(item));
        continue;
      }
      const key = itemKey(item, kind.keys);
      const at = key === undefined ? -1 : out.findIndex((x) => itemKey(x, kind.keys) === key);
      if (at >= 0) out[at] = mergeValue(out[at], item, s.arr, struct, field);
      else out.push(deepClone(item));
    }
    return out;
  }
  if (!isObject(config) || !isObject(live)) return deepClone(config);
  if ('struct' in s && s.struct === 'LabelSelector') return deepClone(config);
  const out: Record<string, unknown> = { ...live };
  for (const [k, v] of Object.entries(config)) {
    const child = 'map' in s ? s.map : Object.hasOwn(s.fields, k) ? s.fields[k] : undefined;
    const value = mergeValue(live[k], v, child, 'map' in s ? struct : s.struct, 'map' in s ? field : k);
    if (value !== undefined) out[k] = value;
  }
  return out;
}

/** Removes the field at `path` from `obj` (in place). */
function removePath(obj: unknown, path: FieldPath): void {
  const elements = path.split('\n');
  const last = elements.pop() as string;
  const parent = elements.length ? valueAt(obj, elements.join('\n')) : obj;
  if (last.startsWith('f:')) {
    if (isObject(parent)) delete parent[last.slice(2)];
  } else if (Array.isArray(parent)) {
    const keys = last.startsWith('k:') ? Object.keys(JSON.parse(last.slice(2))) : [];
    const at = parent.findIndex((x) => (last.startsWith('k:') ? itemKey(x, keys) === last : `v:${JSON.stringify(x)}` === last));
    if (at >= 0) parent.splice(at, 1);
  }
}

/** The manager as printManager spells it: `"kubectl-client-side-apply" using apps/v1`. */
function printManager(e: ManagedFieldsEntry): string {
  const name = JSON.stringify(e.manager) + (e.subresource ? ` with subresource ${JSON.stringify(e.subresource)}` : '');
  return e.operation === 'Update' ? `${name} using ${e.apiVersion}` : name;
}

function conflictError(conflicts: { entry: ManagedFieldsEntry; path: FieldPath }[]): StatusError {
  let message: string;
  if (conflicts.length === 1) message = `Apply failed with 1 conflict: conflict with ${printManager(conflicts[0].entry)}: ${pathString(conflicts[0].path)}`;
  else {
    const byManager = new Map<string, { entry: ManagedFieldsEntry; paths: FieldPath[] }>();
    for (const c of conflicts) {
      const k = managerKey(c.entry.manager, c.entry.operation);
      const m = byManager.get(k) ?? { entry: c.entry, paths: [] };
      m.paths.push(c.path);
      byManager.set(k, m);
    }
    const lines: string[] = [];
    for (const k of [...byManager.keys()].sort()) {
      const m = byManager.get(k) as { entry: ManagedFieldsEntry; paths: FieldPath[] };
      lines.push(`conflicts with ${printManager(m.entry)}:`, ...m.paths.map((p) => `- ${pathString(p)}`));
    }
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    message,
    reason: 'Conflict',
    details: { causes: conflicts.map((c) => ({ reason: 'FieldManagerConflict' as FieldErrorType, message: `conflict with ${printManager(c.entry)}`, field: pathString(c.path) })) },
    code: 409,
  });
}

function sameFields(a: Set<FieldPath>, b: Set<FieldPath>): boolean {
  return a.size === b.size && [...a].every((p) => b.has(p));
}

export function serverSideApply(api: ApiServer, req: ApplyRequest): ApplyOutcome {
  const info = api.infoFor(typeof req.config.kind === 'string' ? req.config.kind : req.kind, typeof req.config.apiVersion === 'string' ? req.config.apiVersion : undefined);
  if (info.kind !== req.kind) throw apiErrors.badRequest(`the kind of the object (${info.kind}) does not match the kind on the URL (${req.kind})`);
  const meta = isObject(req.config.metadata) ? req.config.metadata : {};
  if (meta.name !== undefined && meta.name !== req.name)
    throw apiErrors.badRequest(`the name of the object (${String(meta.name)}) does not match the name on the URL (${req.name})`);
  checkDecoding(info.kind, info.version, req.config, req.strict);
  const schema = schemaOf(info.kind);
  const config: Record<string, unknown> = { ...req.config, apiVersion: apiVersionOf(info), kind: info.kind, metadata: { ...meta, name: req.name } };
  delete config.status;
  const applied = fieldSet(config, schema);
  const time = rfc3339(api.clock.now());
  const mine: ManagedFieldsEntry = { manager: req.manager, operation: 'Apply', apiVersion: apiVersionOf(info), time, fieldsType: 'FieldsV1', fieldsV1: {} };
  const ns = info.namespaced ? req.namespace || 'default' : undefined;
  const live = api.store.get(info.resource, ns, req.name);

  if (!live) {
    const obj = deepClone(config) as unknown as KObject;
    if (ns) obj.metadata.namespace = ns;
    const managers = readManagers(undefined);
    managers.sets.set(managerKey(req.manager, 'Apply'), { entry: mine, fields: applied });
    writeManagers(obj, managers);
    return { object: api.create(obj, 'kubectl', { dryRun: req.dryRun }), created: true };
  }

  const managers = readManagers(live);
  const key = managerKey(req.manager, 'Apply');
  const conflicts: { entry: ManagedFieldsEntry; path: FieldPath }[] = [];
  for (const [k, m] of [...managers.sets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (k === key) continue;
    for (const p of [...applied].sort()) {
      if (!m.fields.has(p) || p.split('\n').pop()?.startsWith('k:')) continue;
      if (!jsonEqual(valueAt(config, p), valueAt(live, p))) conflicts.push({ entry: m.entry, path: p });
    }
  }
  if (conflicts.length && !req.force) {
    api.recordRequest('kubectl', 'patch', info, ns, req.name, 409);
    throw conflictError(conflicts);
  }
  for (const c of conflicts) managers.sets.get(managerKey(c.entry.manager, c.entry.operation))?.fields.delete(c.path);

  const merged = mergeValue(live, config, schema, '', '') as KObject;
  const before = managers.sets.get(key)?.fields ?? new Set<FieldPath>();
  const owned = (p: FieldPath) => [...managers.sets].some(([k, m]) => k !== key && m.fields.has(p)) || applied.has(p);
  // Parents before children: an item removed takes its fields with it.
  for (const p of [...before].sort()) {
    if (owned(p)) continue;
    removePath(merged, p);
    // A list or map this leaves empty goes too, unless someone owns it.
    const parent = p.split('\n').slice(0, -1).join('\n');
    const left = parent ? valueAt(merged, parent) : undefined;
    if (parent && !owned(parent) && ((Array.isArray(left) && !left.length) || (isObject(left) && !Object.keys(left).length))) removePath(merged, parent);
  }
  // An apply that changes nothing keeps its entry's time, so nothing is written (upstream:
  // managedFieldsUpdater updates the time only when the object changed).
  const previous = managers.sets.get(key)?.entry;
  const same = previous && !conflicts.length && sameFields(before, applied) && jsonEqual({ ...merged, metadata: { ...merged.metadata, managedFields: undefined } }, { ...live, metadata: { ...live.metadata, managedFields: undefined } });
  managers.sets.set(key, { entry: same ? previous : mine, fields: applied });
  writeManagers(merged, managers);
  const object = api.update(merged, 'kubectl', undefined, { patch: true, dryRun: req.dryRun });
  return { object, created: false };
}
