/**
 * Deployable anywhere: the site built under BASE_PATH=/kb/ has no broken internal link or fragment,
 * its short links, 404 page and search results stay under /kb/, and it reads offline with a service
 * worker scoped to /kb/ (here, to reuse this build; the rest of offline reading is offline.test.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, launchBrowser, searchResultLinks } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { readOffline, untilPrecached } from '../support/offline.ts';
import { pageOf } from '../support/pages.ts';
import { serveStatic } from '../support/static-server.ts';

/** The page that shows the question these tests follow: `pod/`, or its group's page once /pod/ is split. */
const restartPage = pageOf('restart-policy');

const root = join(import.meta.dirname, '../..');
const out = join(root, 'tmp', 'dist-kb');
/** Where this build sends 纠错 reports (the default build names none, and shows no 纠错 link). */
const REPORT = 'https://git.example.org/team/kb/issues/new';
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  // Astro alone: the pages `npm test` generated are reused, so no test sees them rewritten mid-run.
  buildSite(root, { BASE_PATH: '/kb/', SITE_URL: 'https://example.org', KB_REPORT_URL: REPORT }, ['--outDir', out], 'build:site');
  server = await serveStatic(out, '/kb/');
});

afterAll(async () => {
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the site built under /kb/', () => {
  it('has no broken internal link or #fragment', async () => {
    const site = server.url.replace(/\/$/, '');
    const result = await new LinkChecker().check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      linksToSkip: async (link) => !link.startsWith(site.replace(/\/kb$/, '')),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent})`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === 'OK').some((l) => l.url.endsWith('/kb/pod/'))).toBe(true);
  });

  it('gives each question a 纠错 link that opens a prefilled issue naming the question and its short link', () => {
    const pod = readFileSync(join(out, restartPage, 'index.html'), 'utf8');
    const hrefs = [...pod.matchAll(/<a class="kb-report[^"]*" href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    expect(hrefs.length).toBe(pod.match(/<h3 id=/g)!.length);
    const report = new URL(hrefs.find((h) => h.includes('restart-policy'))!);
    expect(`${report.origin}${report.pathname}`).toBe(REPORT);
    expect(report.searchParams.get('title')).toBe('纠错：Pod 的重启策略有哪些？');
    expect(report.searchParams.get('body')).toContain('https://example.org/kb/q/restart-policy/');
  });

  it('keeps short links, the 404 page and search records under /kb/', () => {
    expect(readFileSync(join(out, 'q', 'restart-policy', 'index.html'), 'utf8')).toContain(`url=/kb/${restartPage}#restart-policy`);
    expect(readFileSync(join(out, '404.html'), 'utf8')).toContain('href="/kb/pod/"');
    expect(readFileSync(join(out, 'q', 'restart-policy', 'index.html'), 'utf8')).toContain(`data-pagefind-meta="url:/kb/${restartPage}#restart-policy"`);
  });

  it('searches from /kb/: the dialog loads the index under /kb/ and its results open questions under /kb/', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems = collectProblems(page);
      await page.goto(server.url);
      const { hrefs } = await searchResultLinks(page, '容器挂了会不会自动重启');
      for (const href of hrefs) expect(href).toMatch(/^\/kb\/[a-z]+\/(?:[a-z0-9-]+\/)?#[a-z0-9-]+$/);
      expect(hrefs.slice(0, 3)).toContain(`/kb/${restartPage}#restart-policy`);
      expect(problems.all()).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('reads offline after one visit, with its service worker scoped to /kb/', async () => {
    const offline = await serveStatic(out, '/kb/');
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(offline.url);
      expect(new URL(await untilPrecached(page)).pathname).toBe('/kb/');
      await context.setOffline(true);
      await offline.close();
      await readOffline(page, offline.url);
    } finally {
      await browser.close();
      await offline.close();
    }
    // A first visit precaches about a thousand files one at a time.
  }, 180_000);
});
