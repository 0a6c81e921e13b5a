// Discovery: what kubectl and client-go read before anything else. Two forms, from the engine's
// one list of served kinds (src/engine/api/kinds.ts):
// - aggregated discovery (apidiscovery.k8s.io/v2 APIGroupDiscoveryList at /api and /apis), which
//   kubectl 1.32 asks for first, so one request per root tells it every resource;
// - the legacy lists (APIVersions, APIGroupList, APIResourceList per group version), for clients
//   that do not ask for the aggregated form (the Python client, older kubectls).
// [k8s: staging/src/k8s.io/apiserver/pkg/endpoints/discovery/aggregated/handler.go,
//  staging/src/k8s.io/api/apidiscovery/v2/types.go, endpoints/discovery/{legacy,root,group}.go]
// Simplification: no storageVersionHash (clients use it only as a cache key).
import { KINDS, type KindInfo, apiVersionOf } from '../src/engine/api/kinds';
import { METRICS_GROUP, METRICS_RESOURCES, METRICS_VERSION } from './metrics';

// metrics.k8s.io is an aggregated API (metrics-server's APIService) in a real cluster: listed
// after the built-in groups, get and list only. `kubectl top` looks for it in discovery.
const metricsVersion = { groupVersion: `${METRICS_GROUP}/${METRICS_VERSION}`, version: METRICS_VERSION };
const METRICS_VERBS = ['get', 'list'];

export const AGGREGATED_V2 = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

/** Group order of kube-apiserver's discovery (by group priority), as `kubectl api-resources` shows it. */
const GROUP_ORDER = [
  '',
  'apiregistration.k8s.io',
  'apps',
  'events.k8s.io',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'autoscaling',
  'batch',
  'certificates.k8s.io',
  'networking.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'scheduling.k8s.io',
  'coordination.k8s.io',
  'node.k8s.io',
  'discovery.k8s.io',
  'flowcontrol.apiserver.k8s.io',
];

interface Subresource {
  name: string;
  kind: { group: string; version: string; kind: string };
  verbs: string[];
}

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet']);
/** Kinds without a status subresource (their registry has no StatusREST). */
const NO_STATUS = new Set(['Event', 'ConfigMap', 'Secret', 'Endpoints', 'EndpointSlice', 'Lease', 'ControllerRevision', 'StorageClass']);

/** The subresources this server answers for a kind (routes in subresources.ts). */
export function subresourcesOf(info: KindInfo): Subresource[] {
  const self = { group: info.group, version: info.version, kind: info.kind };
  const out: Subresource[] = [];
  if (!NO_STATUS.has(info.kind)) out.push({ name: 'status', kind: self, verbs: ['get', 'patch', 'update'] });
  if (SCALABLE.has(info.kind))
    out.push({ name: 'scale', kind: { group: 'autoscaling', version: 'v1', kind: 'Scale' }, verbs: ['get', 'patch', 'update'] });
  if (info.kind === 'Pod') {
    out.push({ name: 'binding', kind: { group: '', version: 'v1', kind: 'Binding' }, verbs: ['create'] });
    out.push({ name: 'eviction', kind: { group: 'policy', version: 'v1', kind: 'Eviction' }, verbs: ['create'] });
    out.push({ name: 'log', kind: { group: '', version: 'v1', kind: 'Pod' }, verbs: ['get'] });
  }
  return out;
}

