// `kubectl logs POD|TYPE/NAME [-c CONTAINER] [-p] [--tail=N]`: a container's log, read from the
// kubelet component (the real path is API server → kubelet /containerLogs).
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/logs/logs.go; polymorphichelpers/logsforobject.go,
//  attachablepodforobject.go; kubectl/pkg/cmd/util/podcmd/podcmd.go; pkg/util/podutils ByLogging]
// -f/--follow: in the console the log keeps printing as the container writes it, until the
// container stops (logs-follow below); elsewhere (a pipe, a test) it prints what exists now.
// Simplification: TYPE/NAME works for pods, deployments and replicasets (their selector's pods).
import { StatusError } from '../../api/errors';
import type { KindInfo } from '../../api/kinds';
import { matchesSelector } from '../../objects/labels';
import type { Component } from '../../cluster/component';
import type { Deployment, KObject, Pod, ReplicaSet } from '../../objects/types';
import { isPodReady, podCondition } from '../../objects/pod';
import { parseTime } from '../../util/time';
import { ArgError } from '../args';
import type { KubectlContext } from '../context';
import { formatApiError } from '../errors';
import { byKey, getObject, namespaceFlag, parseResourceArgs } from '../resources';
import { type Invocation, type Verb, ok } from '../verb';
import { type Follower, StoreFollower } from '../follow';

/** What the kubelet component offers kubectl logs; it throws StatusError with the server's words. */
export interface LogSource extends Component {
  containerLogs(namespace: string, pod: string, container: string, opts: { previous?: boolean; tail?: number; timestamps?: boolean }): string;
}

const USAGE =
  "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples";

const PHASE_RANK: Record<string, number> = { Running: 0, Unknown: 1, Pending: 2 };

function maxRestarts(p: Pod): number {
  return Math.max(0, ...(p.status?.containerStatuses ?? []).map((c) => c.restartCount ?? 0));
}

/** podutils.ByLogging: the pod kubectl picks among a workload's pods. */
function byLogging(a: Pod, b: Pod): number {
  const an = !!a.spec?.nodeName;
  const bn = !!b.spec?.nodeName;
  if (an !== bn) return an ? -1 : 1;
  const ar = PHASE_RANK[a.status?.phase ?? ''] ?? 3;
  const br = PHASE_RANK[b.status?.phase ?? ''] ?? 3;
  if (ar !== br) return ar - br;
  if (isPodReady(a) !== isPodReady(b)) return isPodReady(a) ? -1 : 1;
  if (isPodReady(a) && isPodReady(b)) {
    const at = parseTime(podCondition(a, 'Ready')?.lastTransitionTime ?? undefined) ?? 0;
    const bt = parseTime(podCondition(b, 'Ready')?.lastTransitionTime ?? undefined) ?? 0;
    if (at !== bt) return at - bt;
  }
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(b) - maxRestarts(a);
  const ac = parseTime(a.metadata.creationTimestamp) ?? 0;
  const bc = parseTime(b.metadata.creationTimestamp) ?? 0;
  return ac - bc;
}

/** The pod to read, plus the `Found N pods, using pod/x` notice when a workload has several. */
function podFor(ctx: KubectlContext, info: KindInfo, namespace: string, name: string): { pod: Pod; notice: string } {
  const obj = getObject(ctx, info, namespace, name);
  if (info.kind === 'Pod') return { pod: obj as Pod, notice: '' };
  // logsForObject reads a Job's pods through its selector, as a Deployment's (polymorphichelpers).
  if (info.kind !== 'Deployment' && info.kind !== 'ReplicaSet' && info.kind !== 'Job') throw new ArgError(`cannot get the logs from ${info.kind === 'Node' ? '*v1.Node' : info.kind}`);
  const selector = (obj as Deployment | ReplicaSet).spec?.selector;
  const pods = ctx.api.store
    .list<Pod>('pods', namespace)
    .filter((p) => matchesSelector(selector, p.metadata.labels))
    .sort((a, b) => byLogging(a, b) || byKey(a as KObject, b as KObject));
  // Real kubectl waits up to --pod-running-timeout (20s) for a pod to appear; here it cannot.
  if (!pods.length) throw new ArgError('timed out waiting for the condition');
  return { pod: pods[0], notice: pods.length > 1 ? `Found ${pods.length} pods, using pod/${pods[0].metadata.name}\n` : '' };
}

