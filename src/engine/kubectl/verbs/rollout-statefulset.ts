// `kubectl rollout status|history|undo` for StatefulSets (restart shares the Deployment path).
// [k8s: staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go StatefulSetStatusViewer,
//  history.go StatefulSetHistoryViewer, rollback.go StatefulSetRollbacker]
import { kindInfo, qualifiedSingular, type KindInfo } from '../../api/kinds';
import type { KObject } from '../../objects/types';
import { applyRevision, ownedRevisions } from '../../controllers/statefulset/revisions';
import { jsonEqual } from '../../util/json-clone';
import { ArgError } from '../args';
import type { KubectlContext } from '../context';
import { PrefixWriter, describePodTemplate, tabwrite } from '../describe';

function ref(s: KObject): string {
  return `${qualifiedSingular(kindInfo(s.kind) as KindInfo)}/${s.metadata.name}`;
}

/** StatefulSetStatusViewer.Status. */
export function statefulSetStatusLine(s: KObject): { line: string; done: boolean } {
  const spec = s.spec ?? {};
  const st = s.status ?? {};
  if (spec.updateStrategy?.type !== 'RollingUpdate') throw new ArgError('rollout status is only available for RollingUpdate strategy type');
  if (!st.observedGeneration || (s.metadata.generation ?? 0) > st.observedGeneration) return { line: 'Waiting for statefulset spec update to be observed...\n', done: false };
  const replicas = spec.replicas ?? 1;
  const ready = st.readyReplicas ?? 0;
  if (ready < replicas) return { line: `Waiting for ${replicas - ready} pods to be ready...\n`, done: false };
  const updated = st.updatedReplicas ?? 0;
  const ru = spec.updateStrategy.rollingUpdate;
  if (ru) {
    if (ru.partition !== undefined && updated < replicas - ru.partition)
      return { line: `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - ru.partition} new pods have been updated...\n`, done: false };
    return { line: `partitioned roll out complete: ${updated} new pods have been updated...\n`, done: true };
  }
  if (st.updateRevision !== st.currentRevision)
    return { line: `waiting for statefulset rolling update to complete ${updated} pods at revision ${st.updateRevision}...\n`, done: false };
  return { line: `statefulset rolling update complete ${st.currentReplicas ?? 0} pods at revision ${st.currentRevision}...\n`, done: true };
}

function printTemplate(template: unknown): string {
  const w = new PrefixWriter(false);
  describePodTemplate(template as never, w);
  return w.toString();
}

/** StatefulSetHistoryViewer.ViewHistory. */
export function statefulSetHistory(ctx: KubectlContext, s: KObject, revision: number): string {
  const history = ownedRevisions(ctx.api.store, s);
  if (revision > 0) {
    const h = history.find((r) => r.revision === revision);
    if (!h) throw new ArgError(`unable to find the specified revision`);
    return `${ref(s)} with revision #${revision}\n${printTemplate(applyRevision(s, h).spec?.template)}\n`;
  }
  if (history.length === 0) return `${ref(s)} \nNo rollout history found.\n`;
  const rows = history.map((h) => `${h.revision}\t${h.metadata.annotations?.['kubernetes.io/change-cause'] || '<none>'}\n`);
  return `${ref(s)} \n${tabwrite(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`)}\n`;
}

/** StatefulSetRollbacker.Rollback: patch the set with the revision's template. */
export function statefulSetRollback(ctx: KubectlContext, s: KObject, toRevision: number): string {
  const notFound = new ArgError(`unable to find specified revision ${toRevision} in history`);
  if (toRevision < 0) throw notFound;
  const history = ownedRevisions(ctx.api.store, s);
  let target: KObject | undefined;
  if (toRevision === 0) target = history.length > 1 ? history[history.length - 2] : undefined;
  else target = history.find((h) => h.revision === toRevision);
  if (!target) throw notFound;
  const restored = applyRevision(s, target);
  if (jsonEqual(restored.spec?.template, s.spec?.template)) return `${ref(s)} skipped rollback (current template already matches revision ${toRevision})\n`;
  ctx.api.update({ ...structuredClone(s), spec: { ...structuredClone(s.spec), template: structuredClone(restored.spec?.template) } } as KObject, 'kubectl');
  return `${ref(s)} rolled back\n`;
}
