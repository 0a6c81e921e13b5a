// The fuzzers' programs: what a hostile learner (or a hostile share link) can do to a cluster —
// kubectl lines, manifests piped to `kubectl apply -f -`, faults and the passing of time — as
// plain JSON, so a failing program can be stored in the regression corpus and replayed.
// Every generated step carries the category that produced it; runs enable categories one by one
// (see CATEGORIES) so a test can switch on only what passes today.

export const KUBECTL_CATEGORIES = [
  /** Well-formed lines on objects that exist: verbs, kinds, flags as documented. */
  'kubectl-valid',
  /** Names that are JavaScript words (__proto__, constructor…), unicode, empty, huge. */
  'kubectl-names',
  /** Flags with wrong values, unknown flags, flags missing their value, repeated flags. */
  'kubectl-flags',
  /** Huge, negative, fractional, exponent and non-numeric numbers where a number goes. */
  'kubectl-numbers',
  /** Random tokens: quotes, escapes, shell operators, control and unicode characters. */
  'kubectl-garbage',
] as const;

export const MANIFEST_CATEGORIES = [
  /** The official examples (fixtures/) applied as they are. */
  'manifest-valid',
  /** A field replaced by a value of another JSON type. */
  'manifest-types',
  /** A field set to null or removed. */
  'manifest-null',
  /** A field replaced by deeply nested arrays or objects (100 … 20,000 levels). */
  'manifest-deep',
  /** A field replaced by a huge array or a huge string. */
  'manifest-huge',
  /** YAML anchors and aliases: shared nodes, merge keys, alias bombs, dangling aliases. */
  'manifest-alias',
  /** `__proto__`, `constructor` and `prototype` keys in any mapping. */
  'manifest-proto',
  /** Strings replaced by unicode: emoji, right-to-left, combining marks, NUL, lone surrogates. */
  'manifest-unicode',
  /** Numbers replaced by huge, negative, fractional, infinite or NaN values. */
  'manifest-numbers',
] as const;

export const FAULT_CATEGORIES = [
  /** Faults of each type on objects that exist, with sensible fields. */
  'faults-valid',
  /** Faults with wrong field types, unknown types, names that are JavaScript words. */
  'faults-bad',
] as const;

export const CATEGORIES = [...KUBECTL_CATEGORIES, ...MANIFEST_CATEGORIES, ...FAULT_CATEGORIES] as const;
export type Category = (typeof CATEGORIES)[number] | 'setup';

export type Step =
  /** A kubectl line; `$pod:N` in it stands for the N-th pod of the default namespace (mod count). */
  | { k: 'kubectl'; cat: Category; line: string; stdin?: string; docs?: number }
  /** cluster.inject(fault); the string `$pod:N` in a field stands for a pod as above. */
  | { k: 'fault'; cat: Category; fault: unknown }
  | { k: 'advance'; ms: number };

export interface Program {
  seed: number;
  /** Steps run before a snapshot is taken; the rest run on the original and on its restored copy. */
  split: number;
  steps: Step[];
}

/** What every program starts from: a Deployment with a Service, a ConfigMap, time to settle. */
export const SETUP: Step[] = [
  { k: 'kubectl', cat: 'setup', line: 'create deployment web --image=nginx:1.14.2 --replicas=2' },
  { k: 'kubectl', cat: 'setup', line: 'expose deployment web --port=80' },
  { k: 'kubectl', cat: 'setup', line: 'create configmap settings --from-literal=mode=loud' },
  { k: 'advance', ms: 20_000 },
];
