// What the first screen lists: slug, title, length and a one-line summary per lesson, as plain
// data with no import of lesson content, so the picker renders before any lesson loads. Titles
// match the lessons' own (catalog.test.ts checks). Sorted into the issue's teaching order.
export interface CatalogEntry {
  /** URL slug (`?lesson=<slug>`): a contract with course pages, never renamed. */
  slug: string;
  title: string;
  /** Typical learner wall time at normal speed. */
  minutes: number;
  summary: string;
  /** A scored "keep the show running" scenario rather than a guided lesson. */
  challenge?: boolean;
}

/** The lesson order; challenges (and anything unlisted) follow in entry order. */
export const LESSON_ORDER: readonly string[] = [
  'meet-the-band',
  'mechanics',
  'scheduling',
  'self-healing',
  'crash-loop',
  'node-failure',
  'scaling',
  'autoscaling',
  'load-balancing',
  'rollouts',
  'statefulsets',
  'config-and-secrets',
];

const entries: CatalogEntry[] = [
  {
    slug: 'meet-the-band',
    title: 'Meet the band: what orchestration means',
    minutes: 4,
    summary: 'A tour of the podium (control plane) and the stages (nodes); ask for one more musician.',
  },
  {
    slug: 'mechanics',
    title: 'Mechanics: follow one request through the orchestra',
    minutes: 6,
    summary: 'kubectl → API server → etcd → controllers → scheduler → kubelet → kube-proxy, hop by hop.',
  },
  {
    slug: 'scheduling',
    title: 'Scheduling: finding every musician a seat',
    minutes: 6,
    summary: 'Resource requests, a pod that does not fit (Pending), making room, and cordoning a node.',
  },
  {
    slug: 'self-healing',
    title: 'Self-healing: the band replaces a missing player',
    minutes: 4,
    summary: 'Delete a pod and the ReplicaSet replaces it; a crashed container is restarted.',
  },
  {
    slug: 'crash-loop',
    title: 'Crash loops: a musician who keeps walking off',
    minutes: 6,
    summary: 'Restarts and CrashLoopBackOff (10s, 20s, 40s…), a fix, and a liveness probe at work.',
  },
  {
    slug: 'node-failure',
    title: 'Node failure: a stage goes dark',
    minutes: 7,
    summary: 'NotReady after 50 s, the unreachable taint, eviction after 300 s, replacements elsewhere.',
  },
  {
    slug: 'scaling',
    title: 'Scaling: more players for a louder piece',
    minutes: 4,
    summary: 'Scale a Deployment up (the scheduler spreads the pods), down (who leaves first) and to zero.',
  },
  {
    slug: 'rollouts',
    title: 'Rollouts: a new arrangement, one player at a time',
    minutes: 7,
    summary: 'A rolling update within maxSurge/maxUnavailable, a broken image, and a rollback.',
  },
  // ── H2: lessons B and challenges go here (autoscaling, load-balancing, statefulsets,
  //    config-and-secrets, then the challenges with `challenge: true`). ──
  {
    slug: 'autoscaling',
    title: 'Autoscaling: more players when the crowd roars',
    minutes: 8,
    summary: 'A load surge, kubectl top, an HPA and its arithmetic, and the 5-minute scale-down window.',
  },
  {
    slug: 'load-balancing',
    title: 'Load balancing: the marquee sends the audience to ready players',
    minutes: 5,
    summary: 'Services and endpoints, kube-proxy spreading requests, a failing readiness probe, a pod deleted under traffic.',
  },
  {
    slug: 'statefulsets',
    title: 'StatefulSets: players with names and their own safes',
    minutes: 6,
    summary: 'Stable names in order, a headless Service, one claim per pod, and web-1 coming back with its songs.',
  },
  {
    slug: 'config-and-secrets',
    title: 'ConfigMaps and Secrets: the set list and the pay slips',
    minutes: 5,
    summary: 'A set-list change reaches mounted files but not env vars until a restart; why base64 is not secrecy.',
  },
  {
    slug: 'challenge-node-loss',
    title: 'Challenge: a stage goes dark during the surge',
    minutes: 5,
    summary: 'Serve 99 % of requests while the crowd doubles and node-2 is reclaimed.',
    challenge: true,
  },
  {
    slug: 'challenge-bad-rollout',
    title: 'Challenge: a broken arrangement at peak time',
    minutes: 4,
    summary: 'A bad image is pushed at peak traffic: keep 99 % of requests served.',
    challenge: true,
  },
  {
    slug: 'challenge-crash-storm',
    title: 'Challenge: the crash storm',
    minutes: 4,
    summary: 'Players crash every 30 s: keep 99 % of requests served.',
    challenge: true,
  },
];

function rank(slug: string): number {
  const i = LESSON_ORDER.indexOf(slug);
  return i < 0 ? LESSON_ORDER.length : i;
}

/** Every lesson and challenge in teaching order (Array.prototype.sort is stable). */
export const catalog: readonly CatalogEntry[] = [...entries].sort((a, b) => rank(a.slug) - rank(b.slug));

export function catalogEntry(slug: string): CatalogEntry | undefined {
  return catalog.find((e) => e.slug === slug);
}
