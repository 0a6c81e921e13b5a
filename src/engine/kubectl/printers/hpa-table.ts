// `kubectl get hpa` columns: NAME REFERENCE TARGETS MINPODS MAXPODS REPLICAS AGE, with TARGETS as
// kubectl 1.32 prints them (`cpu: 22%/50%`, `cpu: <unknown>/50%`, ` + N more...` past two).
// [k8s: pkg/printers/internalversion/printers.go formatHPAMetrics, printHorizontalPodAutoscaler]
import type { KObject } from '../../objects/types';
import { ageOf } from './age';
import { registerTable } from './columns';

// biome-ignore lint/suspicious/noExplicitAny: metric specs are plain JSON.
type Json = any;

function avg(spec: Json, current: string): string {
  return `${current}/${spec.target?.averageValue ?? ''} (avg)`;
}

export function formatHpaMetrics(specs: Json[] | undefined, statuses: Json[] | undefined): string {
  if (!specs?.length) return '<none>';
  const st = statuses ?? [];
  const list: string[] = [];
  specs.forEach((spec, i) => {
    const s = st[i];
    switch (spec.type) {
      case 'External':
      case 'Object': {
        const src = spec.type === 'External' ? spec.external : spec.object;
        const cur = spec.type === 'External' ? s?.external : s?.object;
        if (src?.target?.averageValue != null) list.push(avg(src, cur?.current?.averageValue ?? '<unknown>'));
        else list.push(`${cur ? (cur.current?.value ?? '') : '<unknown>'}/${src?.target?.value ?? ''}`);
        break;
      }
      case 'Pods':
        list.push(`${s?.pods ? (s.pods.current?.averageValue ?? '') : '<unknown>'}/${spec.pods?.target?.averageValue ?? ''}`);
        break;
      case 'Resource':
      case 'ContainerResource': {
        const src = spec.type === 'Resource' ? spec.resource : spec.containerResource;
        const cur = spec.type === 'Resource' ? s?.resource : s?.containerResource;
        if (src?.target?.averageValue != null) {
          list.push(`${src.name}: ${cur ? (cur.current?.averageValue ?? '') : '<unknown>'}/${src.target.averageValue}`);
        } else {
          const current = cur?.current?.averageUtilization != null ? `${cur.current.averageUtilization}%` : '<unknown>';
          const target = src?.target?.averageUtilization != null ? `${src.target.averageUtilization}%` : '<auto>';
          list.push(`${src?.name ?? ''}: ${current}/${target}`);
        }
        break;
      }
      default:
        list.push('<unknown type>');
    }
  });
  if (list.length > 2) return `${list.slice(0, 2).join(', ')} + ${list.length - 2} more...`;
  return list.join(', ');
}

registerTable('HorizontalPodAutoscaler', {
  headers: ['NAME', 'REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS', 'REPLICAS', 'AGE'],
  wideHeaders: [],
  row(obj: KObject, now: number) {
    const spec: Json = obj.spec ?? {};
    const st: Json = obj.status ?? {};
    const ref = spec.scaleTargetRef ?? {};
    return [
      obj.metadata.name,
      `${ref.kind ?? ''}/${ref.name ?? ''}`,
      formatHpaMetrics(spec.metrics, st.currentMetrics),
      spec.minReplicas != null ? String(spec.minReplicas) : '<unset>',
      String(spec.maxReplicas ?? 0),
      String(st.currentReplicas ?? 0),
      ageOf(obj, now),
    ];
  },
});
