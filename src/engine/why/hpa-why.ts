// "Why?" for a HorizontalPodAutoscaler: the arithmetic of its latest recommendation (metric,
// target, ratio, the 0.1 tolerance, ceil(ratio × ready pods)), then stabilization and min/max.
// [k8s: pkg/controller/podautoscaler/replica_calculator.go GetResourceReplicas, horizontal.go]
import { TOLERANCE } from '../autoscaling/replica-calculator';
import type { KObject } from '../objects/types';
import { type WhyContext, at, clock, newestFirst, recordsOf } from './context';
import type { HpaRecord, WhyAnswer, WhyCause } from './types';

export function hpaCause(h: HpaRecord): WhyCause {
  const actor = { kind: 'HorizontalPodAutoscaler', ns: h.ns, name: h.hpa };
  const parts: string[] = [];
  if (h.utilization !== undefined && h.targetUtilization !== undefined) {
    const ratio = h.utilization / h.targetUtilization;
    parts.push(`${h.metric} was ${h.utilization}% against a target of ${h.targetUtilization}%, a ratio of ${h.utilization}/${h.targetUtilization} = ${ratio.toFixed(2)}`);
    const how = h.how;
    if (how?.conservative) {
      const { unready, missing } = how.conservative;
      const who = [unready ? `${unready} pod${unready === 1 ? ' was' : 's were'} not ready yet (counted at 0%)` : '', missing ? `${missing} had no metrics (counted at 100% or the target)` : ''].filter(Boolean).join(' and ');
      parts.push(`${who}, so it recomputed conservatively over ${how.pods} pods: a ratio of ${how.ratio.toFixed(2)}`);
    }
    if (how?.kept === 'tolerance') parts.push(`within the tolerance of ${TOLERANCE} of 1, so it proposed to keep ${h.current}`);
    else if (how?.kept === 'reversed') parts.push(`which would scale the other way, so it proposed to keep ${h.current}`);
    else if (how) parts.push(`outside the tolerance of ${TOLERANCE}, so it proposed ceil(${how.ratio.toFixed(2)} × ${how.pods}${how.conservative ? '' : ' ready'} pods) = ${h.proposed}`);
  } else parts.push(`${h.metric} asked for ${h.proposed}`);
  if (h.replicas !== h.proposed) parts.push(`then ${h.stabilization === 'recommended size matches current size' ? h.limit : `${h.stabilization} (a ${h.window} s stabilization window for scaling down)`}, giving ${h.replicas}`);
  parts.push(`min ${h.min}, max ${h.max}: ${h.limit}`);
  return { at: h.at, text: `At ${clock(h.at)}, with ${h.current} replicas: ${parts.join('; ')}.`, actor, ref: { kind: h.target.split('/')[0], ns: h.ns, name: h.target.split('/')[1] } };
}

export function hpaWhy(c: WhyContext, ns: string, name: string): WhyAnswer | undefined {
  const hpa = c.api.getByKind<KObject>('HorizontalPodAutoscaler', ns, name);
  if (!hpa) return undefined;
  const desired = hpa.status?.desiredReplicas;
  const summary = `${name} wants ${desired ?? '?'} replicas of ${hpa.spec?.scaleTargetRef?.kind} ${hpa.spec?.scaleTargetRef?.name} (min ${hpa.spec?.minReplicas ?? 1}, max ${hpa.spec?.maxReplicas}).`;
  const records = recordsOf(c, 'hpa', (h) => h.ns === ns && h.hpa === name);
  const causes: WhyCause[] = [];
  if (records[0]) causes.push(hpaCause(records[0]));
  // The decision that last changed the count, when the latest one kept it.
  const changed = records.find((h) => h.replicas !== h.current);
  if (changed && changed !== records[0]) causes.push(hpaCause(changed));
  for (const cond of hpa.status?.conditions ?? []) {
    if (cond.status === 'False' && cond.type === 'ScalingActive') causes.push({ at: at(cond.lastTransitionTime) ?? c.now, text: `ScalingActive is False (${cond.reason}): ${cond.message}`, ref: { kind: 'HorizontalPodAutoscaler', ns, name } });
  }
  if (!causes.length) causes.push({ at: c.now, text: `${name} has not computed a recommendation yet (it syncs every 15 s).`, ref: { kind: 'HorizontalPodAutoscaler', ns, name } });
  return { kind: 'HorizontalPodAutoscaler', namespace: ns, name, now: c.now, summary, causes: newestFirst(causes) };
}
