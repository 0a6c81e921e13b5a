// Parses a Kubernetes REST path into what it names: group, version, resource, namespace, name
// and subresource. Paths: /api/v1/... (core) and /apis/<group>/<version>/...; then
// `<resource>[/<name>[/<subresource>]]` or `namespaces/<ns>/<resource>[/<name>[/<subresource>]]`.
// [k8s: staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo.go]
import { KINDS, type KindInfo } from '../src/engine/api/kinds';

export interface Route {
  group: string;
  version: string;
  /** Undefined for the group version's discovery (`/api/v1`). */
  info?: KindInfo;
  /** The resource as typed in the path (for the 404 of an unknown one). */
  resource?: string;
  namespace?: string;
  name?: string;
  subresource?: string;
}

export type Parsed = { kind: 'route'; route: Route } | { kind: 'group'; group: string } | { kind: 'unknown' };

function kindFor(group: string, version: string, resource: string): KindInfo | undefined {
  return KINDS.find((k) => k.group === group && k.version === version && k.resource === resource);
}

export function parsePath(pathname: string): Parsed {
  const parts = pathname.split('/').filter((p) => p !== '');
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 2) {
    group = '';
    version = parts[1];
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length === 2) {
    return { kind: 'group', group: decode(parts[1]) };
  } else if (parts[0] === 'apis' && parts.length >= 3) {
    group = decode(parts[1]);
    version = decode(parts[2]);
    rest = parts.slice(3);
  } else return { kind: 'unknown' };
  rest = rest.map(decode);
  if (rest.length === 0) return { kind: 'route', route: { group, version } };
  // namespaces/<ns>/<resource>...: a namespaced request, unless <resource> is a subresource of
  // the namespace itself (status, finalize).
  if (rest[0] === 'namespaces' && rest.length >= 3 && rest[2] !== 'status' && rest[2] !== 'finalize') {
    const [, namespace, resource, name, subresource, ...extra] = rest;
    if (extra.length) return { kind: 'unknown' };
    return { kind: 'route', route: { group, version, info: kindFor(group, version, resource), resource, namespace, name, subresource } };
  }
  const [resource, name, subresource, ...extra] = rest;
  if (extra.length) return { kind: 'unknown' };
  return { kind: 'route', route: { group, version, info: kindFor(group, version, resource), resource, name, subresource } };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
