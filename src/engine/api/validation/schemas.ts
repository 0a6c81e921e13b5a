// A compact schema of the v1 types the API server decodes, for strict decoding: which fields
// exist (unknown ones are rejected) and which JSON type each holds, with the Go type names the
// decoder's messages print. Field lists follow k8s.io/api {core,apps,coordination}/v1 types.go
// (v1.32). Deliberately loose: volume sources, affinity, security contexts' nested options and
// topology constraints are `any` inside, and status is not checked at all (only controllers and
// kubelets write it here).

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
  | { struct: string; fields: Record<string, Schema> };

const S = 'string';
const I32 = 'int32';
const I64 = 'int64';
const B = 'bool';
const ANY = 'any';
const T = 'time';
const arr = (s: Schema): Schema => ({ arr: s });
const map = (s: Schema): Schema => ({ map: s });
const struct = (name: string, fields: Record<string, Schema>): Schema => ({ struct: name, fields });
const strings = arr(S);
const stringMap = map(S);
const quantities = map('quantity');

const ownerRef = struct('OwnerReference', { apiVersion: S, kind: S, name: S, uid: S, controller: B, blockOwnerDeletion: B });
export const objectMeta = struct('ObjectMeta', {
  name: S, generateName: S, namespace: S, selfLink: S, uid: S, resourceVersion: S, generation: I64,
  creationTimestamp: T, deletionTimestamp: T, deletionGracePeriodSeconds: I64, labels: stringMap, annotations: stringMap,
  ownerReferences: arr(ownerRef), finalizers: strings, managedFields: ANY,
});

const labelSelector = struct('LabelSelector', {
  matchLabels: stringMap,
  matchExpressions: arr(struct('LabelSelectorRequirement', { key: S, operator: S, values: strings })),
});

const httpGet = struct('HTTPGetAction', {
  path: S, port: 'intstr', host: S, scheme: S, httpHeaders: arr(struct('HTTPHeader', { name: S, value: S })),
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
  ports: arr(struct('ContainerPort', { name: S, hostPort: I32, containerPort: I32, protocol: S, hostIP: S })),
  envFrom: arr(envFrom), env: arr(envVar),
  resources: struct('ResourceRequirements', { limits: quantities, requests: quantities, claims: ANY }),
  resizePolicy: ANY, restartPolicy: S,
  volumeMounts: arr(struct('VolumeMount', {
    name: S, readOnly: B, recursiveReadOnly: S, mountPath: S, subPath: S, mountPropagation: S, subPathExpr: S,
  })),
  volumeDevices: arr(struct('VolumeDevice', { name: S, devicePath: S })),
  livenessProbe: probe, readinessProbe: probe, startupProbe: probe,
  lifecycle: struct('Lifecycle', { postStart: lifecycleHandler, preStop: lifecycleHandler, stopSignal: S }),
  terminationMessagePath: S, terminationMessagePolicy: S, imagePullPolicy: S,
  securityContext: struct('SecurityContext', {
    capabilities: ANY, privileged: B, seLinuxOptions: ANY, windowsOptions: ANY, runAsUser: I64, runAsGroup: I64,
    runAsNonRoot: B, readOnlyRootFilesystem: B, allowPrivilegeEscalation: B, procMount: S, seccompProfile: ANY, appArmorProfile: ANY,
  }),
  stdin: B, stdinOnce: B, tty: B,
};
const container = struct('Container', containerFields);

const volumeSourceNames = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
  'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos', 'csi',
  'ephemeral', 'image',
];
const volume = struct('Volume', { name: S, ...Object.fromEntries(volumeSourceNames.map((n) => [n, ANY])) });

const toleration = struct('Toleration', { key: S, operator: S, value: S, effect: S, tolerationSeconds: I64 });

export const podSpec = struct('PodSpec', {
  volumes: arr(volume), initContainers: arr(container), containers: arr(container),
  ephemeralContainers: arr(struct('EphemeralContainer', { ...containerFields, targetContainerName: S })),
  restartPolicy: S, terminationGracePeriodSeconds: I64, activeDeadlineSeconds: I64, dnsPolicy: S, nodeSelector: stringMap,
  serviceAccountName: S, serviceAccount: S, automountServiceAccountToken: B, nodeName: S, hostNetwork: B, hostPID: B,
  hostIPC: B, shareProcessNamespace: B,
  securityContext: struct('PodSecurityContext', {
    seLinuxOptions: ANY, windowsOptions: ANY, runAsUser: I64, runAsGroup: I64, runAsNonRoot: B, supplementalGroups: arr(I64),
    supplementalGroupsPolicy: S, fsGroup: I64, sysctls: ANY, fsGroupChangePolicy: S, seccompProfile: ANY, appArmorProfile: ANY,
    seLinuxChangePolicy: S,
  }),
  imagePullSecrets: arr(struct('LocalObjectReference', { name: S })), hostname: S, subdomain: S, affinity: ANY,
  schedulerName: S, tolerations: arr(toleration), hostAliases: ANY, priorityClassName: S, priority: I32, dnsConfig: ANY,
  readinessGates: arr(struct('PodReadinessGate', { conditionType: S })), runtimeClassName: S, enableServiceLinks: B,
  preemptionPolicy: S, overhead: quantities, topologySpreadConstraints: ANY, setHostnameAsFQDN: B, os: ANY, hostUsers: B,
  schedulingGates: arr(struct('PodSchedulingGate', { name: S })), resourceClaims: ANY, resources: ANY,
});

const podTemplate = struct('PodTemplateSpec', { metadata: objectMeta, spec: podSpec });

/** Top-level objects by kind: TypeMeta + metadata + the kind's own fields (status unchecked). */
function top(kind: string, fields: Record<string, Schema>): Schema {
  return struct(kind, { apiVersion: S, kind: S, metadata: objectMeta, status: ANY, ...fields });
}

export const SCHEMAS: Record<string, Schema> = {
  Pod: top('Pod', { spec: podSpec }),
  Deployment: top('Deployment', {
    spec: struct('DeploymentSpec', {
      replicas: I32, selector: labelSelector, template: podTemplate,
      strategy: struct('DeploymentStrategy', {
        type: S, rollingUpdate: struct('RollingUpdateDeployment', { maxUnavailable: 'intstr', maxSurge: 'intstr' }),
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
      taints: arr(struct('Taint', { key: S, value: S, effect: S, timeAdded: T })), configSource: ANY, externalID: S,
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
