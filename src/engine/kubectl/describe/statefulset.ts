// `kubectl describe statefulset`: replicas, update strategy, pod phases, template, claim
// templates and events. [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go
// StatefulSetDescriber.Describe, describeVolumeClaimTemplates]
import '../printers/storage-tables';
import type { ApiServer } from '../../api/api-server';
import { canonicalQuantity } from '../../api/validation/resources';
import { formatSelector } from '../../objects/labels';
import type { KObject } from '../../objects/types';
import { claimClass } from '../../storage/volume-util';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './fields';
import { describePodTemplate } from './pod-template';
import { podPhaseCounts } from './replicaset';
import { LEVEL_0, LEVEL_1, type PrefixWriter, tabbedString } from './writer';

/** printLabelsMultilineWithIndent with a two-space indent, for claim templates. */
function printMapIndented(w: PrefixWriter, title: string, m: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `  ${title}:\t`);
  const keys = Object.keys(m ?? {}).sort();
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(LEVEL_0, '  \t');
    w.write(LEVEL_0, `${k}=${(m as Record<string, string>)[k]}\n`);
  });
}

function describeVolumeClaimTemplates(templates: KObject[] | undefined, w: PrefixWriter): void {
  if (!templates?.length) {
    w.write(LEVEL_0, 'Volume Claims:\t<none>\n');
    return;
  }
  w.write(LEVEL_0, 'Volume Claims:\n');
  for (const t of templates) {
    w.write(LEVEL_1, `Name:\t${t.metadata?.name ?? ''}\n`);
    w.write(LEVEL_1, `StorageClass:\t${claimClass(t)}\n`);
    printMapIndented(w, 'Labels', t.metadata?.labels);
    printMapIndented(w, 'Annotations', t.metadata?.annotations);
    const storage = t.spec?.resources?.requests?.storage;
    w.write(LEVEL_1, `Capacity:\t${storage === undefined ? '<default>' : canonicalQuantity(storage)}\n`);
    w.write(LEVEL_1, `Access Modes:\t[${(t.spec?.accessModes ?? []).join(' ')}]\n`);
  }
}

export function describeStatefulSet(api: ApiServer, set: KObject, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, set) : undefined;
  const c = podPhaseCounts(api, set.metadata.namespace as string, set.spec?.selector, set.metadata.uid);
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${set.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${set.metadata.namespace}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(set.metadata.creationTimestamp)}\n`);
    w.write(LEVEL_0, `Selector:\t${formatSelector(set.spec?.selector)}\n`);
    printLabelsMultiline(w, 'Labels', set.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', set.metadata.annotations);
    w.write(LEVEL_0, `Replicas:\t${set.spec?.replicas ?? 1} desired | ${set.status?.replicas ?? 0} total\n`);
    w.write(LEVEL_0, `Update Strategy:\t${set.spec?.updateStrategy?.type ?? ''}\n`);
    const ru = set.spec?.updateStrategy?.rollingUpdate;
    if (ru && ru.partition !== undefined) {
      w.write(LEVEL_1, `Partition:\t${ru.partition}\n`);
      if (ru.maxUnavailable !== undefined) w.write(LEVEL_1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
    }
    w.write(LEVEL_0, `Pods Status:\t${c.Running} Running / ${c.Pending} Waiting / ${c.Succeeded} Succeeded / ${c.Failed} Failed\n`);
    describePodTemplate(set.spec?.template, w);
    describeVolumeClaimTemplates(set.spec?.volumeClaimTemplates, w);
    if (events) describeEvents(events, w, now);
  });
}
