import { describe, expect, it } from 'vitest';
import type { MetricsEvent } from '../engine/index';
import {
  audienceRps,
  type ChallengeSpec,
  commandsSince,
  curtainStep,
  dueStorm,
  formatAvailability,
  scoreChallenge,
  silentSeconds,
  starReasons,
  startTally,
  tallyMetrics,
  windowOver,
} from './challenge-score';

const spec: ChallengeSpec = {
  service: 'band',
  windowMs: 10_000,
  minAvailability: 0.99,
  parCommands: 2,
  audienceRps: 10,
  storm: [
    { atMs: 0, action: { kubectl: 'get pods' } },
    { atMs: 5_000, action: { kubectl: 'get nodes' } },
  ],
};

const metrics = (time: number, requests: number, successes: number, service = 'band'): MetricsEvent => ({
  type: 'METRICS',
  time,
  services: [
    {
      time,
      namespace: 'default',
      service,
      requests,
      successes,
      errors: requests - successes,
      refused: 0,
      unavailable: 0,
      overloaded: 0,
      p50: 0,
      p95: 0,
      endpoints: 1,
    },
  ],
  pods: [],
});

describe('scoreChallenge', () => {
  it.each([
    [{ requests: 1000, served: 995 }, 2, { availability: 0.995, passed: true, stars: 3 }],
    [{ requests: 1000, served: 995 }, 4, { availability: 0.995, passed: true, stars: 2 }],
    [{ requests: 1000, served: 990 }, 5, { availability: 0.99, passed: true, stars: 1 }],
    [{ requests: 1000, served: 989 }, 0, { availability: 0.989, passed: false, stars: 0 }],
    [{ requests: 0, served: 0 }, 0, { availability: 1, passed: true, stars: 3 }],
  ])('%o with %i commands', (figures, commands, expected) => {
    expect(scoreChallenge(spec, figures, commands)).toEqual({ ...expected, ...figures, commands, over: true });
  });
});

describe('what earned or cost each star (issue 12)', () => {
  it('says it for each star, and the earned ones are as many as the stars', () => {
    const at = (served: number, commands: number) => {
      const score = scoreChallenge(spec, { requests: 1000, served }, commands);
      const reasons = starReasons(spec, score);
      expect(reasons.filter((r) => r.earned)).toHaveLength(score.stars);
      return reasons.map((r) => r.text);
    };
    expect(at(995, 3)).toEqual([
      '★ 1: 99.5 % of requests served (99.0 % needed)',
      '★ 2: 3 commands, at most 4',
      '☆ 3: 3 commands, more than 2',
    ]);
    expect(at(995, 1)).toEqual([
      '★ 1: 99.5 % of requests served (99.0 % needed)',
      '★ 2: 1 command, at most 4',
      '★ 3: 1 command, at most 2',
    ]);
    expect(at(989, 0)).toEqual([
      '☆ 1: only 98.9 % of requests served (99.0 % needed)',
      '☆ 2: needs the first star, then at most 4 commands',
      '☆ 3: needs the first star, then at most 2 commands',
    ]);
  });
});

describe('the tally', () => {
  it('counts only the challenge Service, for seconds ending inside the window', () => {
    const events = [
      metrics(1000, 9, 9),
      metrics(2000, 10, 9),
      metrics(2000, 50, 0, 'other'),
      metrics(11_000, 10, 10),
      metrics(12_000, 10, 0),
    ];
    const t = events.reduce((acc, e) => tallyMetrics(spec, acc, e), startTally(1000));
    expect([t.requests, t.served]).toEqual([20, 19]);
  });
  it('runs each storm injection once, when due, and closes the window on time', () => {
    const t = startTally(1000);
    expect(dueStorm(spec, t, 1000)).toEqual([0]);
    expect(dueStorm(spec, { ...t, stormDone: [0] }, 5999)).toEqual([]);
    expect(dueStorm(spec, { ...t, stormDone: [0] }, 6000)).toEqual([1]);
    expect([windowOver(spec, t, 10_999), windowOver(spec, t, 11_000)]).toEqual([false, true]);
  });
  it('finds the curtain step by id (first step when unnamed or unknown)', () => {
    const steps = [{ id: 'a' }, { id: 'b' }];
    expect([
      curtainStep({ steps, challenge: { ...spec, startStep: 'b' } }),
      curtainStep({ steps, challenge: spec }),
      curtainStep({ steps, challenge: { ...spec, startStep: 'zz' } }),
    ]).toEqual([1, 0, 0]);
  });
  it('formats availability rounded down', () => {
    expect([formatAvailability(0.98969), formatAvailability(1), formatAvailability(0.9954)]).toEqual(['98.9 %', '100.0 %', '99.5 %']);
  });
});

describe('the audience the learner cannot switch off', () => {
  const surge: ChallengeSpec = {
    ...spec,
    windowMs: 20_000,
    storm: [
      { atMs: 5_000, action: { fault: { type: 'load', service: 'band', rps: 40 } } },
      { atMs: 2_000, action: { fault: { type: 'load', service: 'other', rps: 99 } } },
    ],
  };
  it("follows the storm's load for the Service once it has run", () => {
    expect([
      audienceRps(surge, { stormDone: [] }),
      audienceRps(surge, { stormDone: [1] }),
      audienceRps(surge, { stormDone: [1, 0] }),
    ]).toEqual([10, 10, 40]);
  });
  it('counts the gap below the audience as unsent, from the set load, not the Poisson draw', () => {
    const t0 = startTally(0);
    const honest = tallyMetrics(spec, t0, metrics(1000, 8, 8), 10);
    const lowered = tallyMetrics(spec, t0, metrics(1000, 3, 3), 4);
    const off = tallyMetrics(spec, t0, { type: 'METRICS', time: 1000, services: [], pods: [] }, 0);
    const offUnknownLoad = tallyMetrics(spec, t0, { type: 'METRICS', time: 1000, services: [], pods: [] });
    expect([honest.unsent, lowered.unsent, off.unsent, offUnknownLoad.unsent]).toEqual([0, 6, 10, 10]);
    expect(scoreChallenge(spec, lowered, 0, false)).toMatchObject({ requests: 9, served: 3 });
  });
  it('counts seconds no METRICS event covered (the traffic model stops when every load is 0)', () => {
    const t = tallyMetrics(spec, startTally(0), metrics(1000, 10, 10), 10);
    expect(silentSeconds(spec, t, 1999)).toBe(0);
    expect(silentSeconds(spec, t, 4000)).toBe(3);
    expect(silentSeconds(spec, t, 60_000)).toBe(9);
    // Events resume at 5 s: seconds 2–4 were silent.
    expect(tallyMetrics(spec, t, metrics(5000, 10, 10), 10).unsent).toBe(30);
    // Over: the silence to the window's end counts; before that, up to now when given.
    expect(scoreChallenge(spec, t, 0, true)).toMatchObject({ requests: 100, served: 10, passed: false });
    expect(scoreChallenge(spec, t, 0, false, 3000)).toMatchObject({ requests: 30, served: 10 });
    expect(scoreChallenge(spec, t, 0, false)).toMatchObject({ requests: 10, availability: 1 });
  });
  it('counts commands from the window opening', () => {
    expect([commandsSince(startTally(0, 4), 6), commandsSince(startTally(0, 4), 2), commandsSince({ commandsBefore: -2 }, 0)]).toEqual([
      2, 0, 2,
    ]);
  });
});
