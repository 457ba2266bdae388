/**
 * `npm run audit`: Lighthouse (mobile, default settings) on the built site with Debian's Chromium —
 * the four scores, CLS and the page weight for one page of each type,
 * checked against the budgets. A measurement to run by hand or in review, not part of `npm test`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const dist = join(import.meta.dirname, '..', 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};
/** One page of each type: home, a topic split into its groups (its index, and its heaviest group, with diagrams), the heaviest unsplit topic, 高频题 (every topic's answers), the 突击版, an overview list, a short link's page. */
const ALL_PAGES = ['', 'pod/', 'pod/create/', 'storage/', 'frequent/', 'cram/', 'open/', 'q/restart-policy/'];
/** `npm run audit -- frequent/` audits only the pages named. */
const PAGES = process.argv.length > 2 ? process.argv.slice(2) : ALL_PAGES;
const BUDGET = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const WEIGHT_BUDGET_KB = 150;

const server = createServer((req, res) => {
  let file = join(dist, normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = existsSync(file) && statSync(file).isFile();
  // Served gzipped, as any static host would: the budget is for gzip transfer size.
  res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(found ? file : '.html')] ?? 'application/octet-stream', 'content-encoding': 'gzip' });
  createReadStream(found ? file : join(dist, '404.html'))
    .pipe(createGzip())
    .pipe(res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as { port: number }).port;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let failed = false;
try {
  for (const page of PAGES) {
    const url = `http://127.0.0.1:${port}/${page}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result!.lhr;
    const scores = Object.fromEntries(Object.entries(BUDGET).map(([k]) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)]));
    const weight = Math.round(((lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024) * 10) / 10;
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? 0;
    const misses = [
      ...(cls > 0 ? [`CLS ${cls.toFixed(3)} > 0`] : []),
      ...Object.entries(BUDGET)
        .filter(([k, min]) => scores[k]! < min)
        .map(([k, min]) => `${k} ${scores[k]} < ${min}`),
      ...(weight > WEIGHT_BUDGET_KB ? [`weight ${weight} KB > ${WEIGHT_BUDGET_KB} KB`] : []),
    ];
    failed ||= misses.length > 0;
    console.log(
      `/${page.padEnd(11)} performance ${scores.performance}  accessibility ${scores.accessibility}  best-practices ${scores['best-practices']}  seo ${scores.seo}  CLS ${cls.toFixed(3)}  weight ${weight} KB` +
        (misses.length ? `   OVER BUDGET: ${misses.join(', ')}` : ''),
    );
    // What a missed performance budget is made of.
    if (misses.length)
      console.log(
        `             ${['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index'].map((a) => `${a} ${lhr.audits[a]?.displayValue}`).join('  ')}\n` +
          `             main thread: ${((lhr.audits['mainthread-work-breakdown']?.details as { items?: { groupLabel: string; duration: number }[] })?.items ?? []).map((i) => `${i.groupLabel} ${Math.round(i.duration)} ms`).join(', ')}`,
      );
  }
} finally {
  chrome.kill();
  server.close();
}
process.exit(failed ? 1 : 0);
