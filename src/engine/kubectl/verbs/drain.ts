// `kubectl drain NODE`: cordon, sort the node's pods through drain's filters (DaemonSet,
// mirror, emptyDir, unmanaged), refuse with kubectl's texts, else evict each pod.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go RunDrain, deleteOrEvictPodsSimple;
//  staging/src/k8s.io/kubectl/pkg/drain/{drain,filters}.go]
// Pods leave through the Eviction API (ApiServer.evict), so PodDisruptionBudgets are honoured.
// Simplifications: real drain waits for every pod to be gone before `pod/x evicted` and
// `node/n drained`; one synchronous call cannot wait, so those lines print at once. A pod whose
// eviction is refused (429) is retried by real kubectl every 5 s until --timeout (forever by
// default); here the call cannot block, so it ends as a drain whose --timeout (or, without one,
// the 5 s retry interval) expired: one retry line, the global-timeout error, the node left
// cordoned and not drained, exit 1. Running `kubectl drain` again retries. (Not a following
// command like `get -w`: its retries would evict pods outside the recorded timeline, so a rewind
// or a shared session's replay would not repeat them.)
import { isStatusError } from '../../api/errors';
import { kindInfo } from '../../api/kinds';
import { goDuration } from '../../util/time';
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
  /** --timeout in ms; 0 = none (real kubectl: wait forever). */
  timeoutMs: number;
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

/** The one place pods leave a drained node: POST pods/<name>/eviction. Returns the API error, if any. */
export function evictPod(ctx: KubectlContext, pod: Pod, gracePeriodSeconds: number): { code: number; message: string } | undefined {
  const opts = gracePeriodSeconds >= 0 ? { gracePeriodSeconds } : {};
  try {
    ctx.api.evict(pod.metadata.namespace as string, pod.metadata.name, opts, 'kubectl');
    return undefined;
  } catch (e) {
    if (isStatusError(e)) return { code: e.code, message: e.message };
    throw e;
  }
}

/** A Go duration flag value (`90s`, `1m30s`, `500ms`) in ms; 0 when absent or unparseable. */
export function parseGoDuration(text: string | undefined): number {
  if (!text) return 0;
  const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
  let ms = 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/y;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(text)) !== null) {
    ms += Number(m[1]) * unit[m[2]];
    at = re.lastIndex;
  }
  return at === text.length ? ms : 0;
}

/** The retry interval of drain's eviction loop. */
const RETRY_MS = 5000;

export function drainNode(ctx: KubectlContext, nodeName: string, o: DrainOptions): { stdout: string; stderr: string; error?: string } {
  const pods = (ctx.api.store.podsOnNode(nodeName) as Pod[]).sort(byKey);
  const items = pods.map((pod) => ({ pod, status: filterPod(ctx, pod, o) }));
  const errors = grouped(items, 'Error').map(([msg, list]) => (msg.toLowerCase().startsWith('cannot delete') ? `${msg}: ${list.join(', ')}` : `cannot delete ${msg}: ${list.join(', ')}`));
  if (errors.length) return { stdout: '', stderr: '', error: errors.length === 1 ? errors[0] : `[${errors.join(', ')}]` };
  const warnings = grouped(items, 'Warning').map(([msg, list]) => `${msg}: ${list.join(', ')}`);
  const stderr = warnings.length ? `WARNING: ${warnings.join('; ')}\n` : '';
  const victims = items.filter((i) => i.status.delete).map((i) => i.pod);
  let stdout = '';
  let errOut = stderr;
  const evicted: Pod[] = [];
  const blocked: Pod[] = [];
  const failures: string[] = [];
  for (const pod of victims) {
    const { name, namespace } = pod.metadata;
    stdout += `evicting pod ${namespace}/${name}\n`;
    const err = evictPod(ctx, pod, o.gracePeriodSeconds);
    if (!err) evicted.push(pod);
    else if (err.code === 429) {
      errOut += `error when evicting pods/"${name}" -n "${namespace}" (will retry after 5s): ${err.message}\n`;
      blocked.push(pod);
    } else if (err.code !== 404) failures.push(`error when evicting pods/"${name}" -n "${namespace}": ${err.message}`);
  }
  for (const pod of evicted) stdout += `pod/${pod.metadata.name} evicted\n`;
  // The retry loop prints `evicting pod` again, then finds the deadline passed.
  const timeout = goDuration(o.timeoutMs > 0 ? o.timeoutMs : RETRY_MS);
  for (const pod of blocked) {
    const { name, namespace } = pod.metadata;
    stdout += `evicting pod ${namespace}/${name}\n`;
    failures.push(`error when evicting pods/"${name}" -n "${namespace}": global timeout reached: ${timeout}`);
  }
  if (failures.length) return { stdout, stderr: errOut, error: failures.length === 1 ? failures[0] : `[${failures.join(', ')}]` };
  return { stdout, stderr: errOut };
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
    { name: 'timeout', type: 'string', duration: true },
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
      timeoutMs: parseGoDuration(inv.flags.timeout as string | undefined),
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
