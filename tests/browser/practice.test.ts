/** Practice mode in Chromium: answers hide behind 「显示答案」, the choice is remembered, and without JavaScript everything shows. */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, launchBrowser } from '../support/browser.ts';
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
    await page.goto(`${server.url}pod/`);
    const bodies = page.locator('.kb-answer__body');
    expect(await bodies.first().isVisible()).toBe(true);

    await page.getByLabel(/练习模式/).check();
    expect(await bodies.first().isVisible()).toBe(false);
    const reveal = page.getByRole('button', { name: '显示答案' }).first();
    await reveal.click();
    expect(await bodies.first().isVisible()).toBe(true);
    expect(await bodies.nth(1).isVisible()).toBe(false);
    expect(await page.locator('.kb-answer__reveal').first().getAttribute('aria-expanded')).toBe('true');

    await page.goto(`${server.url}service/`);
    expect(await page.getByLabel(/练习模式/).isChecked()).toBe(true);
    expect(await page.locator('.kb-answer__body').first().isVisible()).toBe(false);
    await page.getByLabel(/练习模式/).uncheck();
    expect(await page.locator('.kb-answer__body').first().isVisible()).toBe(true);
    expect(problems.all()).toEqual([]);
    await context.close();
  });

  it('shows every answer, and no practice switch, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}pod/`);
    const bodies = page.locator('.kb-answer__body');
    const count = await bodies.count();
    expect(count).toBeGreaterThan(20);
    for (let i = 0; i < count; i += 7) expect(await bodies.nth(i).isVisible()).toBe(true);
    expect(await page.locator('kb-practice-toggle').isVisible()).toBe(false);
    expect(await page.locator('.kb-answer__reveal').first().isVisible()).toBe(false);
    await context.close();
  });
});
