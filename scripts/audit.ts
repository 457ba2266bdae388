/**
 * `npm run audit`: Lighthouse (mobile, default settings) on the built site with Debian's Chromium —
 * the four scores, CLS and the page weight for one page of each type,
 * checked against the budgets. A measurement to run by hand or in review, not part of `npm test`.
 */
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './lib/static-server.ts';

const dist = join(import.meta.dirname, '..', 'dist');
/** One page of each type: home, a topic split into its groups (its index, and its heaviest group, with diagrams), the heaviest unsplit topic, 高频题 (every topic's answers), the 突击版, an overview list, a short link's page. */
const ALL_PAGES = ['', 'pod/', 'pod/create/', 'storage/', 'frequent/', 'cram/', 'open/', 'q/restart-policy/'];
/** `npm run audit -- frequent/` audits only the pages named. */
const PAGES = process.argv.length > 2 ? process.argv.slice(2) : ALL_PAGES;
const BUDGET = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const WEIGHT_BUDGET_KB = 150;

// Served gzipped, as any static host would: the budget is for gzip transfer size.
const server = await serveStatic(dist, '/', { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let failed = false;
try {
  for (const page of PAGES) {
    const url = `${server.url}${page}`;
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
  await server.close();
}
process.exit(failed ? 1 : 0);
