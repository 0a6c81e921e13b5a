// Podchestra's service worker: once the app has loaded, it keeps working offline. Its scope is
// its own folder, so a copy under a course's /k8s/ serves only /k8s/. Hashed files under assets/
// are cache-first (their names change with their content); the page itself is network-first with
// the cached copy as fallback; other same-origin GETs are cached as they pass. Plain JS, no build.
const CACHE = 'podchestra-v1';
const SCOPE = new URL('./', self.location.href);
const ASSETS = new URL('./assets/', SCOPE).href;

/** Everything the build lists in Vite's manifest (lazy chunks too), best effort. */
async function precache() {
  const cache = await caches.open(CACHE);
  await cache.add(SCOPE.href).catch(() => undefined);
  try {
    const res = await fetch(new URL('./.vite/manifest.json', SCOPE), { cache: 'no-cache' });
    if (!res.ok) return;
    const manifest = await res.json();
    const files = new Set();
    for (const chunk of Object.values(manifest)) {
      for (const f of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) if (typeof f === 'string') files.add(f);
    }
    await Promise.all([...files].map((f) => cache.add(new URL(f, SCOPE)).catch(() => undefined)));
  } catch {
    // No manifest published: the files are cached as the page fetches them instead.
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
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
    event.respondWith(networkFirst(request, key));
  } else {
    event.respondWith(networkFirst(request, request));
  }
});
