// robfig/cron's standard parser and SpecSchedule.Next as the CronJob controller uses them.
import { describe, expect, it } from 'vitest';
import { CronError, nextAfter, parseSchedule } from './cron-schedule';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('parseSchedule errors (robfig/cron v3 texts)', () => {
  it.each([
    ['', 'empty spec string'],
    ['* * * *', 'expected exactly 5 fields, found 4: [* * * *]'],
    ['* * * * * *', 'expected exactly 5 fields, found 6: [* * * * * *]'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['* 24 * * *', 'end of range (24) above maximum (23): 24'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['* * * 13 *', 'end of range (13) above maximum (12): 13'],
    ['* * * * 7', 'end of range (7) above maximum (6): 7'],
    ['5-2 * * * *', 'beginning of range (5) beyond end of range (2): 5-2'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['1-2-3 * * * *', 'too many hyphens: 1-2-3'],
    ['*/2/3 * * * *', 'too many slashes: */2/3'],
    ['x * * * *', 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax'],
    ['@fortnightly', 'unrecognized descriptor: @fortnightly'],
    ['@every 5', 'failed to parse duration @every 5: time: missing unit in duration "5"'],
    ['@every 9999999h', 'failed to parse duration @every 9999999h: time: invalid duration "9999999h"'],
  ])('%j → %s', (spec, message) => {
    expect(() => parseSchedule(spec)).toThrow(new CronError(message));
  });

  it('accepts names, ?, lists, ranges and steps', () => {
    for (const spec of ['0 9 * * MON-FRI', '*/15 0-6,18-23 ? JAN,jul *', '0 0 1 * sun', '@hourly', '@daily', '@midnight', '@weekly', '@monthly', '@yearly', '@annually', '@every 1h30m'])
      expect(() => parseSchedule(spec)).not.toThrow();
  });
});

describe('nextAfter', () => {
  it.each([
    ['* * * * *', '2025-01-01T00:00:00Z', '2025-01-01T00:01:00.000Z'],
    ['* * * * *', '2025-01-01T00:00:30Z', '2025-01-01T00:01:00.000Z'],
    ['*/5 * * * *', '2025-01-01T00:07:00Z', '2025-01-01T00:10:00.000Z'],
    ['0 * * * *', '2025-01-01T00:00:00Z', '2025-01-01T01:00:00.000Z'],
    ['@hourly', '2025-01-01T10:59:59Z', '2025-01-01T11:00:00.000Z'],
    ['@daily', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00.000Z'],
    // 2025-01-01 is a Wednesday: the next Sunday is the 5th.
    ['@weekly', '2025-01-01T00:00:00Z', '2025-01-05T00:00:00.000Z'],
    ['@monthly', '2025-01-15T00:00:00Z', '2025-02-01T00:00:00.000Z'],
    ['@yearly', '2025-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z'],
    ['0 9 * * 1-5', '2025-01-03T10:00:00Z', '2025-01-06T09:00:00.000Z'],
    // Day of month OR day of week when neither is `*`.
    ['0 0 13 * 5', '2025-01-01T00:00:00Z', '2025-01-03T00:00:00.000Z'],
    ['0 0 29 2 *', '2025-01-01T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['@every 90s', '2025-01-01T00:00:00.400Z', '2025-01-01T00:01:30.000Z'],
  ])('%s after %s is %s', (spec, from, want) => {
    expect(iso(nextAfter(parseSchedule(spec), at(from)))).toBe(want);
  });

  it('gives up after five years for a date that never comes (31 February)', () => {
    expect(nextAfter(parseSchedule('0 0 31 2 *'), at('2025-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('reads the schedule in the time zone: 09:00 in Asia/Seoul is 00:00 UTC', () => {
    expect(iso(nextAfter(parseSchedule('0 9 * * *'), at('2025-01-01T01:00:00Z'), 'Asia/Seoul'))).toBe('2025-01-02T00:00:00.000Z');
    expect(iso(nextAfter(parseSchedule('30 2 * * *'), at('2025-01-01T00:00:00Z'), 'America/New_York'))).toBe('2025-01-01T07:30:00.000Z');
  });
});
