import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';
import { findDecodeError, findUnknownFields } from './known-fields';

const deployment = (spec: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { 'free-key': 'x' }, annotations: { anything: 'y' } },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx', resources: { requests: { cpu: '100m', 'example.com/gpu': '1' } } }], nodeSelector: { zone: 'a' } },
    },
    ...spec,
  },
  ...extra,
});

describe('findUnknownFields', () => {
  it.each<[string, unknown, string[]]>([
    ['a clean deployment', deployment({ replicas: 3 }), []],
    ['a typo in spec', deployment({ replicass: 3 }), ['spec.replicass']],
    [
      'typos deep in the template, in document order',
      (() => {
        const d = deployment({});
        const ctr = d.spec.template.spec.containers[0] as Record<string, unknown>;
        ctr.imagee = 'nginx';
        ctr.port = [{ containerPort: 80 }];
        return d;
      })(),
      ['spec.template.spec.containers[0].imagee', 'spec.template.spec.containers[0].port'],
    ],
    ['a top-level typo and one in metadata', deployment({}, { metdata: {}, spec2: 1 }), ['metdata', 'spec2']],
    ['case matters', deployment({ Replicas: 1 }), ['spec.Replicas']],
    ['free maps are not checked inside', deployment({}), []],
  ])('%s', (_, obj, unknown) => {
    expect(findUnknownFields('Deployment', obj)).toEqual(unknown);
  });

  it('knows the other kinds', () => {
    expect(findUnknownFields('Pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'x', livenessProbe: { httpGet: { path: '/', port: 'http' }, perodSeconds: 1 } }] } })).toEqual([
      'spec.containers[0].livenessProbe.perodSeconds',
    ]);
    expect(findUnknownFields('Lease', { spec: { holderIdentity: 'n', renewTime: '2024-01-01T00:00:00.000000Z', holder: 'x' } })).toEqual(['spec.holder']);
    expect(findUnknownFields('Namespace', { metadata: { name: 'x' }, spec: { finalizers: [] } })).toEqual([]);
    expect(findUnknownFields('Node', { spec: { taints: [{ key: 'a', effect: 'NoSchedule', tolerationSeconds: 1 }] } })).toEqual(['spec.taints[0].tolerationSeconds']);
    expect(findUnknownFields('Event', { involvedObject: { kind: 'Pod' }, reason: 'x', count: 1, reportingComponent: 'k', note: 'x' })).toEqual(['note']);
    expect(findUnknownFields('Service', { anything: 1 })).toEqual(['anything']);
  });
});

describe('findDecodeError', () => {
  it.each<[string, unknown, string | undefined]>([
    ['a string replicas', deployment({ replicas: 'three' }), 'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32'],
    ['a fractional replicas', deployment({ replicas: 1.5 }), 'json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32'],
    ['replicas beyond int32', deployment({ replicas: 3000000000 }), 'json: cannot unmarshal number 3000000000 into Go struct field DeploymentSpec.spec.replicas of type int32'],
    ['spec as a list', { kind: 'Deployment', spec: [] }, 'json: cannot unmarshal array into Go struct field Deployment.spec of type v1.DeploymentSpec'],
    ['a label with a number', { metadata: { labels: { a: 1 } } }, 'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string'],
    [
      'numeric args',
      deployment({ template: { spec: { containers: [{ name: 'c', image: 'x', args: ['sleep', 3600] }] } } }),
      'json: cannot unmarshal number into Go struct field Container.spec.template.spec.containers.args of type string',
    ],
    [
      'containers as a map',
      deployment({ template: { spec: { containers: { name: 'c' } } } }),
      'json: cannot unmarshal object into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container',
    ],
    [
      'a bad quantity',
      deployment({ template: { spec: { containers: [{ name: 'c', image: 'x', resources: { limits: { memory: '1GB' } } }] } } }),
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    ],
    ['a bool maxSurge', deployment({ strategy: { rollingUpdate: { maxSurge: true } } }), 'json: cannot unmarshal bool into Go value of type int32'],
    ['numeric quantities and percent strings are fine', deployment({ strategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: '10%' } } }), undefined],
    ['nulls are fine', deployment({ replicas: null }, { status: null }), undefined],
  ])('%s', (_, obj, error) => {
    expect(findDecodeError('Deployment', obj)).toBe(error);
  });
});

