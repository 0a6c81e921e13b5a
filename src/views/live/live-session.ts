// A Session (session/types.ts) whose cluster lives behind a Kubernetes API on the page's own origin:
// the served simulation (`npm run serve`) or a real cluster through `kubectl proxy`. It lists every
// followed kind, then watches the busy ones and lists the rest again every few seconds (resources.ts)
// into a LiveCache, which the same Mirror as the engine's folds into the store: the views draw it
// with no special case. Members that need the in-page engine (rewind, lessons, share links, the
// scheduler's audition, "Why?") answer refusals, as the opening frame's stand-in does.
import { createStore } from 'zustand/vanilla';
import { Mirror } from '../session/mirror';
import { SessionListeners } from '../session/session-listeners';
import type { SourceInfo } from '../session/source';
import type { AppState, ConsoleLine, Session } from '../session/types';
import { KubeClient, type Resource } from './kube-client';
import { LiveCache } from './live-cache';
import { liveActions } from './live-actions';
import { parseGet, runGet } from './live-console';
import { POLL_MS, POLLED, RETRY_MS, WATCHED } from './resources';

const MAX_CONSOLE_LINES = 500;
/** The store is written at most this often (wall ms): a live clock needs no 60 writes a second. */
const FLUSH_EVERY_MS = 100;

export interface LiveOptions {
  /** The API's base URL: the page's own origin. */
  base: string;
  source: SourceInfo;
  /** What the page says it shows (the notice). */
  notice: string;
  /** Aborting it stops following the API (tests; the page stops when it goes). */
  signal?: AbortSignal;
}

const NO_ENGINE = 'this page shows a cluster through its API: there is no in-page engine';

export async function createLiveSession(opts: LiveOptions): Promise<Session> {
  const client = new KubeClient(opts.base);
  const cache = new LiveCache([...WATCHED, ...POLLED]);
  const stop = new AbortController();

  // Everything once before the first draw; a failure here is the page's (said by main.tsx).
  const versions = new Map<Resource, string>();
  await Promise.all(
    [...WATCHED, ...POLLED].map(async (r) => {
      const list = await client.list(r.path, stop.signal);
      cache.replace(r, list.items ?? []);
      versions.set(r, list.metadata?.resourceVersion ?? '0');
    }),
  );

  const store = createStore<AppState>()(() => ({
    now: cache.now(),
    nodes: [],
    pods: [],
    deployments: [],
    replicaSets: [],
    events: [],
    trace: [],
    running: true,
    speed: 1,
    effectiveSpeed: 1,
    seed: 0,
    timelineStart: cache.now(),
    selection: null,
    console: [{ kind: 'comment', text: `# ${opts.notice}` }],
    narration: [],
    notice: opts.notice,
  }));
  const mirror = new Mirror(store);
  mirror.attach(cache);
  const listeners = new SessionListeners((e) => store.setState({ failure: `The page stopped following the cluster: ${String(e)}` }));
  listeners.follow(cache);

  const print = (lines: ConsoleLine[]): void => {
    const next = [...store.getState().console, ...lines];
    store.setState({ console: next.length > MAX_CONSOLE_LINES ? next.slice(-MAX_CONSOLE_LINES) : next });
  };

  /** List then watch, for as long as the page lives: a broken stream resumes, a 410 Gone lists again. */
  const follow = async (r: Resource): Promise<void> => {
    while (!stop.signal.aborted) {
      try {
        let relist = false;
        await client.watch(
          r.path,
          versions.get(r) ?? '0',
          (line) => {
            if (line.type === 'ERROR') relist = true;
            else if (line.type === 'BOOKMARK') versions.set(r, line.object.metadata?.resourceVersion ?? versions.get(r) ?? '0');
            else {
              cache.apply(r, line.type, line.object);
              versions.set(r, line.object.metadata?.resourceVersion ?? versions.get(r) ?? '0');
            }
          },
          stop.signal,
        );
        if (relist) await relistOne(r);
      } catch (e) {
        if (stop.signal.aborted) return;
        lost(e);
        await sleep(RETRY_MS);
        await relistOne(r).then(found, () => undefined);
      }
    }
  };
  // An API that stops answering is said in the notice (the stage would otherwise just freeze), and
  // unsaid once a list succeeds again.
  const lost = (e: unknown): void =>
    store.setState({
      notice: `${opts.notice} The API stopped answering (${e instanceof Error ? e.message : String(e)}); trying again every ${RETRY_MS / 1000} s.`,
    });
  const found = (): void => {
    if (store.getState().notice !== opts.notice) store.setState({ notice: opts.notice });
  };
  const relistOne = async (r: Resource): Promise<void> => {
    const list = await client.list(r.path, stop.signal);
    cache.replace(r, list.items ?? []);
    versions.set(r, list.metadata?.resourceVersion ?? '0');
  };
  for (const r of WATCHED) void follow(r);
  const poll = setInterval(() => {
    for (const r of POLLED) void relistOne(r).then(found, lost);
  }, POLL_MS);

  let sinceFlush = 0;
  const flush = () => {
    sinceFlush = 0;
    mirror.flush();
    listeners.ticked();
  };
  const refused = { stdout: '', stderr: `error: ${NO_ENGINE}\n`, exitCode: 1 };
  const actions = liveActions(client, cache, print, () => undefined);

  const session: Session = {
    store,
    source: opts.source,
    reader: () => cache,
    actions: {
      ...actions,
      ...(opts.source.readOnly ? readOnlyActions(print) : {}),
      select: (selection) => store.setState({ selection }),
      kubectl: (line) => {
        print([
          { kind: 'input', text: `kubectl ${line}` },
          { kind: 'stderr', text: refused.stderr.trim() },
        ]);
        return refused;
      },
      runConsole: (line) => {
        if (!line.trim()) return;
        if (line.trim() === 'clear') return store.setState({ console: [] });
        print([{ kind: 'input', text: line.trim() }]);
        const get = parseGet(line);
        if (get) void runGet(client, get).then(print);
        else
          print([
            {
              kind: 'comment',
              text: '# here this console answers kubectl get only; type the rest in your own terminal (the same cluster)',
            },
          ]);
      },
      stopFollowing: () => undefined,
      askWhy: () => undefined,
      clearWhy: () => store.setState({ why: undefined }),
    },
    cluster: () => {
      throw new Error(NO_ENGINE);
    },
    schedulingTrace: () => undefined,
    tick(wallMs) {
      sinceFlush += wallMs;
      if (sinceFlush >= FLUSH_EVERY_MS) flush();
    },
    read: () => refused,
    advance: () => false,
    flush,
    watch: (listener) => cache.watch(listener),
    onTick: (listener) => listeners.onTick(listener),
    perform: () => refused,
    learnerCommands: () => 0,
    shareState: () => {
      throw new Error(NO_ENGINE);
    },
  };
  const end = () => {
    stop.abort();
    clearInterval(poll);
  };
  opts.signal?.addEventListener('abort', end);
  globalThis.addEventListener?.('pagehide', end);
  return session;
}

/** A read-only source: every write is refused before it is sent, and the console says so. */
function readOnlyActions(print: (lines: ConsoleLine[]) => void) {
  const no = () => print([{ kind: 'comment', text: '# read-only (?live=readonly): this page only watches the cluster' }]);
  return { killPod: no, scale: no, setImage: no, cordon: no, pauseRollout: no, restartRollout: no };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
