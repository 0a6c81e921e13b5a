// A compact schema of the v1 types the API server decodes, for strict decoding: which fields
// exist (unknown ones are rejected) and which JSON type each holds, with the Go type names the
// decoder's messages print. Field lists follow k8s.io/api {core,apps,coordination}/v1 types.go
// (v1.32). The kinds registered outside api/ (Service, StatefulSet, HPA, storage, …) are in
// kind-schemas.ts. Deliberately loose: rare volume sources, projected volumes, dnsConfig and a
// few nested security options are `any` (known-fields.ts still bounds their depth), and status
// is not checked at all (only controllers and kubelets write it here).

export type Schema =
  | 'string'
  | 'int32'
  | 'int64'
  | 'bool'
  | 'any'
  | 'quantity'
  | 'intstr'
  | 'time'
  | { arr: Schema }
  | { map: Schema }
  /** A named Go type over another (`v1.Protocol` is a string): decodes as `of`, named in errors. */
  | { alias: string; of: Schema }
  /** `pkg` is the Go package name errors print (`v1.PodSpec`, `v2.MetricSpec`); v1 when absent. */
  | { struct: string; fields: Record<string, Schema>; pkg?: string };

export const S = 'string';
export const I32 = 'int32';
export const I64 = 'int64';
export const B = 'bool';
export const ANY = 'any';
export const T = 'time';
export const arr = (s: Schema): Schema => ({ arr: s });
export const map = (s: Schema): Schema => ({ map: s });
export const struct = (name: string, fields: Record<string, Schema>): Schema => ({ struct: name, fields });
export const alias = (name: string, of: Schema): Schema => ({ alias: name, of });
/** A core/v1 string type (`v1.Protocol`, `v1.PullPolicy`). */
export const named = (name: string): Schema => alias(`v1.${name}`, S);
export const resourceList = alias('v1.ResourceList', map('quantity'));
export const strings = arr(S);
export const stringMap = map(S);

const ownerRef = struct('OwnerReference', { apiVersion: S, kind: S, name: S, uid: S, controller: B, blockOwnerDeletion: B });
export const objectMeta = struct('ObjectMeta', {
  name: S, generateName: S, namespace: S, selfLink: S, uid: S, resourceVersion: S, generation: I64,
  creationTimestamp: T, deletionTimestamp: T, deletionGracePeriodSeconds: I64, labels: stringMap, annotations: stringMap,
  ownerReferences: arr(ownerRef), finalizers: strings, managedFields: ANY,
});

export const labelSelector = struct('LabelSelector', {
  matchLabels: stringMap,
  matchExpressions: arr(struct('LabelSelectorRequirement', { key: S, operator: named('LabelSelectorOperator'), values: strings })),
});

const seccompProfile = struct('SeccompProfile', { type: named('SeccompProfileType'), localhostProfile: S });

const httpGet = struct('HTTPGetAction', {
  path: S, port: 'intstr', host: S, scheme: named('URIScheme'), httpHeaders: arr(struct('HTTPHeader', { name: S, value: S })),
});
const exec = struct('ExecAction', { command: strings });
const tcpSocket = struct('TCPSocketAction', { port: 'intstr', host: S });
const probe = struct('Probe', {
  exec, httpGet, tcpSocket, grpc: struct('GRPCAction', { port: I32, service: S }),
  initialDelaySeconds: I32, timeoutSeconds: I32, periodSeconds: I32, successThreshold: I32, failureThreshold: I32,
  terminationGracePeriodSeconds: I64,
});
const lifecycleHandler = struct('LifecycleHandler', { exec, httpGet, tcpSocket, sleep: struct('SleepAction', { seconds: I64 }) });

const keyRef = (name: string) => struct(name, { name: S, key: S, optional: B });
const envVar = struct('EnvVar', {
  name: S, value: S,
  valueFrom: struct('EnvVarSource', {
    fieldRef: struct('ObjectFieldSelector', { apiVersion: S, fieldPath: S }),
    resourceFieldRef: struct('ResourceFieldSelector', { containerName: S, resource: S, divisor: 'quantity' }),
    configMapKeyRef: keyRef('ConfigMapKeySelector'),
    secretKeyRef: keyRef('SecretKeySelector'),
  }),
});
const envFrom = struct('EnvFromSource', {
  prefix: S,
  configMapRef: struct('ConfigMapEnvSource', { name: S, optional: B }),
  secretRef: struct('SecretEnvSource', { name: S, optional: B }),
});