/** Served kinds by group, in discovery order; within a group, resources alphabetically. */
export function groups(): { group: string; version: string; kinds: KindInfo[] }[] {
  const by = new Map<string, KindInfo[]>();
  for (const k of KINDS) {
    const key = apiVersionOf(k);
    by.set(key, [...(by.get(key) ?? []), k]);
  }
  const rank = (g: string) => {
    const i = GROUP_ORDER.indexOf(g);
    return i < 0 ? GROUP_ORDER.length : i;
  };
  return [...by.values()]
    .map((kinds) => ({ group: kinds[0].group, version: kinds[0].version, kinds: kinds.sort((a, b) => (a.resource < b.resource ? -1 : 1)) }))
    .sort((a, b) => rank(a.group) - rank(b.group) || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

function aggregatedResource(k: KindInfo) {
  return {
    resource: k.resource,
    responseKind: { group: k.group, version: k.version, kind: k.kind },
    scope: k.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: k.singular,
    verbs: k.verbs,
    ...(k.shortNames.length ? { shortNames: k.shortNames } : {}),
    ...(k.categories?.length ? { categories: k.categories } : {}),
    ...(() => {
      const subs = subresourcesOf(k);
      return subs.length ? { subresources: subs.map((s) => ({ subresource: s.name, responseKind: s.kind, verbs: s.verbs })) } : {};
    })(),
  };
}

/** GET /api (core: true) or /apis with the aggregated Accept. */
export function aggregatedDiscovery(core: boolean) {
  const items = groups()
    .filter((g) => (g.group === '') === core)
    .map((g) => ({
      metadata: core ? { creationTimestamp: null } : { name: g.group, creationTimestamp: null },
      versions: [{ version: g.version, resources: g.kinds.map(aggregatedResource), freshness: 'Current' }],
    }));
  if (!core)
    items.push({
      metadata: { name: METRICS_GROUP, creationTimestamp: null },
      versions: [
        {
          version: METRICS_VERSION,
          resources: METRICS_RESOURCES.map((r) => ({
            resource: r.resource,
            responseKind: { group: METRICS_GROUP, version: METRICS_VERSION, kind: r.kind },
            scope: r.namespaced ? 'Namespaced' : 'Cluster',
            singularResource: r.singular,
            verbs: METRICS_VERBS,
          })),
          freshness: 'Current',
        },
      ],
    });
  return { kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', metadata: {}, items };
}

export function apiVersions(serverAddress: string) {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

export function apiGroupList() {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups()
      .filter((g) => g.group !== '')
      .map((g) => {
        const v = { groupVersion: `${g.group}/${g.version}`, version: g.version };
        return { name: g.group, versions: [v], preferredVersion: v };
      })
      .concat([{ name: METRICS_GROUP, versions: [metricsVersion], preferredVersion: metricsVersion }]),
  };
}

/** GET /api/v1 or /apis/<group>/<version>: undefined when not served. */
export function apiResourceList(group: string, version: string) {
  if (group === METRICS_GROUP && version === METRICS_VERSION)
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: metricsVersion.groupVersion,
      resources: METRICS_RESOURCES.map((r) => ({
        name: r.resource,
        singularName: r.singular,
        namespaced: r.namespaced,
        kind: r.kind,
        verbs: METRICS_VERBS,
      })),
    };
  const g = groups().find((x) => x.group === group && x.version === version);
  if (!g) return undefined;
  const resources: Record<string, unknown>[] = [];
  for (const k of g.kinds) {
    resources.push({
      name: k.resource,
      singularName: k.singular,
      namespaced: k.namespaced,
      kind: k.kind,
      verbs: k.verbs,
      ...(k.shortNames.length ? { shortNames: k.shortNames } : {}),
      ...(k.categories?.length ? { categories: k.categories } : {}),
    });
    for (const s of subresourcesOf(k))
      resources.push({
        name: `${k.resource}/${s.name}`,
        singularName: '',
        namespaced: k.namespaced,
        ...(s.kind.group !== k.group ? { group: s.kind.group, version: s.kind.version } : {}),
        kind: s.kind.kind,
        verbs: s.verbs,
      });
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: apiVersionOf(g.kinds[0]), resources };
}

/** GET /apis/<group>: the group's APIGroup. */
export function apiGroup(group: string) {
  if (group === METRICS_GROUP)
    return { kind: 'APIGroup', apiVersion: 'v1', name: METRICS_GROUP, versions: [metricsVersion], preferredVersion: metricsVersion };
  const g = groups().find((x) => x.group === group && group !== '');
  if (!g) return undefined;
  const v = { groupVersion: `${g.group}/${g.version}`, version: g.version };
  return { kind: 'APIGroup', apiVersion: 'v1', name: g.group, versions: [v], preferredVersion: v };
}
