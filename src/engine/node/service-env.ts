// The Service environment variables the kubelet gives every container (enableServiceLinks, on by
// default): for each Service of the pod's namespace with a ClusterIP that existed when the container
// started, `<NAME>_SERVICE_HOST`/`_PORT`, `_SERVICE_PORT_<PORTNAME>` and the Docker-link style
// `<NAME>_PORT`, `<NAME>_PORT_<port>_<PROTO>[_PROTO|_PORT|_ADDR]`. A pod created before its
// Service does not see it (the docs' "Connecting Applications with Services" shows this).
// [k8s: pkg/kubelet/kubelet_pods.go getServiceEnvVarMap, pkg/kubelet/envvars/envvars.go]
// Simplification: Services are listed by name (the kubelet's map order is random); the
// `kubernetes` Service's variables come from env.ts.
import type { Store } from '../api/store';
import type { KObject } from '../objects/types';
import { parseTime } from '../util/time';

interface Port {
  name?: string;
  port: number;
  protocol?: string;
}

function varName(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/** One Service's variables, in envvars.FromServices order. */
function serviceVars(svc: KObject): [string, string][] {
  const ip = svc.spec?.clusterIP as string;
  const ports = (svc.spec?.ports ?? []) as Port[];
  const name = varName(svc.metadata.name);
  const out: [string, string][] = [[`${name}_SERVICE_HOST`, ip]];
  if (!ports.length) return out;
  out.push([`${name}_SERVICE_PORT`, String(ports[0].port)]);
  for (const p of ports) if (p.name) out.push([`${name}_SERVICE_PORT_${varName(p.name)}`, String(p.port)]);
  const proto = (p: Port) => (p.protocol ?? 'TCP').toLowerCase();
  out.push([`${name}_PORT`, `${proto(ports[0])}://${ip}:${ports[0].port}`]);
  for (const p of ports) {
    const prefix = `${name}_PORT_${p.port}_${(p.protocol ?? 'TCP').toUpperCase()}`;
    out.push([prefix, `${proto(p)}://${ip}:${p.port}`], [`${prefix}_PROTO`, proto(p)], [`${prefix}_PORT`, String(p.port)], [`${prefix}_ADDR`, ip]);
  }
  return out;
}

/** The variables of the namespace's Services created at or before `at` (virtual ms). */
export function serviceEnv(store: Store, namespace: string, at: number, enableServiceLinks = true): [string, string][] {
  if (!enableServiceLinks) return [];
  const out: [string, string][] = [];
  const svcs = store
    .list('services', namespace)
    .filter((s) => s.metadata.name !== 'kubernetes' || namespace !== 'default')
    .filter((s) => {
      const ip = s.spec?.clusterIP as string | undefined;
      return ip && ip !== 'None' && (parseTime(s.metadata.creationTimestamp) ?? 0) <= at;
    })
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  for (const s of svcs) out.push(...serviceVars(s));
  return out;
}
