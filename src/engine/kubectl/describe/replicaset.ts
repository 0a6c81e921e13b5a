// `kubectl describe replicaset`: selector, controller, replicas, pod phases, template, events.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go describeReplicaSet,
//  getPodStatusForController]
import type { ApiServer } from '../../api/api-server';
import type { LabelSelector, Pod, ReplicaSet } from '../../objects/types';
import { formatSelector, matchesSelector } from '../../objects/labels';
import { controllerRef } from '../../objects/pod';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline } from './fields';
import { describePodTemplate } from './pod-template';
import { LEVEL_0, LEVEL_1, tabbedString } from './writer';

/** Pods matching the selector and controlled by this uid, counted by phase. */
export function podPhaseCounts(api: ApiServer, namespace: string, selector: LabelSelector | undefined, uid: string): Record<string, number> {
  const counts: Record<string, number> = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  for (const p of api.store.list<Pod>('pods', namespace)) {
    if (!matchesSelector(selector, p.metadata.labels) || controllerRef(p)?.uid !== uid) continue;
    const phase = p.status?.phase ?? '';
    if (phase in counts) counts[phase]++;
  }
  return counts;
}

export function describeReplicaSet(api: ApiServer, rs: ReplicaSet, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, rs) : undefined;
  const c = podPhaseCounts(api, rs.metadata.namespace as string, rs.spec?.selector, rs.metadata.uid);
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${rs.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${rs.metadata.namespace}\n`);
    w.write(LEVEL_0, `Selector:\t${formatSelector(rs.spec?.selector)}\n`);
    printLabelsMultiline(w, 'Labels', rs.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', rs.metadata.annotations);
    const ref = controllerRef(rs);
    if (ref) w.write(LEVEL_0, `Controlled By:\t${ref.kind}/${ref.name}\n`);
    w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`);
    w.write(LEVEL_0, 'Pods Status:\t');
    w.write(LEVEL_0, `${c.Running} Running / ${c.Pending} Waiting / ${c.Succeeded} Succeeded / ${c.Failed} Failed\n`);
    describePodTemplate(rs.spec?.template, w);
    if (rs.status?.conditions?.length) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const cond of rs.status.conditions) w.write(LEVEL_1, `${cond.type} \t${cond.status}\t${cond.reason ?? ''}\n`);
    }
    if (events) describeEvents(events, w, now);
  });
}
