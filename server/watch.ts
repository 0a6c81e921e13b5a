// `?watch=true`: a stream of WatchEvents, one JSON object per line over chunked HTTP, as
// kube-apiserver sends them. The stream starts after the requested resourceVersion (410 Gone
// when that version is no longer kept: see event-log.ts), or — with no version or "0" — with a
// synthetic ADDED for every object that exists, as the real "Get State and Start at Most
// Recent"/"Start at Any" semantics do. Selectors filter as the watch cache does: an object that
// stops matching is sent as DELETED, one that starts matching as ADDED. BOOKMARKs are sent
// (allowWatchBookmarks) every few seconds and, with sendInitialEvents=true, after the initial
// events with the k8s.io/initial-events-end annotation.
// A watcher that does not read is dropped once its unsent output passes a bound, as the real
// cacher terminates a watcher whose buffer is full: it never slows the cluster down, and the
// client (a reflector, kubectl -w) sees the stream end and starts again.
// [k8s: staging/src/k8s.io/apiserver/pkg/storage/cacher/cache_watcher.go (filtering, the
//  blocked-watcher timeout), endpoints/handlers/watch.go, api-concepts.md "Semantics for watch"]
import type { ServerResponse } from 'node:http';
import type { KindInfo } from '../src/engine/api/kinds';
import type { KObject } from '../src/engine/objects/types';
import type { EventLog, LoggedEvent } from './event-log';
import { sendStatus, statusError } from './http-util';
import { objectJson } from './json-cache';
import { type IncludeObject, tableRow, columnDefinitions } from './table';

/** Unsent bytes after which a watcher is dropped. */
export const MAX_WATCH_BACKLOG = 8 * 1024 * 1024;
const BOOKMARK_EVERY_MS = 5_000;

export interface WatchOptions {
  info: KindInfo;
  matches: (o: KObject) => boolean;
  /** The objects that exist now, for a watch that starts with them. */
  current: () => KObject[];
  resourceVersion: string | null;
  bookmarks: boolean;
  sendInitialEvents: boolean | null;
  /** Undefined: plain objects; otherwise a Table per event. */
  table?: IncludeObject;
  timeoutSeconds: number;
  now: () => number;
}

let active = 0;
/** Open watch streams (for tests and the bench). */
export function activeWatches(): number {
  return active;
}

export function serveWatch(res: ServerResponse, log: EventLog, opts: WatchOptions): void {
  const { info } = opts;
  const rvText = opts.resourceVersion;
  const fromStart = rvText === null || rvText === '' || rvText === '0';
  let backlog: LoggedEvent[] = [];
  if (!fromStart) {
    const rv = Number(rvText);
    if (!/^\d+$/.test(rvText) || !Number.isSafeInteger(rv)) {
      sendStatus(res, statusError(400, 'BadRequest', `invalid resource version: ${rvText}`));
      return;
    }
    const since = log.since(rv);
    if (!since) {
      // The real answer is a 200 stream whose first event is an ERROR carrying the 410 Status
      // (cacher.Watch answers too-old versions that way); client-go handles both forms.
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' });
      const gone = statusError(410, 'Expired', `too old resource version: ${rv} (${log.oldestWatchable + 1})`);
      res.end(`${JSON.stringify({ type: 'ERROR', object: { ...gone.status, metadata: {} } })}\n`);
      return;
    }
    backlog = since.filter((e) => e.resource === info.resource);
  }
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  active++;
  let closed = false;
  let lastRv = fromStart ? log.revision() : Number(rvText);

  const line = (type: string, o: KObject): string => {
    if (opts.table === undefined) return `{"type":"${type}","object":${objectJson(o)}}\n`;
    const table = {
      kind: 'Table',
      apiVersion: 'meta.k8s.io/v1',
      metadata: { resourceVersion: o.metadata.resourceVersion },
      // Every event carries the columns (the real server sends them with the first): kubectl
      // prints the header once either way.
      columnDefinitions: columnDefinitions(info),
      rows: [tableRow(info, o, opts.now(), opts.table)],
    };
    return `{"type":"${type}","object":${JSON.stringify(table)}}\n`;
  };

  const write = (text: string): void => {
    if (closed) return;
    res.write(text);
    if (res.writableLength > MAX_WATCH_BACKLOG) close(true);
  };

  const deliver = (e: LoggedEvent): void => {
    if (e.resource !== info.resource) return;
    lastRv = e.rv;
    const now = opts.matches(e.object);
    const before = e.previous ? opts.matches(e.previous) : false;
    if (e.type === 'ADDED') {
      if (now) write(line('ADDED', e.object));
    } else if (e.type === 'MODIFIED') {
      if (now && before) write(line('MODIFIED', e.object));
      else if (now) write(line('ADDED', e.object));
      else if (before) write(line('DELETED', e.object));
    } else if (before || now) write(line('DELETED', e.object));
  };

  const bookmark = (annotations?: Record<string, string>): void => {
    const meta = { resourceVersion: String(lastRv), ...(annotations ? { annotations } : {}) };
    write(
      `${JSON.stringify({ type: 'BOOKMARK', object: { kind: info.kind, apiVersion: info.group ? `${info.group}/${info.version}` : info.version, metadata: meta } })}\n`,
    );
  };

  const initial = fromStart && opts.sendInitialEvents !== false;
  if (initial) for (const o of opts.current()) if (opts.matches(o)) write(line('ADDED', o));
  for (const e of backlog) deliver(e);
  if (opts.sendInitialEvents === true && opts.bookmarks) bookmark({ 'k8s.io/initial-events-end': 'true' });

  const unsubscribe = log.subscribe(deliver);
  const ticker = opts.bookmarks ? setInterval(() => bookmark(), BOOKMARK_EVERY_MS) : undefined;
  const timeout = setTimeout(() => close(false), opts.timeoutSeconds * 1000);

  function close(drop: boolean): void {
    if (closed) return;
    closed = true;
    active--;
    unsubscribe();
    if (ticker) clearInterval(ticker);
    clearTimeout(timeout);
    // A dropped watcher's socket is cut: its unsent backlog is released at once.
    if (drop) res.destroy();
    else res.end();
  }
  res.on('close', () => close(false));
}
