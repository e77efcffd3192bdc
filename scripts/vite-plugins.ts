/**
 * Build-only Vite plugins: the Content-Security-Policy meta tag (the dev server needs its inline
 * preamble, so the policy goes into the built page only) and a small precaching service worker.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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
      // the manifests of every language (public/manifest.webmanifest, public/manifest.<code>.webmanifest) and the icons
      const publicFiles = [...readdirSync('public').filter((f) => f.endsWith('.webmanifest')).sort(), 'icon.svg', 'icon-192.png', 'icon-512.png'];
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

/**
 * Short message ids in the built files. The code names each text by a readable id
 * ('form.petitionStatus.labelFor'), and each catalog maps the ids to texts; in the built page both
 * sides use a short id instead ('3f'), as Lingui's macros do with hashed ids: the ids are about a
 * third of the first page's catalogs and are repeated in the code. The ids are the English catalogs'
 * (src/locales/en/*.json, the reference), numbered in order; a string equal to an id is replaced only
 * when quoted whole. The dev server and the tests keep the readable ids.
 */
export function shortMessageIds(): Plugin {
  const short = new Map<string, string>();
  // quoted whole, also inside a JSON string (\"form.x\"), as a compiled catalog holds it
  const ID = /(\\?[`"'])((?:chrome|app|form|result|rules)\.[A-Za-z0-9_.-]+)\1/g;
  return {
    name: 'refusal-explainer:short-message-ids',
    apply: 'build',
    buildStart() {
      const ids = readdirSync('src/locales/en')
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => Object.keys(JSON.parse(readFileSync(`src/locales/en/${f}`, 'utf8')) as Record<string, string>))
        .sort();
      short.clear();
      ids.forEach((id, i) => short.set(id, i.toString(36)));
    },
    renderChunk(code) {
      if (!ID.test(code)) return null;
      ID.lastIndex = 0;
      return { code: code.replace(ID, (whole, quote: string, id: string) => (short.has(id) ? `${quote}${short.get(id)}${quote}` : whole)), map: null };
    },
  };
}
