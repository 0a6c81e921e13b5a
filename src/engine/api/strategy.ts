// Per-kind API behaviour, as the real API server's registry strategies hold it: defaulting,
// admission, validation on create and update, and how status and spec are kept apart.
// Each kind's strategy lives in api/strategies/<kind>.ts and registers itself here.
import type { KObject } from '../objects/types';
import type { Rng } from '../sim/rng';
import type { FieldError } from './errors';
import type { Store } from './store';

export interface StrategyContext {
  store: Store;
  rng: Rng;
  /** Virtual ms. */
  now: number;
  /** On create: the name admission errors use (the generateName prefix when the name is generated). */
  requestName?: string;
}

export interface Strategy {
  /** Fills defaults in place (the versioned defaulters in pkg/apis/<group>/v1/defaults.go). */
  default?(obj: KObject, ctx: StrategyContext): void;
  /** PrepareForUpdate: server-owned spec fields an update derives from the old object (e.g. a DaemonSet's template generation). */
  prepareForUpdate?(obj: KObject, old: KObject, ctx: StrategyContext): void;
  /** Mutating admission on create (e.g. DefaultTolerationSeconds, ServiceAccount). */
  admit?(obj: KObject, ctx: StrategyContext): void;
  /** Validation on create: field errors make a 422. */
  validate?(obj: KObject, ctx: StrategyContext): FieldError[];
  /** Validation on update (immutable fields and the rest of validate). */
  validateUpdate?(obj: KObject, old: KObject, ctx: StrategyContext): FieldError[];
  /**
   * Whether defaulting needs the object's uid (a Job's generated selector names it): the uid is then
   * filled before `default`, as FillObjectMetaSystemFields runs before PrepareForCreate upstream.
   */
  uidBeforeDefault?: boolean;
  /** Whether create keeps a client-supplied status (Nodes do; workloads start empty). */
  keepStatusOnCreate?: boolean;
  /** Resets or fills status on create (e.g. Pod phase Pending). */
  initialStatus?(obj: KObject, ctx: StrategyContext): unknown;
}

const strategies = new Map<string, Strategy>();

export function registerStrategy(kind: string, strategy: Strategy): void {
  strategies.set(kind, strategy);
}

export function strategyFor(kind: string): Strategy {
  return strategies.get(kind) ?? {};
}
