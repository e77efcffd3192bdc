/**
 * Build-only Vite plugins: the Content-Security-Policy meta tag (the dev server needs its inline
 * preamble, so the policy goes into the built page only) and a small precaching service worker.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy for the built page. `frame-ancestors` only works as a header: see public/_headers. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'refusal-explainer:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, before anything the policy must govern.
      handler: (html) => html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
  };
}

/**
 * Emits `sw.js`, which precaches every built file, serves the page from the network when it can
 * (so a new version is picked up on the next visit) and from the cache when offline.
 */
export function serviceWorker(): Plugin {
  return {
    name: 'refusal-explainer:service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map')).sort();
      const publicFiles = ['manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png'];
      const hash = createHash('sha256');
      for (const name of files) {
        const item = bundle[name]!;
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      const version = hash.digest('hex').slice(0, 12);
      const precache = ['./', ...files.filter((f) => f !== 'index.html'), ...publicFiles];
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: swSource(version, precache) });
    },
  };
}

function swSource(version: string, precache: string[]): string {
  return `// Generated at build time. Precaches the app so it works offline after the first visit.
const CACHE = 'refusal-explainer-${version}';
const PRECACHE = ${JSON.stringify(precache)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('refusal-explainer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: network first, so a new version shows on the next visit; the cache when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) caches.open(CACHE).then((cache) => cache.put('./', copy));
          return response;
        })
        .catch(() => caches.open(CACHE).then((cache) => cache.match('./', { ignoreVary: true })).then((r) => r || Response.error())),
    );
    return;
  }
  // Built files have content hashes in their names: the cache first.
  event.respondWith(caches.match(request, { ignoreVary: true }).then((cached) => cached || fetch(request)));
});
`;
}
