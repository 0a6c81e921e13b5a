// The EndpointSlice controller ('endpointslice-controller'): for every Service with a selector,
// slices named `<svc>-<5 random>` listing every selected pod that has an IP, with the ready /
// serving / terminating conditions, at most 100 endpoints per slice; a placeholder slice with no
// endpoints when nothing matches. [k8s: pkg/controller/endpointslice/{endpointslice_controller,
// reconciler}.go, staging/src/k8s.io/endpointslice]
// Simplification: endpoints are packed in pod list order and slices rewritten when their content
// changes (the real reconciler keeps endpoints in place to minimise churn); no topology hints,
// no last-change-trigger-time annotation; a Service's deletion leaves its slices to the GC.
import type { ApiClient } from '../api/api-server';
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../controllers/work-queue';
import type { KObject, NewObject } from '../objects/types';
import type { Timer } from '../sim/clock';
import { jsonEqual } from '../util/json-clone';
import { type EndpointPort, type PodEndpoint, desiredEndpoints } from './endpoints';
import { serviceKey, watchServicesAndPods } from './service-watch';

export const ENDPOINTSLICE_CONTROLLER = 'endpointslice-controller';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'endpointslice-controller.k8s.io';
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MAX_ENDPOINTS_PER_SLICE = 100;
/** Informer delivery plus the worker picking the key up. */
const WATCH_DELAY_MS = 20;

export function ownerRefTo(svc: KObject) {
  return { apiVersion: 'v1', kind: 'Service', name: svc.metadata.name, uid: svc.metadata.uid, controller: true, blockOwnerDeletion: true };
}

function sliceEndpoint(store: ComponentContext['api']['store'], e: PodEndpoint): Record<string, unknown> {
  const node = e.pod.spec?.nodeName;
  const out: Record<string, unknown> = {
    addresses: [e.ip],
    conditions: { ready: e.ready, serving: e.serving, terminating: e.terminating },
  };
  if (node) out.nodeName = node;
  out.targetRef = { kind: 'Pod', name: e.pod.metadata.name, namespace: e.pod.metadata.namespace, uid: e.pod.metadata.uid };
  const zone = node ? store.get('nodes', undefined, node)?.metadata.labels?.['topology.kubernetes.io/zone'] : undefined;
  if (zone) out.zone = zone;
  return out;
}

/** Slices of a Service this controller manages, by name. */
export function slicesOf(store: ComponentContext['api']['store'], namespace: string, service: string): KObject[] {
  return store
    .list('endpointslices', namespace)
    .filter((s) => s.metadata.labels?.[SERVICE_NAME_LABEL] === service && s.metadata.labels?.[MANAGED_BY_LABEL] === MANAGED_BY_VALUE)
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}

class EndpointSliceController implements Component {
  readonly name = ENDPOINTSLICE_CONTROLLER;
  private queue!: WorkQueue;
  private readonly client: ApiClient;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(ENDPOINTSLICE_CONTROLLER);
  }

  start(): void {
    const state = this.ctx.state<{ queue: WorkQueueState }>(ENDPOINTSLICE_CONTROLLER, () => ({ queue: newWorkQueueState() }));
    this.queue = new WorkQueue(this.ctx.clock, ENDPOINTSLICE_CONTROLLER, state.queue);
    this.ctx.clock.on(ENDPOINTSLICE_CONTROLLER, (t) => this.process(t));
    watchServicesAndPods(this.ctx, ENDPOINTSLICE_CONTROLLER, () => this.queue, WATCH_DELAY_MS);
  }

  private process(timer: Timer): void {
    this.queue.process(timer, (key) => this.sync(key));
  }

  private sync(key: string): void {
    const [ns, name] = key.split('/');
    const store = this.ctx.api.store;
    const svc = store.get('services', ns, name);
    if (!svc || svc.metadata.deletionTimestamp) return;
    const sel = svc.spec?.selector;
    if (!sel || !Object.keys(sel).length) return;
    const { endpoints, ports } = desiredEndpoints(store, svc);
    const chunks: PodEndpoint[][] = [];
    for (let i = 0; i < endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) chunks.push(endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE));
    if (!chunks.length) chunks.push([]); // the placeholder slice
    const existing = slicesOf(store, ns, name);
    const labels = { ...(svc.metadata.labels ?? {}), [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [SERVICE_NAME_LABEL]: name };
    chunks.forEach((chunk, i) => {
      const body = {
        endpoints: chunk.length ? chunk.map((e) => sliceEndpoint(store, e)) : null,
        ports: chunk.length && ports ? ports.map((p: EndpointPort) => ({ name: p.name, port: p.port, protocol: p.protocol })) : null,
      };
      const old = existing[i];
      if (!old) {
        this.client.create({
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: { generateName: `${name}-`, namespace: ns, labels, ownerReferences: [ownerRefTo(svc)] },
          addressType: 'IPv4',
          ...body,
        } as NewObject);
        return;
      }
      if (jsonEqual(old.endpoints, body.endpoints) && jsonEqual(old.ports, body.ports) && jsonEqual(old.metadata.labels, labels)) return;
      this.client.update({ ...old, metadata: { ...old.metadata, labels }, ...body });
    });
    for (const extra of existing.slice(chunks.length)) this.client.delete('EndpointSlice', ns, extra.metadata.name);
  }
}

export const endpointSliceController: ComponentFactory = (ctx) => new EndpointSliceController(ctx);
export { serviceKey };
