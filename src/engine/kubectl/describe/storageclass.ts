// `kubectl describe storageclass`. [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go
// StorageClassDescriber.Describe]
import '../printers/storage-tables';
import type { ApiServer } from '../../api/api-server';
import type { KObject } from '../../objects/types';
import { isDefaultClass } from '../../storage/volume-util';
import { describeEvents, eventsFor } from './events';
import { LEVEL_0, tabbedString } from './writer';

/** labels.FormatLabels: `k=v,k2=v2` sorted by key, `<none>` when empty. */
function formatMap(m: Record<string, string> | undefined): string {
  const keys = Object.keys(m ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${(m as Record<string, string>)[k]}`).join(',') : '<none>';
}

export function describeStorageClass(api: ApiServer, sc: KObject, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, sc) : undefined;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${sc.metadata.name}\n`);
    w.write(LEVEL_0, `IsDefaultClass:\t${isDefaultClass(sc) ? 'Yes' : 'No'}\n`);
    w.write(LEVEL_0, `Annotations:\t${formatMap(sc.metadata.annotations)}\n`);
    w.write(LEVEL_0, `Provisioner:\t${sc.provisioner ?? ''}\n`);
    w.write(LEVEL_0, `Parameters:\t${formatMap(sc.parameters as Record<string, string> | undefined)}\n`);
    const ave = sc.allowVolumeExpansion;
    w.write(LEVEL_0, `AllowVolumeExpansion:\t${ave === undefined ? '<unset>' : ave ? 'True' : 'False'}\n`);
    const mo = (sc.mountOptions ?? []) as string[];
    if (mo.length === 0) w.write(LEVEL_0, 'MountOptions:\t<none>\n');
    else {
      w.write(LEVEL_0, 'MountOptions:\n');
      for (const o of mo) w.write(LEVEL_0, `  ${o}\n`);
    }
    if (sc.reclaimPolicy) w.write(LEVEL_0, `ReclaimPolicy:\t${sc.reclaimPolicy}\n`);
    if (sc.volumeBindingMode) w.write(LEVEL_0, `VolumeBindingMode:\t${sc.volumeBindingMode}\n`);
    if (events) describeEvents(events, w, now);
  });
}
