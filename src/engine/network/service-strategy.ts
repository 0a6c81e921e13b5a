// Service (v1): defaulting, validation and the REST create's allocations (ClusterIP from
// 10.96.0.0/12, NodePorts from 30000-32767), immutable ClusterIPs on update.
// [k8s: pkg/apis/core/v1/defaults.go SetDefaults_Service, pkg/registry/core/service/strategy.go,
//  pkg/registry/core/service/storage/alloc.go]
// Also loads the Endpoints and EndpointSlice kinds and their strategies (endpoints-validation.ts).
import type { KObject } from '../objects/types';
import { fieldErr } from '../api/errors';
import { type Strategy, registerStrategy } from '../api/strategy';
import { jsonEqual } from '../util/json-clone';
import { allocateClusterIP, allocateNodePort, usedNodePorts } from './ip';
import { validateServiceSpec } from './service-validation';
import './kinds';
import './endpoints-validation';

export const DEFAULT_AFFINITY_TIMEOUT_SECONDS = 10800;

export function defaultService(obj: KObject): void {
  const spec = (obj.spec ??= {});
  if (typeof spec !== 'object') return;
  spec.sessionAffinity ||= 'None';
  spec.type ||= 'ClusterIP';
  for (const p of spec.ports ?? []) {
    if (!p || typeof p !== 'object') continue;
    p.protocol ||= 'TCP';
    if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
  }
  if (spec.sessionAffinity === 'ClientIP') {
    const cfg = (spec.sessionAffinityConfig ??= {});
    const cip = (cfg.clientIP ??= {});
    cip.timeoutSeconds ??= DEFAULT_AFFINITY_TIMEOUT_SECONDS;
  }
  if ((spec.type === 'NodePort' || spec.type === 'LoadBalancer') && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
  if (spec.type !== 'ExternalName') spec.internalTrafficPolicy ||= 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
}

/** The REST create: IPs, families and NodePorts (alloc.go txnAllocClusterIPs/allocNodePorts). */
function allocate(obj: KObject, store: Parameters<NonNullable<Strategy['admit']>>[1]['store'], rng: Parameters<NonNullable<Strategy['admit']>>[1]['rng']): void {
  const spec = obj.spec;
  if (spec.type === 'ExternalName') return;
  if (!spec.clusterIP) spec.clusterIP = allocateClusterIP(store, rng);
  spec.clusterIPs = [spec.clusterIP];
  // Headless services without a selector get no families (they have no ClusterIP to type).
  if (spec.clusterIP !== 'None' || spec.selector) {
    spec.ipFamilies ??= ['IPv4'];
    spec.ipFamilyPolicy ??= 'SingleStack';
  }
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    const used = usedNodePorts(store);
    for (const p of spec.ports ?? []) if (p.nodePort) used.add(p.nodePort);
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      p.nodePort = allocateNodePort(used, rng);
      used.add(p.nodePort);
    }
  }
}

export const serviceStrategy: Strategy = {
  default: (obj) => defaultService(obj),
  initialStatus: () => ({ loadBalancer: {} }),
  validate: (obj, ctx) => validateServiceSpec(obj.spec, ctx.store, obj, true),
  admit: (obj, ctx) => allocate(obj, ctx.store, ctx.rng),
  validateUpdate: (obj, old, ctx) => {
    // The real strategy's PrepareForUpdate/patchAllocatedValues: an update that omits the
    // allocated values (apply of a manifest without clusterIP) keeps them. Done here because
    // this hook is the one that sees the old object.
    const spec = obj.spec;
    if (spec && typeof spec === 'object' && old.spec) {
      if (!spec.clusterIP && old.spec.clusterIP) spec.clusterIP = old.spec.clusterIP;
      // normalizeClusterIPs: a changed clusterIP with untouched clusterIPs rewrites clusterIPs[0].
      if (spec.clusterIP && spec.clusterIP !== old.spec.clusterIP && jsonEqual(spec.clusterIPs, old.spec.clusterIPs)) spec.clusterIPs = [spec.clusterIP, ...(old.spec.clusterIPs ?? []).slice(1)];
      if (!spec.clusterIPs && spec.clusterIP) spec.clusterIPs = spec.clusterIP === old.spec.clusterIP ? old.spec.clusterIPs : [spec.clusterIP];
      spec.ipFamilies ??= old.spec.ipFamilies;
      spec.ipFamilyPolicy ??= old.spec.ipFamilyPolicy;
      if (spec.ipFamilies === undefined) delete spec.ipFamilies;
      if (spec.ipFamilyPolicy === undefined) delete spec.ipFamilyPolicy;
      const needsNodePort = (t: unknown) => t === 'NodePort' || t === 'LoadBalancer';
      // patchAllocatedValues keeps NodePorts while both the old and new type need them.
      if (needsNodePort(spec.type) && needsNodePort(old.spec.type)) {
        for (const p of spec.ports ?? []) {
          if (p.nodePort) continue;
          const prev = (old.spec.ports ?? []).find((q: { port: number; protocol: string }) => q.port === p.port && q.protocol === p.protocol);
          if (prev?.nodePort) p.nodePort = prev.nodePort;
        }
      }
      // alloc.go updateNodePorts: a port still without one (a ClusterIP Service patched to NodePort,
      // the docs' `kubectl patch svc my-nginx -p '{"spec": {"type": "NodePort"}}'`) gets a new one.
      if (needsNodePort(spec.type) && Array.isArray(spec.ports)) {
        const used = usedNodePorts(ctx.store, obj);
        for (const p of spec.ports) if (p.nodePort) used.add(p.nodePort);
        for (const p of spec.ports) {
          if (p.nodePort) continue;
          p.nodePort = allocateNodePort(used, ctx.rng);
          used.add(p.nodePort);
        }
      }
    }
    const errs = validateServiceSpec(spec, ctx.store, obj, false);
    if (spec?.clusterIPs && old.spec?.clusterIPs && !jsonEqual(spec.clusterIPs, old.spec.clusterIPs))
      errs.push(fieldErr.invalid('spec.clusterIPs[0]', spec.clusterIPs, 'may not change once set'));
    return errs;
  },
};

registerStrategy('Service', serviceStrategy);
