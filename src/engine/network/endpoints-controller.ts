// The legacy Endpoints controller ('endpoint-controller'): one Endpoints object per selector
// Service, named like it, with ready pods under `addresses` and the rest under
// `notReadyAddresses`; terminating pods are left out (unless publishNotReadyAddresses).
// [k8s: pkg/controller/endpoint/endpoints_controller.go, pkg/api/v1/endpoints RepackSubsets]
// Simplification: one subset (pods whose ports differ are not split into subsets), no
// last-change-trigger-time annotation, no 1000-address truncation annotation.
import type { ApiClient } from '../api/api-server';
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../controllers/work-queue';
import type { KObject, NewObject } from '../objects/types';
import type { Timer } from '../sim/clock';
import { jsonEqual } from '../util/json-clone';
import { desiredEndpoints } from './endpoints';
import { parseIPv4 } from './ip';
import { watchServicesAndPods } from './service-watch';

export const ENDPOINT_CONTROLLER = 'endpoint-controller';
const WATCH_DELAY_MS = 20;

interface Address {
  ip: string;
  nodeName?: string;
  targetRef: Record<string, string>;
}

function byIP(a: Address, b: Address): number {
  return (parseIPv4(a.ip) ?? 0) - (parseIPv4(b.ip) ?? 0);
}

class EndpointsController implements Component {
  readonly name = ENDPOINT_CONTROLLER;
  private queue!: WorkQueue;
  private readonly client: ApiClient;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(ENDPOINT_CONTROLLER);
  }

  start(): void {
    const state = this.ctx.state<{ queue: WorkQueueState }>(ENDPOINT_CONTROLLER, () => ({ queue: newWorkQueueState() }));
    this.queue = new WorkQueue(this.ctx.clock, ENDPOINT_CONTROLLER, state.queue);
    this.ctx.clock.on(ENDPOINT_CONTROLLER, (t) => this.process(t));
    watchServicesAndPods(this.ctx, ENDPOINT_CONTROLLER, () => this.queue, WATCH_DELAY_MS);
  }

  private process(timer: Timer): void {
    this.queue.process(timer, (key) => this.sync(key));
  }

  private sync(key: string): void {
    const [ns, name] = key.split('/');
    const store = this.ctx.api.store;
    const svc = store.get('services', ns, name);
    if (!svc) {
      // The real controller deletes the Endpoints of a deleted Service (no ownerReference).
      if (store.get('endpoints', ns, name)) this.client.delete('Endpoints', ns, name);
      return;
    }
    const sel = svc.spec?.selector;
    if (!sel || !Object.keys(sel).length) return;
    const { endpoints, ports } = desiredEndpoints(store, svc);
    const publish = !!svc.spec?.publishNotReadyAddresses;
    const ready: Address[] = [];
    const notReady: Address[] = [];
    for (const e of endpoints) {
      if (e.terminating && !publish) continue;
      const a: Address = { ip: e.ip } as Address;
      if (e.pod.spec?.nodeName) a.nodeName = e.pod.spec.nodeName;
      a.targetRef = { kind: 'Pod', name: e.pod.metadata.name, namespace: ns, uid: e.pod.metadata.uid };
      (e.ready ? ready : notReady).push(a);
    }
    const subsets: Record<string, unknown>[] = [];
    if (ready.length || notReady.length) {
      const subset: Record<string, unknown> = {};
      if (ready.length) subset.addresses = ready.sort(byIP);
      if (notReady.length) subset.notReadyAddresses = notReady.sort(byIP);
      subset.ports = (ports ?? []).map((p) => (p.name ? { name: p.name, port: p.port, protocol: p.protocol } : { port: p.port, protocol: p.protocol }));
      subsets.push(subset);
    }
    const labels = { ...(svc.metadata.labels ?? {}) };
    const old = store.get('endpoints', ns, name);
    const body: Record<string, unknown> = subsets.length ? { subsets } : {};
    if (!old) {
      const meta: Record<string, unknown> = { name, namespace: ns };
      if (Object.keys(labels).length) meta.labels = labels;
      this.client.create({ apiVersion: 'v1', kind: 'Endpoints', metadata: meta, ...body } as NewObject);
      return;
    }
    if (jsonEqual(old.subsets ?? [], subsets) && jsonEqual(old.metadata.labels ?? {}, labels)) return;
    const next: KObject = { ...old, metadata: { ...old.metadata } };
    if (Object.keys(labels).length) next.metadata.labels = labels;
    else delete next.metadata.labels;
    delete next.subsets;
    Object.assign(next, body);
    this.client.update(next);
  }
}

export const endpointsController: ComponentFactory = (ctx) => new EndpointsController(ctx);
