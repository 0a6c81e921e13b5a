// A container's environment as the kubelet builds it (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables):
// envFrom, then env (value, fieldRef, configMapKeyRef, secretKeyRef), plus the image's PATH,
// HOSTNAME and the kubernetes Service variables. A missing ConfigMap/Secret is the kubelet's
// CreateContainerConfigError with its real message; envFrom keys that are not valid variable
// names are skipped and reported (event InvalidEnvironmentVariableNames).
// Validation is the strict IsEnvVarName (RelaxedEnvironmentVariableValidation off).
// The namespace's other Services add their variables (service-env.ts).
// Simplification: no resourceFieldRef.
import type { Store } from '../api/store';
import type { Pod } from '../objects/types';
import { decodeBase64 } from './base64';
import { getOwn } from '../util/own';
import { serviceEnv } from './service-env';

export type EnvResult = { ok: true; env: [string, string][]; warnings: string[] } | { ok: false; message: string };

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

interface Ref {
  name?: string;
  key?: string;
  optional?: boolean;
}

function source(store: Store, ns: string, kind: 'configmap' | 'secret', name: string): Record<string, string> | undefined {
  const obj = store.get(kind === 'configmap' ? 'configmaps' : 'secrets', ns, name);
  if (!obj) return undefined;
  if (kind === 'configmap') return (obj.data ?? {}) as Record<string, string>;
  const data = (obj.data ?? {}) as Record<string, string>;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, decodeBase64(v)]));
}

function fieldValue(pod: Pod, path: string): string {
  const map: Record<string, string | undefined> = {
    'metadata.name': pod.metadata.name,
    'metadata.namespace': pod.metadata.namespace,
    'metadata.uid': pod.metadata.uid,
    'spec.nodeName': pod.spec?.nodeName,
    'spec.serviceAccountName': pod.spec?.serviceAccountName,
    'status.hostIP': pod.status?.hostIP,
    'status.podIP': pod.status?.podIP,
  };
  const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (label) return getOwn(pod.metadata[label[1] as 'labels'], label[2]) ?? '';
  return getOwn(map, path) ?? '';
}

/** `startedAt`: when the container started (only Services that existed then have variables); default now-ish: all. */
export function containerEnv(store: Store, pod: Pod, container: { env?: unknown[]; envFrom?: unknown[] }, podIP?: string, startedAt = Number.POSITIVE_INFINITY): EnvResult {
  const ns = pod.metadata.namespace ?? 'default';
  const user: [string, string][] = [];
  const warnings: string[] = [];
  for (const raw of (container.envFrom ?? []) as { prefix?: string; configMapRef?: Ref; secretRef?: Ref }[]) {
    const kind = raw.configMapRef ? 'configmap' : 'secret';
    const ref = (raw.configMapRef ?? raw.secretRef) as Ref;
    const data = source(store, ns, kind, ref.name ?? '');
    if (!data) {
      if (ref.optional) continue;
      return { ok: false, message: `${kind} "${ref.name}" not found` };
    }
    const invalid: string[] = [];
    for (const [k, v] of Object.entries(data)) {
      const name = `${raw.prefix ?? ''}${k}`;
      if (ENV_NAME.test(name)) user.push([name, v]);
      else invalid.push(name);
    }
    if (invalid.length)
      warnings.push(`Keys [${invalid.sort().join(', ')}] from the EnvFrom ${kind === 'configmap' ? 'configMap' : 'secret'} ${ns}/${ref.name} were skipped since they are considered invalid environment variable names.`);
  }
  for (const e of (container.env ?? []) as { name: string; value?: string; valueFrom?: { fieldRef?: { fieldPath: string }; configMapKeyRef?: Ref; secretKeyRef?: Ref } }[]) {
    const vf = e.valueFrom;
    if (!vf) {
      user.push([e.name, e.value ?? '']);
      continue;
    }
    if (vf.fieldRef) {
      user.push([e.name, vf.fieldRef.fieldPath === 'status.podIP' && podIP ? podIP : fieldValue(pod, vf.fieldRef.fieldPath)]);
      continue;
    }
    const kind = vf.configMapKeyRef ? 'configmap' : vf.secretKeyRef ? 'secret' : undefined;
    if (!kind) continue;
    const ref = (vf.configMapKeyRef ?? vf.secretKeyRef) as Ref;
    const data = source(store, ns, kind, ref.name ?? '');
    if (!data) {
      if (ref.optional) continue;
      return { ok: false, message: `${kind} "${ref.name}" not found` };
    }
    if (getOwn(data, ref.key ?? '') === undefined) {
      if (ref.optional) continue;
      return { ok: false, message: `couldn't find key ${ref.key} in ${kind === 'configmap' ? 'ConfigMap' : 'Secret'} ${ns}/${ref.name}` };
    }
    user.push([e.name, data[ref.key as string]]);
  }
  const k8s: [string, string][] = [
    ['KUBERNETES_SERVICE_PORT', '443'],
    ['KUBERNETES_PORT', 'tcp://10.96.0.1:443'],
    ['HOSTNAME', (pod.spec?.hostname as string | undefined) ?? pod.metadata.name],
    ['SHLVL', '1'],
    ['HOME', '/root'],
    ['KUBERNETES_PORT_443_TCP_ADDR', '10.96.0.1'],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['KUBERNETES_PORT_443_TCP_PORT', '443'],
    ['KUBERNETES_PORT_443_TCP_PROTO', 'tcp'],
    ['KUBERNETES_SERVICE_PORT_HTTPS', '443'],
    ['KUBERNETES_PORT_443_TCP', 'tcp://10.96.0.1:443'],
    ['KUBERNETES_SERVICE_HOST', '10.96.0.1'],
    ['PWD', '/'],
  ];
  // Later definitions win, as in the kubelet; user variables go after the defaults.
  const names = new Set(user.map(([k]) => k));
  const merged = new Map<string, string>();
  const services = serviceEnv(store, pod.metadata.namespace ?? 'default', startedAt, pod.spec?.enableServiceLinks !== false);
  for (const [k, v] of [...k8s.filter(([k]) => !names.has(k)), ...services.filter(([k]) => !names.has(k)), ...user]) merged.set(k, v);
  return { ok: true, env: [...merged.entries()], warnings };
}
