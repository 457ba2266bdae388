/**
 * At the end of `astro build`, once Pagefind's index and the search wrapper are written: a service
 * worker (dist/sw.js, Workbox's generateSW) that precaches every page, the assets and the search
 * index, so that after one visit the whole site, search included, reads without a network. The page
 * side (registration, the update and offline notes) is src/components/Offline.astro.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, type ManifestTransform } from 'workbox-build';
import { CRAM_PDF } from '../emit/cram-page.ts';

/** The worker's file, at the root of the site so that its scope is the whole of BASE_PATH. */
export const SERVICE_WORKER = 'sw.js';

/**
 * What a reader does not need offline, out of everything the build wrote (every page, /q/ short link,
 * 查看大图 and the 404 page, our scripts, styles and icons, Pagefind's index): the 突击版 PDF (5 MB,
 * kept once opened instead), the link preview card (read by chat apps only), the sitemaps, and the
 * Pagefind UI bundles and the web worker our own search dialog does not load (src/search/dialog.ts, scripts/search/integration.ts).
 */
export const NOT_PRECACHED = [CRAM_PDF, 'og.png', 'sitemap-*.xml', 'pagefind/pagefind-{ui,component-ui,modular-ui,highlight}.{js,css}', 'pagefind/pagefind-worker.js'];

/** Files named by their content hash (Astro's bundles, Pagefind's chunks): the name is the revision, which keeps sw.js smaller. */
const HASHED = /^(?:_astro|pagefind\/(?:index|fragment|filter))\/|\.pf_meta$/;

/** The manifest in path order, whatever order the file system lists files in: same sources, same sw.js. */
const sorted: ManifestTransform = (entries) => ({ manifest: [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)) });

/**
 * What `astro dev` serves as sw.js: a worker that removes itself, its caches, and reloads its pages.
 * `astro preview` and `astro dev` share localhost:4321, and a worker left there by a preview would
 * otherwise keep answering the dev server's pages from the built site's cache.
 */
const REMOVE_ITSELF = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  await self.registration.unregister();
  await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  for (const page of await self.clients.matchAll({ type: 'window' })) page.navigate(page.url);
})()));
`;

export function offlineIntegration(base: string): AstroIntegration {
  const scope = base.replace(/\/?$/, '/');
  return {
    name: 'kb-offline',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`${scope}${SERVICE_WORKER}`, (_request, response) => {
          response.setHeader('content-type', 'text/javascript');
          response.end(REMOVE_ITSELF);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: dist,
          globPatterns: ['**/*'],
          globIgnores: NOT_PRECACHED,
          swDest: `${dist}${SERVICE_WORKER}`,
          dontCacheBustURLsMatching: HASHED,
          manifestTransforms: [sorted],
          // /pod/ is the largest page (under 0.5 MB); a file past 2 MB is a mistake to hear about, not to cache.
          maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
          // A static host ignores query strings (/?q=… opens search on the home page; Pagefind adds ?ts=): the file is the same.
          ignoreURLParametersMatching: [/./],
          // One file, no runtime chunk to keep in step; minified, without source maps or timestamps, so that the same sources give the same sw.js.
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cacheId: 'kb',
          cleanupOutdatedCaches: true,
          // The first visit's page is served offline at once; a newer version waits until the reader chooses 刷新.
          clientsClaim: true,
          skipWaiting: false,
          runtimeCaching: [
            // The 突击版 PDF is too large to fetch for every reader; once opened it is kept, the newest while online.
            { urlPattern: /\.pdf$/, handler: 'NetworkFirst', options: { cacheName: 'kb-pdf' } },
            // Any other address: the network answers (a host's own 404 online); offline, the site's 404 page.
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: `${scope}404.html` } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(`offline: ${warning}`);
        if (count === 0) throw new Error(`offline: nothing to precache in ${dist}; run the service worker step after the site and its search index are built`);
        logger.info(`offline: ${SERVICE_WORKER} precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) under ${scope}`);
      },
    },
  };
}
