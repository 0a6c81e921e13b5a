// From a raw recommendation to the replica count the HPA writes: the stabilization windows and
// rate limits, with and without spec.behavior, and the AbleToScale / ScalingLimited condition
// each step reports. [k8s: pkg/controller/podautoscaler/horizontal.go normalizeDesiredReplicas,
// stabilizeRecommendation, convertDesiredReplicasWithRules, normalizeDesiredReplicasWithBehaviors,
// stabilizeRecommendationWithBehaviors, convertDesiredReplicasWithBehaviorRate, storeScaleEvent]
// The recommendation and scale-event histories live in the controller's JSON state (the real
// controller keeps them in memory); times are virtual ms.

// biome-ignore lint/suspicious/noExplicitAny: behavior blocks are plain JSON.
type Json = any;

export const DOWNSCALE_STABILIZATION_MS = 5 * 60_000;
const SCALE_UP_LIMIT_FACTOR = 2;
const SCALE_UP_LIMIT_MINIMUM = 4;

export interface Recommendation {
  replicas: number;
  at: number;
}

export interface ScaleEvent {
  change: number;
  at: number;
}

export interface Cond {
  reason: string;
  message: string;
}

export interface Normalized {
  replicas: number;
  ableToScale: Cond;
  /** ScalingLimited: status True when the rules changed the stabilized recommendation. */
  limited: Cond & { status: 'True' | 'False' };
}

const READY: Cond = { reason: 'ReadyForNewScale', message: 'recommended size matches current size' };
const DOWN_STABILIZED: Cond = {
  reason: 'ScaleDownStabilized',
  message: 'recent recommendations were higher than current one, applying the highest recent recommendation',
};
const UP_STABILIZED: Cond = {
  reason: 'ScaleUpStabilized',
  message: 'recent recommendations were lower than current one, applying the lowest recent recommendation',
};
const WITHIN: Cond = { reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' };
const UP_LIMIT: Cond = { reason: 'ScaleUpLimit', message: 'the desired replica count is increasing faster than the maximum scale rate' };
const DOWN_LIMIT: Cond = { reason: 'ScaleDownLimit', message: 'the desired replica count is decreasing faster than the maximum scale rate' };
const TOO_MANY: Cond = { reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' };
const TOO_FEW: Cond = { reason: 'TooFewReplicas', message: 'the desired replica count is less than the minimum replica count' };

/** Records a recommendation, reusing one slot that fell out of every window (as the real one does). */
function record(recs: Recommendation[], rec: Recommendation, isOld: (r: Recommendation) => boolean): void {
  // The real loop keeps the *last* old index it saw.
  let idx = -1;
  for (let i = 0; i < recs.length; i++) if (isOld(recs[i])) idx = i;
  if (idx >= 0) recs[idx] = rec;
  else recs.push(rec);
}

function limited(replicas: number, stabilized: number, cond: Cond): Normalized['limited'] {
  return { ...cond, status: replicas === stabilized ? 'False' : 'True' };
}

/** The legacy path (no spec.behavior): 5-minute downscale window, scale-up cap max(2×current, 4). */
export function normalizeLegacy(recs: Recommendation[], now: number, current: number, desired: number, min: number, max: number): Normalized {
  let stabilized = desired;
  const cutoff = now - DOWNSCALE_STABILIZATION_MS;
  for (const r of recs) if (r.at >= cutoff && r.replicas > stabilized) stabilized = r.replicas;
  record(recs, { replicas: desired, at: now }, (r) => r.at < cutoff);
  const ableToScale = stabilized !== desired ? DOWN_STABILIZED : READY;
  const scaleUpLimit = Math.max(SCALE_UP_LIMIT_FACTOR * current, SCALE_UP_LIMIT_MINIMUM);
  const [maxAllowed, maxCond] = max > scaleUpLimit ? [scaleUpLimit, UP_LIMIT] : [max, TOO_MANY];
  let replicas = stabilized;
  let cond = WITHIN;
  if (stabilized < min) [replicas, cond] = [min, TOO_FEW];
  else if (stabilized > maxAllowed) [replicas, cond] = [maxAllowed, maxCond];
  return { replicas, ableToScale, limited: limited(replicas, stabilized, cond) };
}

function changeInPeriod(events: ScaleEvent[], periodSeconds: number, now: number): number {
  const cutoff = now - periodSeconds * 1000;
  return events.filter((e) => e.at > cutoff).reduce((s, e) => s + e.change, 0);
}

export function scaleUpLimit(current: number, up: ScaleEvent[], down: ScaleEvent[], rules: Json, now: number): number {
  if (rules.selectPolicy === 'Disabled') return current;
  const useMin = rules.selectPolicy === 'Min';
  let result = useMin ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  for (const p of rules.policies ?? []) {
    const start = current - changeInPeriod(up, p.periodSeconds, now) + changeInPeriod(down, p.periodSeconds, now);
    const proposed = p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100));
    result = useMin ? Math.min(result, proposed) : Math.max(result, proposed);
  }
  return result;
}

