// ControllerRevisions of a StatefulSet: each revision stores the pod template as a strategic
// merge patch, is named `<set>-<hash>` and numbered; the controller finds or creates the update
// revision and keeps revisionHistoryLimit old ones not used by any pod.
// [k8s: pkg/controller/statefulset/stateful_set_utils.go newRevision/ApplyRevision,
//  stateful_set_control.go getStatefulSetRevisions/truncateHistory, pkg/controller/history]
// Simplification: the hash is FNV-32a over canonical JSON (see deployment/hash.ts), so names look
// real but differ from a real cluster's; hash collisions (collisionCount) are not handled.
import type { ApiClient } from '../../api/api-server';
import type { Store } from '../../api/store';
import type { KObject, Pod } from '../../objects/types';
import { jsonEqual } from '../../util/json-clone';
import { Fnv32a, canonicalJson, safeEncodeString } from '../deployment/hash';
import { revisionOfPod } from './stateful-set-utils';

export function revisionData(set: KObject): { spec: { template: Record<string, unknown> } } {
  return { spec: { template: { ...structuredClone(set.spec?.template ?? {}), $patch: 'replace' } } };
}

export function revisionName(set: KObject, data: unknown, collisionCount: number): string {
  const h = new Fnv32a().write(new TextEncoder().encode(canonicalJson(data)));
  if (collisionCount) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setUint32(0, collisionCount >>> 0, true);
    h.write(b);
  }
  return `${set.metadata.name}-${safeEncodeString(String(h.sum32()))}`;
}

/** ApplyRevision: the set as it was at that revision (its template). */
export function applyRevision(set: KObject, revision: KObject): KObject {
  const tpl = { ...((revision.data as { spec?: { template?: Record<string, unknown> } })?.spec?.template ?? {}) };
  delete tpl.$patch;
  return { ...set, spec: { ...set.spec, template: tpl } };
}

export function ownedRevisions(store: Store, set: KObject): KObject[] {
  return store
    .dependents(set.metadata.uid)
    .filter((o) => o.kind === 'ControllerRevision')
    .sort((a, b) => (a.revision as number) - (b.revision as number) || a.metadata.name.localeCompare(b.metadata.name));
}

/** getStatefulSetRevisions: [current, update], creating or re-numbering the update revision. */
export function statefulSetRevisions(client: ApiClient, store: Store, set: KObject): { current: KObject; update: KObject; all: KObject[] } {
  const revisions = ownedRevisions(store, set);
  const collisionCount = set.status?.collisionCount ?? 0;
  const data = revisionData(set);
  const next = revisions.length ? (revisions[revisions.length - 1].revision as number) + 1 : 1;
  const equal = revisions.filter((r) => jsonEqual(r.data, data));
  let update: KObject;
  if (equal.length && equal[equal.length - 1] === revisions[revisions.length - 1]) update = revisions[revisions.length - 1];
  else if (equal.length) {
    // Rolling back to an older template re-numbers that revision instead of making a new one.
    update = client.update({ ...equal[equal.length - 1], revision: next });
  } else {
    const template = set.spec?.template ?? {};
    const metadata: Record<string, unknown> = {
      name: revisionName(set, data, collisionCount),
      namespace: set.metadata.namespace,
      labels: { ...(template.metadata?.labels ?? {}) },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata.name, uid: set.metadata.uid, controller: true, blockOwnerDeletion: true }],
    };
    if (set.metadata.annotations) metadata.annotations = { ...set.metadata.annotations };
    update = client.create({ apiVersion: 'apps/v1', kind: 'ControllerRevision', metadata, data, revision: next });
  }
  const current = revisions.find((r) => r.metadata.name === set.status?.currentRevision) ?? update;
  return { current, update, all: ownedRevisions(store, set) };
}

/** truncateHistory: delete the oldest revisions that no pod, nor current/update, uses. */
export function truncateHistory(client: ApiClient, set: KObject, pods: Pod[], revisions: KObject[], current: KObject, update: KObject): void {
  const live = new Set([current.metadata.name, update.metadata.name, ...pods.map(revisionOfPod)]);
  const history = revisions.filter((r) => !live.has(r.metadata.name));
  const limit = set.spec?.revisionHistoryLimit ?? 10;
  for (const r of history.slice(0, Math.max(0, history.length - limit))) {
    try {
      client.delete('ControllerRevision', r.metadata.namespace, r.metadata.name);
    } catch {
      // already gone
    }
  }
}
