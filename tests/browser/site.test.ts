/**
 * The built site in dist/ as a reader meets it in Chromium: the home page's topic cards, a topic
 * page's table of contents, search, a clean console, and a phone-sized screen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, launchBrowser, type PageProblems } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { SITE_NAME } from '../../src/site-config.ts';

const dist = join(import.meta.dirname, '../../dist');
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/data/manifest.json'), 'utf8')) as { units: { page: string; status?: string }[] };
const TOPIC_PATHS = [
  '/architecture/',
  '/etcd/',
  '/pod/',
  '/workloads/',
  '/scheduling/',
  '/service/',
  '/network/',
  '/storage/',
  '/security/',
  '/istio/',
  '/observability/',
  '/operations/',
];

let server: { url: string; close: () => Promise<void> } | undefined;
let browser: Browser | undefined;

/** Opens a page of the built site, with its console and page errors recorded from the first byte. */
async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser!.newPage(options);
  const problems = collectProblems(page);
  await page.goto(new URL(path.replace(/^\//, ''), server!.url).href, { waitUntil: 'networkidle' });
  return { page, problems };
}

/** The question headings of the page's article: every h3 with an id inside the Markdown content. */
function questionHeadings(page: Page): Promise<{ id: string; text: string }[]> {
  return page.locator('.sl-markdown-content h3[id]').evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: (h as HTMLElement).innerText.trim() })));
}

