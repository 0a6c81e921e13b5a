// --field-selector: `field=value`, `field==value`, `field!=value`, comma-separated, over the
// fields each kind lets the API server select on (every kind: metadata.name and
// metadata.namespace). A field the kind does not offer is the server's 400, which kubectl wraps as
// `Unable to find "/v1, Resource=pods" that match label selector …, field selector …: …`.
// [k8s: staging/src/k8s.io/apimachinery/pkg/fields/selector.go (ParseSelector),
//  pkg/apis/core/v1/conversion.go (AddFieldLabelConversionsFor*), pkg/registry/*/strategy.go
//  (ToSelectableFields), staging/src/k8s.io/cli-runtime/pkg/resource/selector.go (the wrapper)]
import type { KindInfo } from '../api/kinds';
import type { KObject } from '../objects/types';

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

export class FieldSelectorError extends Error {}

type Json = Record<string, unknown>;
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const at = (o: unknown, ...path: string[]) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), o);

/** The selectable fields of each kind beyond metadata.name and metadata.namespace. */
const FIELDS: Record<string, Record<string, (o: KObject) => string>> = {
  Pod: {
    'spec.nodeName': (o) => str(at(o, 'spec', 'nodeName')),
    'spec.restartPolicy': (o) => str(at(o, 'spec', 'restartPolicy')),
    'spec.schedulerName': (o) => str(at(o, 'spec', 'schedulerName')),
    'spec.serviceAccountName': (o) => str(at(o, 'spec', 'serviceAccountName')),
    'spec.hostNetwork': (o) => String(at(o, 'spec', 'hostNetwork') === true),
    'status.phase': (o) => str(at(o, 'status', 'phase')),
    'status.podIP': (o) => str(at(o, 'status', 'podIP')),
    'status.podIPs': (o) => ((at(o, 'status', 'podIPs') as { ip?: string }[] | undefined) ?? []).map((p) => p.ip ?? '').join(','),
    'status.nominatedNodeName': (o) => str(at(o, 'status', 'nominatedNodeName')),
  },
  Event: {
    ...Object.fromEntries(['kind', 'namespace', 'name', 'uid', 'apiVersion', 'resourceVersion', 'fieldPath'].map((f) => [`involvedObject.${f}`, (o: KObject) => str(at(o, 'involvedObject', f))])),
    reason: (o) => str(at(o, 'reason')),
    reportingComponent: (o) => str(at(o, 'reportingComponent')),
    // The event strategy selects `source` on source.component, else the reporting controller.
    source: (o) => str(at(o, 'source', 'component')) || str(at(o, 'reportingComponent')),
    type: (o) => str(at(o, 'type')),
  },
  Secret: { type: (o) => str(at(o, 'type')) },
  Namespace: { 'status.phase': (o) => str(at(o, 'status', 'phase')) },
  Node: { 'spec.unschedulable': (o) => String(at(o, 'spec', 'unschedulable') === true) },
  ReplicaSet: { 'status.replicas': (o) => str(at(o, 'status', 'replicas') ?? 0) },
  ReplicationController: { 'status.replicas': (o) => str(at(o, 'status', 'replicas') ?? 0) },
  Job: { 'status.successful': (o) => str(at(o, 'status', 'succeeded') ?? 0) },
};

/** fields.ParseSelector: terms split on unescaped commas; `\,`, `\=`, `\!` and `\\` escape. */
export function parseFieldSelector(raw: string): FieldRequirement[] {
  const terms: string[] = [];
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\' && i + 1 < raw.length) {
      cur += raw[i] + raw[i + 1];
      i++;
    } else if (raw[i] === ',') {
      terms.push(cur);
      cur = '';
    } else cur += raw[i];
  }
  terms.push(cur);
  const out: FieldRequirement[] = [];
  for (const term of terms) {
    if (term === '') continue;
    const m = /^((?:[^\\=!]|\\.)*?)(!=|==|=)(.*)$/.exec(term);
    if (!m) throw new FieldSelectorError(`invalid selector: '${raw}'; can't understand '${term}'`);
    const unescaped = (s: string) => s.replace(/\\(.)/g, '$1');
    out.push({ field: unescaped(m[1]), op: m[2] === '!=' ? '!=' : '=', value: unescaped(m[3]) });
  }
  return out;
}

/** The server's check that each field is one the kind can be selected on. */
export function checkFields(info: KindInfo, reqs: FieldRequirement[]): void {
  for (const r of reqs) {
    if (r.field === 'metadata.name' || r.field === 'metadata.namespace') continue;
    const own = FIELDS[info.kind];
    if (own?.[r.field]) continue;
    // Kinds with their own conversion function word it one way; the generic one another.
    if (own) throw new FieldSelectorError(`field label not supported: ${r.field}`);
    throw new FieldSelectorError(`"${r.field}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
  }
}

export function matchesFields(info: KindInfo, reqs: FieldRequirement[], obj: KObject): boolean {
  return reqs.every((r) => {
    const v =
      r.field === 'metadata.name' ? obj.metadata.name : r.field === 'metadata.namespace' ? (obj.metadata.namespace ?? '') : (FIELDS[info.kind]?.[r.field]?.(obj) ?? '');
    return r.op === '=' ? v === r.value : v !== r.value;
  });
}

/** schema.GroupVersionResource's String(), as kubectl quotes it: `/v1, Resource=pods`. */
export function gvrString(info: KindInfo): string {
  return `${info.group}/${info.version}, Resource=${info.resource}`;
}
