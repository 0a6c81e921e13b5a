// Decoding schemas of the kinds registered outside api/ (Service, Endpoints, EndpointSlice,
// StatefulSet, ControllerRevision, HorizontalPodAutoscaler, PersistentVolume(Claim),
// StorageClass): field names and Go types from k8s.io/api {core,apps,discovery,autoscaling/v2,
// storage}/v1 types.go (v1.32), so a wrong type fails as Go's encoding/json fails.
// ConfigMap, Secret and PodDisruptionBudget register theirs beside their strategies.
// Simplified: PersistentVolume's rarer sources are `any` (depth-bounded by known-fields.ts), and
// ControllerRevision.data is a RawExtension (free JSON, also depth-bounded).
import {
  ANY, B, I32, I64, S, SCHEMAS, type Schema, alias, arr, labelSelector, named, nodeSelector, objectMeta, podTemplate,
  resourceList, stringMap, strings, struct, top,
} from './schemas';

const objectReference = struct('ObjectReference', {
  kind: S, namespace: S, name: S, uid: S, apiVersion: S, resourceVersion: S, fieldPath: S,
});

const servicePort = struct('ServicePort', { name: S, protocol: named('Protocol'), appProtocol: S, port: I32, targetPort: 'intstr', nodePort: I32 });
SCHEMAS.Service = top('Service', {
  spec: struct('ServiceSpec', {
    ports: arr(servicePort), selector: stringMap, clusterIP: S, clusterIPs: strings, type: named('ServiceType'), externalIPs: strings,
    sessionAffinity: named('ServiceAffinity'), loadBalancerIP: S, loadBalancerSourceRanges: strings, externalName: S,
    externalTrafficPolicy: named('ServiceExternalTrafficPolicy'),
    healthCheckNodePort: I32, publishNotReadyAddresses: B,
    sessionAffinityConfig: struct('SessionAffinityConfig', { clientIP: struct('ClientIPConfig', { timeoutSeconds: I32 }) }),
    ipFamilies: arr(named('IPFamily')), ipFamilyPolicy: named('IPFamilyPolicy'), allocateLoadBalancerNodePorts: B, loadBalancerClass: S,
    internalTrafficPolicy: named('ServiceInternalTrafficPolicy'),
    trafficDistribution: S,
  }),
});

const endpointAddress = struct('EndpointAddress', { ip: S, hostname: S, nodeName: S, targetRef: objectReference });
const endpointPort = struct('EndpointPort', { name: S, port: I32, protocol: named('Protocol'), appProtocol: S });
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
    apiVersion: S, kind: S, metadata: objectMeta, addressType: named('AddressType'),
    endpoints: arr(struct('Endpoint', {
      addresses: strings, conditions: struct('EndpointConditions', { ready: B, serving: B, terminating: B }), hostname: S,
      targetRef: objectReference, deprecatedTopology: stringMap, nodeName: S, zone: S,
      hints: struct('EndpointHints', { forZones: arr(struct('ForZone', { name: S })), forNodes: arr(struct('ForNode', { name: S })) }),
    })),
    ports: arr(struct('EndpointPort', { name: S, protocol: named('Protocol'), port: I32, appProtocol: S })),
  },
};

const pvcSpec = struct('PersistentVolumeClaimSpec', {
  accessModes: arr(named('PersistentVolumeAccessMode')), selector: labelSelector,
  resources: struct('VolumeResourceRequirements', { limits: resourceList, requests: resourceList }),
  volumeName: S, storageClassName: S, volumeMode: named('PersistentVolumeMode'),
  dataSource: struct('TypedLocalObjectReference', { apiGroup: S, kind: S, name: S }),
  dataSourceRef: struct('TypedObjectReference', { apiGroup: S, kind: S, name: S, namespace: S }),
  volumeAttributesClassName: S,
});
SCHEMAS.PersistentVolumeClaim = top('PersistentVolumeClaim', { spec: pvcSpec });

