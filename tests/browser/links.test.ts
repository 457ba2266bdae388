/** Sharing one answer: the copy-link button, the short link, and landing on the highlighted question. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, launchBrowser } from '../support/browser.ts';
import { pageOf } from '../support/pages.ts';
import { serveStatic } from '../support/static-server.ts';

const root = join(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(join(root, 'sources/anchors.lock.json'), 'utf8')) as Record<string, { page: string }>;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(join(root, 'dist'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('links to one answer', () => {
  it('copies 「问题 — 短链接」 with the keyboard, and the question as a link for rich-text apps, and announces it', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${server.url}${pageOf('restart-policy')}`);
    const meta = page.locator('.kb-meta').nth(2);
    const button = meta.getByRole('button', { name: /^复制链接：/ });
    const question = (await button.getAttribute('aria-label'))!.replace(/^复制链接：/, '');
    const others = () => meta.locator('summary').evaluateAll((all) => all.map((s) => s.getBoundingClientRect().left));
    const before = await others();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => meta.getByRole('status').innerText()).toContain('已复制');
    // The note floats: 高频 and 出处 beside the button stay where they were.
    expect(await others()).toEqual(before);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^${question.replace(/[?？()（）.*+]/g, '\\$&')} — ${server.url}q/[a-z0-9-]+/$`));
    const anchor = /\/q\/([a-z0-9-]+)\/$/.exec(copied)![1]!;
    expect(lock[anchor]?.page).toBe(`/${pageOf('restart-policy')}`);
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item!.types.includes('text/html') ? (await item!.getType('text/html')).text() : '';
    });
    expect(html).toContain(`/q/${anchor}/">${question}</a>`);
    expect(problems.all()).toEqual([]);
    await context.close();
  });

  it('opens a short link on its question, highlighted, whatever the page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const anchor of ['restart-policy', Object.keys(lock).find((a) => lock[a]!.page.startsWith('/storage/'))!]) {
      await page.goto(`${server.url}q/${anchor}/`);
      await page.waitForURL(new RegExp(`${lock[anchor]!.page}#${anchor}$`));
      const heading = page.locator(`[id="${anchor}"]`);
      await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(844 / 2);
      const highlight = await page.evaluate((id) => {
        const wrapper = document.getElementById(id)!.closest('.sl-heading-wrapper')!;
        return getComputedStyle(wrapper).backgroundColor;
      }, anchor);
      expect(highlight).not.toBe('rgba(0, 0, 0, 0)');
      // The tab says which question was shared, not only its topic.
      expect(await page.title()).toMatch(new RegExp(`^${(await heading.innerText()).trim().replace(/[?？()（）.*+]/g, '\\$&')} · `));
    }
    await page.close();
  });

  it("lands a merged question's old short link where its heading's own link lands, highlighted, on a phone and a desktop", async () => {
    const records = JSON.parse(readFileSync(join(root, 'src/data/search.json'), 'utf8')) as { id: string; aliases?: string[] }[];
    const merged = records.filter((r) => r.aliases?.length).slice(0, 3);
    expect(merged.length).toBeGreaterThan(0);
    for (const options of [{ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, { viewport: { width: 1440, height: 900 } }]) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const landing = async (anchor: string, id: string) => {
        await page.goto(`${server.url}q/${anchor}/`);
        await page.waitForURL(new RegExp(`#${anchor}$`));
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        return page.locator(`h3[id="${id}"]`).evaluate((h) => ({
          top: Math.round(h.getBoundingClientRect().top),
          highlighted: getComputedStyle(h.closest('.sl-heading-wrapper')!).backgroundColor !== 'rgba(0, 0, 0, 0)',
        }));
      };
      for (const record of merged) {
        const own = await landing(record.id, record.id);
        const old = await landing(record.aliases![0]!, record.id);
        expect(old, `${record.aliases![0]} → ${record.id}`).toEqual(own);
        expect(old.highlighted).toBe(true);
      }
      await context.close();
    }
  });

  it('paints nothing on a short link before it goes on, and offers the way on by hand if it does not', async () => {
    const page = await browser.newPage();
    // A browser that does not follow the refresh.
    await page.route(`${server.url}q/restart-policy/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
    });
    await page.goto(`${server.url}q/restart-policy/`);
    const fallback = page.locator('body > p');
    expect(await fallback.evaluate((p) => getComputedStyle(p).visibility)).toBe('hidden');
    await expect.poll(() => fallback.evaluate((p) => getComputedStyle(p).visibility), { timeout: 3000 }).toBe('visible');
    expect(await fallback.locator('a').getAttribute('href')).toBe(`${lock['restart-policy']!.page}#restart-policy`);
    await page.close();
  });

  // The 突击版 lays out its lists only near the screen (content-visibility), and loads its later topics when the reader
  // starts reading (scripts/cram-split.ts); a link must still land on its heading.
  it('lands a link to a question far down a long page on its heading, opened or followed on the page, on a phone and a desktop', async () => {
    for (const width of [390, 1440]) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      for (const path of ['frequent/', 'cram/']) {
        await page.goto(`${server.url}${path}`);
        await page.mouse.wheel(0, 1);
        await expect.poll(() => page.locator('[data-cram-part]').count()).toBe(0);
        const ids = await page.$$eval('.sl-markdown-content h3[id]', (hs) => hs.map((h) => h.id));
        const [far, farther] = [ids[Math.floor(ids.length * 0.6)]!, ids[Math.floor(ids.length * 0.9)]!];
        const top = (id: string) => page.locator(`[id="${id}"]`).evaluate((h) => Math.round(h.getBoundingClientRect().top));
        // Followed on the page (as from the table of contents), then opened from another page.
        await page.evaluate((id) => (location.hash = id), far);
        await expect.poll(() => top(far), { message: `${width} ${path}#${far}` }).toBeGreaterThanOrEqual(0);
        expect(await top(far), `${width} ${path}#${far}`).toBeLessThan(200);
        await page.goto(`${server.url}pod/`);
        await page.goto(`${server.url}${path}#${farther}`, { waitUntil: 'load' });
        // The 突击版's entry comes with its topic, and is scrolled to then.
        await expect.poll(() => top(farther), { message: `${width} ${path}#${farther}` }).toBeGreaterThanOrEqual(0);
        // The answers near the screen are drawn in the next frames: the heading must not move with them.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
        const landed = await top(farther);
        expect(landed, `${width} ${path}#${farther}`).toBeGreaterThanOrEqual(0);
        expect(landed, `${width} ${path}#${farther}`).toBeLessThan(200);
      }
      await page.close();
    }
  });

  it('reads a link whose #… a chat app cut mid-character without a script error, and still lands on a whole one', async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    // %E9%95 is the first two bytes of 镜: no character, and decodeURIComponent throws on it.
    for (const path of [`${pageOf('restart-policy')}#%E9%95`, 'cram/#%E9%95']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${server.url}${pageOf('restart-policy')}#restart-policy`);
    await expect.poll(() => page.evaluate(() => document.querySelector('h3#restart-policy')!.getBoundingClientRect().top)).toBeLessThan(200);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('answers a broken address with a Chinese 404 page whose button opens the search', async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    const response = await page.goto(`${server.url}no/such/question/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').first().innerText()).toBe('页面未找到');
    await page.getByRole('button', { name: /搜索题目/ }).click();
    await page.locator('site-search dialog[open] input').fill('探针');
    await page.locator('site-search dialog[open] a.pagefind-ui__result-link').first().waitFor();
    await page
      .locator('main a', { hasText: 'Pod' })
      .first()
      .evaluate((a) => (a as HTMLAnchorElement).pathname)
      .then((p) => expect(p).toBe('/pod/'));
    // The page itself answers 404 on purpose; nothing else may fail.
    expect(problems.all().filter((p) => !p.includes('/no/such/question/'))).toEqual([]);
    await page.close();
  });

  it('searches a stale short link by its words: /q/<anchor>/ of no published question opens the search with them', async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    const response = await page.goto(`${server.url}q/pod-restart-strategy-old/`);
    expect(response?.status()).toBe(404);
    const input = page.locator('site-search dialog[open] input.pagefind-ui__search-input');
    await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toBe('pod restart strategy old');
    await page.locator('site-search dialog[open] a.pagefind-ui__result-link').first().waitFor();
    expect(problems.all().filter((p) => !p.includes('/q/pod-restart-strategy-old/'))).toEqual([]);
    await page.close();
  });
});
