// kube-proxy ('kube-proxy', one watcher per node traced as `kube-proxy/<node>`): programs the
// service routing rules from EndpointSlices. New connections go only to `ready` endpoints; with
// none, to endpoints that are `serving && terminating` (KEP-1669); otherwise they are refused.
// The iptables rules pick uniformly per connection (rule i matches with 1/(n−i)); ClientIP
// affinity pins a client to its endpoint for timeoutSeconds (the `recent` module, refreshed on use).
// [k8s: pkg/proxy/iptables/proxier.go, pkg/proxy/endpointschangetracker.go, pkg/proxy/topology.go]
// Simplification: all nodes' kube-proxies see a change at the same instant and sync together,
// so one routing table (in state) stands for every node's rules; a sync runs at most once per
// minSyncPeriod (1 s) after a change. Headless Services are routed like the rest (a client
// resolving the pod IPs via DNS picks among the same endpoints).
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import type { KObject } from '../objects/types';
import type { Timer } from '../sim/clock';
import { SERVICE_NAME_LABEL } from './endpointslice-controller';

export const KUBE_PROXY = 'kube-proxy';
export const MIN_SYNC_PERIOD_MS = 1000;
/** Watch delivery plus the proxier's syncRunner picking up the change. */
const SYNC_DELAY_MS = 50;

export interface Route {
  /** Pod keys (`ns/name`) of ready endpoints, in slice order. */
  ready: string[];
  /** serving && terminating endpoints: the fallback when nothing is ready. */
  fallback: string[];
  /** ClientIP affinity timeout in seconds, 0 for none. */
  affinitySeconds: number;
  /** When these rules were programmed, and the endpoints new connections used before (for the traffic model's sub-second split). */
  changedAt?: number;
  before?: string[];
}

interface State {
  routes: Record<string, Route>;
  dirty: Record<string, true>;
  lastSync: number;
  syncAt?: number;
  /** svcKey → clientIP → [podKey, expiresAt]. */
  affinity: Record<string, Record<string, [string, number]>>;
}

export interface KubeProxyComponent extends Component {
  /** The endpoints new connections to a Service may use now, and which set they come from. */
  targets(svcKey: string): { endpoints: string[]; source: 'ready' | 'fallback' | 'none' };
  route(svcKey: string): Route | undefined;
  /** The endpoint a client's new connection goes to (affinity first, else `pick(n)`), or undefined if refused. */
  choose(svcKey: string, clientIP: string, pick: (n: number) => number): string | undefined;
  lastSync(): number;
}

function targetOf(ep: { targetRef?: { kind?: string; namespace?: string; name?: string }; addresses?: string[] }, ns: string): string {
  const ref = ep.targetRef;
  return ref?.kind === 'Pod' && ref.name ? `${ref.namespace ?? ns}/${ref.name}` : `ip/${ep.addresses?.[0] ?? ''}`;
}

class KubeProxy implements KubeProxyComponent {
  readonly name = KUBE_PROXY;
  private state!: State;

  constructor(private readonly ctx: ComponentContext) {}

  start(): void {
    this.state = this.ctx.state<State>(KUBE_PROXY, () => ({ routes: {}, dirty: {}, lastSync: -MIN_SYNC_PERIOD_MS, affinity: {} }));
    this.ctx.clock.on(KUBE_PROXY, (t) => this.onTimer(t));
    const nodes = this.ctx.api.store.list('nodes').map((n) => n.metadata.name);
    const names = nodes.length ? nodes : [''];
    // One informer per node's kube-proxy, so the trace shows each of them receiving the change.
    for (const node of names) {
      const who = node ? `${KUBE_PROXY}/${node}` : KUBE_PROXY;
      const first = node === names[0];
      this.ctx.api.watch('endpointslices', who, (e) => first && this.markDirty(e.object.metadata.namespace, e.object.metadata.labels?.[SERVICE_NAME_LABEL]));
      this.ctx.api.watch('services', who, (e) => first && this.markDirty(e.object.metadata.namespace, e.object.metadata.name));
    }
  }

