import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type History, normalizeLegacy, normalizeWithBehavior, storeScaleEvent } from './normalize';

const DEFAULT_BEHAVIOR = {
  scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }] },
  scaleDown: { selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] },
};

describe('normalizeLegacy (no spec.behavior)', () => {
  it.each([
    // current, raw desired, min, max → replicas, ScalingLimited reason
    [1, 5, 1, 10, 4, 'ScaleUpLimit'],
    [4, 20, 1, 10, 8, 'ScaleUpLimit'],
    [6, 20, 1, 10, 10, 'TooManyReplicas'],
    [3, 1, 2, 10, 2, 'TooFewReplicas'],
    [3, 5, 1, 10, 5, 'DesiredWithinRange'],
  ])('current %d, desired %d, [%d, %d] → %d (%s)', (current, desired, min, max, replicas, reason) => {
    const n = normalizeLegacy([], 0, current, desired, min, max);
    expect([n.replicas, n.limited.reason]).toEqual([replicas, reason]);
  });

  it('scales down only when every recommendation of the last 300 s is lower', () => {
    const recs = [{ replicas: 6, at: 0 }];
    const at = (t: number, _raw: number) => normalizeLegacy(recs, t, 6, 1, 1, 10);
    expect(at(15_000, 1).replicas).toBe(6);
    expect(at(15_000, 1).ableToScale.reason).toBe('ScaleDownStabilized');
    expect(at(299_000, 1).replicas).toBe(6);
    expect(at(301_000, 1).replicas).toBe(1);
    expect(at(316_000, 1).ableToScale.reason).toBe('ReadyForNewScale');
  });
});

describe('normalizeWithBehavior', () => {
  it('scale-up policies: max(4 pods, 100%) per 15 s, counted from the period start', () => {
    const h: History = { recs: [], up: [], down: [] };
    const a = normalizeWithBehavior(h, DEFAULT_BEHAVIOR, 0, 2, 20, 1, 30);
    expect([a.replicas, a.limited.reason]).toEqual([6, 'ScaleUpLimit']);
    storeScaleEvent(h, DEFAULT_BEHAVIOR, 0, 2, 6);
    // 5 s later the period started at 2 replicas: limit max(2+4, 2×2) = 6 → no further growth.
    expect(normalizeWithBehavior(h, DEFAULT_BEHAVIOR, 5_000, 6, 20, 1, 30).replicas).toBe(6);
    expect(normalizeWithBehavior(h, DEFAULT_BEHAVIOR, 16_000, 6, 20, 1, 30).replicas).toBe(12);
  });

  it('selectPolicy Disabled freezes that direction', () => {
    const b = { ...DEFAULT_BEHAVIOR, scaleDown: { stabilizationWindowSeconds: 0, selectPolicy: 'Disabled', policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } };
    expect(normalizeWithBehavior({ recs: [], up: [], down: [] }, b, 0, 5, 1, 1, 10).replicas).toBe(5);
  });
});

describe('property: the HPA never leaves [minReplicas, maxReplicas]', () => {
  it('for any sequence of raw recommendations, with and without behavior', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 15 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (min, span, raws, withBehavior) => {
          const max = min + span;
          let current = min;
          const h: History = { recs: [{ replicas: current, at: 0 }], up: [], down: [] };
          raws.forEach((raw, i) => {
            const now = (i + 1) * 15_000;
            const n = withBehavior ? normalizeWithBehavior(h, DEFAULT_BEHAVIOR, now, current, raw, min, max) : normalizeLegacy(h.recs, now, current, raw, min, max);
            if (n.replicas !== current) storeScaleEvent(h, withBehavior ? DEFAULT_BEHAVIOR : undefined, now, current, n.replicas);
            current = n.replicas;
            expect(current).toBeGreaterThanOrEqual(min);
            expect(current).toBeLessThanOrEqual(max);
          });
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
