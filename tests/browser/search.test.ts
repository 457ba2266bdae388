/**
 * Search quality, measured: realistic queries (tests/fixtures/search-queries.yaml) run through the
 * real Pagefind index of dist/ in real Chromium. Bar: the expected question among the first three
 * results for at least 90% of the queries; the misses are printed.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_FILES } from '../../src/search/bundle.ts';
import { answeredBy } from '../../src/search/match.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

const root = join(import.meta.dirname, '../..');
/** A query and the question it should find, or the questions that answer it equally (an editors' one beside the notes'). */
type Expected = [query: string, anchor: string | string[]];
const queries = parse(readFileSync(join(root, 'tests/fixtures/search-queries.yaml'), 'utf8')) as Expected[];
/** Queries as people type them, by kind (Traditional, English sentences, colloquial, typos). */
const typed = parse(readFileSync(join(root, 'tests/fixtures/search-queries-typed.yaml'), 'utf8')) as Record<string, Expected[]>;
/** Sets written blind, by kind (situations, interview sentences, abbreviations, mixed), with negatives: one per reader. */
const blindSets = [
  'search-queries-blind.yaml',
  'search-queries-blind-2.yaml',
  'search-queries-blind-3.yaml',
  'search-queries-blind-4.yaml',
  'search-queries-blind-5.yaml',
  'search-queries-blind-6.yaml',
].map((file) => parse(readFileSync(join(root, 'tests/fixtures', file), 'utf8')) as Record<string, Expected[]> & { negatives?: string[] });
/**
 * Sets for the verdict alone, each with its negatives, the Kubernetes queries it asks otherwise (every other list), and the
 * few known still claimed or unanswered (the test expects exactly those): written blind, subjects the same interviews
 * hold beside Kubernetes and Kubernetes queries naming them; the developer's own, general questions in everyday words;
 * written blind, the same and Kubernetes asked in everyday words and as situations.
 */
type VerdictSet = Record<string, string[]> & { negatives: string[]; claimed?: string[]; 'known-unanswered'?: string[] };
const verdictSets = ['search-queries-neighbours.yaml', 'search-queries-general.yaml', 'search-queries-blind-verdict.yaml'].map(
  (file) => parse(readFileSync(join(root, 'tests/fixtures', file), 'utf8')) as VerdictSet,
);
/** The lists of a verdict set that a Kubernetes reader asks (not its negatives, nor what is known of them). */
const askedIn = (set: VerdictSet) =>
  Object.entries(set)
    .filter(([key]) => !['negatives', 'claimed', 'known-unanswered', 'kubernetes-in-other-words'].includes(key))
    .flatMap(([, list]) => list)
    .filter((q) => !set['known-unanswered']?.includes(q));
const blindNegatives = [...blindSets.flatMap((set) => set.negatives ?? []), ...verdictSets.flatMap((set) => [...set.negatives, ...(set.claimed ?? [])])];
const blind: Record<string, Expected[]> = {};
for (const { negatives: _, ...set } of blindSets) for (const [kind, expected] of Object.entries(set)) (blind[kind] ??= []).push(...expected);
/** The Latin words some question, other wording or search word names, and the vocabulary's Kubernetes terms: the dialog's verdict reads them (SEARCH_FILES.vocabulary). */
const shipped = JSON.parse(gunzipSync(readFileSync(join(root, 'dist/pagefind', SEARCH_FILES.vocabulary))).toString('utf8')) as {
  words: string[];
  names: string[];
  synonyms?: Record<string, string[]>;
  running?: string[];
};
const askedWords = new Set(shipped.words);
const termNames = new Set(shipped.names);
const anchorsOf = (expected: string | string[]) => (Array.isArray(expected) ? expected : [expected]);
const lock = JSON.parse(readFileSync(join(root, 'sources/anchors.lock.json'), 'utf8')) as Record<string, { home: string }>;
const manifest = JSON.parse(readFileSync(join(root, 'src/data/manifest.json'), 'utf8')) as { units: { at: string; id: string }[] };
/** An anchor, or an old anchor kept as an alias after a merge, to the question it opens now. */
const questionOf = (anchor: string) => manifest.units.find((u) => u.at === lock[anchor]?.home)?.id ?? anchor;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(join(root, 'dist'));
  browser = await launchBrowser();
});

/** The budget for what a query fetches once the search engine is loaded (Pagefind's own chunks fetched up to 360 KB). */
const FURTHER_QUERY_BYTES = 150 * 1024;