SCHEMAS.StatefulSet = top('StatefulSet', {
  spec: struct('StatefulSetSpec', {
    replicas: I32, selector: labelSelector, template: podTemplate,
    volumeClaimTemplates: arr(SCHEMAS.PersistentVolumeClaim), serviceName: S, podManagementPolicy: named('PodManagementPolicyType'),
    updateStrategy: struct('StatefulSetUpdateStrategy', {
      type: named('StatefulSetUpdateStrategyType'), rollingUpdate: struct('RollingUpdateStatefulSetStrategy', { partition: I32, maxUnavailable: 'intstr' }),
    }),
    revisionHistoryLimit: I32, minReadySeconds: I32,
    persistentVolumeClaimRetentionPolicy: struct('StatefulSetPersistentVolumeClaimRetentionPolicy', {
      whenDeleted: named('PersistentVolumeClaimRetentionPolicyType'), whenScaled: named('PersistentVolumeClaimRetentionPolicyType'),
    }),
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
    capacity: resourceList,
    hostPath: struct('HostPathVolumeSource', { path: S, type: named('HostPathType') }),
    local: struct('LocalVolumeSource', { path: S, fsType: S }),
    ...Object.fromEntries(loosePvSources.map((n) => [n, ANY])),
    accessModes: arr(named('PersistentVolumeAccessMode')), claimRef: objectReference,
    persistentVolumeReclaimPolicy: named('PersistentVolumeReclaimPolicy'), storageClassName: S, mountOptions: strings,
    volumeMode: named('PersistentVolumeMode'), nodeAffinity: struct('VolumeNodeAffinity', { required: nodeSelector }),
    volumeAttributesClassName: S,
  }),
});

SCHEMAS.StorageClass = {
  struct: 'StorageClass',
  fields: {
    apiVersion: S, kind: S, metadata: objectMeta, provisioner: S, parameters: stringMap,
    reclaimPolicy: named('PersistentVolumeReclaimPolicy'), mountOptions: strings, allowVolumeExpansion: B,
    volumeBindingMode: named('VolumeBindingMode'),
    allowedTopologies: arr(struct('TopologySelectorTerm', {
      matchLabelExpressions: arr(struct('TopologySelectorLabelRequirement', { key: S, values: strings })),
    })),
  },
};

// autoscaling/v2: every reference and target of a metric is typed; its structs are package v2.
const v2 = (name: string, fields: Record<string, Schema>): Schema => ({ struct: name, fields, pkg: 'v2' });
const crossVersionRef = v2('CrossVersionObjectReference', { kind: S, name: S, apiVersion: S });
const metricTarget = v2('MetricTarget', {
  type: alias('v2.MetricTargetType', S), value: 'quantity', averageValue: 'quantity', averageUtilization: I32,
});
const metricIdentifier = v2('MetricIdentifier', { name: S, selector: labelSelector });
const scalingRules = v2('HPAScalingRules', {
  stabilizationWindowSeconds: I32, selectPolicy: alias('v2.ScalingPolicySelect', S),
  policies: arr(v2('HPAScalingPolicy', { type: alias('v2.HPAScalingPolicyType', S), value: I32, periodSeconds: I32 })),
});
const metricSpec: Schema = v2('MetricSpec', {
  type: alias('v2.MetricSourceType', S),
  object: v2('ObjectMetricSource', { describedObject: crossVersionRef, target: metricTarget, metric: metricIdentifier }),
  pods: v2('PodsMetricSource', { metric: metricIdentifier, target: metricTarget }),
  resource: v2('ResourceMetricSource', { name: named('ResourceName'), target: metricTarget }),
  containerResource: v2('ContainerResourceMetricSource', { name: named('ResourceName'), target: metricTarget, container: S }),
  external: v2('ExternalMetricSource', { metric: metricIdentifier, target: metricTarget }),
});
SCHEMAS.HorizontalPodAutoscaler = {
  struct: 'HorizontalPodAutoscaler',
  pkg: 'v2',
  fields: {
    apiVersion: S, kind: S, metadata: objectMeta, status: ANY,
    spec: v2('HorizontalPodAutoscalerSpec', {
      scaleTargetRef: crossVersionRef, minReplicas: I32, maxReplicas: I32, metrics: arr(metricSpec),
      behavior: v2('HorizontalPodAutoscalerBehavior', { scaleUp: scalingRules, scaleDown: scalingRules }),
    }),
  },
};
