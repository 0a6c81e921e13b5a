// metadata.managedFields: who set which field. An Update (create, PUT, a PATCH of another type)
// gives its manager the fields it changed and takes them from the others; an Apply entry holds
// exactly the fields of that manager's last applied configuration (server-side-apply.ts).
// [k8s: apiserver/pkg/endpoints/handlers/fieldmanager (managedfields/internal/structuredmerge.go
//  Update, fieldmanager.go, managedfieldsupdater.go), structured-merge-diff/v4/merge/update.go]
// Simplifications: only requests that name a field manager are tracked (the HTTP front end's:
// kubectl and client libraries); the simulator's own components write as compiled clients without
// one, so their changes (a status, a scale by the HPA) leave managedFields as they were. Status
// and subresource writes are not tracked. Entries carry no per-entry `time` change when the set is
// unchanged, as upstream, but the time is the cluster's virtual time.
import type { KObject } from '../../objects/types';
import { jsonEqual } from '../../util/json-clone';
import { schemaOf } from '../validation/known-fields';
import { type FieldPath, fieldSet, fromFieldsV1, toFieldsV1, valueAt } from './field-set';

export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Record<string, unknown>;
  subresource?: string;
}

export interface Managers {
  /** Keyed by manager and operation: `kubectl\nApply`, `kubectl-client-side-apply\nUpdate`. */
  sets: Map<string, { entry: ManagedFieldsEntry; fields: Set<FieldPath> }>;
}

export const managerKey = (manager: string, operation: 'Apply' | 'Update') => `${manager}\n${operation}`;

export function readManagers(obj: KObject | undefined): Managers {
  const sets: Managers['sets'] = new Map();
  const entries = (obj?.metadata as { managedFields?: unknown } | undefined)?.managedFields;
  if (Array.isArray(entries))
    for (const e of entries as ManagedFieldsEntry[]) {
      if (!e || typeof e.manager !== 'string' || (e.operation !== 'Apply' && e.operation !== 'Update')) continue;
      sets.set(managerKey(e.manager, e.operation), { entry: e, fields: fromFieldsV1(e.fieldsV1) });
    }
  return { sets };
}

/** The entries in upstream's order: Apply before Update, then by time, then by manager. */
export function writeManagers(obj: KObject, managers: Managers): void {
  const entries = [...managers.sets.values()]
    .filter((m) => m.fields.size > 0)
    .map((m) => ({ ...m.entry, fieldsV1: toFieldsV1(m.fields) }))
    .sort((a, b) => (a.operation !== b.operation ? (a.operation === 'Apply' ? -1 : 1) : a.time !== b.time ? (a.time < b.time ? -1 : 1) : a.manager < b.manager ? -1 : 1));
  const meta = obj.metadata as { managedFields?: ManagedFieldsEntry[] };
  if (entries.length) meta.managedFields = entries;
  else delete meta.managedFields;
}

/** The fields that differ between two objects: set or changed in `next`, and gone from `prev`. */
export function changedFields(kind: string, prev: KObject | undefined, next: KObject): { changed: Set<FieldPath>; removed: Set<FieldPath> } {
  const schema = schemaOf(kind);
  const before = prev ? fieldSet(prev as never, schema) : new Set<FieldPath>();
  const after = fieldSet(next as never, schema);
  const changed = new Set<FieldPath>();
  for (const p of after) if (!before.has(p) || !jsonEqual(valueAt(prev, p), valueAt(next, p))) changed.add(p);
  const removed = new Set<FieldPath>();
  for (const p of before) if (!after.has(p)) removed.add(p);
  return { changed, removed };
}

/**
 * An Update by `manager`: it gains the fields it changed, the others lose them, and fields that
 * are gone leave every set. Writes the result into `next.metadata.managedFields`.
 */
export function recordUpdate(kind: string, apiVersion: string, prev: KObject | undefined, next: KObject, manager: string, time: string): void {
  const managers = readManagers(prev);
  const { changed, removed } = changedFields(kind, prev, next);
  for (const m of managers.sets.values()) for (const p of [...changed, ...removed]) m.fields.delete(p);
  if (changed.size) {
    const key = managerKey(manager, 'Update');
    const mine = managers.sets.get(key) ?? { entry: { manager, operation: 'Update', apiVersion, time, fieldsType: 'FieldsV1', fieldsV1: {} }, fields: new Set() };
    mine.entry = { ...mine.entry, apiVersion, time };
    for (const p of changed) mine.fields.add(p);
    managers.sets.set(key, mine);
  }
  writeManagers(next, managers);
}
