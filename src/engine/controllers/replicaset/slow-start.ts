// slowStartBatch from the ReplicaSet controller: creations go out in batches of 1, 2, 4, 8 …
// so a template that cannot be created (quota, admission) fails after one request, not 500.
// [k8s: pkg/controller/replicaset/replica_set.go]
// Within a batch the real calls run concurrently, so every call of a failing batch is still made.

/** Calls `fn` `count` times in doubling batches; stops after the first batch with an error. */
export function slowStartBatch(count: number, initialBatchSize: number, fn: () => void): { successes: number; error?: unknown } {
  let remaining = count;
  let successes = 0;
  for (let batch = Math.min(remaining, initialBatchSize); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let firstError: unknown;
    let failed = false;
    for (let i = 0; i < batch; i++) {
      try {
        fn();
        successes++;
      } catch (e) {
        if (!failed) firstError = e;
        failed = true;
      }
    }
    if (failed) return { successes, error: firstError };
    remaining -= batch;
  }
  return { successes };
}

/** The batch sizes slowStartBatch would use for `count` creations that all succeed. */
export function slowStartBatches(count: number, initialBatchSize = 1): number[] {
  const out: number[] = [];
  let remaining = count;
  for (let batch = Math.min(remaining, initialBatchSize); batch > 0; batch = Math.min(2 * batch, remaining)) {
    out.push(batch);
    remaining -= batch;
  }
  return out;
}
