// `kubectl describe pvc`: class, status (Terminating with its age while protected), volume,
// finalizers, capacity and access modes once bound, the pods using it, events.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go describePersistentVolumeClaim,
//  printPersistentVolumeClaim, getPodsForPVC, printPodsMultiline]
import '../printers/storage-tables';
import type { ApiServer } from '../../api/api-server';
import { canonicalQuantity } from '../../api/validation/resources';
import type { KObject } from '../../objects/types';
import { accessModesString, claimClass, podsUsingClaim } from '../../storage/volume-util';
import { translateTimestampSince } from '../printers/age';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline } from './fields';
import { LEVEL_0, type PrefixWriter, tabbedString } from './writer';

/** Go's %v of a []string: `[a b]`. */
export function goStringSlice(list: readonly string[] | undefined): string {
  return `[${(list ?? []).join(' ')}]`;
}

/** printPodsMultiline: one pod name per line, `<none>` when empty. */
function printPodsMultiline(w: PrefixWriter, title: string, names: string[]): void {
  w.write(LEVEL_0, `${title}:\t`);
  if (names.length === 0) {
    w.writeLine('<none>');
    return;
  }
  names.forEach((n, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, `${n}\n`);
  });
}

export function describePvc(api: ApiServer, pvc: KObject, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, pvc) : undefined;
  const users = podsUsingClaim(api.store, pvc.metadata.namespace as string, pvc.metadata.name).map((p) => p.metadata.name).sort();
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${pvc.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${pvc.metadata.namespace}\n`);
    w.write(LEVEL_0, `StorageClass:\t${claimClass(pvc)}\n`);
    if (pvc.metadata.deletionTimestamp) w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(pvc.metadata.deletionTimestamp, now)})\n`);
    else w.write(LEVEL_0, `Status:\t${pvc.status?.phase ?? ''}\n`);
    w.write(LEVEL_0, `Volume:\t${pvc.spec?.volumeName ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', pvc.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', pvc.metadata.annotations);
    w.write(LEVEL_0, `Finalizers:\t${goStringSlice(pvc.metadata.finalizers)}\n`);
    const bound = !!pvc.spec?.volumeName;
    const storage = pvc.status?.capacity?.storage;
    w.write(LEVEL_0, `Capacity:\t${bound ? (storage === undefined ? '0' : canonicalQuantity(storage)) : ''}\n`);
    w.write(LEVEL_0, `Access Modes:\t${bound ? accessModesString(pvc.status?.accessModes) : ''}\n`);
    if (pvc.spec?.volumeMode) w.write(LEVEL_0, `VolumeMode:\t${pvc.spec.volumeMode}\n`);
    printPodsMultiline(w, 'Used By', users);
    if (events) describeEvents(events, w, now);
  });
}
