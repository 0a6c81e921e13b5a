// Whether this page shows a cluster behind a Kubernetes API instead of the in-page simulation, read
// from the page alone (main.tsx's first screen imports this; nothing else of live/ is fetched unless
// it answers). `npm run serve` marks the index.html it serves with
// `<meta name="podchestra-source" content="served">` (server/static.ts): the page was opened from
// the served cluster. A real cluster's `kubectl proxy --www=dist` serves the build unchanged, so the
// address says it: `?live`. No probe of the origin: the static site never sends a request it does
// not need, and a host that happens to answer `/version` is not taken for a cluster.
export type LiveSourceKind = 'served' | 'live';

export const SOURCE_META = 'podchestra-source';

export function liveSourceFor(doc: Pick<Document, 'querySelector'>, search: string): LiveSourceKind | undefined {
  if (doc.querySelector(`meta[name="${SOURCE_META}"]`)?.getAttribute('content') === 'served') return 'served';
  if (new URLSearchParams(search).has('live')) return 'live';
  return undefined;
}
