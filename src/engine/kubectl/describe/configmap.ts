// `kubectl describe configmap`: metadata, each data key with its value under `----`, binary keys
// with their sizes, then events.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go ConfigMapDescriber, describeConfigMap]
// Go ranges over the maps in random order; keys are printed sorted here.
import type { ApiServer } from '../../api/api-server';
import { decodeBase64 } from '../../config/base64';
import type { KObject } from '../../objects/types';
import '../printers/config-tables';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline } from './fields';
import { LEVEL_0, tabbedString } from './writer';

export function describeConfigMap(api: ApiServer, cm: KObject, now: number, showEvents = true): string {
  const data = (cm.data ?? {}) as Record<string, string>;
  const binary = (cm.binaryData ?? {}) as Record<string, string>;
  const events = showEvents ? eventsFor(api, cm) : undefined;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${cm.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${cm.metadata.namespace}\n`);
    printLabelsMultiline(w, 'Labels', cm.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', cm.metadata.annotations);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of Object.keys(data).sort()) {
      w.write(LEVEL_0, `${k}:\n----\n`);
      w.write(LEVEL_0, `${data[k]}\n`);
    }
    w.write(LEVEL_0, '\nBinaryData\n====\n');
    for (const k of Object.keys(binary).sort()) w.write(LEVEL_0, `${k}: ${decodeBase64(binary[k]).length} bytes\n`);
    w.write(LEVEL_0, '\n');
    if (events) describeEvents(events, w, now);
  });
}
