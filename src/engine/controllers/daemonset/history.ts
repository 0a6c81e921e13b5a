// A DaemonSet's ControllerRevisions: the current one is the revision whose data equals the
// template (as a `$patch: replace` strategic merge patch), named `<ds>-<hash>` with the hash also
// in its `controller-revision-hash` label; older ones are pruned down to revisionHistoryLimit,
// keeping any a live pod still runs. [k8s: pkg/controller/daemon/update.go constructHistory,
// snapshot, dedupCurHistories, cleanupHistory, getPatch, Match]
// Simplification: revisions are found through their controller ownerReference (no adoption of
// orphaned revisions), and hash collisions are not handled (see deployment/hash.ts).
import type { ApiClient } from '../../api/api-server';
import type { Store } from '../../api/store';
import { controllerRef } from '../../objects/pod';
import type { KObject, Pod } from '../../objects/types';
import { jsonEqual } from '../../util/json-clone';
import { computeHash } from '../deployment/hash';
import { revisionData } from '../statefulset/revisions';
import { CONTROLLER_REVISION_HASH_LABEL } from './daemon-pods';

function byRevision(a: KObject, b: KObject): number {
  return (a.revision as number) - (b.revision as number) || (a.metadata.name < b.metadata.name ? -1 : 1);
}

export function ownedHistory(store: Store, ds: KObject): KObject[] {
  return store
    .dependents(ds.metadata.uid)
    .filter((o) => o.kind === 'ControllerRevision' && controllerRef(o)?.uid === ds.metadata.uid)
    .sort(byRevision);
}

/** constructHistory: the current revision (created or renumbered) and the old ones. */
export function constructHistory(client: ApiClient, store: Store, ds: KObject): { cur: KObject; old: KObject[] } {
  const data = revisionData(ds);
  const all = ownedHistory(store, ds);
  const current = all.filter((h) => jsonEqual(h.data, data));
  const old = all.filter((h) => !current.includes(h));
  const next = old.reduce((m, h) => Math.max(m, h.revision as number), 0) + 1;
  let cur: KObject;
  if (current.length === 0) {
    const hash = computeHash(ds.spec?.template, ds.status?.collisionCount);
    const metadata: Record<string, unknown> = {
      name: `${ds.metadata.name}-${hash}`,
      namespace: ds.metadata.namespace,
      labels: { ...(ds.spec?.template?.metadata?.labels ?? {}), [CONTROLLER_REVISION_HASH_LABEL]: hash },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata.name, uid: ds.metadata.uid, controller: true, blockOwnerDeletion: true }],
    };
    if (ds.metadata.annotations) metadata.annotations = { ...ds.metadata.annotations };
    cur = client.create({ apiVersion: 'apps/v1', kind: 'ControllerRevision', metadata, data, revision: next });
  } else {
    // dedupCurHistories: keep the highest-numbered equal revision, delete the others.
    cur = current[current.length - 1];
    for (const dup of current.slice(0, -1)) {
      try {
        client.delete('ControllerRevision', dup.metadata.namespace, dup.metadata.name);
      } catch {
        // already gone
      }
    }
    if ((cur.revision as number) < next) cur = client.update({ ...cur, revision: next });
  }
  return { cur, old };
}

/** cleanupHistory: delete the oldest unused revisions beyond revisionHistoryLimit. */
export function cleanupHistory(client: ApiClient, ds: KObject, pods: Pod[], old: KObject[]): void {
  let toKill = old.length - (ds.spec?.revisionHistoryLimit ?? 10);
  if (toKill <= 0) return;
  const liveHashes = new Set(pods.map((p) => p.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL]).filter(Boolean));
  for (const h of [...old].sort(byRevision)) {
    if (toKill <= 0) break;
    if (liveHashes.has(h.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL])) continue;
    try {
      client.delete('ControllerRevision', h.metadata.namespace, h.metadata.name);
    } catch {
      // already gone
    }
    toKill--;
  }
}
