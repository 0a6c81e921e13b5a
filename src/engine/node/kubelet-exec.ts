// The kubelet's exec endpoint (/exec/{ns}/{pod}/{container}) and the pod network it offers the
// command: which pod IP:port has a listening server, and kube-proxy's pick for a Service.
// [k8s: pkg/kubelet/server/server.go getExec (`pod does not exist`), kubelet_pods.go GetExec
//  (`container not found ("x")` for a container that is not running)]
import { apiErrors } from '../api/errors';
import { type KindInfo, kindInfo } from '../api/kinds';
import type { ComponentContext } from '../cluster/component';
import { type ExecResult, execInContainer } from '../exec/container-exec';
import type { NetHost } from '../exec/network';
import type { Listener } from '../exec/responses';
import type { KubeProxyComponent } from '../network/kube-proxy';
import type { Pod } from '../objects/types';
import { getOwn } from '../util/own';
import { lookupImage, parseImage } from './images';
import { nodeIP } from './node-object';
import { SERVER_LISTEN_MS } from './probe-handlers';
import type { KubeletState, PodRt } from './state';
import type { Mount } from './volumes';
import { mountedFiles } from './volumes';

/** The kubelet refused the stream: kubectl prints `error: unable to upgrade connection: <message>`. */
export class ExecUpgradeError extends Error {}

type Spec = { name: string; image?: string; command?: string[]; args?: string[]; env?: unknown[]; envFrom?: unknown[]; volumeMounts?: Mount[] };

function specOf(pod: Pod, name: string): Spec | undefined {
  return ([...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])] as Spec[]).find((c) => c.name === name);
}

function network(ctx: ComponentContext, state: KubeletState, self: Pod): NetHost {
  const store = ctx.api.store;
  return {
    store,
    self,
    choose: (svcKey) => ctx.component<KubeProxyComponent>('kube-proxy')?.choose(svcKey, self.status?.podIP ?? '', (n) => Math.floor(ctx.rng.next('exec') * n)),
    listener: (ip, port) => {
      const now = ctx.clock.now();
      for (const rt of Object.values(state.nodes)) {
        if (!rt.alive) continue;
        for (const p of Object.values(rt.pods)) {
          if (p.ip !== ip || p.sandbox !== 'ready') continue;
          const pod = store.get<Pod>('pods', p.ns, p.name);
          if (!pod) continue;
          for (const c of Object.values(p.containers)) {
            const proc = c.proc;
            if (!c.running || proc?.kind !== 'server' || !proc.ports?.includes(port) || now < c.running.startedAt + SERVER_LISTEN_MS) continue;
            return listenerOf(pod, p, c.name, c.image);
          }
          return 'refused';
        }
      }
      return 'unreachable';
    },
  };
}

function listenerOf(pod: Pod, p: PodRt, name: string, image: string | undefined): Listener {
  const parsed = image ? parseImage(image) : undefined;
  const info = parsed?.ok ? lookupImage(parsed.ref) : undefined;
  const spec = specOf(pod, name);
  const profile = info?.profile;
  const argv = [...(spec?.command ?? profile?.entrypoint ?? []), ...(spec?.args ?? (spec?.command ? [] : (profile?.cmd ?? [])))];
  const c = p.containers[name];
  return {
    repo: info?.repository ?? '',
    tag: info?.ref.tag ?? '',
    ...(info?.version ? { version: info.version } : {}),
    argv,
    podName: (pod.spec?.hostname as string | undefined) ?? pod.metadata.name,
    files: { ...mountedFiles(spec?.volumeMounts, p.mount?.payload ?? {}), ...(c?.execFiles ?? {}) },
  };
}

/** Runs a command in a container; throws StatusError (API server) or ExecUpgradeError (kubelet). */
export function kubeletExec(ctx: ComponentContext, state: KubeletState, namespace: string, podName: string, container: string, argv: string[], opts: { stdin?: string; tty: boolean }): ExecResult {
  const pod = ctx.api.store.get<Pod>('pods', namespace, podName);
  if (!pod) throw apiErrors.notFound(kindInfo('Pod') as KindInfo, podName);
  const node = pod.spec?.nodeName as string | undefined;
  const rt = node ? getOwn(state.nodes, node) : undefined;
  if (rt && !rt.alive) {
    const ip = nodeIP(rt.index);
    throw apiErrors.internal(`error dialing backend: dial tcp ${ip}:10250: connect: no route to host`);
  }
  const p = rt?.pods[pod.metadata.uid];
  if (!p || p.terminal) throw new ExecUpgradeError('pod does not exist');
  const c = getOwn(p.containers, container);
  const spec = specOf(pod, container);
  if (!c?.running || !spec) throw new ExecUpgradeError(`container not found ("${container}")`);
  return execInContainer({ store: ctx.api.store, pod, p, c, spec, now: ctx.clock.now(), net: network(ctx, state, pod) }, argv, opts);
}