  private markDirty(ns: string | undefined, svc: string | undefined): void {
    if (!ns || !svc) return;
    this.state.dirty[`${ns}/${svc}`] = true;
    const now = this.ctx.clock.now();
    const at = Math.max(now + SYNC_DELAY_MS, this.state.lastSync + MIN_SYNC_PERIOD_MS);
    if (this.state.syncAt !== undefined && this.state.syncAt >= now) return;
    this.state.syncAt = at;
    this.ctx.clock.scheduleAt(at, KUBE_PROXY, 'sync');
  }

  private onTimer(t: Timer): void {
    if (t.type !== 'sync' || this.state.syncAt !== t.at) return;
    delete this.state.syncAt;
    this.state.lastSync = t.at;
    const store = this.ctx.api.store;
    for (const key of Object.keys(this.state.dirty).sort()) {
      const [ns, name] = key.split('/');
      const svc = store.get('services', ns, name);
      if (!svc || svc.spec?.type === 'ExternalName') {
        delete this.state.routes[key];
        delete this.state.affinity[key];
        continue;
      }
      const prev = this.state.routes[key];
      const next = this.build(svc, ns, name);
      const was = prev ? (prev.ready.length ? prev.ready : prev.fallback) : [];
      const now = next.ready.length ? next.ready : next.fallback;
      if (prev && JSON.stringify(was) !== JSON.stringify(now)) {
        next.changedAt = t.at;
        next.before = was;
      } else if (prev?.changedAt !== undefined) {
        next.changedAt = prev.changedAt;
        next.before = prev.before;
      }
      this.state.routes[key] = next;
      if (!this.state.routes[key].affinitySeconds) delete this.state.affinity[key];
    }
    this.state.dirty = {};
  }

  private build(svc: KObject, ns: string, name: string): Route {
    const ready: string[] = [];
    const fallback: string[] = [];
    for (const slice of this.ctx.api.store.list('endpointslices', ns)) {
      if (slice.metadata.labels?.[SERVICE_NAME_LABEL] !== name) continue;
      for (const ep of (slice.endpoints as KObject[] | null) ?? []) {
        const c = (ep.conditions ?? {}) as { ready?: boolean; serving?: boolean; terminating?: boolean };
        // A nil ready condition means ready (EndpointConditions docs); serving defaults to ready.
        const isReady = c.ready !== false;
        const serving = c.serving ?? isReady;
        const target = targetOf(ep as never, ns);
        if (isReady && !c.terminating) ready.push(target);
        else if (serving && c.terminating) fallback.push(target);
      }
    }
    const affinitySeconds = svc.spec?.sessionAffinity === 'ClientIP' ? (svc.spec?.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800) : 0;
    return { ready, fallback, affinitySeconds };
  }

  route(svcKey: string): Route | undefined {
    return this.state.routes[svcKey];
  }

  targets(svcKey: string): { endpoints: string[]; source: 'ready' | 'fallback' | 'none' } {
    const r = this.state.routes[svcKey];
    if (r?.ready.length) return { endpoints: r.ready, source: 'ready' };
    if (r?.fallback.length) return { endpoints: r.fallback, source: 'fallback' };
    return { endpoints: [], source: 'none' };
  }

  choose(svcKey: string, clientIP: string, pick: (n: number) => number): string | undefined {
    const { endpoints } = this.targets(svcKey);
    if (!endpoints.length) return undefined;
    const seconds = this.state.routes[svcKey]?.affinitySeconds ?? 0;
    if (!seconds) return endpoints[pick(endpoints.length)];
    const now = this.ctx.clock.now();
    const table = (this.state.affinity[svcKey] ??= {});
    const pinned = table[clientIP];
    let target = pinned && pinned[1] > now && endpoints.includes(pinned[0]) ? pinned[0] : undefined;
    target ??= endpoints[pick(endpoints.length)];
    table[clientIP] = [target, now + seconds * 1000];
    return target;
  }

  lastSync(): number {
    return this.state.lastSync;
  }
}

export const kubeProxyComponent: ComponentFactory = (ctx) => new KubeProxy(ctx);
