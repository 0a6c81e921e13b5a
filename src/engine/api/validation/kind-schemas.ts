// Decoding schemas of the kinds registered outside api/ (Service, Endpoints, EndpointSlice,
// StatefulSet, ControllerRevision, HorizontalPodAutoscaler, PersistentVolume(Claim),
// StorageClass): field names and Go types from k8s.io/api {core,apps,discovery,autoscaling/v2,
// storage}/v1 types.go (v1.32), so a wrong type fails as Go's encoding/json fails.
// ConfigMap, Secret and PodDisruptionBudget register theirs beside their strategies.
// Simplified: PersistentVolume's rarer sources are `any` (depth-bounded by known-fields.ts), and
// ControllerRevision.data is a RawExtension (free JSON, also depth-bounded).
import {
  ANY, B, I32, I64, S, SCHEMAS, type Schema, arr, labelSelector, nodeSelector, objectMeta, podTemplate, quantities,
  stringMap, strings, struct, top,
} from './schemas';

const objectReference = struct('ObjectReference', {
  kind: S, namespace: S, name: S, uid: S, apiVersion: S, resourceVersion: S, fieldPath: S,
});

const servicePort = struct('ServicePort', { name: S, protocol: S, appProtocol: S, port: I32, targetPort: 'intstr', nodePort: I32 });
SCHEMAS.Service = top('Service', {
  spec: struct('ServiceSpec', {
    ports: arr(servicePort), selector: stringMap, clusterIP: S, clusterIPs: strings, type: S, externalIPs: strings,
    sessionAffinity: S, loadBalancerIP: S, loadBalancerSourceRanges: strings, externalName: S, externalTrafficPolicy: S,
    healthCheckNodePort: I32, publishNotReadyAddresses: B,
    sessionAffinityConfig: struct('SessionAffinityConfig', { clientIP: struct('ClientIPConfig', { timeoutSeconds: I32 }) }),
    ipFamilies: strings, ipFamilyPolicy: S, allocateLoadBalancerNodePorts: B, loadBalancerClass: S, internalTrafficPolicy: S,
    trafficDistribution: S,
  }),
});

const endpointAddress = struct('EndpointAddress', { ip: S, hostname: S, nodeName: S, targetRef: objectReference });
const endpointPort = struct('EndpointPort', { name: S, port: I32, protocol: S, appProtocol: S });
SCHEMAS.Endpoints = {
  struct: 'Endpoints',
  fields: {
    apiVersion: S, kind: S, metadata: objectMeta,
    subsets: arr(struct('EndpointSubset', { addresses: arr(endpointAddress), notReadyAddresses: arr(endpointAddress), ports: arr(endpointPort) })),
  },
};

SCHEMAS.EndpointSlice = {
  struct: 'EndpointSlice',
  fields: {
    apiVersion: S, kind: S, metadata: objectMeta, addressType: S,
    endpoints: arr(struct('Endpoint', {
      addresses: strings, conditions: struct('EndpointConditions', { ready: B, serving: B, terminating: B }), hostname: S,
      targetRef: objectReference, deprecatedTopology: stringMap, nodeName: S, zone: S,
      hints: struct('EndpointHints', { forZones: arr(struct('ForZone', { name: S })), forNodes: arr(struct('ForNode', { name: S })) }),
    })),
    ports: arr(struct('EndpointPort', { name: S, protocol: S, port: I32, appProtocol: S })),
  },
};

const pvcSpec = struct('PersistentVolumeClaimSpec', {
  accessModes: strings, selector: labelSelector,
  resources: struct('VolumeResourceRequirements', { limits: quantities, requests: quantities }),
  volumeName: S, storageClassName: S, volumeMode: S,
  dataSource: struct('TypedLocalObjectReference', { apiGroup: S, kind: S, name: S }),
  dataSourceRef: struct('TypedObjectReference', { apiGroup: S, kind: S, name: S, namespace: S }),
  volumeAttributesClassName: S,
});
SCHEMAS.PersistentVolumeClaim = top('PersistentVolumeClaim', { spec: pvcSpec });

