import { describe, expect, it } from 'vitest';
import { createMotionGate } from './motion-gate';

/** A gate whose idle moment comes only when `idleNow()` is called; records loads. */
function gate() {
  let idleNow: () => void = () => {};
  const idle = new Promise<void>((resolve) => {
    idleNow = resolve;
  });
  let loads = 0;
  const g = createMotionGate(
    () => idle,
    async () => {
      loads++;
      return 'features';
    },
  );
  return { g, idleNow, loads: () => loads };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createMotionGate', () => {
  it('loads nothing until idle or wanted', async () => {
    const { g, loads } = gate();
    void g.features();
    await settle();
    expect(loads()).toBe(0);
  });
  it.each([
    ['an idle moment', (t: ReturnType<typeof gate>) => t.idleNow()],
    ['a musician that must move', (t: ReturnType<typeof gate>) => t.g.want()],
  ])('loads once on %s', async (_what, trigger) => {
    const t = gate();
    const a = t.g.features();
    trigger(t);
    await expect(a).resolves.toBe('features');
    // Asked again (StrictMode remounts LazyMotion): the same load, not a second one.
    await expect(t.g.features()).resolves.toBe('features');
    t.idleNow();
    t.g.want();
    await settle();
    expect(t.loads()).toBe(1);
  });
  it('a want before LazyMotion asks still skips the idle wait', async () => {
    const t = gate();
    t.g.want();
    await expect(t.g.features()).resolves.toBe('features');
    expect(t.loads()).toBe(1);
  });
});

describe('a held gate', () => {
  function held() {
    let loads = 0;
    const g = createMotionGate(
      () => Promise.resolve(),
      async () => {
        loads++;
        return 'features';
      },
      { held: true },
    );
    return { g, loads: () => loads };
  }

  it('does not count an idle moment until let go (the opening frame waits for the engine first)', async () => {
    const { g, loads } = held();
    void g.features();
    await settle();
    expect(loads()).toBe(0);
    g.letGo();
    await settle();
    expect(loads()).toBe(1);
  });

  it('still loads at once when something must move', async () => {
    const { g, loads } = held();
    void g.features();
    g.want();
    await settle();
    expect(loads()).toBe(1);
  });
});
