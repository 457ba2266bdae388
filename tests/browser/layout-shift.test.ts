/**
 * Cold loads in Chromium: a page arriving slowly is painted before all of it has come, and what
 * is painted then must not move later, nor show the browser's own English text. The server here
 * holds every page at the points where a partial paint could go wrong (before the content column,
 * inside a sidebar group), lets Chromium paint, then sends the rest.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const dist = join(import.meta.dirname, '../../dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** One page of each type. */
const PAGES = ['', 'pod/', 'pod/create/', 'frequent/', 'cram/', 'open/', 'diagrams/rolling-update/light/', 'no-such-page/'];
/**
 * Where a slow network may pause a page: inside the header, just inside a sidebar group, before the
 * content column, and halfway through the page (`@0.5`).
 */
const STALLS = ['<starlight-theme-select', '<details', '<div class="main-pane', '@0.5'];

let server: Server;
let url = '';
let browser: Browser;
/** The pause of the page being loaded: released by the test once Chromium has painted what came. */
let release: () => void = () => {};
let stalled: Promise<void> = Promise.resolve();

beforeAll(async () => {
  server = createServer((req, res) => {
    const stall = new URL(req.url ?? '/', 'http://x').searchParams.get('stall');
    let file = join(dist, normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(dist, '404.html');
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    const body = readFileSync(file);
    const at = stall === null ? -1 : stall.startsWith('@') ? Math.floor(body.length * Number(stall.slice(1))) : body.indexOf(stall);
    if (at < 0) {
      if (stall === null) return void res.end(body);
      // A page without this point loads at once.
      release = () => {};
      stalled = Promise.resolve();
      return void res.end(body);
    }
    // A marker: up to and including its tag, so the element is open but its children have not come. A point in
    // the page: up to the end of the block there, so what is painted is whole blocks (a line whose rest has not come
    // settles by a fraction of a pixel when it does, which is not the page moving).
    const end = stall!.startsWith('@') ? /<\/(?:p|li|ul|ol|div|pre|figure|h[1-6])>/g : />/g;
    end.lastIndex = at;
    // Latin-1 reads one character per byte, so the match's offsets are the body's.
    const next = end.exec(body.toString('latin1'));
    const cut = next ? next.index + next[0].length : body.length;
    res.write(body.subarray(0, cut));
    let done!: () => void;
    stalled = new Promise((resolve) => (done = resolve));
    release = () => {
      res.end(body.subarray(cut));
      done();
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Layout shifts of the page, as Chromium reports them to web-vitals (not after input). */
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { kbShifts: { value: number; sources: string[] }[] }).kbShifts.filter((s) => s.value > 0));
/**
 * Below this a load's shifts are a line settling by a fraction of a pixel: the parser, when the machine is busy, may
 * yield (and Chromium paint) in the middle of a line, whose last word or icon then moves when the rest of the line
 * comes. Lighthouse shows such a page's CLS as 0; a shift a reader sees (the contents drawn across the column was
 * 0.43) is hundreds of times larger.
 */
const SETTLING = 0.0005;

describe('cold loads', () => {
  for (const width of [390, 1440]) {
    it(`move nothing once painted and show no English browser text, every page type at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.addInitScript(() => {
        const found: { value: number; sources: string[] }[] = [];
        (window as unknown as { kbShifts: typeof found }).kbShifts = found;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
            if (!e.hadRecentInput)
              found.push({ value: e.value, sources: e.sources.map((s) => (s.node instanceof Element ? `${s.node.localName}.${s.node.className}` : String(s.node?.nodeName))) });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const path of PAGES) {
        for (const stall of STALLS) {
          const what = `/${path} paused at ${stall}`;
          await page.goto(`${url}${path}?stall=${encodeURIComponent(stall)}`, { waitUntil: 'commit' });
          // Chromium paints what has come during the pause: wait for that paint, then two frames.
          await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          // A group whose summary has not come yet shows the browser's 「Details」.
          const english = await page.evaluate(
            () =>
              [...document.querySelectorAll('details')].filter(
                (d) => !d.querySelector(':scope > summary') && d.getClientRects().length > 0 && getComputedStyle(d).visibility !== 'hidden',
              ).length,
          );
          if (english) failures.push(`${what}: ${english} <details> painted without its summary (「Details」)`);
          release();
          await stalled;
          await page.waitForLoadState('load');
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const moved = await shifts(page);
          if (moved.reduce((n, s) => n + s.value, 0) >= SETTLING)
            failures.push(`${what}: layout shift ${moved.reduce((n, s) => n + s.value, 0).toFixed(3)} (${[...new Set(moved.flatMap((s) => s.sources))].join(', ')})`);
        }
      }
      expect(failures).toEqual([]);
      await context.close();
    });
  }
});
