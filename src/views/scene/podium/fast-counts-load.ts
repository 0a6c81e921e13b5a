// Fetches the podium's fast-time counts (fast-counts.ts, a lazy chunk) at most once, as
// riser-trouble.ts does for a riser's trouble signs; a failed fetch may be retried.
type FastCounts = typeof import('./fast-counts');

let loaded: FastCounts | undefined;
let loading: Promise<FastCounts> | undefined;

/** The counts' module if it has arrived (the frame loop asks every frame; it never waits). */
export function fastCounts(): FastCounts | undefined {
  return loaded;
}

export function loadFastCounts(): Promise<FastCounts> {
  loading ??= import('./fast-counts').then(
    (m) => {
      loaded = m;
      return m;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
