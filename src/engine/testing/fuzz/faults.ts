// Faults for the fuzzer: the ones a lesson injects (on pods and nodes that exist) and hostile
// ones — wrong field types, unknown types, names that are JavaScript words — as a share link
// or a course page could hand them to cluster.inject().
import fc from 'fast-check';
import type { Category } from './program';

const pod = fc.nat(30).map((n) => `$pod:${n}`);
const node = fc.constantFrom('node-1', 'node-2', 'node-3');
const service = fc.constantFrom('web', 'php-apache', 'nginx');

const valid = fc.oneof(
  fc.record({ type: fc.constant('crash-container'), pod }),
  fc.record({ type: fc.constant('kill-node'), node }),
  fc.record({ type: fc.constant('restore-node'), node }),
  fc.record({ type: fc.constant('load'), service, rps: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ type: fc.constant('fail-probe'), pod, probe: fc.constantFrom('readiness', 'liveness'), durationMs: fc.integer({ min: 0, max: 120_000 }) }),
);

const weird: unknown[] = [
  '__proto__', 'constructor', 'toString', '', ' ', 'NODE-1', 'node-1 ', 'café', 'c'.repeat(5000), null, undefined, 0, -1, 1e308,
  Number.NaN, Number.POSITIVE_INFINITY, true, [], ['node-1'], {}, { name: 'node-1' }, '1e309', '$pod:0',
];
const weirdValue = fc.constantFrom(...weird);
const TYPES = ['crash-container', 'kill-node', 'restore-node', 'load', 'fail-probe'];

const bad = fc.oneof(
  fc.record({ type: fc.constantFrom(...TYPES), pod: weirdValue, node: weirdValue, service: weirdValue, namespace: weirdValue }),
  fc.record({ type: fc.constant('load'), service, rps: weirdValue }),
  fc.record({ type: fc.constant('load'), service, rps: fc.double(), namespace: fc.constantFrom('default', '__proto__', 'kube-system', '') }),
  fc.record({ type: fc.constant('fail-probe'), pod, probe: weirdValue, durationMs: weirdValue }),
  fc.record({ type: fc.constant('crash-container'), pod, container: weirdValue }),
  fc.record({ type: weirdValue }),
  weirdValue,
);

export function fault(cat: Category): fc.Arbitrary<unknown> {
  if (cat === 'faults-valid') return valid;
  if (cat === 'faults-bad') return bad;
  throw new Error(`not a fault category: ${cat}`);
}