describe('the built site in Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
    server = await serveStatic(dist);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('home page: Chinese, titled, with one card per topic that links to it and shows its question count', async () => {
    const { page } = await open('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect(page.title()).resolves.toBe(`Kubernetes 面试题，按主题整理 | ${SITE_NAME}`);
    const h1 = page.locator('h1');
    expect(await h1.count()).toBe(1);
    expect(await h1.isVisible()).toBe(true);
    expect((await h1.innerText()).trim()).toBe('Kubernetes 面试题，按主题整理');

    const allCards = await page.locator('.sl-markdown-content .sl-link-card').evaluateAll((els) =>
      els.map((card) => {
        const link = card.querySelector('a');
        const box = card.getBoundingClientRect();
        return {
          path: link ? new URL(link.href).pathname : '',
          title: (card.querySelector('.title') as HTMLElement | null)?.innerText.trim() ?? '',
          description: (card.querySelector('.description') as HTMLElement | null)?.innerText.trim() ?? '',
          visible: box.width > 0 && box.height > 0,
        };
      }),
    );
    // First the entry points (高频题, 突击版, and 待补充 while some question has no answer), then one card per topic.
    const entries = ['/frequent/', '/cram/', ...(manifest.units.some((u) => u.status === 'unanswered') ? ['/open/'] : [])];
    expect(allCards.slice(0, entries.length).map((c) => c.path)).toEqual(entries);
    const cards = allCards.slice(entries.length);
    expect(cards.map((c) => c.path)).toEqual(TOPIC_PATHS);
    for (const card of cards) {
      expect(card.visible, card.path).toBe(true);
      expect(card.title, card.path).not.toBe('');
      expect(card.description, card.path).toMatch(/^[1-9]\d* 道题 · \S/);
    }

    // The counts are true: each card's number is the number of questions on its page, and they add up
    // to the total the hero promises.
    let sum = 0;
    for (const card of cards) {
      const count = Number(/^(\d+) 道题/.exec(card.description)![1]);
      sum += count;
      await page.goto(new URL(card.path.slice(1), server!.url).href);
      // A topic past the page budget is an index of its groups' pages, one entry per question.
      const shown = (await questionHeadings(page)).length || (await page.locator('.sl-markdown-content li > a').count());
      expect(shown, `${card.path}: card says ${count}`).toBe(count);
    }
    await page.goto(server!.url);
    await expect(page.locator('.hero .tagline').innerText()).resolves.toContain(`${sum} 道 Kubernetes 面试题`);
    await page.close();
  });

  it('a page of questions: the 本页内容 table of contents lists its groups and question headings, and a click scrolls to one', async () => {
    // The page with the most questions: a topic's, or one of its groups' once the topic is split.
    const counts = new Map<string, number>();
    for (const { page: path } of manifest.units) counts.set(path, (counts.get(path) ?? 0) + 1);
    const longest = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const { page } = await open(longest);
    const headings = await questionHeadings(page);
    expect(headings.length).toBeGreaterThan(5);

    const toc = page.locator('starlight-toc nav');
    expect(await toc.isVisible()).toBe(true);
    expect((await toc.locator('h2').innerText()).trim()).toBe('本页内容');
    const entries = await toc.locator('a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a as HTMLElement).innerText.trim() })));
    // Two levels: each group of the page shown as a heading, then its questions in reading order. A group's own page
    // shows no group heading (its title names the group: a heading would only say it again), and lists its questions.
    const groups = entries.filter((e) => e.href.startsWith('#group-'));
    const groupHeadings = await page.locator('.sl-markdown-content h2[id^="group-"]:not(.sr-only)').evaluateAll((hs) => hs.map((h) => (h as HTMLElement).innerText.trim()));
    expect(groups.map((g) => g.text)).toEqual(groupHeadings);
    const title = await page.locator('h1').innerText();
    const shown = await page
      .locator('.sl-markdown-content h2')
      .evaluateAll((hs) => hs.filter((h) => h.getBoundingClientRect().width > 1).map((h) => (h as HTMLElement).innerText.trim()));
    for (const heading of shown) expect(title, heading).not.toContain(heading);
    const questions = entries.filter((e) => e.href !== '#_top' && !e.href.startsWith('#group-'));
    expect(questions).toEqual(headings.map((h) => ({ href: `#${h.id}`, text: h.text })));
    // Under their group headings; on a page without them (a group's own), beside 概述, not under it.
    const nested = await toc.locator('ul ul a[href^="#"]').count();
    expect(nested).toBe(groups.length > 0 ? questions.length : 0);

    // A question well down the page: clicking it brings its heading to the top, readable below the header.
    const target = headings[Math.floor(headings.length / 2)]!;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await toc.locator(`a[href="#${target.id}"]`).click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#${target.id}`);
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const heading = document.getElementById(id)!;
          const box = heading.getBoundingClientRect();
          const atPoint = document.elementFromPoint(box.left + Math.min(20, box.width / 2), box.top + box.height / 2);
          return {
            scrolled: window.scrollY > 0,
            nearTop: box.top >= 0 && box.bottom <= window.innerHeight / 3,
            uncovered: atPoint !== null && heading.contains(atPoint),
          };
        }, target.id),
      )
      .toEqual({ scrolled: true, nearTop: true, uncovered: true });
    await expect.poll(() => toc.locator('a[aria-current="true"]').getAttribute('href')).toBe(`#${target.id}`);
    await page.close();
  });

  it('search: the header search dialog finds 探针 and a result leads to that question on its topic page', async () => {
    const { page, problems } = await open('/');
    const button = page.locator('site-search button[data-open-modal]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    const dialog = page.locator('site-search dialog[open]');
    const input = dialog.locator('input.pagefind-ui__search-input');
    await input.fill('探针');

    // Pagefind loads its index asynchronously; each result is one question, linked to its anchor.
    const questionResults = dialog.locator('a.pagefind-ui__result-link');
    await questionResults.first().waitFor({ state: 'visible' });
    const results = await questionResults.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a as HTMLElement).innerText.trim() })));
    expect(results.length, JSON.stringify(results)).toBeGreaterThan(0);
    for (const r of results) expect(r.href, JSON.stringify(results)).toMatch(/^\/[a-z]+\/(?:[a-z0-9-]+\/)?#[a-z0-9-]+$/);
    expect(
      results.some((r) => r.text.includes('探针')),
      JSON.stringify(results),
    ).toBe(true);
    // Results are listed from the query vocabulary first; their excerpts follow with the fragments.
    await expect.poll(async () => (await dialog.locator('.pagefind-ui__result-excerpt mark').allInnerTexts()).join('')).toMatch(/探|针/);
    // The dialog speaks Chinese too, not Pagefind's English defaults.
    expect(await dialog.locator('.pagefind-ui__message').innerText()).toMatch(/^找到 \d+ 个与「探针」相关的结果$/);
    expect(await dialog.innerText()).not.toMatch(/results? for|Clear|Load more/);

    // Following a result lands on that question's heading on its topic page.
    const chosen = results.find((r) => r.text.includes('探针'))!;
    await questionResults
      .and(page.locator(`[href="${chosen.href}"]`))
      .first()
      .click();
    await page.waitForURL(/\/[a-z]+\/(?:[a-z0-9-]+\/)?#[a-z0-9-]+$/);
    const { pathname, hash } = new URL(page.url());
    // The topic page, or the page of its group once the topic is split.
    expect(
      TOPIC_PATHS.some((topic) => pathname.startsWith(topic)),
      pathname,
    ).toBe(true);
    const heading = page.locator(`.sl-markdown-content h3[id="${decodeURIComponent(hash.slice(1))}"]`);
    expect(await heading.count()).toBe(1);
    expect((await heading.innerText()).trim()).toBe(chosen.text);
    await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(720 / 2);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('search: a whole spoken question, which no record holds word for word, still offers its answer first', async () => {
    const { page, problems } = await open('/');
    await page.locator('site-search button[data-open-modal]').click();
    const dialog = page.locator('site-search dialog[open]');
    await dialog.locator('input.pagefind-ui__search-input').fill('pod 怎么发现 service');
    const links = dialog.locator('a.pagefind-ui__result-link');
    await links.first().waitFor({ state: 'visible' });
    const top = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 3);
    expect(
      top.some((href) => href?.endsWith('#service-discovery')),
      JSON.stringify(top),
    ).toBe(true);
    // The questions are listed from the index while their excerpts load; the count and verdict follow.
    await expect.poll(() => dialog.locator('.pagefind-ui__message').innerText()).toMatch(/^找到 \d+ 个与「pod 怎么发现 service」相关的结果$/);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('has no console errors, page errors or failed requests on the home page and /pod/', async () => {
    for (const path of ['/', '/pod/']) {
      const { page, problems } = await open(path);
      // Scroll through the page so anything loaded lazily has loaded too.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(problems.all(), path).toEqual([]);
      await page.close();
    }
  });

  it('fits a 390px-wide phone screen: no sideways scrolling on /pod/ or the home page', async () => {
    const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    for (const path of ['/pod/', '/']) {
      const { page, problems } = await open(path, phone);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.viewport, path).toBe(390);
      expect(widths.scroll, path).toBeLessThanOrEqual(390);
      expect(widths.body, path).toBeLessThanOrEqual(390);
      expect(problems.all(), path).toEqual([]);
      await page.close();
    }
  });
});
