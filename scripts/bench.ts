/**
 * `npm run bench`: how long normalising takes, and how much memory, for the real notes and for a
 * synthetic corpus about 100 times larger made from them, the full build, and the bytes a search
 * fetches. A measurement, never a test.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCuration } from './curation/load.ts';
import { diagramNames } from './diagrams/render.ts';
import { AnchorLockSchema } from './emit/anchors.ts';
import { readSources } from './lib/read-sources.ts';
import type { SourceFile } from './lib/types.ts';
import { readEditors } from './editors/read.ts';
import { normalise, unitsOf } from './pipeline.ts';
import { benchScale } from './bench-scale.ts';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const root = join(import.meta.dirname, '..');
const sources = readSources(join(root, 'sources'));
const curationText = readFileSync(join(root, 'sources/curation.yaml'), 'utf8');
const curation = parseCuration(curationText);
// The published anchors, as normalize reads them: curation names questions by them.
const lock = AnchorLockSchema.parse(JSON.parse(readFileSync(join(root, 'sources/anchors.lock.json'), 'utf8')));

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = ['', '', '简述', '请说一下', '面试官问：'];
const SUFFIXES = ['', '', '？', '（经常问）', '？（重点）'];

/** A reworded copy: another prefix or suffix, other punctuation, a paragraph left out or added. */
function perturb(question: string, answer: string, next: () => number): { question: string; answer: string } {
  let chars = [...question.replace(/[?？]$/, '')];
  if (next() < 0.5) chars = chars.map((c) => ({ '，': ',', '、': ',', ',': '，' })[c] ?? c);
  const paragraphs = answer.split('\n\n');
  if (paragraphs.length > 2 && next() < 0.4) paragraphs.splice(Math.floor(next() * paragraphs.length), 1);
  if (next() < 0.3) paragraphs.push(`补充说明 ${Math.floor(next() * 1000)}：${paragraphs[0] ?? ''}`);
  return {
    question: `${PREFIXES[Math.floor(next() * PREFIXES.length)]}${chars.join('')}${SUFFIXES[Math.floor(next() * SUFFIXES.length)]}`,
    answer: paragraphs.join('\n\n'),
  };
}

function syntheticCorpus(copies: number): SourceFile[] {
  const { cleaned } = unitsOf(sources, curation);
  const next = random(42);
  return Array.from({ length: copies }, (_, c) => {
    const text = cleaned
      .map((u) => perturb(u.question, u.answer, next))
      .map(({ question, answer }) => `## ${question.replace(/\n/g, ' ')}\n\n${answer}\n`)
      .join('\n');
    return { file: `synthetic-${String(c).padStart(3, '0')}.md`, lines: text.split('\n') };
  });
}

