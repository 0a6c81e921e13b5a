// Job invariants under random shapes and faults (fast-check): whatever completions, parallelism
// and backoffLimit a Job has, and whichever of its pods are deleted or crash, it never has more
// than `parallelism` pods running, never counts more successes than `completions`, never more
// failures than backoffLimit + 1 before it fails, and always ends Complete or Failed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cluster, createCluster } from '../index';
import type { KObject, Pod } from '../objects/types';
import { kubectlOk } from '../testing/helpers';

type Op = { op: 'advance'; ms: number } | { op: 'deletePod'; index: number } | { op: 'crash'; index: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('advance' as const), ms: fc.integer({ min: 100, max: 20_000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deletePod' as const), index: fc.nat(10) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('crash' as const), index: fc.nat(10) }) },
);

function job(c: Cluster): KObject {
  return c.get<KObject>('Job', 'default', 'work') as KObject;
}

function running(c: Cluster): Pod[] {
  return c.list<Pod>('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
}

function finished(j: KObject): boolean {
  return ((j.status?.conditions ?? []) as { type: string }[]).some((x) => x.type === 'Complete' || x.type === 'Failed');
}

describe('Job invariants', () => {
  it('parallelism bounds running pods, completions bounds successes, and the Job always ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(opArb, { maxLength: 12 }),
        (completions, parallelism, backoffLimit, ops) => {
          const c = createCluster({ nodes: 2, seed: completions * 100 + parallelism * 10 + backoffLimit });
          kubectlOk(
            c,
            'apply -f -',
            `apiVersion: batch/v1
kind: Job
metadata: {name: work}
spec:
  completions: ${completions}
  parallelism: ${parallelism}
  backoffLimit: ${backoffLimit}
  template:
    spec:
      containers: [{name: w, image: busybox:1.28, command: [sh, -c, "sleep 4"]}]
      restartPolicy: Never
`,
          );
          const check = () => {
            const st = job(c).status ?? {};
            expect(running(c).length).toBeLessThanOrEqual(parallelism);
            expect(st.active ?? 0).toBeLessThanOrEqual(parallelism);
            expect(st.succeeded ?? 0).toBeLessThanOrEqual(completions);
            expect(st.failed ?? 0).toBeLessThanOrEqual(backoffLimit + 1 + parallelism);
          };
          for (const op of ops) {
            const pods = running(c);
            if (op.op === 'advance') c.advance(op.ms);
            else if (pods.length && op.op === 'deletePod') c.kubectl(`delete pod ${pods[op.index % pods.length].metadata.name}`);
            else if (pods.length && op.op === 'crash') {
              const p = pods[op.index % pods.length];
              if (p.status?.phase === 'Running') c.inject({ type: 'crash-container', namespace: 'default', pod: p.metadata.name, container: 'w' });
            }
            check();
          }
          // Once the faults stop, the Job ends within the longest back-off chain.
          for (let i = 0; i < 60 && !finished(job(c)); i++) {
            c.advance(20_000);
            check();
          }
          expect(finished(job(c))).toBe(true);
          const st = job(c).status ?? {};
          if (((st.conditions ?? []) as { type: string }[]).some((x) => x.type === 'Complete')) expect(st.succeeded).toBe(completions);
          else expect(st.failed).toBeGreaterThan(backoffLimit);
        },
      ),
      { numRuns: 25, seed: 11 },
    );
  }, 120_000);
});
