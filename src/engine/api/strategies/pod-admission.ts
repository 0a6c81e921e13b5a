// The admission plugins a Pod create passes through, in the API server's order: ServiceAccount,
// Priority, DefaultTolerationSeconds (mutating), then ResourceQuota (validating).
// [k8s: plugin/pkg/admission/serviceaccount/admission.go, plugin/pkg/admission/priority/admission.go,
//  plugin/pkg/admission/defaulttolerationseconds/admission.go, plugin/pkg/admission/resourcequota]
// Simplified: a missing `default` account is let through (the serviceaccount-controller creates it
// 5 ms after its namespace; upstream refuses pods in that window), no token Secret is involved,
// and only the built-in PriorityClasses (and any stored ones) are known.
import type { KObject, Toleration } from '../../objects/types';
import { randomSuffix } from '../../sim/ids';
import { apiErrors, goQuote } from '../errors';
import type { StrategyContext } from '../strategy';

// biome-ignore lint/suspicious/noExplicitAny: pod specs are walked as plain JSON.
type Json = any;

export const SA_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/** ServiceAccount admission: default account plus the projected kube-api-access-xxxxx volume. */
export function admitServiceAccount(pod: KObject, ctx: StrategyContext): void {
  const spec: Json = pod.spec;
  // Mirror pods (static pods echoed by the kubelet) are left alone.
  if (pod.metadata.annotations?.['kubernetes.io/config.mirror'] !== undefined) return;
  spec.serviceAccountName ||= 'default';
  spec.serviceAccount = spec.serviceAccountName;
  const account = ctx.store.get('serviceaccounts', pod.metadata.namespace, spec.serviceAccountName);
  if (!account && spec.serviceAccountName !== 'default')
    throw apiErrors.forbidden(
      `pods ${goQuote(ctx.requestName ?? pod.metadata.name)} is forbidden: service account ${pod.metadata.namespace}/${spec.serviceAccountName} was not found, retry after the service account is created`,
    );
  // shouldAutomount: the pod's setting wins, then the account's.
  if ((spec.automountServiceAccountToken ?? (account as { automountServiceAccountToken?: boolean } | undefined)?.automountServiceAccountToken) === false) return;
  const volumes: Json[] = spec.volumes ?? [];
  let name: string;
  do name = `kube-api-access-${randomSuffix(ctx.rng)}`;
  while (volumes.some((v) => v.name === name));
  // A container that already mounts something at the token path keeps its own mount.
  let needsVolume = false;
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])] as Json[]) {
    if ((c.volumeMounts ?? []).some((m: Json) => m.mountPath === SA_MOUNT_PATH)) continue;
    (c.volumeMounts ??= []).push({ name, readOnly: true, mountPath: SA_MOUNT_PATH });
    needsVolume = true;
  }
  if (!needsVolume) return;
  spec.volumes = [
    ...volumes,
    {
      name,
      projected: {
        sources: [
          { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
          { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
          { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
        ],
        defaultMode: 420,
      },
    },
  ];
}

/** The PriorityClasses every cluster has (scheduling/v1 SystemPriorityClasses). */
const SYSTEM_PRIORITY_CLASSES: Record<string, number> = {
  'system-node-critical': 2000001000,
  'system-cluster-critical': 2000000000,
};

/** Priority admission: resolve priorityClassName to spec.priority and default preemptionPolicy. */
export function admitPriority(pod: KObject, ctx: StrategyContext): void {
  const spec: Json = pod.spec;
  const forbidden = (msg: string) => apiErrors.forbidden(`pods "${pod.metadata.name}" is forbidden: ${msg}`);
  let priority = 0;
  let policy = 'PreemptLowerPriority';
  const className: string | undefined = spec.priorityClassName;
  if (className) {
    const stored = ctx.store.get('priorityclasses', undefined, className) as Json;
    if (stored) {
      priority = stored.value ?? 0;
      policy = stored.preemptionPolicy ?? policy;
    } else if (Object.hasOwn(SYSTEM_PRIORITY_CLASSES, className)) priority = SYSTEM_PRIORITY_CLASSES[className];
    else throw forbidden(`no PriorityClass with name ${className} was found`);
  }
  if (spec.priority != null && spec.priority !== priority)
    throw forbidden(
      `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`,
    );
  spec.priority = priority;
  spec.preemptionPolicy ??= policy;
}

const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

/** DefaultTolerationSeconds: 300 s for not-ready and unreachable NoExecute, unless tolerated. */
export function admitDefaultTolerations(pod: KObject): void {
  const spec: Json = pod.spec;
  const tolerations: Toleration[] = spec.tolerations ?? [];
  const tolerates = (key: string) =>
    tolerations.some((t) => (t.key === key || !t.key) && (t.effect === 'NoExecute' || !t.effect));
  const added: Toleration[] = [];
  if (!tolerates(NOT_READY)) added.push({ key: NOT_READY, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  if (!tolerates(UNREACHABLE)) added.push({ key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  if (added.length) spec.tolerations = [...tolerations, ...added];
}

/** The simulator's pod ceiling: max(1000, 220 × nodes). */
export function podCap(ctx: StrategyContext): number {
  return Math.max(1000, 220 * ctx.store.count('nodes'));
}

/**
 * A simulator guard expressed as a ResourceQuota: it keeps a runaway controller (or a learner's
 * `--replicas=100000`) from making the browser crawl, and it fails the way a real quota does, so
 * what the learner sees (403, FailedCreate events on the ReplicaSet) is real Kubernetes behaviour.
 * Counting is O(1) through the store; unlike a real quota, terminating pods count too.
 */
export function admitPodCap(pod: KObject, ctx: StrategyContext): void {
  const used = ctx.store.count('pods');
  const max = podCap(ctx);
  if (used + 1 > max)
    throw apiErrors.forbidden(
      `pods "${pod.metadata.name}" is forbidden: exceeded quota: podchestra-pods, requested: pods=1, used: pods=${used}, limited: pods=${max}`,
    );
}
