// `kubectl describe secret`: metadata, the type and each key's size in bytes — never the values
// (except a service-account token). No events section.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go SecretDescriber, describeSecret]
// Go ranges over the map in random order; keys are printed sorted here.
import { decodeBase64, utf8String } from '../../config/base64';
import type { KObject } from '../../objects/types';
import '../printers/config-tables';
import { printAnnotationsMultiline, printLabelsMultiline } from './fields';
import { LEVEL_0, tabbedString } from './writer';

export function describeSecret(secret: KObject): string {
  const data = (secret.data ?? {}) as Record<string, string>;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${secret.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${secret.metadata.namespace}\n`);
    printLabelsMultiline(w, 'Labels', secret.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', secret.metadata.annotations);
    w.write(LEVEL_0, `\nType:\t${secret.type ?? ''}\n`);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of Object.keys(data).sort()) {
      const bytes = decodeBase64(data[k]);
      if (k === 'token' && secret.type === 'kubernetes.io/service-account-token') w.write(LEVEL_0, `${k}:\t${utf8String(bytes)}\n`);
      else w.write(LEVEL_0, `${k}:\t${bytes.length} bytes\n`);
    }
  });
}