describe('the API server answers 400', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['one unknown field', { replicass: 3 }, 'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replicass"'],
    [
      'two unknown fields',
      { replicass: 3, paused2: true },
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replicass", unknown field "spec.paused2"',
    ],
    [
      'a wrong type',
      { replicas: 'three' },
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    ],
  ])('on create with %s', (_, spec, message) => {
    const c = createCluster({ nodes: 0 });
    let err: unknown;
    try {
      c.api.create(deployment(spec) as never);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ status: { code: 400, reason: 'BadRequest', message } });
  });

  it('on update, and only warns (accepts) for in-cluster clients', () => {
    const c = createCluster({ nodes: 0 });
    const d = c.api.create(deployment({}) as never);
    expect(() => c.api.update({ ...d, spec: { ...d.spec, replicass: 2 } })).toThrow('strict decoding error: unknown field "spec.replicass"');
    expect(() => c.api.client('deployment-controller').update({ ...d, spec: { ...d.spec, replicass: 2 } })).not.toThrow();
  });
});

describe('every served kind is decoded with a schema', () => {
  it('has one for each kind in discovery (a new kind needs its schema: kind-schemas.ts)', async () => {
    await import('../../index'); // registers every kind
    const { KINDS } = await import('../kinds');
    const { SCHEMAS } = await import('./schemas');
    expect(KINDS.map((k) => k.kind).filter((k) => !Object.hasOwn(SCHEMAS, k))).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['HorizontalPodAutoscaler', { spec: { behavior: { scaleUp: { policies: [{ value: '1' }] } } } }, 'json: cannot unmarshal string into Go struct field HPAScalingPolicy.spec.behavior.scaleUp.policies.value of type int32'],
    ['Service', { spec: { selector: { app: 1 } } }, 'json: cannot unmarshal number into Go struct field ServiceSpec.spec.selector of type string'],
    ['StatefulSet', { spec: { volumeClaimTemplates: [{ spec: { resources: { requests: { storage: 'lots' } } } }] } }, "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
    ['PersistentVolumeClaim', { spec: { accessModes: 'ReadWriteOnce' } }, 'json: cannot unmarshal string into Go struct field PersistentVolumeClaimSpec.spec.accessModes of type []v1.PersistentVolumeAccessMode'],
    // Named types and packages print as reflect does: v1.Protocol, v2.MetricSpec, []uint8 for bytes.
    ['Pod', { spec: { containers: [{ ports: [{ protocol: 6 }] }] } }, 'json: cannot unmarshal number into Go struct field ContainerPort.spec.containers.ports.protocol of type v1.Protocol'],
    ['Pod', { spec: { containers: [{ resources: { limits: [] } }] } }, 'json: cannot unmarshal array into Go struct field ResourceRequirements.spec.containers.resources.limits of type v1.ResourceList'],
    ['HorizontalPodAutoscaler', { spec: { metrics: {} } }, 'json: cannot unmarshal object into Go struct field HorizontalPodAutoscalerSpec.spec.metrics of type []v2.MetricSpec'],
    ['HorizontalPodAutoscaler', { spec: { metrics: [{ type: 1 }] } }, 'json: cannot unmarshal number into Go struct field MetricSpec.spec.metrics.type of type v2.MetricSourceType'],
    ['Secret', { data: { a: 5 } }, 'json: cannot unmarshal number into Go struct field Secret.data of type []uint8'],
    ['StorageClass', { allowVolumeExpansion: 'yes' }, 'json: cannot unmarshal string into Go struct field StorageClass.allowVolumeExpansion of type bool'],
    ['Pod', { spec: { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: {} } } } } }, 'json: cannot unmarshal object into Go struct field NodeSelector.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms of type []v1.NodeSelectorTerm'],
    ['Pod', { spec: { volumes: [{ name: 'v', configMap: { defaultMode: '0644' } }] } }, 'json: cannot unmarshal string into Go struct field ConfigMapVolumeSource.spec.volumes.configMap.defaultMode of type int32'],
  ])('%s: %j', (kind, obj, error) => {
    expect(findDecodeError(kind, obj)).toBe(error);
  });

  it('__proto__, constructor and toString are unknown fields, not Object.prototype members', () => {
    expect(findUnknownFields('Pod', JSON.parse('{"metadata":{"__proto__":{"a":1},"constructor":1},"spec":{"toString":1}}'))).toEqual([
      'metadata.__proto__',
      'metadata.constructor',
      'spec.toString',
    ]);
  });
});
