// `kubectl api-resources`: NAME SHORTNAMES APIVERSION NAMESPACED KIND for the served kinds,
// sorted by API group (the core group "" first), then by resource name: without --sort-by,
// kubectl's sortableResource compares the groups as strings, so the server's discovery order
// (group priority) does not show. [k8s: staging/src/k8s.io/kubectl/pkg/cmd/apiresources/apiresources.go
// sortableResource; checked against the real kubectl 1.32 by server/kubectl-conformance.test.ts]
import { KINDS } from '../../api/kinds';
import { formatTable } from '../printers';
import { type Verb, ok } from '../verb';

/**
 * metrics.k8s.io (metrics-server's aggregated API: the engine's metrics-server component), which
 * a real cluster with metrics-server lists too; the served API answers it (server/metrics.ts).
 */
const METRICS_KINDS = [
  { resource: 'nodes', group: 'metrics.k8s.io', version: 'v1beta1', shortNames: [] as string[], namespaced: false, kind: 'NodeMetrics' },
  { resource: 'pods', group: 'metrics.k8s.io', version: 'v1beta1', shortNames: [] as string[], namespaced: true, kind: 'PodMetrics' },
];

export const apiResourcesVerb: Verb = {
  name: 'api-resources',
  short: 'Print the supported API resources on the server',
  flags: [{ name: 'namespaced', type: 'string' }, { name: 'output', short: 'o', type: 'string', default: '' }, { name: 'no-headers', type: 'bool' }],
  run(inv) {
    let kinds = [...KINDS.map((k) => ({ ...k, version: k.version })), ...METRICS_KINDS].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) || (a.resource < b.resource ? -1 : 1));
    if (inv.flags.namespaced !== undefined) kinds = kinds.filter((k) => String(k.namespaced) === inv.flags.namespaced);
    if (inv.flags.output === 'name') return ok(kinds.map((k) => `${k.resource}${k.group ? `.${k.group}` : ''}\n`).join(''));
    const rows = kinds.map((k) => [k.resource, k.shortNames.join(','), k.group ? `${k.group}/${k.version}` : k.version, String(k.namespaced), k.kind]);
    if (!inv.flags['no-headers']) rows.unshift(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND']);
    return ok(formatTable(rows));
  },
};
