import { describe, expect, it } from 'vitest';
import type { TrafficPoint } from '../session/types';
import { CHARTS, niceMax, series, summary } from './chart-data';

const pt = (time: number, requests: number): TrafficPoint => ({
  time,
  requests,
  errors: 0,
  refused: 0,
  unavailable: 0,
  overloaded: 0,
  p95: 0,
  endpoints: 3,
  readyPods: 3,
  cpuMilli: 0,
});

describe('chart data', () => {
  it('breaks the line where seconds are missing and keeps only the window', () => {
    const h = [pt(1000, 1), pt(2000, 2), pt(9000, 9), pt(10_000, 10)];
    expect(series(h, (p) => p.requests, 10_000)).toEqual([
      { t: 1000, v: 1 },
      { t: 2000, v: 2 },
      null,
      { t: 9000, v: 9 },
      { t: 10_000, v: 10 },
    ]);
    expect(series(h, (p) => p.requests, 309_500)).toEqual([{ t: 10_000, v: 10 }]);
  });

  it.each([
    [[], 1],
    [[0.3], 1],
    [[3], 5],
    [[7], 10],
    [[287, 12], 500],
    [[1000], 1000],
    [[1001], 2000],
  ])('niceMax(%j) = %d', (values, top) => {
    expect(niceMax(values)).toBe(top);
  });

  it('captions the latest, peak and mean in words', () => {
    const requests = CHARTS[0];
    expect(summary(requests, series([pt(1000, 4), pt(2000, 8)], requests.value, 2000))).toBe(
      'Requests: 8 requests/s now; peak 8, mean 6 over the last 2 s.',
    );
    expect(summary(requests, [])).toBe('Requests: no traffic in the last 5 minutes.');
  });
});
