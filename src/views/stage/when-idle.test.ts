import { describe, expect, it } from 'vitest';
import { type IdleHost, NO_IDLE_DELAY_MS, whenIdle } from './when-idle';

/** A host that records what was asked of it and runs callbacks only when told to. */
function fakeHost(withIdle: boolean) {
  const calls: string[] = [];
  let pending: (() => void) | undefined;
  const host: IdleHost = {
    setTimeout: (cb, ms) => {
      calls.push(`setTimeout ${ms}`);
      pending = cb;
    },
    ...(withIdle
      ? {
          requestIdleCallback: (cb: () => void, options?: { timeout: number }) => {
            calls.push(`requestIdleCallback timeout ${options?.timeout}`);
            pending = cb;
          },
        }
      : {}),
  };
  return { host, calls, fire: () => pending?.() };
}

describe('whenIdle', () => {
  it.each([
    [true, 1000, ['requestIdleCallback timeout 1000']],
    [false, 1000, [`setTimeout ${NO_IDLE_DELAY_MS}`]],
    [false, 50, ['setTimeout 50']],
  ])('with requestIdleCallback=%s and timeout %d asks for %j', async (withIdle, timeout, expected) => {
    const { host, calls, fire } = fakeHost(withIdle);
    let done = false;
    const p = whenIdle(host, timeout).then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(calls).toEqual(expected);
    expect(done).toBe(false);
    fire();
    await p;
    expect(done).toBe(true);
  });
});
