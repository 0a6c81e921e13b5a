// Server-side printing: the meta.k8s.io/v1 Table kubectl asks for (`Accept: application/json;
// as=Table;v=v1;g=meta.k8s.io`) when it prints `get` without -o. Columns and cells come from the
// engine's own printers (src/engine/kubectl/printers/columns.ts), so the real kubectl prints what
// the in-page console prints. The wide columns are sent with priority 1: kubectl shows them for
// -o wide only. The NAME column has format "name", which kubectl uses to prefix `pod/` when
// several kinds print together; NAMESPACE (-A) and LABELS (--show-labels) it adds itself, from
// each row's object (PartialObjectMetadata unless includeObject says otherwise).
// [k8s: staging/src/k8s.io/apiserver/pkg/registry/rest/table.go, pkg/printers/tablegenerator.go,
//  staging/src/k8s.io/cli-runtime/pkg/printers/tableprinter.go]
// Simplification: column names are the engine's header cells (already upper case; kubectl
// upper-cases the real server's "Name", "Ready" the same way), every column has type string.
import type { KindInfo } from '../src/engine/api/kinds';
import { headersFor, tableFor } from '../src/engine/kubectl/printers';
import type { KObject } from '../src/engine/objects/types';
import { metadataJson, objectJson } from './json-cache';

export type IncludeObject = 'None' | 'Metadata' | 'Object';

export function wantsTable(accept: string | undefined): boolean {
  return !!accept && /as=Table/.test(accept) && /g=meta\.k8s\.io/.test(accept);
}

export function columnDefinitions(info: KindInfo) {
  const normal = new Set(headersFor(info.kind, false));
  return headersFor(info.kind, true).map((h, i) => ({
    name: h,
    type: 'string',
    format: h === 'NAME' && (i === 0 || info.kind === 'Event') ? 'name' : '',
    description: '',
    priority: normal.has(h) ? 0 : 1,
  }));
}

function rowObject(o: KObject, include: IncludeObject): unknown {
  if (include === 'None') return undefined;
  if (include === 'Object') return o;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
}

export function tableRow(info: KindInfo, o: KObject, now: number, include: IncludeObject) {
  const cells = tableFor(info.kind).row(o, now, true);
  const object = rowObject(o, include);
  return object === undefined ? { cells } : { cells, object };
}

export function toTable(info: KindInfo, objs: KObject[], now: number, include: IncludeObject, resourceVersion: string, withColumns = true) {
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    ...(withColumns ? { columnDefinitions: columnDefinitions(info) } : {}),
    rows: objs.map((o) => tableRow(info, o, now, include)),
  };
}

export function includeObjectOf(v: string | null): IncludeObject {
  return v === 'None' || v === 'Object' ? v : 'Metadata';
}

export const TABLE_CONTENT_TYPE = 'application/json;as=Table;v=v1;g=meta.k8s.io';

/** The Table as JSON text, from the cached JSON of each row's object (json-cache.ts). */
export function tableJson(info: KindInfo, objs: KObject[], now: number, include: IncludeObject, resourceVersion: string): string {
  const head = JSON.stringify({
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: columnDefinitions(info),
  }).slice(0, -1);
  const table = tableFor(info.kind);
  const rows = objs.map((o) => {
    const cells = JSON.stringify(table.row(o, now, true));
    if (include === 'None') return `{"cells":${cells}}`;
    if (include === 'Object') return `{"cells":${cells},"object":${objectJson(o)}}`;
    return `{"cells":${cells},"object":{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":${metadataJson(o)}}}`;
  });
  return `${head},"rows":[${rows.join(',')}]}`;
}
