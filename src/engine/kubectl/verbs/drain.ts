// `kubectl drain NODE`: cordon, sort the node's pods through drain's filters (DaemonSet,
// mirror, emptyDir, unmanaged), refuse with kubectl's texts, else evict each pod.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go RunDrain, deleteOrEvictPodsSimple;
//  staging/src/k8s.io/kubectl/pkg/drain/{drain,filters}.go]
// Simplifications: eviction is a graceful delete for now (no Eviction API, so no
// PodDisruptionBudgets; swap evictPod below when it lands). Real drain then waits for every pod
// to be gone before `pod/x evicted` and `node/n drained`; one synchronous call cannot wait,
// so those lines print at once, in the order real kubectl prints them. --timeout is ignored.
import { kindInfo } from '../../api/kinds';
import type { Pod } from '../../objects/types';
import { controllerRef } from '../../objects/pod';
import type { KubectlContext, KubectlResult } from '../context';
import { byKey } from '../resources';
import type { Verb } from '../verb';
import { cordon, nodesFromArgs } from './cordon';

const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)';
const UNMANAGED_WARNING = 'deleting Pods that declare no controller';

export interface DrainOptions {
  force: boolean;
  ignoreDaemonSets: boolean;
  deleteEmptyDirData: boolean;
  /** -1: each pod's own terminationGracePeriodSeconds. */
  gracePeriodSeconds: number;
}

type Status = { delete: boolean; reason: 'Okay' | 'Skip' | 'Warning' | 'Error'; message?: string };
const OKAY: Status = { delete: true, reason: 'Okay' };

function finished(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** The filters in drain's order; the first that refuses deletion decides. */
function filterPod(ctx: KubectlContext, pod: Pod, o: DrainOptions): Status {
  const filters: ((p: Pod) => Status)[] = [
    (p) => {
      const ref = controllerRef(p);
      if (ref?.kind !== 'DaemonSet' || finished(p)) return OKAY;
      // Until DaemonSets are served here, a DaemonSet owner is assumed to exist.
      const dsInfo = kindInfo('DaemonSet');
      if (dsInfo && !ctx.api.store.get(dsInfo.resource, p.metadata.namespace, ref.name)) {
        const msg = `daemonsets.apps "${ref.name}" not found`;
        return o.force ? { delete: true, reason: 'Warning', message: msg } : { delete: false, reason: 'Error', message: msg };
      }
      return o.ignoreDaemonSets ? { delete: false, reason: 'Warning', message: DAEMONSET_WARNING } : { delete: false, reason: 'Error', message: DAEMONSET_FATAL };
    },
    (p) => (p.metadata.annotations?.['kubernetes.io/config.mirror'] !== undefined ? { delete: false, reason: 'Skip' } : OKAY),
    (p) => {
      if (!(p.spec?.volumes ?? []).some((v) => v.emptyDir) || finished(p)) return OKAY;
      return o.deleteEmptyDirData ? { delete: true, reason: 'Warning', message: LOCAL_STORAGE_WARNING } : { delete: false, reason: 'Error', message: LOCAL_STORAGE_FATAL };
    },
    (p) => {
      if (finished(p) || controllerRef(p)) return OKAY;
      return o.force ? { delete: true, reason: 'Warning', message: UNMANAGED_WARNING } : { delete: false, reason: 'Error', message: UNMANAGED_FATAL };
    },
  ];
  let status = OKAY;
  for (const f of filters) {
    status = f(pod);
    if (!status.delete) break;
  }
  return status;
}

/** Groups pods by message in first-seen order (Go iterates a map here; we keep it stable). */
function grouped(items: { pod: Pod; status: Status }[], reason: Status['reason']): [string, string[]][] {
  const m = new Map<string, string[]>();
  for (const { pod, status } of items) {
    if (status.reason !== reason) continue;
    const msg = status.message || 'unexpected error';
    m.set(msg, [...(m.get(msg) ?? []), `${pod.metadata.namespace}/${pod.metadata.name}`]);
  }
  return [...m.entries()];
}

/** The one place pods leave a drained node; becomes an Eviction (PDB-aware) later. */
export function evictPod(ctx: KubectlContext, pod: Pod, gracePeriodSeconds: number): void {
  const opts = gracePeriodSeconds >= 0 ? { gracePeriodSeconds } : {};
  ctx.api.delete('Pod', pod.metadata.namespace, pod.metadata.name, 'kubectl', opts);
}

export function drainNode(ctx: KubectlContext, nodeName: string, o: DrainOptions): { stdout: string; stderr: string; error?: string } {
  const pods = (ctx.api.store.podsOnNode(nodeName) as Pod[]).sort(byKey);
  const items = pods.map((pod) => ({ pod, status: filterPod(ctx, pod, o) }));
  const errors = grouped(items, 'Error').map(([msg, list]) => (msg.toLowerCase().startsWith('cannot delete') ? `${msg}: ${list.join(', ')}` : `cannot delete ${msg}: ${list.join(', ')}`));
  if (errors.length) return { stdout: '', stderr: '', error: errors.length === 1 ? errors[0] : `[${errors.join(', ')}]` };
  const warnings = grouped(items, 'Warning').map(([msg, list]) => `${msg}: ${list.join(', ')}`);
  const stderr = warnings.length ? `WARNING: ${warnings.join('; ')}\n` : '';
  const victims = items.filter((i) => i.status.delete).map((i) => i.pod);
  let stdout = '';
  for (const pod of victims) {
    stdout += `evicting pod ${pod.metadata.namespace}/${pod.metadata.name}\n`;
    evictPod(ctx, pod, o.gracePeriodSeconds);
  }
  for (const pod of victims) stdout += `pod/${pod.metadata.name} evicted\n`;
  return { stdout, stderr };
}

export const drainVerb: Verb = {
  name: 'drain',
  short: 'Drain node in preparation for maintenance',
  flags: [
    { name: 'force', type: 'bool' },
    { name: 'ignore-daemonsets', type: 'bool' },
    { name: 'delete-emptydir-data', type: 'bool' },
    { name: 'delete-local-data', type: 'bool' },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'timeout', type: 'string' },
    { name: 'selector', short: 'l', type: 'string' },
  ],
  run(inv, ctx): KubectlResult {
    const nodes = nodesFromArgs(inv, ctx, 'drain NODE');
    let stderr = '';
    if (inv.flags['delete-local-data'] === true)
      stderr += 'Flag --delete-local-data has been deprecated, This option is deprecated and will be deleted. Use --delete-emptydir-data.\n';
    const o: DrainOptions = {
      force: inv.flags.force === true,
      ignoreDaemonSets: inv.flags['ignore-daemonsets'] === true,
      deleteEmptyDirData: inv.flags['delete-emptydir-data'] === true || inv.flags['delete-local-data'] === true,
      gracePeriodSeconds: inv.flags['grace-period'] as number,
    };
    let stdout = nodes.map((n) => cordon(ctx, n, true)).join('');
    for (let i = 0; i < nodes.length; i++) {
      const name = nodes[i].metadata.name;
      const r = drainNode(ctx, name, o);
      stdout += r.stdout;
      stderr += r.stderr;
      if (r.error !== undefined) {
        stderr += `error: unable to drain node "${name}", aborting command...\n\nThere are pending nodes to be drained:\n`;
        for (const n of nodes.slice(i)) stderr += ` ${n.metadata.name}\n`;
        stderr += `error: ${r.error}\n`;
        return { stdout, stderr, exitCode: 1 };
      }
      stdout += `node/${name} drained\n`;
    }
    return { stdout, stderr, exitCode: 0 };
  },
};
