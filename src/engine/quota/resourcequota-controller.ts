// The ResourceQuota controller ('resourcequota-controller'): writes each quota's status.hard (its
// spec) and status.used (recounted from the namespace's objects), when a quota is created or its
// spec changes, when a counted object is deleted or a pod finishes (replenishment), and every
// 5 minutes (--resource-quota-sync-period).
// [k8s: pkg/controller/resourcequota/resource_quota_controller.go syncResourceQuota,
//  resource_quota_monitor.go (replenishment), pkg/quota/v1/resources.go CalculateUsage]
import { KINDS } from '../api/kinds';
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../controllers/work-queue';
import type { KObject, WatchEvent } from '../objects/types';
import type { Timer } from '../sim/clock';
import { jsonEqual } from '../util/json-clone';
import { type Qty, ZERO, add, format, parseList } from './quantity';
import { matchesScopes, podCounts, usageOf } from './usage';

export const RESOURCEQUOTA_CONTROLLER = 'resourcequota-controller';
const WATCH_DELAY_MS = 5;
export const QUOTA_RESYNC_MS = 5 * 60 * 1000;

interface State {
  queue: WorkQueueState;
  /** When the next full resync is due, while any quota exists. */
  resyncAt?: number;
}

function sorted(m: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]]));
}

export class ResourceQuotaController implements Component {
  readonly name = RESOURCEQUOTA_CONTROLLER;
  private queue!: WorkQueue;
  private state!: State;

  constructor(private readonly ctx: ComponentContext) {}

  start(): void {
    this.state = this.ctx.state<State>(RESOURCEQUOTA_CONTROLLER, () => ({ queue: newWorkQueueState() }));
    this.queue = new WorkQueue(this.ctx.clock, RESOURCEQUOTA_CONTROLLER, this.state.queue);
    this.ctx.clock.on(RESOURCEQUOTA_CONTROLLER, (t) => this.onTimer(t));
    this.ctx.api.watch('resourcequotas', RESOURCEQUOTA_CONTROLLER, (e) => {
      if (e.type === 'DELETED') return;
      const q = e.object;
      if (e.type === 'ADDED' || !jsonEqual(q.spec, e.previous?.spec) || !jsonEqual(q.spec?.hard ?? {}, q.status?.hard ?? {})) this.queue.add(this.key(q), WATCH_DELAY_MS);
      this.scheduleResync();
    });
    // Replenishment: a deleted object (or a finished pod) gives its share back.
    for (const info of KINDS) {
      if (!info.namespaced || info.kind === 'Event' || info.kind === 'Lease') continue;
      this.ctx.api.watch(info.resource, (e) => (this.replenishes(e) ? RESOURCEQUOTA_CONTROLLER : null), (e) => this.enqueueNamespace(e.object.metadata.namespace));
    }
  }

  private replenishes(e: WatchEvent): boolean {
    if (this.ctx.api.store.count('resourcequotas') === 0) return false;
    if (e.type === 'DELETED') return true;
    return e.type === 'MODIFIED' && e.object.kind === 'Pod' && !!e.previous && podCounts(e.previous) && !podCounts(e.object);
  }

  private key(q: KObject): string {
    return `${q.metadata.namespace}/${q.metadata.name}`;
  }

  private enqueueNamespace(ns: string | undefined): void {
    for (const q of this.ctx.api.store.list('resourcequotas', ns)) this.queue.add(this.key(q), WATCH_DELAY_MS);
  }

  private scheduleResync(): void {
    if (this.state.resyncAt !== undefined && this.state.resyncAt >= this.ctx.clock.now()) return;
    this.state.resyncAt = this.ctx.clock.now() + QUOTA_RESYNC_MS;
    this.ctx.clock.scheduleAt(this.state.resyncAt, RESOURCEQUOTA_CONTROLLER, 'resync');
  }

  private onTimer(t: Timer): void {
    if (t.type !== 'resync') return this.queue.process(t, (key) => this.sync(key));
    if (t.at !== this.state.resyncAt) return;
    delete this.state.resyncAt;
    if (this.ctx.api.store.count('resourcequotas') === 0) return;
    this.enqueueNamespace(undefined);
    this.scheduleResync();
  }

  /** CalculateUsage over the namespace, masked to the quota's hard names and zero-filled. */
  usage(q: KObject): Record<string, string> {
    const names = Object.keys(q.spec?.hard ?? {});
    const totals = new Map<string, Qty>(names.map((n) => [n, ZERO]));
    if (!names.length) return {};
    for (const info of KINDS) {
      if (!info.namespaced) continue;
      const objs = this.ctx.api.store.list(info.resource, q.metadata.namespace);
      if (!objs.length) continue;
      const probe = usageOf({ kind: info.kind, apiVersion: '', metadata: { name: '' }, spec: {}, status: {} } as unknown as KObject);
      if (info.kind !== 'Pod' && ![...probe.keys(), 'requests.storage', 'services.nodeports', 'services.loadbalancers'].some((k) => totals.has(k))) continue;
      for (const o of objs) {
        if (!matchesScopes(q, o)) continue;
        for (const [k, v] of usageOf(o)) {
          const cur = totals.get(k);
          if (cur) totals.set(k, add(cur, v));
        }
      }
    }
    const out: Record<string, string> = {};
    for (const [k, v] of totals) out[k] = format(v);
    return sorted(out);
  }

  sync(key: string): void {
    const i = key.indexOf('/');
    const q = this.ctx.api.store.get('resourcequotas', key.slice(0, i), key.slice(i + 1));
    if (!q) return;
    const hard: Record<string, string> = {};
    for (const [k, v] of parseList(q.spec?.hard)) hard[k] = format(v);
    const status = { hard: sorted(hard), used: this.usage(q) };
    if (jsonEqual(q.status ?? {}, status)) return;
    this.ctx.api.client(RESOURCEQUOTA_CONTROLLER).updateStatus({ ...q, status });
  }
}

export const resourceQuotaController: ComponentFactory = (ctx) => new ResourceQuotaController(ctx);
