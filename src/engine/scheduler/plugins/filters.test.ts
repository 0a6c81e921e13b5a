import { describe, expect, it } from 'vitest';
import type { FilterPlugin, FilterResult } from '../framework';
import { type NodeOpts, cycleFor, nodeInfo, podObject, stored } from '../test-helpers';
import type { Pod } from '../../objects/types';
import { ERR_REASON_POD, nodeAffinity } from './node-affinity';
import { ERR_REASON_NODE_NAME, nodeName } from './node-name';
import { ERR_REASON_INSUFFICIENT_CPU, ERR_REASON_INSUFFICIENT_MEMORY, ERR_REASON_TOO_MANY_PODS, nodeResourcesFit } from './node-resources-fit';
import { ERR_REASON_UNSCHEDULABLE, nodeUnschedulable } from './node-unschedulable';
import { taintToleration } from './taint-toleration';

interface Row {
  name: string;
  plugin: FilterPlugin;
  // biome-ignore lint/suspicious/noExplicitAny: spec fragments.
  pod: { cpu?: string; memory?: string; spec?: Record<string, any> };
  node: NodeOpts & { name?: string };
  existing?: { cpu?: string; memory?: string }[];
  want: FilterResult;
}

const ok: FilterResult = { code: 'Success' };
const unres = (...reasons: string[]): FilterResult => ({ code: 'UnschedulableAndUnresolvable', reasons });
const unsched = (...reasons: string[]): FilterResult => ({ code: 'Unschedulable', reasons });
const req = (key: string, operator: string, values?: string[]) => ({
  affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key, operator, ...(values ? { values } : {}) }] }] } } },
});
const taint = (key: string, effect: string, value?: string) => ({ taints: [{ key, effect, ...(value !== undefined ? { value } : {}) }] });

