/**
 * At the end of `astro build`: the 突击版 page (cram/) printed to k8s-interview-cram.pdf beside it by the
 * Chromium the project already uses, with a bookmark outline by topic and question, its links to the answers
 * pointing at the published site. A machine without Chromium still builds the site; the PDF is skipped with a warning.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chromium } from 'playwright-core';
import { CRAM_PDF } from './emit/cram-page.ts';
import { serveStatic } from './lib/static-server.ts';
import { SITE_NAME } from '../src/site-config.ts';

export function cramPdfIntegration(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  return {
    name: 'kb-cram-pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
        if (!existsSync(join(dist, 'cram', 'index.html'))) return;
        if (!existsSync(executablePath)) {
          logger.warn(`no Chromium at ${executablePath} (set CHROMIUM_PATH): the site is built without ${CRAM_PDF}`);
          return;
        }
        const started = Date.now();
        const server = await serveStatic(dist, base.replace(/\/?$/, '/'));
        const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
        try {
          const page = await browser.newPage();
          await page.goto(`${server.url}cram/`, { waitUntil: 'networkidle' });
          // Printed from a server on this machine, a link would keep its address: every link but those within the page
          // (the PDF's own) is given the published one.
          if (site)
            await page.evaluate((published) => {
              for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]'))
                if (!a.getAttribute('href')!.startsWith('#')) a.href = new URL(a.getAttribute('href')!, new URL(location.pathname, published)).href;
            }, site.href);
          await page.emulateMedia({ media: 'print' });
          await page.pdf({
            path: join(dist, CRAM_PDF),
            format: 'A4',
            margin: { top: '15mm', bottom: '15mm', left: '14mm', right: '14mm' },
            outline: true,
            tagged: true,
            displayHeaderFooter: true,
            headerTemplate: '<span></span>',
            footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#666">${SITE_NAME} · 突击版 · <span class="pageNumber"></span>/<span class="totalPages"></span></div>`,
          });
        } finally {
          await browser.close();
          await server.close();
        }
        logger.info(`${CRAM_PDF} printed from cram/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