/** Loads Pagefind in the page as the search dialog does; a string, so the test runner leaves `import()` alone. */
const LOAD_PAGEFIND = `import(location.origin + '/pagefind/pagefind.js').then(async (p) => { await p.init(); window.__pagefind = p; })`;

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Each test runs a whole query set in one page: minutes, not seconds, on a loaded two-core machine.
describe('search in Chinese and English', { timeout: 240_000 }, () => {
  it('has a query set of realistic size, each expecting a published question', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const [, expected] of queries) for (const anchor of anchorsOf(expected)) expect(Object.keys(lock)).toContain(anchor);
  });

  /**
   * The first three results of each query, as the short links of their questions (pages here live long: no service worker
   * precaching the site beside them), and what each query fetched of the search index and results (Pagefind's files are
   * compressed already), with the eight results the dialog shows.
   */
  async function topThree(qs: readonly string[]): Promise<{ ids: string[][]; bytes: number[] }> {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.goto(server.url);
    await page.evaluate(LOAD_PAGEFIND);
    // Pagefind fetches from its worker; the page's requests include the worker's.
    const fetched = new Set<string>();
    page.on('request', (request) => {
      const path = decodeURIComponent(new URL(request.url()).pathname);
      if (path.startsWith('/pagefind/')) fetched.add(path);
    });
    const urls: string[][] = [];
    const bytes: number[] = [];
    for (const q of qs) {
      fetched.clear();
      const first = await page.evaluate(async (query) => {
        const pagefind = (window as unknown as { __pagefind: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } }).__pagefind;
        const search = await pagefind.search(query);
        const data = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
        return data.slice(0, 3).map((d) => d.url);
      }, q);
      urls.push(first);
      bytes.push([...fetched].reduce((n, path) => n + statSync(join(root, 'dist', path)).size, 0));
    }
    await page.close();
    // A result links to the question's short link, which opens it on its topic page.
    return { ids: urls.map((list) => list.map((url) => url.replace(/^.*\/q\/|\/$/g, '').replace(/^.*#/, ''))), bytes };
  }

  /** hit@1 and hit@3 of a set of queries, printed with its misses. */
  async function measure(name: string, asked: readonly Expected[]) {
    const set = asked.map(([q, expected]) => [q, anchorsOf(expected).map(questionOf)] as const);
    const { ids: top, bytes } = await topThree(set.map(([q]) => q));
    const first = set.filter(([, anchors], i) => anchors.includes(top[i]![0]!)).length;
    const misses = set.flatMap(([q, anchors], i) =>
      anchors.some((a) => top[i]!.includes(a)) ? [] : [`\n  miss: ${q} → #${anchors.join(' #')}; got ${top[i]!.join(', ') || 'nothing'}`],
    );
    if (process.env.SEARCH_DEBUG)
      for (const [i, [q, anchors]] of set.entries())
        if (!anchors.includes(top[i]![0]!) && anchors.some((a) => top[i]!.includes(a))) console.log(`  not first: ${q} → #${anchors.join(' #')}; got ${top[i]!.join(', ')}`);
    const three = set.length - misses.length;
    // After the first query, which also loads the search engine: what a reader's further query costs.
    const further = bytes.slice(1).sort((a, b) => a - b);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `search, ${name}: hit@1 ${first}/${set.length} (${((first / set.length) * 100).toFixed(1)}%), hit@3 ${three}/${set.length} (${((three / set.length) * 100).toFixed(1)}%); ` +
        `a further query fetches ${kb(further[Math.floor(further.length / 2)] ?? 0)} median, ${kb(further.at(-1) ?? 0)} at most${misses.join('')}`,
    );
    expect(further.at(-1) ?? 0, `${name}: the index and results a further query fetches`).toBeLessThanOrEqual(FURTHER_QUERY_BYTES);
    return { hit1: first / set.length, hit3: three / set.length };
  }

  it('offers the expected question first, or among the first three, for keyword queries', async () => {
    const { hit1, hit3 } = await measure('keywords', queries);
    expect(hit3).toBeGreaterThanOrEqual(0.97);
    expect(hit1).toBeGreaterThanOrEqual(0.93);
  });

  it('finds questions typed as people type them: Traditional, English sentences, colloquial, typos, symptoms, interview sentences, abbreviations', async () => {
    const all = Object.values(typed).flat();
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const [, expected] of all) for (const anchor of anchorsOf(expected)) expect(Object.keys(lock)).toContain(anchor);
    const byKind = [];
    for (const [kind, set] of Object.entries(typed)) byKind.push({ kind, ...(await measure(kind, set)) });
    const { hit3 } = await measure('typed, all kinds', all);
    expect(hit3).toBeGreaterThanOrEqual(0.9);
    for (const { kind, hit3: rate } of byKind) expect(rate, kind).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the questions of a set written blind: situations, interview sentences, abbreviations, mixed Chinese and English', async () => {
    const all = Object.values(blind).flat();
    expect(all.length).toBeGreaterThanOrEqual(570);
    for (const [, expected] of all) for (const anchor of anchorsOf(expected)) expect(Object.keys(lock)).toContain(anchor);
    for (const [kind, set] of Object.entries(blind)) await measure(`blind, ${kind}`, set);
    const { hit1, hit3 } = await measure('blind, all kinds', all);
    expect(hit3).toBeGreaterThanOrEqual(0.9);
    expect(hit1).toBeGreaterThanOrEqual(0.8);
  });

  it('presents the results of every query of the eleven sets as answers (but the few known), and those of off-topic queries as the closest questions only', async () => {
    const typedQueries = [
      ...[...Object.values(typed), ...Object.values(blind)].flat().map(([q]) => q),
      ...verdictSets.flatMap((set) => [...askedIn(set), ...(set['known-unanswered'] ?? [])]),
    ];
    const offTopic = [
      '如何做红烧肉',
      'Kafka 分区再平衡',
      'asdfgh',
      '今天天气怎么样',
      'mysql 主从复制',
      'docker compose 怎么写',
      'java 垃圾回收调优',
      'redis 持久化方式',
      ...blindNegatives,
    ];
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.goto(server.url);
    await page.evaluate(LOAD_PAGEFIND);
    // As the dialog judges them: by the words searched for (Simplified, corrected), against the first eight results,
    // as many as it shows at first (src/search/dialog.ts).
    const shown = await page.evaluate(
      async (qs) => {
        type Data = { content: string; meta: { title: string; keywords?: string } };
        type Found = { results: { treats?: boolean; closest?: boolean; data: () => Promise<Data> }[] };
        const pagefind = (window as unknown as { __pagefind: { readQuery: (q: string) => string; outside: (q: string) => boolean; search: (q: string) => Promise<Found> } })
          .__pagefind;
        const out: { read: string; outside: boolean; candidates: { title: string; keywords: string; content: string; treats: boolean; closest: boolean }[] }[] = [];
        for (const q of qs) {
          const first = (await pagefind.search(q)).results.slice(0, 8);
          const data = await Promise.all(first.map((r) => r.data()));
          out.push({
            read: pagefind.readQuery(q),
            outside: pagefind.outside(q),
            candidates: data.map((d, k) => ({
              title: d.meta.title,
              keywords: d.meta.keywords ?? '',
              content: d.content,
              treats: first[k]!.treats === true,
              closest: first[k]!.closest === true,
            })),
          });
        }
        return out;
      },
      [...queries.map(([q]) => q), ...typedQueries, ...offTopic],
    );
    // A result the symptom table names as treating the situation answers it, unless it never names a name the query does; otherwise the words decide.
    const answered = (i: number) =>
      answeredBy(shown[i]!.read || '', shown[i]!.candidates, {
        asked: (word) => askedWords.has(word),
        outside: shown[i]!.outside,
        isTerm: (word) => termNames.has(word),
        forms: (word) => shipped.synonyms?.[word] ?? [],
        running: shipped.running,
      });
    expect.soft(queries.filter((_, i) => !answered(i)).map(([q]) => q)).toEqual([]);
    expect.soft(typedQueries.filter((_, i) => !answered(queries.length + i)).sort()).toEqual(verdictSets.flatMap((set) => set['known-unanswered'] ?? []).sort());
    expect(offTopic.filter((_, i) => answered(queries.length + typedQueries.length + i)).sort()).toEqual(verdictSets.flatMap((set) => set.claimed ?? []).sort());
    await page.close();
  });

  it('says in the result that a question has no answer yet, and labels the glossary words an excerpt may quote', async () => {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.goto(server.url);
    await page.evaluate(LOAD_PAGEFIND);
    // A question still 待补充 says so in its title; one our editors answered no longer does.
    const records = JSON.parse(readFileSync(join(root, 'src/data/search.json'), 'utf8')) as { question: string; unanswered: boolean }[];
    const open = records.find((r) => r.unanswered);
    const asked = open?.question ?? 'etcd 集群节点之间如何同步数据？';
    const [title, excerpts] = await page.evaluate(async (q) => {
      const pagefind = (
        window as unknown as { __pagefind: { search: (q: string) => Promise<{ results: { data: () => Promise<{ excerpt: string; meta: { title: string } }> }[] }> } }
      ).__pagefind;
      const top = async (query: string) => Promise.all((await pagefind.search(query)).results.slice(0, 3).map((r) => r.data()));
      return [(await top(q))[0]!.meta.title, (await top('maxSurge')).map((d) => d.excerpt)];
    }, asked);
    expect(title).toBe(open ? `${asked}（待补充）` : asked);
    expect(excerpts.some((e) => e.includes('相关术语：'))).toBe(true);
    for (const excerpt of excerpts) if (excerpt.includes('rolling update')) expect(excerpt).toContain('相关术语：');
    await page.close();
  });

  it('finds nothing for a term absent from the site', async () => {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.goto(server.url);
    await page.evaluate(LOAD_PAGEFIND);
    const count = await page.evaluate(async () => {
      const pagefind = (window as unknown as { __pagefind: { search: (q: string) => Promise<{ results: unknown[] }> } }).__pagefind;
      return (await pagefind.search('量子纠缠')).results.length;
    });
    expect(count).toBe(0);
    await page.close();
  });
});
