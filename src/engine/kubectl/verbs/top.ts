// `kubectl top pod|node`: usage from the metrics API (here the metrics-server component).
// Cells as kubectl prints them (`250m`, `12Mi`, node `CPU(%)`), every cell tab-terminated so
// the last column is padded too, and "metrics not available yet" while the first scrapes run.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/top/top_pod.go, top_node.go,
//  staging/src/k8s.io/kubectl/pkg/metricsutil/metrics_printer.go]
// Simplified: no --sort-by, --sum or --no-headers; a pod's metrics age check uses the virtual clock.
import type { KObject, Node, Pod } from '../../objects/types';
import { matchesRequirements } from '../../objects/labels';
import { METRICS_SERVER, type MetricsServer } from '../../autoscaling/metrics-server';
import { milliCpu, bytes } from '../../util/quantity';
import { goDuration, parseTime } from '../../util/time';
import { ArgError } from '../args';
import type { KubectlContext, KubectlResult } from '../context';
import { formatTable } from '../printers';
import { namespaceFlag, selectorFlag } from '../resources';
import { fail, ok, type Verb } from '../verb';

const METRICS_CREATION_DELAY_MS = 2 * 60_000;
const MI = 1024 * 1024;
const cpuCell = (m: number) => `${m}m`;
const memCell = (b: number) => `${Math.floor(b / MI)}Mi`;

/** Rows with a trailing empty cell: kubectl ends every cell with a tab, padding the last column. */
function table(rows: string[][]): string {
  return formatTable(rows.map((r) => [...r, '']));
}

function server(ctx: KubectlContext): MetricsServer | undefined {
  return ctx.component<MetricsServer>(METRICS_SERVER);
}

/** checkPodAge: an old pod without metrics is an error of its own. */
function checkPodAge(pod: KObject, now: number): string | undefined {
  const age = now - (parseTime(pod.metadata.creationTimestamp) ?? now);
  if (age > METRICS_CREATION_DELAY_MS) return `Metrics not available for pod ${pod.metadata.namespace}/${pod.metadata.name}, age: ${goDuration(age)}`;
  return undefined;
}

const topPod: Verb = {
  name: 'pod',
  aliases: ['pods', 'po'],
  short: 'Display resource (CPU/memory) usage of pods',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'containers', type: 'bool' },
  ],
  run(inv, ctx): KubectlResult {
    const ms = server(ctx);
    if (!ms) return fail('Metrics API not available');
    const all = !!inv.flags['all-namespaces'];
    const ns = namespaceFlag(inv.flags);
    const selector = selectorFlag(inv.flags);
    if (inv.args.length > 1) throw new ArgError('only one resource name may be specified');
    const name = inv.args[0];
    const pods = ctx.api.list<Pod>('Pod', all ? undefined : ns).filter((p) => matchesRequirements(selector, p.metadata.labels));
    const byKey = new Map(pods.map((p) => [`${p.metadata.namespace}/${p.metadata.name}`, p]));
    let metrics = ms.listPodMetrics(all ? undefined : ns).filter((m) => byKey.has(`${m.namespace}/${m.name}`));
    if (name !== undefined) {
      const pod = ctx.api.store.get('pods', ns, name);
      metrics = metrics.filter((m) => m.name === name && m.namespace === ns);
      if (!metrics.length) {
        if (!pod) return { stdout: '', stderr: `Error from server (NotFound): podmetrics.metrics.k8s.io "${ns}/${name}" not found\n`, exitCode: 1 };
        return fail(checkPodAge(pod, ctx.now()) ?? 'metrics not available yet');
      }
    }
    let stderr = '';
    if (metrics.length === 0) {
      if (pods.length) return fail(pods.map((p) => checkPodAge(p, ctx.now())).find((e) => e) ?? 'metrics not available yet');
      stderr = all ? 'No resources found\n' : `No resources found in ${ns} namespace.\n`;
    }
    const containers = !!inv.flags.containers;
    const header = [...(all ? ['NAMESPACE'] : []), ...(containers ? ['POD', 'NAME'] : ['NAME']), 'CPU(cores)', 'MEMORY(bytes)'];
    const rows: string[][] = [];
    for (const m of metrics) {
      const prefix = all ? [m.namespace] : [];
      if (containers) for (const c of m.containers) rows.push([...prefix, m.name, c.name, cpuCell(c.cpuMilli), memCell(c.memoryBytes)]);
      else rows.push([...prefix, m.name, cpuCell(m.cpuMilli), memCell(m.memoryBytes)]);
    }
    return { stdout: metrics.length ? table([header, ...rows]) : '', stderr, exitCode: 0 };
  },
};

const topNode: Verb = {
  name: 'node',
  aliases: ['nodes', 'no'],
  short: 'Display resource (CPU/memory) usage of nodes',
  flags: [{ name: 'selector', short: 'l', type: 'string' }],
  run(inv, ctx): KubectlResult {
    const ms = server(ctx);
    if (!ms) return fail('Metrics API not available');
    const selector = selectorFlag(inv.flags);
    const name = inv.args[0];
    let nodes = ctx.api.list<Node>('Node').filter((n) => matchesRequirements(selector, n.metadata.labels));
    if (name !== undefined) {
      nodes = nodes.filter((n) => n.metadata.name === name);
      if (!nodes.length) return { stdout: '', stderr: `Error from server (NotFound): nodes "${name}" not found\n`, exitCode: 1 };
    }
    nodes.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
    if (!nodes.some((n) => ms.nodeMetrics(n.metadata.name))) return fail('metrics not available yet');
    const rows = [['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)']];
    for (const n of nodes) {
      const m = ms.nodeMetrics(n.metadata.name);
      if (!m) {
        rows.push([n.metadata.name, '<unknown>', '<unknown>', '<unknown>', '<unknown>']);
        continue;
      }
      const alloc = n.status?.allocatable ?? n.status?.capacity ?? {};
      const cpuAlloc = milliCpu(alloc.cpu);
      const memAlloc = bytes(alloc.memory);
      const pct = (v: number, of: number) => `${of ? Math.trunc((v / of) * 100) : 0}%`;
      rows.push([n.metadata.name, cpuCell(m.cpuMilli), pct(m.cpuMilli, cpuAlloc), memCell(m.memoryBytes), pct(m.memoryBytes, memAlloc)]);
    }
    return ok(table(rows));
  },
};

export const topVerb: Verb = {
  name: 'top',
  short: 'Display resource (CPU/memory) usage',
  long:
    'Display resource (CPU/memory) usage.\n\n The top command allows you to see the resource consumption for nodes or pods.\n\n' +
    ' This command requires Metrics Server to be correctly configured and working on the server.\n',
  usage: '[flags] [options]',
  subcommands: [topNode, topPod],
};
