import { expect, it } from 'vitest';
import { formatClock } from './format-clock';

it.each([
  [0, '0:00:00'],
  [999, '0:00:00'],
  [61_000, '0:01:01'],
  [3_600_000, '1:00:00'],
  [86_399_000, '23:59:59'],
  [86_400_000 + 5_000, '1d 0:00:05'],
  [-5, '0:00:00'],
])('formatClock(%d) = %s', (ms, want) => {
  expect(formatClock(ms)).toBe(want);
});

// The engine's "Why?" answers print times in their sentences (engine/why/context.ts `clock`, a
// copy: the first screen needs this one before the engine loads). Both must read the same.
it("the engine's Why? sentences print times as formatClock does", async () => {
  const { createCluster } = await import('../engine');
  const c = createCluster({ seed: 1 });
  c.advance(86_400_000 + 61_000);
  c.inject({ type: 'kill-node', node: 'node-1' });
  c.advance(1_000);
  const text = c.why('Node', undefined, 'node-1')?.causes.find((x) => x.text.startsWith('You cut the power'))?.text;
  expect(text).toContain(`at ${formatClock(86_400_000 + 61_000)}:`);
});
