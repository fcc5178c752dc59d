// sw.js - the service worker: keeps a copy of the app shell and the wasm core so
// Goalpost opens and works with the network off after the first visit.
//
// The build prepends `self.GOALPOST_BUILD = { version, files }` to this file:
// `files` lists every file of the site (relative to this worker), `version` is a
// hash of their contents. A new build therefore changes this script's bytes, the
// browser installs the new worker, it fills a new cache, and the old cache is
// deleted once no tab uses it any more.
const CACHE_PREFIX = 'goalpost-shell-';
const { version, files } = self.GOALPOST_BUILD;
const CACHE = CACHE_PREFIX + version;
const scope = new URL(self.registration.scope);
const shellUrl = new URL('index.html', scope).href;

self.addEventListener('install', (event) => {
  // `cache: 'reload'` skips the HTTP cache, so the worker never stores a stale
  // file under a new version.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(files.map((file) => new Request(new URL(file, scope), { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    // Take over the tab of the first visit too, so it is offline-ready at once.
    await self.clients.claim();
  })());
});

// The page asks for this when the user agrees to switch to a new version now
// (see registerOffline in src/offline.js); otherwise the new version waits
// until every Goalpost tab is closed, so no tab mixes old and new files.
self.addEventListener('message', (event) => {
  if (event.data === 'goalpost:activate-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  event.respondWith(respond(request, url));
});

/** Cache first: every file of a version is in its cache, so the network is only a fallback. */
async function respond(request, url) {
  const cache = await caches.open(CACHE);
  const isShell = request.mode === 'navigate'
    && (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`);
  const cached = await cache.match(isShell ? shellUrl : request, { ignoreSearch: true });
  return cached ?? fetch(request);
}
