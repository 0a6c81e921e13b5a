// The one interface between a source of cluster state and the views (issue 13, point 4). Views draw
// the store (`AppState`, written by mirror.ts from a `ClusterFeed`) and send `SessionActions`; what
// the store does not mirror they read through a `ClusterReader`. Three sources implement it: the
// in-page engine (session.ts, the default), the engine served by `npm run serve` and any Kubernetes
// API on the page's own origin (both src/views/live/, a lazy chunk fetched only when used).
import type { Cluster, ClusterEvent } from '../../engine';

/**
 * Objects the store does not mirror (a node's Lease, ConfigMaps, claims) and, where the source is
 * the in-page engine, its components (the traffic model, metrics-server, volume data); a source
 * without an engine answers `undefined` for every component, so views must cope without them.
 */
export type ClusterReader = Pick<Cluster, 'now' | 'get' | 'list' | 'component'>;

/** A reader that also tells of every change: what the store's mirror follows. */
export interface ClusterFeed extends ClusterReader {
  watch(listener: (event: ClusterEvent) => void, options?: { metrics?: boolean }): () => void;
}

/** Where the page's cluster lives, said in the page (the notice) and read by views that offer actions. */
export interface SourceInfo {
  /**
   * `engine`: the simulation in this page. `served`: the simulation behind `npm run serve`, through
   * its Kubernetes API (the page was opened from that server). `live`: any Kubernetes API on the
   * page's own origin (`kubectl proxy --www=dist`).
   */
  kind: 'engine' | 'served' | 'live';
  /** Actions are refused here (said in the console); the stage only watches. */
  readOnly: boolean;
}

export const ENGINE_SOURCE: SourceInfo = { kind: 'engine', readOnly: false };