const containerFields: Record<string, Schema> = {
  name: S, image: S, command: strings, args: strings, workingDir: S,
  ports: arr(struct('ContainerPort', { name: S, hostPort: I32, containerPort: I32, protocol: named('Protocol'), hostIP: S })),
  envFrom: arr(envFrom), env: arr(envVar),
  resources: struct('ResourceRequirements', { limits: resourceList, requests: resourceList, claims: ANY }),
  resizePolicy: arr(struct('ContainerResizePolicy', { resourceName: named('ResourceName'), restartPolicy: named('ResourceResizeRestartPolicy') })), restartPolicy: named('ContainerRestartPolicy'),
  volumeMounts: arr(struct('VolumeMount', {
    name: S, readOnly: B, recursiveReadOnly: S, mountPath: S, subPath: S, mountPropagation: S, subPathExpr: S,
  })),
  volumeDevices: arr(struct('VolumeDevice', { name: S, devicePath: S })),
  livenessProbe: probe, readinessProbe: probe, startupProbe: probe,
  lifecycle: struct('Lifecycle', { postStart: lifecycleHandler, preStop: lifecycleHandler, stopSignal: S }),
  terminationMessagePath: S, terminationMessagePolicy: named('TerminationMessagePolicy'), imagePullPolicy: named('PullPolicy'),
  securityContext: struct('SecurityContext', {
    capabilities: struct('Capabilities', { add: arr(named('Capability')), drop: arr(named('Capability')) }), privileged: B, seLinuxOptions: ANY, windowsOptions: ANY, runAsUser: I64, runAsGroup: I64,
    runAsNonRoot: B, readOnlyRootFilesystem: B, allowPrivilegeEscalation: B, procMount: named('ProcMountType'), seccompProfile, appArmorProfile: ANY,
  }),
  stdin: B, stdinOnce: B, tty: B,
};
const container = struct('Container', containerFields);

// The volume sources a learner writes are typed; the rest stay `any` (depth-bounded).
const keyToPath = arr(struct('KeyToPath', { key: S, path: S, mode: I32 }));
const typedVolumeSources: Record<string, Schema> = {
  hostPath: struct('HostPathVolumeSource', { path: S, type: named('HostPathType') }),
  emptyDir: struct('EmptyDirVolumeSource', { medium: named('StorageMedium'), sizeLimit: 'quantity' }),
  secret: struct('SecretVolumeSource', { secretName: S, items: keyToPath, defaultMode: I32, optional: B }),
  configMap: struct('ConfigMapVolumeSource', { name: S, items: keyToPath, defaultMode: I32, optional: B }),
  persistentVolumeClaim: struct('PersistentVolumeClaimVolumeSource', { claimName: S, readOnly: B }),
  downwardAPI: struct('DownwardAPIVolumeSource', {
    items: arr(struct('DownwardAPIVolumeFile', {
      path: S, fieldRef: struct('ObjectFieldSelector', { apiVersion: S, fieldPath: S }),
      resourceFieldRef: struct('ResourceFieldSelector', { containerName: S, resource: S, divisor: 'quantity' }), mode: I32,
    })),
    defaultMode: I32,
  }),
  projected: struct('ProjectedVolumeSource', { sources: ANY, defaultMode: I32 }),
};
const looseVolumeSources = [
  'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume', 'cinder', 'cephfs',
  'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume', 'scaleIO',
  'storageos', 'csi', 'ephemeral', 'image',
];
const volume = struct('Volume', { name: S, ...typedVolumeSources, ...Object.fromEntries(looseVolumeSources.map((n) => [n, ANY])) });

const nodeSelectorRequirement = arr(struct('NodeSelectorRequirement', { key: S, operator: named('NodeSelectorOperator'), values: strings }));
const nodeSelectorTerm = struct('NodeSelectorTerm', { matchExpressions: nodeSelectorRequirement, matchFields: nodeSelectorRequirement });
export const nodeSelector = struct('NodeSelector', { nodeSelectorTerms: arr(nodeSelectorTerm) });
const podAffinityTerm = struct('PodAffinityTerm', {
  labelSelector, namespaces: strings, topologyKey: S, namespaceSelector: labelSelector, matchLabelKeys: strings, mismatchLabelKeys: strings,
});
const podAffinityFields = {
  requiredDuringSchedulingIgnoredDuringExecution: arr(podAffinityTerm),
  preferredDuringSchedulingIgnoredDuringExecution: arr(struct('WeightedPodAffinityTerm', { weight: I32, podAffinityTerm })),
};
const affinity = struct('Affinity', {
  nodeAffinity: struct('NodeAffinity', {
    requiredDuringSchedulingIgnoredDuringExecution: nodeSelector,
    preferredDuringSchedulingIgnoredDuringExecution: arr(struct('PreferredSchedulingTerm', { weight: I32, preference: nodeSelectorTerm })),
  }),
  podAffinity: struct('PodAffinity', podAffinityFields),
  podAntiAffinity: struct('PodAntiAffinity', podAffinityFields),
});
const topologySpreadConstraint = struct('TopologySpreadConstraint', {
  maxSkew: I32, topologyKey: S, whenUnsatisfiable: named('UnsatisfiableConstraintAction'), labelSelector, minDomains: I32,
  nodeAffinityPolicy: named('NodeInclusionPolicy'), nodeTaintsPolicy: named('NodeInclusionPolicy'),
  matchLabelKeys: strings,
});