/** podcmd.FindOrDefaultContainerByName without -c: the default-container annotation, else the first. */
export function defaultContainer(pod: Pod): { name: string; notice: string } {
  const containers = pod.spec?.containers ?? [];
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && containers.some((c) => c.name === annotated)) return { name: annotated, notice: '' };
  const first = containers[0]?.name ?? '';
  const all = [...containers.map((c) => c.name), ...(pod.spec?.ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`), ...(pod.spec?.initContainers ?? []).map((c) => `${c.name} (init)`)];
  const notice = all.length > 1 ? `Defaulted container "${first}" out of: ${all.join(', ')}\n` : '';
  return { name: first, notice };
}

/** What run() resolved, for follow() of the same invocation (it runs right after run). */
const followed = new WeakMap<object, { pod: Pod; container: string; kubelet: LogSource }>();

/** The timestamp prefix `--timestamps` writes: what tells new lines from those already printed. */
const STAMPED = /^(\S+) (.*)$/s;

/**
 * logs -f: reads the container's log after each advance and prints the lines newer than those
 * printed; ends when that container instance is no longer running (or the pod is gone), as the
 * kubelet closes the stream. [k8s: pkg/kubelet/kuberuntime/logs/logs.go ReadLogs follow]
 */
function followLogs(inv: Invocation, ctx: KubectlContext): Follower | undefined {
  const seen = followed.get(inv);
  if (!inv.flags.follow || !seen) return undefined;
  const { pod, container, kubelet } = seen;
  const ns = pod.metadata.namespace as string;
  const running = (): string | undefined => {
    const now = ctx.api.store.get<Pod>('pods', ns, pod.metadata.name);
    if (!now || now.metadata.uid !== pod.metadata.uid) return undefined;
    const st = [...(now.status?.initContainerStatuses ?? []), ...(now.status?.containerStatuses ?? [])].find((c) => c.name === container);
    return st?.state?.running ? (st.containerID ?? '') : undefined;
  };
  const instance = running();
  if (instance === undefined) return undefined;
  const read = (): [string, string][] => {
    try {
      return kubelet
        .containerLogs(ns, pod.metadata.name, container, { timestamps: true })
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const m = STAMPED.exec(l) as RegExpExecArray;
          return [m[1], m[2]];
        });
    } catch (e) {
      if (e instanceof StatusError) return [];
      throw e;
    }
  };
  // Where printing stands: the last stamp printed and how many lines with that stamp were.
  const start = read();
  let lastStamp = start.at(-1)?.[0] ?? '';
  let atLast = start.filter(([t]) => t === lastStamp).length;
  const follower = new StoreFollower(ctx, () => undefined);
  follower.poll = () => {
    let same = 0;
    const fresh = read().filter(([t]) => t > lastStamp || (t === lastStamp && ++same > atLast));
    for (const [t, text] of fresh) {
      if (t === lastStamp) atLast++;
      else {
        lastStamp = t;
        atLast = 1;
      }
      follower.write(`${inv.flags.timestamps ? `${t} ` : ''}${text}\n`);
    }
    if (running() !== instance) follower.end(0);
  };
  return follower;
}

export const logsVerb: Verb = {
  name: 'logs',
  short: 'Print the logs for a container in a pod',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'previous', short: 'p', type: 'bool' },
    { name: 'tail', type: 'int', default: -1 },
    { name: 'follow', short: 'f', type: 'bool' },
    { name: 'timestamps', type: 'bool' },
  ],
  run(inv, ctx) {
    if (inv.args.length === 0 || inv.args.length > 2) throw new ArgError(USAGE);
    const namespace = namespaceFlag(inv.flags);
    const [target] = inv.args[0].includes('/') ? parseResourceArgs([inv.args[0]]) : parseResourceArgs(['pods', inv.args[0]]);
    // `kubectl logs POD CONTAINER` (the old positional form) still works.
    const positionalContainer = inv.args[1];
    const { pod, notice } = podFor(ctx, target.info, namespace, (target.names as string[])[0]);
    let stderr = notice;
    let container = (inv.flags.container as string | undefined) ?? positionalContainer;
    if (!container) {
      const d = defaultContainer(pod);
      container = d.name;
      stderr += d.notice;
    }
    const kubelet = ctx.component<LogSource>('kubelet');
    if (kubelet) followed.set(inv, { pod, container, kubelet });
    if (!kubelet || typeof kubelet.containerLogs !== 'function')
      return { stdout: '', stderr: `${stderr}error: logs are not available: this cluster has no kubelet component to read container logs from\n`, exitCode: 1 };
    const tail = inv.flags.tail as number;
    try {
      const text = kubelet.containerLogs(pod.metadata.namespace as string, pod.metadata.name, container, {
        previous: inv.flags.previous === true,
        tail: tail >= 0 ? tail : undefined,
      });
      return { ...ok(text), stderr };
    } catch (e) {
      followed.delete(inv);
      if (e instanceof StatusError) return { stdout: '', stderr: `${stderr}${formatApiError(e)}\n`, exitCode: 1 };
      throw e;
    }
  },
  follow: followLogs,
};
