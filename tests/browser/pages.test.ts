/** The real built site in real Chromium: home, a topic page, its table of contents and Chinese search. */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

const TOPICS = ['architecture', 'etcd', 'pod', 'workloads', 'scheduling', 'service', 'network', 'storage', 'security', 'istio', 'observability', 'operations'];

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

describe('the site in Chromium', () => {
  it('opens on a Chinese home page with a card and a question count per topic, without errors', async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Kubernetes 面试知识库');
    for (const topic of TOPICS) {
      const card = page.locator(`main a[href="${topic}/"]`);
      await expect(card.count()).resolves.toBe(1);
      expect(await card.locator('xpath=..').innerText()).toMatch(/\d+ 道题/);
    }
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('shows /pod/ with its questions in the table of contents, and a TOC link brings the question into view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = collectProblems(page);
    await page.goto(`${server.url}pod/`);
    const tocLinks = page.locator('starlight-toc a[href^="#"]');
    expect(await tocLinks.count()).toBeGreaterThan(30);
    const target = page.locator('starlight-toc a[href^="#"]', { hasText: '重启策略' }).first();
    const id = (await target.getAttribute('href'))!.slice(1);
    await target.click();
    await page.waitForFunction((headingId) => {
      const heading = document.getElementById(headingId);
      return heading !== null && Math.abs(heading.getBoundingClientRect().top) < 200;
    }, id);
    expect(await page.locator(`[id="${id}"]`).innerText()).toContain('重启策略');
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('fits a 390 px phone screen without sideways scrolling of the page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}pod/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('finds 探针 questions with the search dialog and opens one on its topic page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = collectProblems(page);
    await page.goto(server.url);
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('dialog[open] input').fill('探针');
    const result = page.locator('dialog[open] .pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 20_000 });
    const titles = await page.locator('dialog[open] .pagefind-ui__result').allInnerTexts();
    expect(titles.join('\n')).toContain('探针');
    const href = await result.getAttribute('href');
    expect(href).toMatch(/\/(pod|architecture|service|scheduling)\//);
    await result.click();
    await page.waitForURL(/\/(pod|architecture|service|scheduling)\//);
    expect(await page.locator('main').innerText()).toContain('探针');
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
