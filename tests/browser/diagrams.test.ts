/** Diagrams in real Chromium: the visible SVG follows the theme, and phone readers can read the text. */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

/** Which variant of a diagram a reader sees. */
const visibleTheme = (page: Page, name: string) =>
  page.evaluate((n) => {
    const shown = (theme: string) => {
      const svg = document.querySelector(`figure[aria-labelledby="kb-diagram-${n}"] .kb-diagram__theme--${theme} svg`);
      return svg !== null && svg.getBoundingClientRect().width > 0;
    };
    return [shown('light') ? 'light' : '', shown('dark') ? 'dark' : ''].filter(Boolean).join('+');
  }, name);

describe('diagrams in Chromium', () => {
  it('shows exactly one variant, and the theme toggle switches it, without console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = collectProblems(page);
    await page.goto(`${server.url}workloads/`);
    const select = page.locator('starlight-theme-select select').first();
    await select.selectOption('light');
    expect(await visibleTheme(page, 'rolling-update')).toBe('light');
    const fullSize = page.locator('figure[aria-labelledby="kb-diagram-rolling-update"] figcaption a:visible');
    expect(await fullSize.getAttribute('href')).toMatch(/rolling-update\.light\.[^/]*svg$/);
    await select.selectOption('dark');
    expect(await visibleTheme(page, 'rolling-update')).toBe('dark');
    // 查看大图 opens the variant the reader is looking at.
    expect(await fullSize.count()).toBe(1);
    expect(await fullSize.getAttribute('href')).toMatch(/rolling-update\.dark\.[^/]*svg$/);
    expect(await page.locator('figure.kb-diagram figcaption').first().innerText()).toContain('滚动更新');
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('keeps the pod-creation diagrams readable on a 390 px phone: text at least 11 px high, the figure scrolls sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}pod/`);
    for (const name of ['pod-create-kubectl-run', 'pod-create-deployment']) {
      const heights = await page.evaluate((n) => {
        const svg = document.querySelector<SVGSVGElement>(`figure[aria-labelledby="kb-diagram-${n}"] .kb-diagram__theme--light svg`)!;
        return [...svg.querySelectorAll('text, foreignObject div, foreignObject span')]
          .filter((el) => (el.textContent ?? '').trim() !== '')
          .map((el) => parseFloat(getComputedStyle(el).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width));
      }, name);
      expect(heights.length, name).toBeGreaterThan(5);
      expect(Math.min(...heights), name).toBeGreaterThanOrEqual(11);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Phones and macOS hide scroll bars: the caption says that a wide diagram scrolls.
    expect(await page.locator('figure[aria-labelledby="kb-diagram-pod-create-deployment"] figcaption').innerText()).toContain('可左右滚动');
    await page.close();
  });
});