const rows: Row[] = [
  { name: 'NodeUnschedulable: schedulable node', plugin: nodeUnschedulable, pod: {}, node: {}, want: ok },
  { name: 'NodeUnschedulable: cordoned node', plugin: nodeUnschedulable, pod: {}, node: { unschedulable: true }, want: unres(ERR_REASON_UNSCHEDULABLE) },
  {
    name: 'NodeUnschedulable: pod tolerates the unschedulable taint',
    plugin: nodeUnschedulable,
    pod: { spec: { tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] } },
    node: { unschedulable: true },
    want: ok,
  },
  { name: 'NodeName: no nodeName', plugin: nodeName, pod: {}, node: {}, want: ok },
  { name: 'NodeName: other node', plugin: nodeName, pod: { spec: { nodeName: 'node-9' } }, node: {}, want: unres(ERR_REASON_NODE_NAME) },
  { name: 'NodeName: this node', plugin: nodeName, pod: { spec: { nodeName: 'n' } }, node: {}, want: ok },
  { name: 'TaintToleration: NoSchedule untolerated', plugin: taintToleration, pod: {}, node: taint('dedicated', 'NoSchedule', 'gpu'), want: unres('node(s) had untolerated taint {dedicated: gpu}') },
  {
    name: 'TaintToleration: empty value prints as "key: "',
    plugin: taintToleration,
    pod: {},
    node: taint('node-role.kubernetes.io/control-plane', 'NoSchedule'),
    want: unres('node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'),
  },
  { name: 'TaintToleration: NoExecute untolerated', plugin: taintToleration, pod: {}, node: taint('k', 'NoExecute', 'v'), want: unres('node(s) had untolerated taint {k: v}') },
  { name: 'TaintToleration: PreferNoSchedule never filters', plugin: taintToleration, pod: {}, node: taint('k', 'PreferNoSchedule', 'v'), want: ok },
  {
    name: 'TaintToleration: Equal with the same value',
    plugin: taintToleration,
    pod: { spec: { tolerations: [{ key: 'k', operator: 'Equal', value: 'v', effect: 'NoSchedule' }] } },
    node: taint('k', 'NoSchedule', 'v'),
    want: ok,
  },
  {
    name: 'TaintToleration: Equal with another value',
    plugin: taintToleration,
    pod: { spec: { tolerations: [{ key: 'k', value: 'w' }] } },
    node: taint('k', 'NoSchedule', 'v'),
    want: unres('node(s) had untolerated taint {k: v}'),
  },
  { name: 'TaintToleration: Exists without key tolerates all', plugin: taintToleration, pod: { spec: { tolerations: [{ operator: 'Exists' }] } }, node: taint('k', 'NoExecute', 'v'), want: ok },
  {
    name: 'TaintToleration: effect must match',
    plugin: taintToleration,
    pod: { spec: { tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoExecute' }] } },
    node: taint('k', 'NoSchedule'),
    want: unres('node(s) had untolerated taint {k: }'),
  },
  { name: 'NodeAffinity: nodeSelector matches', plugin: nodeAffinity, pod: { spec: { nodeSelector: { disk: 'ssd' } } }, node: { labels: { disk: 'ssd' } }, want: ok },
  { name: 'NodeAffinity: nodeSelector misses', plugin: nodeAffinity, pod: { spec: { nodeSelector: { disk: 'ssd' } } }, node: { labels: { disk: 'hdd' } }, want: unres(ERR_REASON_POD) },
  { name: 'NodeAffinity: In', plugin: nodeAffinity, pod: { spec: req('zone', 'In', ['a', 'b']) }, node: { labels: { zone: 'b' } }, want: ok },
  { name: 'NodeAffinity: In, label missing', plugin: nodeAffinity, pod: { spec: req('zone', 'In', ['a']) }, node: {}, want: unres(ERR_REASON_POD) },
  { name: 'NodeAffinity: NotIn, label missing', plugin: nodeAffinity, pod: { spec: req('zone', 'NotIn', ['a']) }, node: {}, want: ok },
  { name: 'NodeAffinity: NotIn', plugin: nodeAffinity, pod: { spec: req('zone', 'NotIn', ['a']) }, node: { labels: { zone: 'a' } }, want: unres(ERR_REASON_POD) },
  { name: 'NodeAffinity: Exists', plugin: nodeAffinity, pod: { spec: req('gpu', 'Exists') }, node: { labels: { gpu: '' } }, want: ok },
  { name: 'NodeAffinity: DoesNotExist', plugin: nodeAffinity, pod: { spec: req('gpu', 'DoesNotExist') }, node: { labels: { gpu: '1' } }, want: unres(ERR_REASON_POD) },
  { name: 'NodeAffinity: Gt', plugin: nodeAffinity, pod: { spec: req('cores', 'Gt', ['4']) }, node: { labels: { cores: '8' } }, want: ok },
  { name: 'NodeAffinity: Gt equal', plugin: nodeAffinity, pod: { spec: req('cores', 'Gt', ['8']) }, node: { labels: { cores: '8' } }, want: unres(ERR_REASON_POD) },
  { name: 'NodeAffinity: Lt', plugin: nodeAffinity, pod: { spec: req('cores', 'Lt', ['10']) }, node: { labels: { cores: '8' } }, want: ok },
  { name: 'NodeAffinity: Lt non-integer label', plugin: nodeAffinity, pod: { spec: req('cores', 'Lt', ['10']) }, node: { labels: { cores: 'eight' } }, want: unres(ERR_REASON_POD) },
  {
    name: 'NodeAffinity: matchFields metadata.name',
    plugin: nodeAffinity,
    pod: {
      spec: {
        affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n'] }] }] } } },
      },
    },
    node: {},
    want: ok,
  },
  {
    name: 'NodeAffinity: terms are ORed',
    plugin: nodeAffinity,
    pod: {
      spec: {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['x'] }] }, { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }],
            },
          },
        },
      },
    },
    node: { labels: { zone: 'a' } },
    want: ok,
  },
  { name: 'NodeResourcesFit: fits', plugin: nodeResourcesFit, pod: { cpu: '1', memory: '1Gi' }, node: {}, want: ok },
  { name: 'NodeResourcesFit: too much cpu', plugin: nodeResourcesFit, pod: { cpu: '3' }, node: {}, want: unsched(ERR_REASON_INSUFFICIENT_CPU) },
  { name: 'NodeResourcesFit: cpu taken by others', plugin: nodeResourcesFit, pod: { cpu: '600m' }, node: {}, existing: [{ cpu: '1500m' }], want: unsched(ERR_REASON_INSUFFICIENT_CPU) },
  { name: 'NodeResourcesFit: exactly fits', plugin: nodeResourcesFit, pod: { cpu: '500m' }, node: {}, existing: [{ cpu: '1500m' }], want: ok },
  { name: 'NodeResourcesFit: memory', plugin: nodeResourcesFit, pod: { memory: '3Gi' }, node: {}, existing: [{ memory: '2Gi' }], want: unsched(ERR_REASON_INSUFFICIENT_MEMORY) },
  { name: 'NodeResourcesFit: no requests always fit resources', plugin: nodeResourcesFit, pod: {}, node: { cpu: '0' }, want: ok },
  { name: 'NodeResourcesFit: pod count', plugin: nodeResourcesFit, pod: {}, node: { pods: '1' }, existing: [{}], want: unsched(ERR_REASON_TOO_MANY_PODS) },
  {
    name: 'NodeResourcesFit: every reason, in upstream order',
    plugin: nodeResourcesFit,
    pod: { cpu: '3', memory: '5Gi' },
    node: { pods: '1' },
    existing: [{}],
    want: unsched(ERR_REASON_TOO_MANY_PODS, ERR_REASON_INSUFFICIENT_CPU, ERR_REASON_INSUFFICIENT_MEMORY),
  },
];

describe('filter plugins', () => {
  it.each(rows)('$name', ({ plugin, pod, node, existing, want }) => {
    const p = stored<Pod>(podObject('p', pod));
    const info = nodeInfo(node.name ?? 'n', node, (existing ?? []).map((e, i) => podObject(`e${i}`, e)));
    const got = plugin.filter(p, info, cycleFor(p, [info]));
    expect(got).toEqual(want);
  });
});