const toleration = struct('Toleration', {
  key: S, operator: named('TolerationOperator'), value: S, effect: named('TaintEffect'), tolerationSeconds: I64,
});

export const podSpec = struct('PodSpec', {
  volumes: arr(volume), initContainers: arr(container), containers: arr(container),
  ephemeralContainers: arr(struct('EphemeralContainer', { ...containerFields, targetContainerName: S })),
  restartPolicy: named('RestartPolicy'), terminationGracePeriodSeconds: I64, activeDeadlineSeconds: I64, dnsPolicy: named('DNSPolicy'),
  nodeSelector: stringMap,
  serviceAccountName: S, serviceAccount: S, automountServiceAccountToken: B, nodeName: S, hostNetwork: B, hostPID: B,
  hostIPC: B, shareProcessNamespace: B,
  securityContext: struct('PodSecurityContext', {
    seLinuxOptions: ANY, windowsOptions: ANY, runAsUser: I64, runAsGroup: I64, runAsNonRoot: B, supplementalGroups: arr(I64),
    supplementalGroupsPolicy: named('SupplementalGroupsPolicy'), fsGroup: I64, sysctls: arr(struct('Sysctl', { name: S, value: S })),
    fsGroupChangePolicy: named('PodFSGroupChangePolicy'), seccompProfile, appArmorProfile: ANY, seLinuxChangePolicy: named('PodSELinuxChangePolicy'),
  }),
  imagePullSecrets: arr(struct('LocalObjectReference', { name: S })), hostname: S, subdomain: S, affinity,
  schedulerName: S, tolerations: arr(toleration), hostAliases: arr(struct('HostAlias', { ip: S, hostnames: strings })), priorityClassName: S, priority: I32, dnsConfig: ANY,
  readinessGates: arr(struct('PodReadinessGate', { conditionType: S })), runtimeClassName: S, enableServiceLinks: B,
  preemptionPolicy: named('PreemptionPolicy'), overhead: resourceList, topologySpreadConstraints: arr(topologySpreadConstraint), setHostnameAsFQDN: B, os: struct('PodOS', { name: named('OSName') }), hostUsers: B,
  schedulingGates: arr(struct('PodSchedulingGate', { name: S })), resourceClaims: ANY, resources: ANY,
});

export const podTemplate = struct('PodTemplateSpec', { metadata: objectMeta, spec: podSpec });

/** Top-level objects by kind: TypeMeta + metadata + the kind's own fields (status unchecked). */
export function top(kind: string, fields: Record<string, Schema>): Schema {
  return struct(kind, { apiVersion: S, kind: S, metadata: objectMeta, status: ANY, ...fields });
}

export const SCHEMAS: Record<string, Schema> = {
  Pod: top('Pod', { spec: podSpec }),
  Deployment: top('Deployment', {
    spec: struct('DeploymentSpec', {
      replicas: I32, selector: labelSelector, template: podTemplate,
      strategy: struct('DeploymentStrategy', {
        type: named('DeploymentStrategyType'), rollingUpdate: struct('RollingUpdateDeployment', { maxUnavailable: 'intstr', maxSurge: 'intstr' }),
      }),
      minReadySeconds: I32, revisionHistoryLimit: I32, paused: B, progressDeadlineSeconds: I32,
    }),
  }),
  ReplicaSet: top('ReplicaSet', {
    spec: struct('ReplicaSetSpec', { replicas: I32, minReadySeconds: I32, selector: labelSelector, template: podTemplate }),
  }),
  Namespace: top('Namespace', { spec: struct('NamespaceSpec', { finalizers: strings }) }),
  Node: top('Node', {
    spec: struct('NodeSpec', {
      podCIDR: S, podCIDRs: strings, providerID: S, unschedulable: B,
      taints: arr(struct('Taint', { key: S, value: S, effect: named('TaintEffect'), timeAdded: T })), configSource: ANY, externalID: S,
    }),
  }),
  Event: top('Event', {
    involvedObject: struct('ObjectReference', {
      kind: S, namespace: S, name: S, uid: S, apiVersion: S, resourceVersion: S, fieldPath: S,
    }),
    reason: S, message: S, source: struct('EventSource', { component: S, host: S }), firstTimestamp: T, lastTimestamp: T,
    count: I32, type: S, eventTime: T, series: struct('EventSeries', { count: I32, lastObservedTime: T }), action: S,
    related: ANY, reportingComponent: S, reportingInstance: S,
  }),
  Lease: top('Lease', {
    spec: struct('LeaseSpec', {
      holderIdentity: S, leaseDurationSeconds: I32, acquireTime: T, renewTime: T, leaseTransitions: I32, strategy: S,
      preferredHolder: S,
    }),
  }),
};
