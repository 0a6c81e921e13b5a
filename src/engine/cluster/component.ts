// What every control-plane and node component gets, and what it must provide.
// The rule that makes snapshots exact: a component keeps all of its own state in its JSON
// `state` slice (or in the store); class fields may only hold caches it can rebuild in start().
import type { ApiServer } from '../api/api-server';
import type { EventRecorder } from '../events/recorder';
import type { Clock } from '../sim/clock';
import type { Rng } from '../sim/rng';
import type { ClusterConfig } from './config';
import type { Fault } from './faults';

export interface ComponentContext {
  api: ApiServer;
  clock: Clock;
  rng: Rng;
  events: EventRecorder;
  config: ClusterConfig;
  /** This component's JSON state: created by `init` on a new cluster, restored from a snapshot otherwise. */
  state<T>(name: string, init: () => T): T;
  /** Registers the handler for one fault type (cluster.inject dispatches here). */
  onFault<F extends Fault['type']>(type: F, handler: (fault: Extract<Fault, { type: F }>) => void): void;
  /** Another component, by name (e.g. kubectl logs reads the kubelets' container logs). */
  component<T extends Component>(name: string): T | undefined;
}

export interface Component {
  readonly name: string;
  /** First start of a new cluster only: create initial objects and schedule first timers. */
  bootstrap?(): void;
  /** Every start, new or restored: register watches and timer handlers, rebuild caches from the store. */
  start(): void;
}

export type ComponentFactory = (ctx: ComponentContext) => Component;
