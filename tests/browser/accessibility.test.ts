/** axe-core in real Chromium: no accessibility violations on the pages readers use, in both themes. */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from '../support/browser.ts';
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

const PAGES = [
  ['home', ''],
  ['topic with diagrams, 要点 and accuracy notes', pageOf('create-pod')],
  ['diagram page', pageOf('rolling-update')],
  ['高频题', 'frequent/'],
  ['topic with our answers and code blocks', pageOf('apiserver-request-flow')],
  ['topic split into its groups (index)', 'pod/'],
  ['topic with a comparison table', pageOf('configmap-vs-secret')],
  ['笔记来源与勘误 (corrections marked)', 'notes/'],
  ['404', 'no/such/page/'],
] as const;

describe('accessibility (axe)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it.each(PAGES)(`has no violations on the %s page, ${theme} theme`, async (_name, path) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(`${server.url}${path}`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      // Expressive Code makes a code block that scrolls sideways focusable once its script has measured it.
      await page.waitForFunction(() => [...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')));
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
