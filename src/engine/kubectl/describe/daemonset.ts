// `kubectl describe daemonset`: selector, node selector, the scheduled counts, pod phases,
// template and events. [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go
// DaemonSetDescriber.Describe, describeDaemonSet]
import '../printers/daemonset-table';
import type { ApiServer } from '../../api/api-server';
import { formatSelector } from '../../objects/labels';
import type { KObject } from '../../objects/types';
import { formatLabels } from '../printers/human';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline } from './fields';
import { describePodTemplate } from './pod-template';
import { podPhaseCounts } from './replicaset';
import { LEVEL_0, tabbedString } from './writer';

export function describeDaemonSet(api: ApiServer, ds: KObject, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, ds) : undefined;
  const c = podPhaseCounts(api, ds.metadata.namespace as string, ds.spec?.selector, ds.metadata.uid);
  const st = ds.status ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${ds.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${ds.metadata.namespace}\n`);
    w.write(LEVEL_0, `Selector:\t${formatSelector(ds.spec?.selector)}\n`);
    w.write(LEVEL_0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
    printLabelsMultiline(w, 'Labels', ds.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ds.metadata.annotations);
    w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${st.desiredNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${st.currentNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${st.updatedNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${st.numberAvailable ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Misscheduled: ${st.numberMisscheduled ?? 0}\n`);
    w.write(LEVEL_0, `Pods Status:\t${c.Running} Running / ${c.Pending} Waiting / ${c.Succeeded} Succeeded / ${c.Failed} Failed\n`);
    describePodTemplate(ds.spec?.template, w);
    if (events) describeEvents(events, w, now);
  });
}
