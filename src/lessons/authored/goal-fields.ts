// The goal kinds a builder lesson may use and each one's parameters, as a table the validator
// and the builder's form both read. A subset of types.ts's Goal: the kinds whose parameters a
// teacher can fill from the live cluster (a selector and count from a Deployment, a node, an
// object). Traffic and trace goals are left out for now (deliberate simplification).
import type { Goal } from '../types';

/** `name`: a non-empty string without control characters; `int`: a whole number 0–10000. */
export type FieldType = 'name' | 'int';
export interface FieldSpec {
  type: FieldType;
  optional?: boolean;
}

export const GOAL_FIELDS = {
  acknowledge: {},
  readyPods: {
    selector: { type: 'name' },
    count: { type: 'int' },
    minNodes: { type: 'int', optional: true },
    namespace: { type: 'name', optional: true },
  },
  podCount: {
    selector: { type: 'name' },
    count: { type: 'int' },
    node: { type: 'name', optional: true },
    namespace: { type: 'name', optional: true },
  },
  podReplaced: { selector: { type: 'name' }, namespace: { type: 'name', optional: true } },
  podRestarted: { selector: { type: 'name' }, minRestarts: { type: 'int', optional: true }, namespace: { type: 'name', optional: true } },
  podPending: { selector: { type: 'name' }, message: { type: 'name', optional: true }, namespace: { type: 'name', optional: true } },
  replacedElsewhere: {
    selector: { type: 'name' },
    node: { type: 'name' },
    count: { type: 'int' },
    namespace: { type: 'name', optional: true },
  },
  deploymentRevision: {
    name: { type: 'name' },
    revision: { type: 'int' },
    image: { type: 'name', optional: true },
    maxUnavailableSeen: { type: 'int', optional: true },
    namespace: { type: 'name', optional: true },
  },
  nodeReady: { node: { type: 'name' } },
  nodeNotReady: { node: { type: 'name' } },
  objectExists: { objectKind: { type: 'name' }, name: { type: 'name' }, namespace: { type: 'name', optional: true } },
} satisfies Partial<Record<Goal['kind'], Record<string, FieldSpec>>>;

export type AuthoredGoalKind = keyof typeof GOAL_FIELDS;
export const AUTHORED_GOAL_KINDS = Object.keys(GOAL_FIELDS) as AuthoredGoalKind[];
/** `all` may combine up to this many goals (one level deep). */
export const MAX_ALL_GOALS = 6;
