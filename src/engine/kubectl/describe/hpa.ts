// `kubectl describe hpa`: reference, metrics as `( current / target )`, min/max, behavior,
// `<Kind> pods: N current / M desired`, the conditions table and events.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go describeHorizontalPodAutoscalerV2,
//  printDirectionBehavior]
import type { ApiServer } from '../../api/api-server';
import type { KObject } from '../../objects/types';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './fields';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter, tabbedString } from './writer';

// biome-ignore lint/suspicious/noExplicitAny: HPA objects are plain JSON.
type Json = any;

function printMetric(w: PrefixWriter, metric: Json, cur: Json): void {
  switch (metric.type) {
    case 'External': {
      const t = metric.external?.target ?? {};
      const name = JSON.stringify(metric.external?.metric?.name ?? '');
      if (t.averageValue != null) w.write(LEVEL_1, `${name} (target average value):\t${cur?.external?.current?.averageValue ?? '<unknown>'} / ${t.averageValue}\n`);
      else w.write(LEVEL_1, `${name} (target value):\t${cur?.external ? (cur.external.current?.value ?? '') : '<unknown>'} / ${t.value ?? ''}\n`);
      return;
    }
    case 'Pods':
      w.write(LEVEL_1, `${JSON.stringify(metric.pods?.metric?.name ?? '')} on pods:\t${cur?.pods ? (cur.pods.current?.averageValue ?? '') : '<unknown>'} / ${metric.pods?.target?.averageValue ?? ''}\n`);
      return;
    case 'Object': {
      const o = metric.object ?? {};
      w.write(LEVEL_1, `"${o.metric?.name ?? ''}" on ${o.describedObject?.kind ?? ''}/${o.describedObject?.name ?? ''} `);
      if (o.target?.type === 'AverageValue') w.write(LEVEL_0, `(target average value):\t${cur?.object ? (cur.object.current?.averageValue ?? '') : '<unknown>'} / ${o.target.averageValue ?? ''}\n`);
      else w.write(LEVEL_0, `(target value):\t${cur?.object ? (cur.object.current?.value ?? '') : '<unknown>'} / ${o.target?.value ?? ''}\n`);
      return;
    }
    case 'Resource':
    case 'ContainerResource': {
      const res = metric.type === 'Resource';
      const src = (res ? metric.resource : metric.containerResource) ?? {};
      const c = res ? cur?.resource : cur?.containerResource;
      w.write(LEVEL_1, res ? `resource ${src.name} on pods` : `resource ${src.name} of container "${src.container}" on pods`);
      if (src.target?.averageValue != null) {
        w.write(LEVEL_0, `:\t${c ? (c.current?.averageValue ?? '') : '<unknown>'} / ${src.target.averageValue}\n`);
        return;
      }
      const current = c?.current?.averageUtilization != null ? `${c.current.averageUtilization}% (${c.current.averageValue ?? '0'})` : '<unknown>';
      const target = src.target?.averageUtilization != null ? `${src.target.averageUtilization}%` : '<auto>';
      w.write(LEVEL_1, `(as a percentage of request):\t${current} / ${target}\n`);
      return;
    }
    default:
      w.write(LEVEL_1, `<unknown metric type ${JSON.stringify(metric.type ?? '')}>\n`);
  }
}

function printDirectionBehavior(w: PrefixWriter, direction: string, rules: Json): void {
  if (!rules) return;
  w.write(LEVEL_1, `${direction}:\n`);
  if (rules.stabilizationWindowSeconds != null) w.write(LEVEL_2, `Stabilization Window: ${rules.stabilizationWindowSeconds} seconds\n`);
  if (rules.policies?.length) {
    w.write(LEVEL_2, `Select Policy: ${rules.selectPolicy ?? 'Max'}\n`);
    w.write(LEVEL_2, 'Policies:\n');
    for (const p of rules.policies) w.write(LEVEL_3, `- Type: ${p.type}\tValue: ${p.value}\tPeriod: ${p.periodSeconds} seconds\n`);
  }
}

export function describeHpa(api: ApiServer, hpa: KObject, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, hpa) : undefined;
  const spec: Json = hpa.spec ?? {};
  const st: Json = hpa.status ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${hpa.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${hpa.metadata.namespace}\n`);
    printLabelsMultiline(w, 'Labels', hpa.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', hpa.metadata.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(hpa.metadata.creationTimestamp)}\n`);
    w.write(LEVEL_0, `Reference:\t${spec.scaleTargetRef?.kind ?? ''}/${spec.scaleTargetRef?.name ?? ''}\n`);
    w.write(LEVEL_0, 'Metrics:\t( current / target )\n');
    (spec.metrics ?? []).forEach((m: Json, i: number) => printMetric(w, m, st.currentMetrics?.[i]));
    w.write(LEVEL_0, `Min replicas:\t${spec.minReplicas ?? '<unset>'}\n`);
    w.write(LEVEL_0, `Max replicas:\t${spec.maxReplicas ?? 0}\n`);
    if (spec.behavior) {
      w.write(LEVEL_0, 'Behavior:\n');
      printDirectionBehavior(w, 'Scale Up', spec.behavior.scaleUp);
      printDirectionBehavior(w, 'Scale Down', spec.behavior.scaleDown);
    }
    w.write(LEVEL_0, `${spec.scaleTargetRef?.kind ?? ''} pods:\t`);
    w.write(LEVEL_0, `${st.currentReplicas ?? 0} current / ${st.desiredReplicas ?? 0} desired\n`);
    if (st.conditions?.length) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------\t-------\n');
      for (const c of st.conditions) w.write(LEVEL_1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
    }
    if (events) describeEvents(events, w, now);
  });
}