function measure(label: string, files: readonly SourceFile[], runs: number): void {
  const times: number[] = [];
  let result: ReturnType<typeof normalise> | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = normalise(files, curation, curationText, diagramNames(join(root, 'src/diagrams')), lock, readEditors(join(root, 'sources/editors')));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `${label.padEnd(22)} ${String(result!.stats.units).padStart(6)} units → ${String(result!.stats.questions).padStart(5)} questions   ` +
      `median ${(median / 1000).toFixed(2)} s over ${runs} run(s)   peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

/** Total size of a directory's files, in bytes. */
function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => n + (entry.isDirectory() ? sizeOf(join(dir, entry.name)) : statSync(join(dir, entry.name)).size), 0);
}

const scaleAt = process.argv.indexOf('--scale');
if (scaleAt >= 0) {
  const scale = Number(process.argv[scaleAt + 1]);
  if (!Number.isInteger(scale) || scale < 1) throw new Error('--scale takes a whole number of copies, e.g. npm run bench -- --scale 20');
  await benchScale(scale, async (dist) => {
    const { cold, warm } = await searchBytes(dist);
    return { cold: median(cold), warm: median(warm) };
  });
} else {
  // `--search-only`: the search figures alone, on the dist/ already built.
  const searchOnly = process.argv.includes('--search-only');
  if (!searchOnly) {
    measure('real notes', sources, 5);
    measure('synthetic ×100', [...sources, ...syntheticCorpus(100)], 1);
  }
  if (!searchOnly && !process.argv.includes('--no-build')) {
    const start = performance.now();
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    console.log(
      `full build (normalize + Astro + Pagefind)   ${((performance.now() - start) / 1000).toFixed(1)} s   dist/ ${(sizeOf(join(root, 'dist')) / 1024 / 1024).toFixed(1)} MB`,
    );
  }
  const { cold, warm } = await searchBytes(join(root, 'dist'));
  // The budget for what one query fetches.
  const BUDGET_QUERY_BYTES = 150 * 1024;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `search (${cold.length} queries): first query in a fresh browser median ${kb(median(cold))}, max ${kb(Math.max(...cold))}, ` +
      `${((100 * cold.filter((n) => n <= BUDGET_QUERY_BYTES).length) / cold.length).toFixed(1)}% within ${kb(BUDGET_QUERY_BYTES)}; a further query median ${kb(median(warm))}, max ${kb(Math.max(...warm))}, ` +
      `${((100 * warm.filter((n) => n <= BUDGET_QUERY_BYTES).length) / warm.length).toFixed(1)}% within ${kb(BUDGET_QUERY_BYTES)}`,
  );
  const dialog = await dialogTimes(join(root, 'dist'));
  const s = (ms: readonly number[]) => `median ${(median(ms) / 1000).toFixed(2)} s, max ${(Math.max(...ms) / 1000).toFixed(2)} s`;
  console.log(
    `search dialog on a phone profile (CPU ×4, 9 Mbit/s, 40 ms; ${dialog.first.length} cold loads): first results from opening the dialog ${s(dialog.first)}; ` +
      `after pointing at the button 400 ms before ${s(dialog.intent)}; a further query ${s(dialog.further)}`,
  );
}

/**
 * The time a reader on a slow phone waits in the real search dialog, in a fresh browser each time,
 * served gzipped: from a click on the search button (typing at once) until the first result shows,
 * timed in the page; the same when the pointer rested on the button 400 ms before (the index starts loading on intent);
 * and for a further query typed in the same dialog.
 */
async function dialogTimes(dist: string): Promise<{ first: number[]; intent: number[]; further: number[] }> {
  // A keyword, a spoken question, an interview sentence, an abbreviation, Traditional, a symptom.
  const TIMED = ['restartPolicy', '容器挂了会自动拉起来吗', '谈谈你对 kubernetes 网络模型的理解', 'netpol', '滾動更新', '镜像拉不下来'];
  const server = await serveStatic(dist, '/', { gzip: true });
  const browser = await launchBrowser();
  const first: number[] = [];
  const intent: number[] = [];
  const further: number[] = [];
  try {
    for (const [i, query] of TIMED.entries()) {
      for (const pointed of [false, true]) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        const client = await context.newCDPSession(page);
        await page.goto(`${server.url}pod/`, { waitUntil: 'load' });
        await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await client.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: (9 * 1024 * 1024) / 8, uploadThroughput: (9 * 1024 * 1024) / 8 });
        const button = page.locator('site-search button[data-open-modal]');
        if (pointed) {
          await button.hover();
          await page.waitForTimeout(400);
        }
        // Timed in the page, from the click's event to the frame after the first result is put in the list: the
        // browser driver's own waits (for the button to be still) are not the reader's.
        await page.evaluate(() => {
          const times: { opened?: number; shown?: number } = {};
          (window as unknown as { benchTimes: typeof times }).benchTimes = times;
          document.querySelector('site-search button[data-open-modal]')!.addEventListener('click', () => (times.opened = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (!document.querySelector('site-search dialog a.pagefind-ui__result-link')) return;
            observer.disconnect();
            requestAnimationFrame(() => (times.shown = performance.now()));
          });
          observer.observe(document.querySelector('site-search dialog')!, { childList: true, subtree: true });
        });
        await button.click();
        const dialog = page.locator('site-search dialog');
        await dialog.locator('input.pagefind-ui__search-input').fill(query);
        await dialog.locator('a.pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
        const times = await page.waitForFunction(() => {
          const { opened, shown } = (window as unknown as { benchTimes: { opened?: number; shown?: number } }).benchTimes;
          return opened !== undefined && shown !== undefined && shown - opened;
        });
        (pointed ? intent : first).push((await times.jsonValue()) as number);
        if (pointed) {
          const next = TIMED[(i + 1) % TIMED.length]!;
          // The results shown are marked; the further query's results are the first link without the mark.
          // From the input event to the frame after the first new result, timed in the page as above.
          await dialog.locator('a.pagefind-ui__result-link').evaluateAll((links) => {
            links.forEach((link) => link.setAttribute('data-bench-seen', ''));
            const times: { typed?: number; shown?: number } = {};
            (window as unknown as { benchTimes: typeof times }).benchTimes = times;
            const dialog = document.querySelector('site-search dialog')!;
            dialog.querySelector('input')!.addEventListener('input', () => (times.typed = performance.now()), { once: true });
            const observer = new MutationObserver(() => {
              if (!dialog.querySelector('a.pagefind-ui__result-link:not([data-bench-seen])')) return;
              observer.disconnect();
              requestAnimationFrame(() => (times.shown = performance.now()));
            });
            observer.observe(dialog, { childList: true, subtree: true });
          });
          await dialog.locator('input.pagefind-ui__search-input').fill(next);
          await dialog.locator('a.pagefind-ui__result-link:not([data-bench-seen])').first().waitFor({ timeout: 30_000 });
          const again = await page.waitForFunction(() => {
            const { typed, shown } = (window as unknown as { benchTimes: { typed?: number; shown?: number } }).benchTimes;
            return typed !== undefined && shown !== undefined && shown - typed;
          });
          further.push((await again.jsonValue()) as number);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { first, intent, further };
}

function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/**
 * What a reader's browser fetches for a search, as a static host sends it (text gzipped; Pagefind's
 * index chunks and fragments are compressed already): for every query of both test sets, in a fresh
 * browser (Pagefind's module, its WebAssembly, our query vocabulary, the index chunks and the
 * fragments of the first five results), and what a further query adds once those are cached.
 */
async function searchBytes(dist: string): Promise<{ cold: number[]; warm: number[] }> {
  const queries = [
    ...(parse(readFileSync(join(root, 'tests/fixtures/search-queries.yaml'), 'utf8')) as [string, string][]),
    ...Object.values(parse(readFileSync(join(root, 'tests/fixtures/search-queries-typed.yaml'), 'utf8')) as Record<string, [string, string][]>).flat(),
  ].map(([q]) => q);
  const sent = (path: string) => {
    const body = readFileSync(join(dist, path));
    return /\.(js|json|css|html)$/.test(path) ? gzipSync(body).length : body.length;
  };
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const [i, query] of queries.entries()) {
      // A new page in a cleared cache, as a reader arriving by a link.
      const fetched = new Set<string>();
      const client = await context.newCDPSession(page);
      await client.send('Network.clearBrowserCache');
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/pagefind/')) fetched.add(path);
      });
      await page.goto(server.url);
      const search = `import(location.origin + '/pagefind/pagefind.js').then(async (p) => { await p.init(); const r = await p.search(${JSON.stringify(query)}); await Promise.all(r.results.slice(0, 5).map((x) => x.data())); })`;
      await page.evaluate(search);
      cold.push([...fetched].reduce((n, path) => n + sent(path), 0));
      const before = new Set(fetched);
      // Then another reader's query in the same page: only the index chunks and fragments it adds.
      await page.evaluate(search.replace(JSON.stringify(query), JSON.stringify(queries[(i + 1) % queries.length])));
      warm.push([...fetched].filter((path) => !before.has(path)).reduce((n, path) => n + sent(path), 0));
      page.removeAllListeners('request');
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { cold, warm };
}
