// `kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t] [-q] -- COMMAND [args...]`: the pod
// (a workload's or Service's most active pod, as attach picks it), the default container and its
// notice, the API server's checks (container valid, host assigned), then the kubelet's exec
// (kubelet-exec.ts). A non-zero exit is `command terminated with exit code N`, and kubectl exits N.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/exec/exec.go; polymorphichelpers/attachablepodforobject.go
//  (sort.Reverse(podutils.ActivePods)), helpers.go SelectorsForObject; pkg/registry/core/pod/strategy.go
//  streamLocation/validateContainer; cmdutil.CheckErr (ExitError → `command terminated with exit code`)]
// Simplifications: no -f; a workload without pods fails at once (kubectl waits --pod-running-timeout
// for one); in the console, -it with a bare shell opens the console's container prompt (see
// console/shell.ts) instead of a terminal; elsewhere stdin is not a terminal, as kubectl says.
import { StatusError, apiErrors } from '../../api/errors';
import type { KindInfo } from '../../api/kinds';
import type { ExecResult } from '../../exec/container-exec';
import { lookupImage, parseImage } from '../../node/images';
import { ExecUpgradeError } from '../../node/kubelet-exec';
import { matchesMap, matchesSelector } from '../../objects/labels';
import { isPodReady, podCondition } from '../../objects/pod';
import type { Component } from '../../cluster/component';
import type { KObject, Pod } from '../../objects/types';
import { parseTime } from '../../util/time';
import { ArgError } from '../args';
import type { KubectlContext, KubectlResult } from '../context';
import { formatApiError } from '../errors';
import { getObject, namespaceFlag, parseResourceArgs } from '../resources';
import type { Verb } from '../verb';
import { defaultContainer } from './logs';

/** What the kubelet component offers kubectl exec. */
export interface ExecSource extends Component {
  exec(namespace: string, pod: string, container: string, argv: string[], opts: { stdin?: string; tty: boolean }): ExecResult;
}

const SHELLS = new Set(['sh', '/bin/sh', 'ash', '/bin/ash', 'bash', '/bin/bash', 'zsh', '/bin/zsh']);

/** -it with a bare shell: what the console opens as a container prompt. */
export interface ExecAttach {
  namespace: string;
  pod: string;
  container: string;
  shell: string;
  /** The shell's prompt as root: busybox ash `/ # `, dash `# `, bash `root@POD:/# ` (`/` is the directory). */
  prompt: string;
  /** The working directory `cd` moved to at the prompt. */
  cwd?: string;
}

function promptOf(pod: Pod, container: string, shell: string): string {
  if (/bash$/.test(shell)) return `root@${(pod.spec?.hostname as string | undefined) ?? pod.metadata.name}:/# `;
  const image = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c) => c.name === container)?.image;
  const parsed = image ? parseImage(image) : undefined;
  const flavor = parsed?.ok ? lookupImage(parsed.ref)?.profile.shell : undefined;
  return flavor === 'dash' ? '# ' : '/ # ';
}

const PHASE_RANK: Record<string, number> = { Unknown: 1, Running: 2 };

function restarts(p: Pod): number {
  return Math.max(0, ...(p.status?.containerStatuses ?? []).map((c) => c.restartCount ?? 0));
}

/** sort.Reverse(podutils.ActivePods): the most active pod first (ties by name: Go's sort is not stable). */
function mostActive(a: Pod, b: Pod): number {
  const an = !!a.spec?.nodeName;
  const bn = !!b.spec?.nodeName;
  if (an !== bn) return an ? -1 : 1;
  const ar = PHASE_RANK[a.status?.phase ?? ''] ?? 0;
  const br = PHASE_RANK[b.status?.phase ?? ''] ?? 0;
  if (ar !== br) return br - ar;
  if (isPodReady(a) !== isPodReady(b)) return isPodReady(a) ? -1 : 1;
  if (isPodReady(a) && isPodReady(b)) {
    const at = parseTime(podCondition(a, 'Ready')?.lastTransitionTime ?? undefined) ?? 0;
    const bt = parseTime(podCondition(b, 'Ready')?.lastTransitionTime ?? undefined) ?? 0;
    if (at !== bt) return at - bt;
  }
  if (restarts(a) !== restarts(b)) return restarts(a) - restarts(b);
  const ac = parseTime(a.metadata.creationTimestamp) ?? 0;
  const bc = parseTime(b.metadata.creationTimestamp) ?? 0;
  if (ac !== bc) return ac - bc;
  return a.metadata.name < b.metadata.name ? -1 : 1;
}

const GO_TYPE: Record<string, string> = { Node: '*v1.Node', ConfigMap: '*v1.ConfigMap', Secret: '*v1.Secret', Namespace: '*v1.Namespace', PersistentVolumeClaim: '*v1.PersistentVolumeClaim' };