SCHEMAS.StatefulSet = top('StatefulSet', {
  spec: struct('StatefulSetSpec', {
    replicas: I32, selector: labelSelector, template: podTemplate,
    volumeClaimTemplates: arr(SCHEMAS.PersistentVolumeClaim), serviceName: S, podManagementPolicy: S,
    updateStrategy: struct('StatefulSetUpdateStrategy', {
      type: S, rollingUpdate: struct('RollingUpdateStatefulSetStrategy', { partition: I32, maxUnavailable: 'intstr' }),
    }),
    revisionHistoryLimit: I32, minReadySeconds: I32,
    persistentVolumeClaimRetentionPolicy: struct('StatefulSetPersistentVolumeClaimRetentionPolicy', { whenDeleted: S, whenScaled: S }),
    ordinals: struct('StatefulSetOrdinals', { start: I32 }),
  }),
});

SCHEMAS.ControllerRevision = { struct: 'ControllerRevision', fields: { apiVersion: S, kind: S, metadata: objectMeta, data: ANY, revision: I64 } };

const loosePvSources = [
  'gcePersistentDisk', 'awsElasticBlockStore', 'glusterfs', 'nfs', 'rbd', 'iscsi', 'cinder', 'cephfs', 'fc', 'flocker',
  'flexVolume', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume', 'scaleIO',
  'storageos', 'csi',
];
SCHEMAS.PersistentVolume = top('PersistentVolume', {
  spec: struct('PersistentVolumeSpec', {
    capacity: quantities,
    hostPath: struct('HostPathVolumeSource', { path: S, type: S }),
    local: struct('LocalVolumeSource', { path: S, fsType: S }),
    ...Object.fromEntries(loosePvSources.map((n) => [n, ANY])),
    accessModes: strings, claimRef: objectReference, persistentVolumeReclaimPolicy: S, storageClassName: S,
    mountOptions: strings, volumeMode: S, nodeAffinity: struct('VolumeNodeAffinity', { required: nodeSelector }),
    volumeAttributesClassName: S,
  }),
});

SCHEMAS.StorageClass = {
  struct: 'StorageClass',
  fields: {
    apiVersion: S, kind: S, metadata: objectMeta, provisioner: S, parameters: stringMap, reclaimPolicy: S,
    mountOptions: strings, allowVolumeExpansion: B, volumeBindingMode: S,
    allowedTopologies: arr(struct('TopologySelectorTerm', {
      matchLabelExpressions: arr(struct('TopologySelectorLabelRequirement', { key: S, values: strings })),
    })),
  },
};

// autoscaling/v2: every reference and target of a metric is typed.
const crossVersionRef = struct('CrossVersionObjectReference', { kind: S, name: S, apiVersion: S });
const metricTarget = struct('MetricTarget', { type: S, value: 'quantity', averageValue: 'quantity', averageUtilization: I32 });
const metricIdentifier = struct('MetricIdentifier', { name: S, selector: labelSelector });
const scalingRules = struct('HPAScalingRules', {
  stabilizationWindowSeconds: I32, selectPolicy: S,
  policies: arr(struct('HPAScalingPolicy', { type: S, value: I32, periodSeconds: I32 })),
});
const metricSpec: Schema = struct('MetricSpec', {
  type: S,
  object: struct('ObjectMetricSource', { describedObject: crossVersionRef, target: metricTarget, metric: metricIdentifier }),
  pods: struct('PodsMetricSource', { metric: metricIdentifier, target: metricTarget }),
  resource: struct('ResourceMetricSource', { name: S, target: metricTarget }),
  containerResource: struct('ContainerResourceMetricSource', { name: S, target: metricTarget, container: S }),
  external: struct('ExternalMetricSource', { metric: metricIdentifier, target: metricTarget }),
});
SCHEMAS.HorizontalPodAutoscaler = top('HorizontalPodAutoscaler', {
  spec: struct('HorizontalPodAutoscalerSpec', {
    scaleTargetRef: crossVersionRef, minReplicas: I32, maxReplicas: I32, metrics: arr(metricSpec),
    behavior: struct('HorizontalPodAutoscalerBehavior', { scaleUp: scalingRules, scaleDown: scalingRules }),
  }),
});
