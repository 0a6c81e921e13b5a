// The resource types this API server serves: the discovery data behind `kubectl api-resources`,
// resource-name resolution (`deploy`, `deployments.apps`, `po`) and the error texts, which name
// the resource (`deployments.apps "web" not found`) or the kind (`The Deployment "web" is invalid`).

export interface KindInfo {
  kind: string;
  group: string; // '' for the core group
  version: string;
  resource: string; // plural
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  /** Whether metadata.generation is bumped on spec changes (workloads); pods and nodes don't. */
  generation: boolean;
  verbs: string[];
  categories?: string[];
}

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

export const KINDS: KindInfo[] = [
  { kind: 'Event', group: '', version: 'v1', resource: 'events', singular: 'event', shortNames: ['ev'], namespaced: true, generation: false, verbs: CRUD },
  { kind: 'Namespace', group: '', version: 'v1', resource: 'namespaces', singular: 'namespace', shortNames: ['ns'], namespaced: false, generation: false, verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] },
  { kind: 'Node', group: '', version: 'v1', resource: 'nodes', singular: 'node', shortNames: ['no'], namespaced: false, generation: false, verbs: CRUD },
  { kind: 'Pod', group: '', version: 'v1', resource: 'pods', singular: 'pod', shortNames: ['po'], namespaced: true, generation: false, verbs: CRUD, categories: ['all'] },
  { kind: 'Lease', group: 'coordination.k8s.io', version: 'v1', resource: 'leases', singular: 'lease', shortNames: [], namespaced: true, generation: false, verbs: CRUD },
  { kind: 'Deployment', group: 'apps', version: 'v1', resource: 'deployments', singular: 'deployment', shortNames: ['deploy'], namespaced: true, generation: true, verbs: CRUD, categories: ['all'] },
  { kind: 'ReplicaSet', group: 'apps', version: 'v1', resource: 'replicasets', singular: 'replicaset', shortNames: ['rs'], namespaced: true, generation: true, verbs: CRUD, categories: ['all'] },
];

const byKind = new Map<string, KindInfo>();
const byName = new Map<string, KindInfo>();

export function registerKind(info: KindInfo): void {
  if (!KINDS.includes(info)) KINDS.push(info);
  byKind.set(info.kind, info);
  const group = info.group ? `.${info.group}` : '';
  for (const n of [info.resource, info.singular, info.kind.toLowerCase(), ...info.shortNames]) {
    byName.set(n, info);
    byName.set(`${n}${group}`, info);
  }
  byName.set(`${info.resource}.${info.version}${group}`, info);
}

for (const k of KINDS) registerKind(k);

export function kindInfo(kind: string): KindInfo | undefined {
  return byKind.get(kind);
}

/** Resolves what a user types (`deploy`, `Deployments`, `deployments.apps`) to a kind. */
export function resolveResource(name: string): KindInfo | undefined {
  return byName.get(name.toLowerCase());
}

export function apiVersionOf(info: KindInfo): string {
  return info.group ? `${info.group}/${info.version}` : info.version;
}

/** `deployments.apps` / `pods`: how API errors name a resource. */
export function qualifiedResource(info: KindInfo): string {
  return info.group ? `${info.resource}.${info.group}` : info.resource;
}

/** `deployment.apps` / `pod`: how kubectl names an object in `deployment.apps/web created`. */
export function qualifiedSingular(info: KindInfo): string {
  return info.group ? `${info.kind.toLowerCase()}.${info.group}` : info.kind.toLowerCase();
}

/** `Deployment.apps` / `Pod`: how a 422 names the kind. */
export function qualifiedKind(info: KindInfo): string {
  return info.group ? `${info.kind}.${info.group}` : info.kind;
}
