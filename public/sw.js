// Podchestra's service worker: once the app has loaded, it keeps working offline. Its scope is
// its own folder, so a copy under a course's /k8s/ serves only /k8s/. Hashed files under assets/
// are cache-first (their names change with their content); the page itself is network-first with
// the cached copy as fallback; other same-origin GETs are cached as they pass. Plain JS, no build.
const CACHE = 'podchestra-v1';
const SCOPE = new URL('./', self.location.href);
const ASSETS = new URL('./assets/', SCOPE).href;

/**
 * Everything the build lists in Vite's manifest (lazy chunks too), best effort. A new build keeps
 * this worker (sw.js does not change), so this also runs whenever the page is fetched from the
 * network: files of the new build are added and hashed files no build lists any more are dropped,
 * so old versions do not pile up in the cache.
 */
async function precache() {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(new URL('./manifest.json', SCOPE), { cache: 'no-cache' });
    if (!res.ok) return;
    const manifest = await res.json();
    const files = new Set();
    for (const chunk of Object.values(manifest)) {
      for (const f of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])])
        if (typeof f === 'string') files.add(new URL(f, SCOPE).href);
    }
    await Promise.all(
      [...files].map((href) =>
        cache
          .match(href)
          .then((hit) => hit || cache.add(href))
          .catch(() => undefined),
      ),
    );
    for (const request of await cache.keys()) {
      if (request.url.startsWith(ASSETS) && !files.has(request.url)) await cache.delete(request);
    }
  } catch {
    // No manifest published: the files are cached as the page fetches them instead.
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(SCOPE.href))
      .catch(() => undefined)
      .then(precache)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Only our own old versions: other apps on the origin keep their caches.
      for (const key of await caches.keys()) if (key.startsWith('podchestra-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

// The page also sends what it loaded before this worker took control (first visit).
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'podchestra-cache' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => typeof u === 'string' && u.startsWith(SCOPE.href)).slice(0, 200);
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        urls.map((u) =>
          cache
            .match(u)
            .then((hit) => hit || cache.add(u))
            .catch(() => undefined),
        ),
      ),
    ),
  );
});

async function cacheFirst(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) {
    const copy = res.clone();
    caches.open(CACHE).then((c) => c.put(request, copy));
  }
  return res;
}

async function networkFirst(request, key) {
  try {
    const res = await fetch(request);
    if (res.ok) {
      const copy = res.clone();
      await caches.open(CACHE).then((c) => c.put(key, copy));
    }
    return res;
  } catch (e) {
    const hit = await caches.match(key);
    if (hit) return hit;
    throw e;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return;
  if (url.href.startsWith(ASSETS)) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate') {
    // One static page whatever the query (?lesson=…, ?sandbox): keep it under the query-less URL.
    url.search = '';
    url.hash = '';
    const key = url.href === `${SCOPE.href}index.html` ? SCOPE.href : url.href;
    const page = networkFirst(request, key);
    event.respondWith(page);
    // Online: bring the cache in line with the build that page belongs to.
    event.waitUntil(page.then(precache, () => undefined));
  } else {
    event.respondWith(networkFirst(request, request));
  }
});
