/**
 * Reading without a network, in real Chromium on the built site: after one visit the service worker
 * (scripts/offline/integration.ts) has precached the whole site, so that with the context offline and
 * the server stopped, pages, short links, the 404 page and search still answer; a new version of the
 * site is announced and taken on 刷新. The same under BASE_PATH is in base-path.test.ts.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRAM_PDF } from '../../scripts/emit/cram-page.ts';
import { SERVICE_WORKER } from '../../scripts/offline/integration.ts';
import { launchBrowser } from '../support/browser.ts';
import { readOffline, untilPrecached } from '../support/offline.ts';
import { serveStatic } from '../support/static-server.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
let browser: Browser;
/** A first visit precaches about a thousand files one at a time (Workbox's way): room on a busy 2-core machine. */
const PRECACHING = 180_000;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The paths the worker precaches, from the manifest written into sw.js. */
function precached(folder: string): Set<string> {
  return new Set([...readFileSync(join(folder, SERVICE_WORKER), 'utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!));
}

describe('offline reading', () => {
  it('precaches every page and everything search loads, but not the PDF', () => {
    const urls = precached(dist);
    const files = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => join(f.parentPath, f.name).slice(dist.length + 1));
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(500);
    expect(pages.filter((f) => !urls.has(f))).toEqual([]);
    const search = files.filter((f) => /^pagefind\/(?:(?:index|fragment|filter)\/|pagefind(?:-core)?\.js$|kb-|.*\.pf_meta$|wasm\.)/.test(f));
    expect(search.length).toBeGreaterThan(400);
    expect(search.filter((f) => !urls.has(f))).toEqual([]);
    expect(urls.has('404.html') && urls.has('favicon.svg')).toBe(true);
    expect(urls.has(CRAM_PDF)).toBe(false);
    expect([...urls].filter((u) => !files.includes(u))).toEqual([]);
  });

  it(
    'after one visit, opens pages, short links, the 404 page and search results with no network',
    async () => {
      const server = await serveStatic(dist);
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(server.url);
        expect(await untilPrecached(page)).toBe(server.url);
        await expect.poll(() => page.locator('.kb-net__offline').isHidden()).toBe(true);
        await context.setOffline(true);
        // Nothing can come from the network now, whatever the browser's offline emulation covers.
        await server.close();
        await readOffline(page, server.url);
      } finally {
        await context.close();
        await server.close();
      }
    },
    PRECACHING,
  );

  it(
    'says when the site has changed, and 刷新 loads the new version',
    async () => {
      // A copy of the site to change under the reader's feet (no PDF: it is not precached).
      const copy = join(root, 'tmp', 'dist-offline-update');
      rmSync(copy, { recursive: true, force: true });
      cpSync(dist, copy, { recursive: true, filter: (source) => !source.endsWith(CRAM_PDF) });
      const server = await serveStatic(copy);
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      try {
        const page = await context.newPage();
        await page.goto(server.url);
        await untilPrecached(page);
        const note = page.locator('.kb-net__update');
        expect(await note.isHidden()).toBe(true);
        // A new build: any changed file changes the worker's manifest, and so the worker itself.
        writeFileSync(join(copy, SERVICE_WORKER), `${readFileSync(join(copy, SERVICE_WORKER), 'utf8')}\n// a new version\n`);
        await page.reload();
        await note.waitFor({ state: 'visible' });
        expect(await note.textContent()).toContain('网站已更新，刷新后查看新内容');
        // Fixed above the page (nothing moves), in a live region, with a button a finger can hit.
        expect(await note.evaluate((n) => [getComputedStyle(n.parentElement!).position, n.parentElement!.getAttribute('role')])).toEqual(['fixed', 'status']);
        const button = note.getByRole('button', { name: '刷新' });
        const box = (await button.boundingBox())!;
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
        await Promise.all([page.waitForEvent('load'), button.click()]);
        expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).waiting === null)).toBe(true);
        expect(await note.isHidden()).toBe(true);
      } finally {
        await context.close();
        await server.close();
        rmSync(copy, { recursive: true, force: true });
      }
    },
    PRECACHING,
  );
});
