/**
 * After `astro build`: the 突击版 page (dist/cram/) printed to dist/k8s-interview-cram.pdf by the Chromium the
 * project already uses, with a bookmark outline by topic and question. A machine without Chromium still
 * builds the site; the PDF is skipped with a warning (and the page's PDF link then has no file).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CRAM_PDF } from './emit/cram-page.ts';
import { serveStatic } from './lib/static-server.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(dist, 'cram', 'index.html'))) {
  console.error('cram-pdf: dist/cram/index.html is missing: run astro build first');
  process.exit(1);
}
if (!existsSync(executablePath)) {
  console.warn(`cram-pdf: warning: no Chromium at ${executablePath} (set CHROMIUM_PATH): the site is built without ${CRAM_PDF}`);
  process.exit(0);
}
const server = await serveStatic(dist, base);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}cram/`, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const started = Date.now();
  await page.pdf({
    path: join(dist, CRAM_PDF),
    format: 'A4',
    margin: { top: '15mm', bottom: '15mm', left: '14mm', right: '14mm' },
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#666">K8s 面试知识库 · 突击版 · <span class="pageNumber"></span>/<span class="totalPages"></span></div>',
  });
  console.log(`cram-pdf: ${CRAM_PDF} written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
  await server.close();
}
