// Lessons (and anything else outside the view store) listen to "the cluster now playing": watches
// that survive rewinds and resets (re-subscribed to each new cluster) and tick listeners told when
// virtual time moved. A listener's error stops the simulation visibly rather than silently.
import type { ClusterEvent } from '../../engine';
import type { ClusterFeed } from './source';

interface SessionWatcher {
  listener: (event: ClusterEvent) => void;
  metrics: boolean;
  unwatch?: () => void;
}

export class SessionListeners {
  private readonly watchers = new Set<SessionWatcher>();
  private readonly ticks = new Set<() => void>();
  private cluster: ClusterFeed | undefined;

  constructor(private readonly onError: (e: unknown) => void) {}

  /** Re-subscribes every watcher to `cluster` (a start, rewind or reset swapped it in). */
  follow(cluster: ClusterFeed): void {
    this.cluster = cluster;
    for (const w of this.watchers) this.subscribe(w);
  }

  watch(listener: (event: ClusterEvent) => void, options?: { metrics?: boolean }): () => void {
    const w: SessionWatcher = { listener, metrics: !!options?.metrics };
    this.watchers.add(w);
    this.subscribe(w);
    return () => {
      w.unwatch?.();
      this.watchers.delete(w);
    };
  }

  onTick(listener: () => void): () => void {
    this.ticks.add(listener);
    return () => void this.ticks.delete(listener);
  }

  ticked(): void {
    for (const l of [...this.ticks]) {
      try {
        l();
      } catch (e) {
        this.onError(e);
      }
    }
  }

  private subscribe(w: SessionWatcher): void {
    w.unwatch?.();
    if (!this.cluster) return;
    w.unwatch = w.metrics ? this.cluster.watch(w.listener, { metrics: true }) : this.cluster.watch(w.listener);
  }
}