export function scaleDownLimit(current: number, up: ScaleEvent[], down: ScaleEvent[], rules: Json, now: number): number {
  if (rules.selectPolicy === 'Disabled') return current;
  const useMin = rules.selectPolicy === 'Min';
  let result = useMin ? Number.MIN_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  for (const p of rules.policies ?? []) {
    const start = current - changeInPeriod(up, p.periodSeconds, now) + changeInPeriod(down, p.periodSeconds, now);
    const proposed = p.type === 'Pods' ? start - p.value : Math.trunc(start * (1 - p.value / 100));
    result = useMin ? Math.max(result, proposed) : Math.min(result, proposed);
  }
  return result;
}

export interface History {
  recs: Recommendation[];
  up: ScaleEvent[];
  down: ScaleEvent[];
}

/** The spec.behavior path: per-direction windows and policies (behavior already defaulted). */
export function normalizeWithBehavior(h: History, behavior: Json, now: number, current: number, desired: number, min: number, max: number): Normalized {
  const upRules = behavior.scaleUp ?? {};
  const downRules = behavior.scaleDown ?? {};
  const upCutoff = now - (upRules.stabilizationWindowSeconds ?? 0) * 1000;
  const downCutoff = now - (downRules.stabilizationWindowSeconds ?? DOWNSCALE_STABILIZATION_MS / 1000) * 1000;
  let upRec = desired;
  let downRec = desired;
  for (const r of h.recs) {
    if (r.at > upCutoff) upRec = Math.min(upRec, r.replicas);
    if (r.at > downCutoff) downRec = Math.max(downRec, r.replicas);
  }
  let stabilized = current;
  if (stabilized < upRec) stabilized = upRec;
  if (stabilized > downRec) stabilized = downRec;
  record(h.recs, { replicas: desired, at: now }, (r) => r.at < upCutoff && r.at < downCutoff);
  const ableToScale = stabilized !== desired ? (desired >= current ? UP_STABILIZED : DOWN_STABILIZED) : READY;
  let replicas = stabilized;
  let cond = WITHIN;
  if (stabilized > current) {
    const limit = Math.max(scaleUpLimit(current, h.up, h.down, upRules, now), current);
    const [maxAllowed, c] = max > limit ? [limit, UP_LIMIT] : [max, TOO_MANY];
    if (stabilized > maxAllowed) [replicas, cond] = [maxAllowed, c];
  } else if (stabilized < current) {
    const limit = Math.min(scaleDownLimit(current, h.up, h.down, downRules, now), current);
    const [minAllowed, c] = min < limit ? [limit, DOWN_LIMIT] : [min, TOO_FEW];
    if (stabilized < minAllowed) [replicas, cond] = [minAllowed, c];
  }
  return { replicas, ableToScale, limited: limited(replicas, stabilized, cond) };
}

/** storeScaleEvent: events older than the direction's longest policy period are dropped. */
export function storeScaleEvent(h: History, behavior: Json, now: number, prev: number, next: number): void {
  if (!behavior) return;
  const up = next > prev;
  const rules = (up ? behavior.scaleUp : behavior.scaleDown) ?? {};
  const longest = Math.max(0, ...(rules.policies ?? []).map((p: Json) => p.periodSeconds ?? 0)) * 1000;
  const list = up ? h.up : h.down;
  const kept = list.filter((e) => e.at > now - longest);
  kept.push({ change: Math.abs(next - prev), at: now });
  list.splice(0, list.length, ...kept);
}
