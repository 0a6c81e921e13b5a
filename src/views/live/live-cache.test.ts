// The page's copy of an API's objects: a list tells watchers only what changed since the last one
// (a relist after a broken watch must not replay the whole cluster), a watch line one change, and
// the items of a list get the kind and apiVersion the list alone carries.
import { describe, expect, it } from 'vitest';
import type { ClusterEvent } from '../../engine';
import { LiveCache } from './live-cache';
import { WATCHED } from './resources';

const pods = WATCHED.find((r) => r.kind === 'Pod')!;
const pod = (name: string, rv: string) => ({ metadata: { name, namespace: 'default', resourceVersion: rv } });
const told = (cache: LiveCache) => {
  const events: string[] = [];
  cache.watch((e: ClusterEvent) => {
    if ('resource' in e)
      events.push(`${e.type} ${e.resource} ${e.object.metadata.name}${e.previous ? ` (was ${e.previous.metadata.resourceVersion})` : ''}`);
  });
  return events;
};

describe('LiveCache', () => {
  it('tells a relist as the differences from what it held', () => {
    const cache = new LiveCache(WATCHED);
    cache.replace(pods, [pod('a', '1'), pod('b', '1')]);
    const events = told(cache);
    cache.replace(pods, [pod('a', '1'), pod('b', '2'), pod('c', '3')]);
    cache.replace(pods, [pod('b', '2'), pod('c', '3')]);
    expect(events).toEqual(['MODIFIED pods b (was 1)', 'ADDED pods c', 'DELETED pods a (was 1)']);
    expect(cache.list('Pod').map((p) => p.metadata.name)).toEqual(['b', 'c']);
  });

  it('gives list items their kind and apiVersion, and answers get by namespace and name', () => {
    const cache = new LiveCache(WATCHED);
    cache.replace(pods, [pod('a', '1')]);
    expect(cache.get('Pod', 'default', 'a')).toMatchObject({ kind: 'Pod', apiVersion: 'v1' });
    expect(cache.get('Pod', 'other', 'a')).toBeUndefined();
    expect(cache.list('Pod', 'other')).toEqual([]);
    expect(cache.component()).toBeUndefined();
  });

  it('applies watch lines, an ADDED for an object it holds being a modification (a watch resumed over a relist)', () => {
    const cache = new LiveCache(WATCHED);
    const events = told(cache);
    cache.apply(pods, 'ADDED', pod('a', '1'));
    cache.apply(pods, 'ADDED', pod('a', '2'));
    cache.apply(pods, 'DELETED', pod('a', '3'));
    expect(events).toEqual(['ADDED pods a', 'MODIFIED pods a (was 1)', 'DELETED pods a (was 2)']);
    expect(cache.list('Pod')).toEqual([]);
  });

  it('keeps the engine’s time: virtual ms since 2025-01-01, so timestamps read the same', () => {
    const cache = new LiveCache(WATCHED);
    expect(Math.abs(cache.now() - (Date.now() - Date.UTC(2025, 0, 1)))).toBeLessThan(1_000);
  });
});
