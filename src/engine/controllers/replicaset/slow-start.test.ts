import { describe, expect, it } from 'vitest';
import { slowStartBatch, slowStartBatches } from './slow-start';

describe('slowStartBatch', () => {
  it.each([
    [1, [1]],
    [3, [1, 2]],
    [10, [1, 2, 4, 3]],
    [500, [1, 2, 4, 8, 16, 32, 64, 128, 245]],
  ])('%i creations go in batches %j', (n, batches) => {
    expect(slowStartBatches(n)).toEqual(batches);
  });

  it('stops after the first failing batch, finishing that batch', () => {
    let calls = 0;
    const r = slowStartBatch(10, 1, () => {
      calls++;
      if (calls >= 3) throw new Error(`quota ${calls}`);
    });
    // batch 1 ok (1), batch 2 has calls 2 (ok) and 3 (fails): stop there
    expect(calls).toBe(3);
    expect(r.successes).toBe(2);
    expect((r.error as Error).message).toBe('quota 3');
  });
});
