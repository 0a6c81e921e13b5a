// `kubectl describe service` and `kubectl describe endpoints`.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go describeService, describeEndpoints,
//  formatEndpointSlices]
import type { ApiServer } from '../../api/api-server';
import type { KObject } from '../../objects/types';
import { formatLabelMap } from '../printers/network';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline } from './fields';
import { LEVEL_0, LEVEL_1, LEVEL_2, tabbedString } from './writer';

interface SvcPort {
  name?: string;
  port: number;
  targetPort?: number | string;
  nodePort?: number;
  protocol?: string;
}

/** formatEndpointSlices for one port name: `ip:port`, at most 3, then ` + N more...`. */
function formatEndpointSlices(slices: KObject[], portName: string): string {
  const list: string[] = [];
  let count = 0;
  for (const s of slices) {
    const eps = (s.endpoints ?? []) as { addresses: string[] }[];
    const ports = (s.ports ?? []) as { name?: string; port: number }[];
    const matching = ports.length ? ports.filter((p) => (p.name ?? '') === portName).map((p) => `:${p.port}`) : [''];
    for (const port of matching)
      for (const e of eps) {
        if (list.length < 3) list.push(`${e.addresses[0]}${port}`);
        count++;
      }
  }
  if (count > 3) return `${list.join(',')} + ${count - 3} more...`;
  return list.length ? list.join(',') : '<none>';
}

export function describeService(api: ApiServer, svc: KObject, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, svc) : undefined;
  const ns = svc.metadata.namespace as string;
  const slices = api.store.list('endpointslices', ns).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name);
  const spec = svc.spec ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${svc.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${ns}\n`);
    printLabelsMultiline(w, 'Labels', svc.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', svc.metadata.annotations);
    w.write(LEVEL_0, `Selector:\t${formatLabelMap(spec.selector)}\n`);
    w.write(LEVEL_0, `Type:\t${spec.type}\n`);
    if (spec.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
    if (spec.ipFamilies?.length) w.write(LEVEL_0, `IP Families:\t${spec.ipFamilies.join(',')}\n`);
    if (spec.clusterIP) w.write(LEVEL_0, `IP:\t${spec.clusterIP}\n`);
    if (spec.clusterIPs?.length) w.write(LEVEL_0, `IPs:\t${spec.clusterIPs.join(',')}\n`);
    if (spec.externalIPs?.length) w.write(LEVEL_0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
    const ingress = (svc.status?.loadBalancer?.ingress ?? []) as { ip?: string; hostname?: string }[];
    if (ingress.length) w.write(LEVEL_0, `LoadBalancer Ingress:\t${ingress.map((i) => i.ip || i.hostname).join(', ')}\n`);
    if (spec.type === 'ExternalName') w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`);
    for (const p of (spec.ports ?? []) as SvcPort[]) {
      const name = p.name || '<unset>';
      const proto = p.protocol ?? 'TCP';
      w.write(LEVEL_0, `Port:\t${name}\t${p.port}/${proto}\n`);
      w.write(LEVEL_0, `TargetPort:\t${p.targetPort}/${proto}\n`);
      if (p.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${p.nodePort}/${proto}\n`);
      w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(slices, p.name ?? '')}\n`);
    }
    w.write(LEVEL_0, `Session Affinity:\t${spec.sessionAffinity}\n`);
    if (spec.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
    if (spec.internalTrafficPolicy) w.write(LEVEL_0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
    if (events) describeEvents(events, w, now);
  });
}

export function describeEndpoints(api: ApiServer, ep: KObject, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, ep) : undefined;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${ep.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${ep.metadata.namespace}\n`);
    printLabelsMultiline(w, 'Labels', ep.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ep.metadata.annotations);
    w.write(LEVEL_0, 'Subsets:\n');
    for (const ss of (ep.subsets ?? []) as { addresses?: { ip: string }[]; notReadyAddresses?: { ip: string }[]; ports?: { name?: string; port: number; protocol?: string }[] }[]) {
      const ips = (l?: { ip: string }[]) => (l?.length ? l.map((a) => a.ip).join(',') : '<none>');
      w.write(LEVEL_1, `Addresses:\t${ips(ss.addresses)}\n`);
      w.write(LEVEL_1, `NotReadyAddresses:\t${ips(ss.notReadyAddresses)}\n`);
      if (ss.ports?.length) {
        w.write(LEVEL_1, 'Ports:\n');
        w.write(LEVEL_2, 'Name\tPort\tProtocol\n');
        w.write(LEVEL_2, '----\t----\t--------\n');
        for (const p of ss.ports) w.write(LEVEL_2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}\n`);
      }
      w.write(LEVEL_0, '\n');
    }
    if (events) describeEvents(events, w, now);
  });
}
