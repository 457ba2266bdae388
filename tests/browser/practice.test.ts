/** Practice mode in Chromium: a switch, answers behind 「显示答案」, 全部显示/全部隐藏, progress per page, print, no script. */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, launchBrowser } from '../support/browser.ts';
import { pageOf } from '../support/pages.ts';
import { serveStatic } from '../support/static-server.ts';

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(join(import.meta.dirname, '../../dist'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('practice mode', () => {
  it('hides answers until revealed, one at a time, and remembers the choice on other pages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${server.url}${pageOf('restart-policy')}`);
    const bodies = page.locator('.kb-answer__body');
    expect(await bodies.first().isVisible()).toBe(true);
    const toggle = page.getByRole('switch', { name: /练习模式/ });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');

    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(await bodies.first().isVisible()).toBe(false);
    // Our 要点 are part of the answer: hidden with it, shown with it.
    expect(await page.locator('.kb-points').first().isVisible()).toBe(false);
    const reveal = page.getByRole('button', { name: '显示答案' }).first();
    await reveal.click();
    expect(await bodies.first().isVisible()).toBe(true);
    expect(await page.locator('.kb-points').first().isVisible()).toBe(true);
    expect(await bodies.nth(1).isVisible()).toBe(false);
    expect(await page.locator('.kb-answer__reveal').first().getAttribute('aria-expanded')).toBe('true');

    await page.goto(`${server.url}${pageOf('service-types')}`);
    const again = page.getByRole('switch', { name: /练习模式/ });
    expect(await again.getAttribute('aria-checked')).toBe('true');
    expect(await page.locator('.kb-answer__body').first().isVisible()).toBe(false);
    await again.click();
    expect(await page.locator('.kb-answer__body').first().isVisible()).toBe(true);
    expect(problems.all()).toEqual([]);
    await context.close();
  });

  it('always shows the answer a link points at, practice mode or not, and says practice mode is on with a chip that turns it off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${server.url}${pageOf('rolling-update')}`);
    await page.getByRole('switch', { name: /练习模式/ }).click();
    const chip = page.locator('.kb-practice-chip');
    expect(await chip.isVisible()).toBe(true);
    expect(await chip.innerText()).toMatch(/练习模式\s*·\s*已看 0\/\d+\s*关闭/);
    // A teammate's link to one question, opened in practice mode: that answer shows, the others stay hidden.
    await page.goto(`${server.url}q/restart-policy/`);
    await page.waitForURL(/#restart-policy$/);
    const linked = page.locator('h3#restart-policy').locator('xpath=ancestor::div[contains(@class,"sl-heading-wrapper")]/following-sibling::div[contains(@class,"kb-answer")][1]');
    await expect.poll(() => linked.locator('.kb-answer__body').isVisible()).toBe(true);
    expect(await page.locator('.kb-answer:not([data-revealed]) .kb-answer__body').first().isVisible()).toBe(false);
    expect(await page.getByRole('switch', { name: /练习模式/ }).getAttribute('aria-checked')).toBe('true');
    expect(await chip.innerText()).toMatch(/已看 1\/\d+/);
    // The chip's 关闭 ends practice mode from wherever the reader is.
    await chip.getByRole('button', { name: '关闭' }).click();
    expect(await chip.isVisible()).toBe(false);
    expect(await page.locator('.kb-answer__body').nth(1).isVisible()).toBe(true);
    expect(problems.all()).toEqual([]);
    await context.close();
  });

  it('lets the last line of a page be scrolled clear of the practice chip and back-to-top, on a phone and a desktop', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1440, height: 900 },
    ]) {
      const context = await browser.newContext({ viewport, hasTouch: viewport.width < 800, isMobile: viewport.width < 800 });
      await context.addInitScript(() => localStorage.setItem('kb-practice', 'on'));
      const page = await context.newPage();
      for (const path of [pageOf('rolling-update'), 'frequent/']) {
        await page.goto(`${server.url}${path}`);
        const chip = page.locator('.kb-practice-chip');
        expect(await chip.isVisible()).toBe(true);
        // A long page's later topics come once the reader starts reading, before they reach its end.
        await page.mouse.wheel(0, 1);
        await expect.poll(() => page.locator('[data-cram-part]').count()).toBe(0);
        await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        expect(await page.locator('.kb-top').isVisible()).toBe(true);
        for (const control of ['.kb-practice-chip', '.kb-top']) {
          // Every line of text the reader can see at the end of the page, and how far the last one ends above the control.
          const { covered, room } = await page.evaluate((control) => {
            const box = document.querySelector(control)!.getBoundingClientRect();
            const lines = [...document.querySelectorAll('main *')]
              .filter(
                (el) =>
                  el.children.length === 0 &&
                  el.textContent!.trim() &&
                  !el.closest('.kb-practice-chip, .kb-top, .kb-net, details:not([open]) > :not(summary)') &&
                  el.checkVisibility({ visibilityProperty: true }),
              )
              .map((el) => ({ text: el.textContent!.trim().slice(0, 20), ...el.getBoundingClientRect().toJSON() }))
              .filter((r) => r.width > 0 && r.right > box.left && r.left < box.right);
            return {
              covered: lines.filter((r) => r.bottom > box.top && r.top < box.bottom).map((r) => r.text),
              room: Math.min(...lines.map((r) => box.top - r.bottom).filter((d) => d > -box.height)),
            };
          }, control);
          const what = `${path} at ${viewport.width} px, ${control}`;
          expect(covered, what).toEqual([]);
          // Clear of it by a line's gap, not touching its shadow.
          expect(room, what).toBeGreaterThanOrEqual(16);
        }
      }
      await context.close();
    }
  });

  it('shows or hides every answer at once and counts what the reader has seen, per page, across visits', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${pageOf('rolling-update')}`);
    await page.getByRole('switch', { name: /练习模式/ }).click();
    const total = await page.locator('.kb-answer').count();
    const progress = page.locator('.kb-practice__progress');
    expect(await progress.innerText()).toBe(`已看 0/${total}`);
    await page.getByRole('button', { name: '显示答案' }).nth(0).click();
    await page.getByRole('button', { name: '显示答案' }).nth(0).click();
    expect(await progress.innerText()).toBe(`已看 2/${total}`);

    await page.reload();
    expect(await page.locator('.kb-practice__progress').innerText()).toBe(`已看 2/${total}`);
    await page.getByRole('button', { name: '全部显示' }).click();
    expect(await page.locator('.kb-answer__body:visible').count()).toBe(total);
    expect(await page.locator('.kb-practice__progress').innerText()).toBe(`已看 ${total}/${total}`);
    await page.getByRole('button', { name: '全部隐藏' }).click();
    expect(await page.locator('.kb-answer__body:visible').count()).toBe(0);

    // Progress belongs to its page.
    await page.goto(`${server.url}${pageOf('restart-policy')}`);
    expect(await page.locator('.kb-practice__progress').innerText()).toMatch(/^已看 0\/\d+$/);
    await page.goto(`${server.url}${pageOf('rolling-update')}`);
    await page.getByRole('button', { name: '重新开始' }).click();
    expect(await page.locator('.kb-practice__progress').innerText()).toBe(`已看 0/${total}`);
    await context.close();
  });

  it('is on 高频题 too, where every topic shows its most-asked questions with their answers', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}frequent/`);
    const topics = await page.locator('main h2').allInnerTexts();
    expect(topics.length).toBeGreaterThanOrEqual(10);
    for (const topic of ['Service 与服务发现', '网络', '存储']) expect(topics).toContain(topic);
    await page.getByRole('switch', { name: /练习模式/ }).click();
    expect(await page.locator('.kb-answer__body:visible').count()).toBe(0);
    await page.getByRole('button', { name: '显示答案' }).first().click();
    expect(await page.locator('.kb-practice__progress').innerText()).toMatch(/^已看 1\/\d+$/);
    await page.close();
  });

  it('counts and reveals on 高频题 the questions of its later topics, which come once the reader starts reading, 全部显示 included', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('kb-practice', 'on'));
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${server.url}frequent/`);
    const parts = page.locator('[data-cram-part]');
    expect(await parts.count()).toBeGreaterThan(0);
    const progress = page.locator('.kb-practice__progress');
    const total = Number(/\/(\d+)$/.exec(await progress.innerText())![1]);
    // Before they come: the page's own questions and those still to come, whose placeholders say how many.
    const expected = (await page.locator('.kb-answer').count()) + (await parts.evaluateAll((slots) => slots.reduce((n, s) => n + Number((s as HTMLElement).dataset.questions), 0)));
    expect(total).toBe(expected);
    await page.mouse.wheel(0, 1);
    await expect.poll(() => parts.count()).toBe(0);
    expect(await page.locator('.kb-answer').count()).toBe(total);
    // A later topic's answer is hidden in practice mode, revealed by its button, and counted.
    const last = page.locator('.kb-answer').last();
    expect(await last.locator('.kb-answer__body').isVisible()).toBe(false);
    await last.locator('.kb-answer__reveal').click();
    expect(await last.locator('.kb-answer__body').isVisible()).toBe(true);
    expect(await progress.innerText()).toBe(`已看 1/${total}`);
    // Counted again on the next visit, before its topic has come.
    await page.reload();
    expect(await parts.count()).toBeGreaterThan(0);
    expect(await progress.innerText()).toBe(`已看 1/${total}`);
    // 全部显示 before they come reaches them when they come, and leaves hidden an answer the reader hid since.
    await page.getByRole('button', { name: '全部显示' }).click();
    const first = page.locator('.kb-answer').first();
    await first.locator('.kb-answer__reveal').click();
    expect(await first.locator('.kb-answer__body').isVisible()).toBe(false);
    await page.mouse.wheel(0, 1);
    await expect.poll(() => parts.count()).toBe(0);
    expect(await page.locator('.kb-answer:not([data-revealed])').count()).toBe(1);
    expect(await first.locator('.kb-answer__body').isVisible()).toBe(false);
    expect(await progress.innerText()).toBe(`已看 ${total}/${total}`);
    // A link to a question of a later topic shows its answer, practice mode or not.
    const id = await page.locator('.sl-markdown-content h3[id]').last().getAttribute('id');
    await page.goto(`${server.url}pod/`);
    await page.goto(`${server.url}frequent/#${id}`);
    await expect.poll(() => page.locator(`[id="${id}"]`).count()).toBe(1);
    const revealed = () =>
      page.evaluate((id) => {
        for (let node = document.getElementById(id)?.closest('.sl-heading-wrapper')?.nextElementSibling; node; node = node.nextElementSibling)
          if (node.matches('.kb-answer')) return node.hasAttribute('data-revealed');
        return false;
      }, id!);
    await expect.poll(revealed).toBe(true);
    // And the tab names the question.
    expect(await page.title()).toMatch(new RegExp(`^${(await page.locator(`[id="${id}"]`).innerText()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
    // The 突击版, of 要点 and links only, has nothing for practice mode to hide or count.
    await page.goto(`${server.url}cram/`);
    expect(await page.locator('.kb-practice-chip').isVisible()).toBe(false);
    expect(problems.all()).toEqual([]);
    await context.close();
  });

  it('prints every answer and no practice controls, even in practice mode', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${pageOf('restart-policy')}`);
    await page.getByRole('switch', { name: /练习模式/ }).click();
    await page.emulateMedia({ media: 'print' });
    const bodies = page.locator('.kb-answer__body');
    const count = await bodies.count();
    for (let i = 0; i < count; i += 5) expect(await bodies.nth(i).isVisible()).toBe(true);
    expect(await page.locator('.kb-answer__reveal:visible').count()).toBe(0);
    expect(await page.locator('.kb-practice').isVisible()).toBe(false);
    await context.close();
  });

  it('prints light whatever the theme: the light drawing of a diagram, 出处 as files and lines, no controls', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const page = await context.newPage();
    await page.goto(`${server.url}${pageOf('rolling-update')}`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const diagram = page.locator('.kb-diagram').first();
    expect(await diagram.locator('img.kb-diagram__theme--light').isVisible()).toBe(true);
    // A dark-theme reader never fetched the light drawing: it loads for paper.
    await expect.poll(() => diagram.locator('img.kb-diagram__theme--light').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await diagram.locator('img.kb-diagram__theme--dark').isVisible()).toBe(false);
    expect(await diagram.locator('a', { hasText: '查看大图' }).first().isVisible()).toBe(false);
    const sources = page.locator('details.kb-sources .kb-tip__text').first();
    expect(await sources.isVisible()).toBe(true);
    expect(await sources.innerText()).toMatch(/第 \d+ 行/);
    expect(await page.locator('.kb-copy').first().isVisible()).toBe(false);
    // The page's ground is white on paper.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('shows every answer, and no practice switch, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${pageOf('restart-policy')}`);
    const bodies = page.locator('.kb-answer__body');
    const count = await bodies.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i += 7) expect(await bodies.nth(i).isVisible()).toBe(true);
    expect(await page.locator('kb-practice-toggle').isVisible()).toBe(false);
    expect(await page.locator('.kb-answer__reveal').first().isVisible()).toBe(false);
    await context.close();
  });
});
