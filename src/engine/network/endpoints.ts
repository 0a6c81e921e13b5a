// Which pods back a Service and how each appears as an endpoint: the pure part shared by the
// EndpointSlice and Endpoints controllers and read by kube-proxy.
// [k8s: pkg/controller/endpointslice/reconciler.go, staging/src/k8s.io/endpointslice/utils.go
//  (podToEndpoint, ShouldPodBeInEndpoints), pkg/api/v1/pod FindPort]
import type { Store } from '../api/store';
import { matchesMap } from '../objects/labels';
import { isPodReady } from '../objects/pod';
import type { KObject, Pod } from '../objects/types';

export interface EndpointPort {
  name: string;
  port: number;
  protocol: string;
}

export interface PodEndpoint {
  ip: string;
  pod: Pod;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

/** ShouldPodBeInEndpoints: has an IP and is not finished; terminating pods stay (as terminating). */
export function podInEndpoints(pod: Pod): boolean {
  if (!pod.status?.podIP) return false;
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed';
}

/** FindPort: a number as is, a name looked up in the pod's container ports. */
export function findPort(pod: Pod, targetPort: number | string, protocol: string): number | undefined {
  if (typeof targetPort === 'number') return targetPort;
  for (const c of pod.spec?.containers ?? [])
    for (const p of c.ports ?? []) if (p.name === targetPort && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
  return undefined;
}

/** The Service's ports as one pod serves them; undefined when a named targetPort is missing. */
export function endpointPorts(svc: KObject, pod: Pod): EndpointPort[] | undefined {
  const out: EndpointPort[] = [];
  for (const sp of svc.spec?.ports ?? []) {
    const port = findPort(pod, sp.targetPort ?? sp.port, sp.protocol ?? 'TCP');
    // Simplification: the real controller drops just that port and groups pods by port set;
    // we leave a pod without a resolvable port out altogether.
    if (port === undefined) return undefined;
    out.push({ name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP' });
  }
  return out;
}

export function selectedPods(store: Store, svc: KObject): Pod[] {
  const sel = svc.spec?.selector as Record<string, string> | undefined;
  if (!sel || !Object.keys(sel).length) return [];
  return store.list<Pod>('pods', svc.metadata.namespace).filter((p) => matchesMap(sel, p.metadata.labels));
}

/** Endpoint conditions as podToEndpoint sets them (publishNotReadyAddresses makes all ready). */
export function podEndpoint(svc: KObject, pod: Pod): PodEndpoint {
  const terminating = !!pod.metadata.deletionTimestamp;
  const podReady = isPodReady(pod);
  const publish = !!svc.spec?.publishNotReadyAddresses;
  return {
    ip: pod.status?.podIP as string,
    pod,
    ready: publish || (podReady && !terminating),
    serving: publish || podReady,
    terminating,
  };
}

/** Every endpoint of a selector Service, with the ports (from the first pod that resolves them). */
export function desiredEndpoints(store: Store, svc: KObject): { endpoints: PodEndpoint[]; ports: EndpointPort[] | undefined } {
  const endpoints: PodEndpoint[] = [];
  let ports: EndpointPort[] | undefined;
  for (const pod of selectedPods(store, svc)) {
    if (!podInEndpoints(pod)) continue;
    const p = endpointPorts(svc, pod);
    if (!p) continue;
    ports ??= p;
    endpoints.push(podEndpoint(svc, pod));
  }
  return { endpoints, ports };
}
