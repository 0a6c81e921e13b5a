// A pod's QoS class, as the API server stores it in status.qosClass on create.
// [k8s: pkg/apis/core/helper/qos/qos.go ComputePodQOS]
// Like upstream, requests and limits are summed over all containers before comparing, and a
// limit without a request counts as that request (the Pod defaulter copies it).
// Simplified: pod-level resources (alpha in v1.32) are ignored.
import type { PodSpec } from '../../objects/types';
import { parseQuantity } from '../../util/quantity';

export type QOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

const QOS_RESOURCES = ['cpu', 'memory'];

export function computeQOS(spec: PodSpec | undefined): QOSClass {
  const requests: Record<string, number> = {};
  const limits: Record<string, number> = {};
  let guaranteed = true;
  for (const c of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) {
    const lim = c.resources?.limits ?? {};
    const req = { ...lim, ...(c.resources?.requests ?? {}) };
    for (const name of QOS_RESOURCES) {
      const r = parseQuantity(req[name]);
      if (r !== undefined && r > 0) requests[name] = (requests[name] ?? 0) + r;
    }
    const found = new Set<string>();
    for (const name of QOS_RESOURCES) {
      const l = parseQuantity(lim[name]);
      if (l !== undefined && l > 0) {
        found.add(name);
        limits[name] = (limits[name] ?? 0) + l;
      }
    }
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  const reqNames = Object.keys(requests);
  if (reqNames.length === 0 && Object.keys(limits).length === 0) return 'BestEffort';
  if (guaranteed) {
    for (const name of reqNames) {
      // Compare in nano-units so float sums of "0.1"+"0.2" still equal "300m".
      if (limits[name] === undefined || Math.round(limits[name] * 1e9) !== Math.round(requests[name] * 1e9)) {
        guaranteed = false;
        break;
      }
    }
  }
  return guaranteed && reqNames.length === Object.keys(limits).length ? 'Guaranteed' : 'Burstable';
}
