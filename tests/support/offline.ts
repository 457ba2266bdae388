import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { collectProblems, searchResultLinks } from './browser.ts';
import { pageOf } from './pages.ts';

/**
 * Waits until the site's service worker controls the page: it is active only once everything it
 * precaches is stored, and it claims the page that registered it. Returns the registration's scope.
 */
export function untilPrecached(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.scope;
  });
}

/**
 * With the network gone (the context offline; the caller also stops the server), what a reader does
 * after one visit, on the page of that visit: is told so, opens another topic page and a `/q/` short
 * link, meets the 404 page at an unknown address, and searches. `site` is the site's root URL, ending in `/`.
 */
export async function readOffline(page: Page, site: string): Promise<void> {
  const problems = collectProblems(page);
  const path = new URL(site).pathname;

  // Said by the page open when the network went. (Chromium's offline emulation stops reaching
  // navigator.onLine once a page navigates, so the note on later pages is left to real devices.)
  await expect.poll(() => page.locator('.kb-net__offline').isVisible()).toBe(true);
  expect(await page.locator('.kb-net__offline').textContent()).toBe('离线浏览中');

  const topic = pageOf('restart-policy');
  await page.goto(`${site}${topic}`);
  await expect.poll(() => page.locator('h3#restart-policy').count()).toBe(1);

  // The short link's page redirects (meta refresh) to its question on its topic page.
  await page.goto(`${site}q/readiness-vs-liveness/`);
  await page.waitForURL((url) => url.hash === '#readiness-vs-liveness');
  expect(new URL(page.url()).pathname).toBe(`${path}${pageOf('readiness-vs-liveness')}`);
  await expect.poll(() => page.locator('h3#readiness-vs-liveness').isVisible()).toBe(true);

  // The 突击版 whole, its later topics (loaded as the reader starts reading) too, though this visit never opened it.
  await page.goto(`${site}cram/`);
  await page.mouse.wheel(0, 1);
  await expect.poll(() => page.locator('[data-cram-part]').count()).toBe(0);
  expect(await page.locator('.sl-markdown-content h3[id]').count()).toBeGreaterThan(300);

  await page.goto(`${site}no-such-page/`);
  await expect.poll(() => page.title()).toMatch(/^页面未找到/);

  const { links, hrefs } = await searchResultLinks(page, '容器挂了会不会自动重启');
  expect(hrefs.slice(0, 3)).toContain(`${path}${topic}#restart-policy`);
  // A result opens offline too.
  await links.first().click();
  await page.waitForURL((url) => url.hash !== '');
  await expect.poll(() => page.locator('h3[id]').count()).toBeGreaterThan(0);

  expect(problems.all()).toEqual([]);
}