/** attachablePodForObject: the pod itself, or the most active pod a workload's selector matches. */
function podFor(ctx: KubectlContext, info: KindInfo, namespace: string, name: string): Pod {
  const obj = getObject(ctx, info, namespace, name) as KObject;
  if (info.kind === 'Pod') return obj as Pod;
  let matches: (p: Pod) => boolean;
  if (info.kind === 'Service') {
    const sel = obj.spec?.selector as Record<string, string> | undefined;
    if (!sel || !Object.keys(sel).length) throw new ArgError(`cannot attach to *v1.Service: invalid service '${name}': Service is defined without a selector`);
    matches = (p) => matchesMap(sel, p.metadata.labels);
  } else if (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController'].includes(info.kind)) {
    const selector = obj.spec?.selector;
    matches = info.kind === 'ReplicationController' ? (p) => matchesMap(selector as Record<string, string>, p.metadata.labels) : (p) => matchesSelector(selector, p.metadata.labels);
  } else {
    const t = GO_TYPE[info.kind] ?? `*v1.${info.kind}`;
    throw new ArgError(`cannot attach to ${t}: selector for ${t} not implemented`);
  }
  const pods = ctx.api.store.list<Pod>('pods', namespace).filter(matches).sort(mostActive);
  if (!pods.length) throw new ArgError('timed out waiting for the condition');
  return pods[0];
}

/** The exec itself, after the command line is read; exported for the console's container prompt. */
export function execIn(ctx: KubectlContext, pod: Pod, container: string, argv: string[], opts: { stdin?: string; tty: boolean }, stderr = ''): KubectlResult {
  const kubelet = ctx.component<ExecSource>('kubelet');
  if (!kubelet || typeof kubelet.exec !== 'function') return { stdout: '', stderr: `${stderr}error: this cluster has no kubelet component to run commands in\n`, exitCode: 1 };
  try {
    const r = kubelet.exec(pod.metadata.namespace ?? 'default', pod.metadata.name, container, argv, opts);
    if (r.exitCode === 0) return { stdout: r.stdout, stderr: stderr + r.stderr, exitCode: 0 };
    return { stdout: r.stdout, stderr: `${stderr}${r.stderr}command terminated with exit code ${r.exitCode}\n`, exitCode: r.exitCode };
  } catch (e) {
    if (e instanceof ExecUpgradeError) return { stdout: '', stderr: `${stderr}error: unable to upgrade connection: ${e.message}\n`, exitCode: 1 };
    if (e instanceof StatusError) return { stdout: '', stderr: `${stderr}${formatApiError(e)}\n`, exitCode: 1 };
    throw e;
  }
}

export const execVerb: Verb = {
  name: 'exec',
  short: 'Execute a command in a container',
  long: 'Execute a command in a container.\n',
  usage: '(POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'stdin', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'pod-running-timeout', type: 'string', default: '1m0s', duration: true },
  ],
  run(inv, ctx) {
    const dash = inv.argsLenAtDash ?? -1;
    const args = inv.args;
    const resource = args.length > 0 && dash !== 0 ? args[0] : '';
    let command: string[] = [];
    if (dash > -1) command = args.slice(dash);
    else if (args.length > 1) throw new ArgError("exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples");
    if (!resource) throw new ArgError('pod, type/name or --filename must be specified');
    if (!command.length) throw new ArgError('you must specify at least one command for the container');
    const quiet = inv.flags.quiet === true;
    const stdinOn = inv.flags.stdin === true;
    const namespace = namespaceFlag(inv.flags);
    const [target] = resource.includes('/') ? parseResourceArgs([resource]) : parseResourceArgs(['pods', resource]);
    const pod = podFor(ctx, target.info, namespace, (target.names as string[])[0]);
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') throw new ArgError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
    let stderr = '';
    let container = inv.flags.container as string | undefined;
    if (!container) {
      if (!(pod.spec?.containers ?? []).length) throw new ArgError(`pod ${namespace}/${pod.metadata.name} does not have any containers`);
      const d = defaultContainer(pod);
      container = d.name;
      if (!quiet) stderr += d.notice;
    }
    // The API server's streamLocation: the container must be the pod's, and the pod on a node.
    const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])];
    if (!all.some((c) => c.name === container)) return { stdout: '', stderr: `${stderr}${formatApiError(apiErrors.badRequest(`container ${container} is not valid for pod ${pod.metadata.name}`))}\n`, exitCode: 1 };
    if (!pod.spec?.nodeName) return { stdout: '', stderr: `${stderr}${formatApiError(apiErrors.badRequest(`pod ${pod.metadata.name} does not have a host assigned`))}\n`, exitCode: 1 };
    // -t without -i: kubectl drops the TTY. -it with no terminal (a pipe, a test): it says so.
    let tty: boolean = inv.flags.tty === true && stdinOn;
    // A shell reading its commands from the terminal: `sh`, `bash -il` (no -c, no script file).
    const interactive = tty && inv.terminal === true && SHELLS.has(command[0]) && command.slice(1).every((a) => /^-[a-z]+$/.test(a) && !a.includes('c'));
    if (interactive) {
      // The shell must exist in the image: `true` through it checks that (and the container runs).
      const r = execIn(ctx, pod, container, [command[0], '-c', 'true'], { tty: true }, stderr);
      if (r.exitCode !== 0) return r;
      const attach: ExecAttach = { namespace: pod.metadata.namespace ?? namespace, pod: pod.metadata.name, container, shell: command[0], prompt: promptOf(pod, container, command[0]) };
      return { ...r, attach } as KubectlResult;
    }
    // At the console's prompt the input is a terminal; in a pipe or a test it is not.
    if (tty && !inv.terminal) {
      tty = false;
      if (!quiet) stderr += 'Unable to use a TTY - input is not a terminal or the right kind of file\n';
    }
    return execIn(ctx, pod, container, command, { stdin: stdinOn ? (inv.stdin ?? '') : undefined, tty }, stderr);
  },
};
