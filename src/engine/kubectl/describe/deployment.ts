// `kubectl describe deployment`: replicas line, strategy, pod template, conditions, the old and
// new ReplicaSets and events. [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go
// describeDeployment, printReplicaSetsByLabels]
// OldReplicaSets lists every old RS, scaled down or not, as the current describer does.
import type { ApiServer } from '../../api/api-server';
import type { Deployment, ReplicaSet } from '../../objects/types';
import { formatSelector } from '../../objects/labels';
import { replicaSetsOf } from './deployment-rs';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './fields';
import { describePodTemplate } from './pod-template';
import { LEVEL_0, LEVEL_1, tabbedString } from './writer';

function printReplicaSets(list: ReplicaSet[]): string {
  const s = list.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 1} replicas created)`).join(', ');
  return s || '<none>';
}

export function describeDeployment(api: ApiServer, d: Deployment, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, d) : undefined;
  const rss = replicaSetsOf(api, d);
  return tabbedString((w) => {
    const spec = d.spec ?? ({} as NonNullable<Deployment['spec']>);
    const st = d.status ?? {};
    w.write(LEVEL_0, `Name:\t${d.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${d.metadata.namespace}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', d.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', d.metadata.annotations);
    const selector = formatSelector(spec.selector);
    w.write(LEVEL_0, `Selector:\t${selector === '<none>' ? '' : selector}\n`);
    w.write(
      LEVEL_0,
      `Replicas:\t${spec.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`,
    );
    w.write(LEVEL_0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`);
    w.write(LEVEL_0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
    const ru = spec.strategy?.rollingUpdate;
    if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${String(ru.maxUnavailable ?? '')} max unavailable, ${String(ru.maxSurge ?? '')} max surge\n`);
    describePodTemplate(spec.template, w);
    if (st.conditions?.length) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const c of st.conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    if (rss.old.length || rss.new) {
      w.write(LEVEL_0, `OldReplicaSets:\t${printReplicaSets(rss.old)}\n`);
      w.write(LEVEL_0, `NewReplicaSet:\t${printReplicaSets(rss.new ? [rss.new] : [])}\n`);
    }
    if (events) describeEvents(events, w, now);
  });
}
