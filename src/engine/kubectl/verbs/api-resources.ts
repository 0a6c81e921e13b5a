// `kubectl api-resources`: NAME SHORTNAMES APIVERSION NAMESPACED KIND for the served kinds,
// core group first, then groups in the API server's discovery priority, resources alphabetical.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/apiresources/apiresources.go]
import { KINDS, apiVersionOf } from '../../api/kinds';
import { formatTable } from '../printers';
import { type Verb, ok } from '../verb';

/** Group order of kube-apiserver's aggregated discovery (by group priority). */
const GROUP_ORDER = ['', 'apiregistration.k8s.io', 'apps', 'events.k8s.io', 'authentication.k8s.io', 'authorization.k8s.io', 'autoscaling', 'batch', 'certificates.k8s.io', 'networking.k8s.io', 'policy', 'rbac.authorization.k8s.io', 'storage.k8s.io', 'admissionregistration.k8s.io', 'apiextensions.k8s.io', 'scheduling.k8s.io', 'coordination.k8s.io', 'node.k8s.io', 'discovery.k8s.io', 'flowcontrol.apiserver.k8s.io'];

function groupRank(g: string): number {
  const i = GROUP_ORDER.indexOf(g);
  return i < 0 ? GROUP_ORDER.length : i;
}

export const apiResourcesVerb: Verb = {
  name: 'api-resources',
  short: 'Print the supported API resources on the server',
  flags: [{ name: 'namespaced', type: 'string' }, { name: 'output', short: 'o', type: 'string', default: '' }, { name: 'no-headers', type: 'bool' }],
  run(inv) {
    let kinds = [...KINDS].sort((a, b) => groupRank(a.group) - groupRank(b.group) || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) || (a.resource < b.resource ? -1 : 1));
    if (inv.flags.namespaced !== undefined) kinds = kinds.filter((k) => String(k.namespaced) === inv.flags.namespaced);
    if (inv.flags.output === 'name') return ok(kinds.map((k) => `${k.resource}${k.group ? `.${k.group}` : ''}\n`).join(''));
    const rows = kinds.map((k) => [k.resource, k.shortNames.join(','), apiVersionOf(k), String(k.namespaced), k.kind]);
    if (!inv.flags['no-headers']) rows.unshift(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND']);
    return ok(formatTable(rows));
  },
};
