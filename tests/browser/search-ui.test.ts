/**
 * The search dialog as a reader uses it, in real Chromium on the built site: from the keyboard
 * alone, each result naming its topic, the query's words marked whole, and an honest answer when
 * the site has no question for the query.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS } from '../../scripts/classify/topics.ts';
import { SEARCH_FILES } from '../../src/search/bundle.ts';
import { axeViolations, collectProblems, launchBrowser, type PageProblems } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

const NO_MATCH = '没有找到直接回答这个问题的题目';
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

interface Search {
  page: Page;
  problems: PageProblems;
  dialog: Locator;
  input: Locator;
  links: Locator;
  list: Locator;
  status: Locator;
}

/** Opens `path` and the search dialog on a new page, in a context of its own (axe asks for one). */
async function openSearch(path = '', theme?: 'light' | 'dark', onRequest?: (request: Request) => void): Promise<Search> {
  const page = await (await browser.newContext()).newPage();
  if (onRequest) page.on('request', onRequest);
  const problems = collectProblems(page);
  if (theme) await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await page.locator('site-search button[data-open-modal]').click();
  const dialog = page.locator('site-search dialog');
  return {
    page,
    problems,
    dialog,
    input: dialog.locator('input.pagefind-ui__search-input'),
    links: dialog.locator('a.pagefind-ui__result-link'),
    list: dialog.locator('ol.pagefind-ui__results'),
    status: dialog.locator('.pagefind-ui__message'),
  };
}

/** Types the query into an empty input, as a reader types, and waits until its results are shown. */
async function query({ input, list }: Search, text: string): Promise<void> {
  await input.fill('');
  await input.pressSequentially(text);
  await expect.poll(() => list.getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
}

const focused = (page: Page) => page.evaluate(() => ({ tag: document.activeElement?.tagName, href: document.activeElement?.getAttribute('href') }));

describe('the search dialog', () => {
  it('loads no search script or index with the page, and starts loading them when the reader shows intent', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(server.url, { waitUntil: 'networkidle' });
    expect(requests.filter((path) => path.startsWith('/pagefind/') || /\/dialog\.[\w-]+\.js$/.test(path))).toEqual([]);
    // Pointing at the search button, before any click: the index is on its way.
    const started = requests.length;
    await page.locator('site-search button[data-open-modal]').hover();
    await expect.poll(() => requests).toContain('/pagefind/pagefind.js');
    // The search module's files side by side, not each after the one importing it: the vocabulary, Pagefind's module and
    // ours are asked for before the dialog's own script.
    await expect
      .poll(() => requests.slice(started))
      .toEqual(expect.arrayContaining(['/pagefind/pagefind-core.js', '/pagefind/kb-relax.js', `/pagefind/${SEARCH_FILES.vocabulary}`, `/pagefind/${SEARCH_FILES.engine}`]));
    const asked = requests.slice(started);
    const dialogAt = asked.findIndex((path) => /\/dialog\.[\w-]+\.js$/.test(path));
    for (const file of ['/pagefind/pagefind-core.js', `/pagefind/${SEARCH_FILES.vocabulary}`]) expect(asked.indexOf(file), file).toBeLessThan(dialogAt);
    await page.close();
    // Focusing the home page's own search box does the same.
    const home = await browser.newPage();
    const homeRequests: string[] = [];
    home.on('request', (request) => homeRequests.push(new URL(request.url()).pathname));
    await home.goto(server.url, { waitUntil: 'networkidle' });
    await home.locator('#kb-hero-q').focus();
    await expect.poll(() => homeRequests).toContain('/pagefind/pagefind.js');
    await home.context().close();
  });

  it('answers a search without fetching a second copy of the search engine (no web worker)', async () => {
    const requests: string[] = [];
    const search = await openSearch('', undefined, (request) => requests.push(new URL(request.url()).pathname));
    await query(search, 'configmap');
    expect(await search.links.count()).toBeGreaterThan(0);
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).not.toContain('/pagefind/pagefind-worker.js');
    await search.page.context().close();
  });

  it('offers 在全部主题中搜索 when nothing in the chosen topic answers, and searches every topic again when reopened', async () => {
    const search = await openSearch();
    const { page, dialog, status } = search;
    const topic = dialog.locator('select[data-search-topic]');
    const everywhere = dialog.locator('[data-search-all]');
    await topic.selectOption('etcd');
    await query(search, 'ingress');
    expect(await status.innerText()).toBe(NO_MATCH);
    expect(await everywhere.isVisible()).toBe(true);
    await everywhere.click();
    await expect.poll(() => status.innerText()).toMatch(/^找到 \d+ 个与「ingress」相关的结果$/);
    expect(await topic.inputValue()).toBe('');
    expect(await everywhere.isVisible()).toBe(false);
    // A topic chosen once is not carried into the next search.
    await topic.selectOption('etcd');
    await page.keyboard.press('Escape');
    await page.locator('site-search button[data-open-modal]').click();
    expect(await topic.inputValue()).toBe('');
    expect(search.problems.all()).toEqual([]);
    await page.context().close();
  });

  it('shows what the answer says under each result (its 要点 first), not the question again', async () => {
    const records = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/data/search.json'), 'utf8')) as { id: string; points: string; question: string }[];
    const restart = records.find((r) => r.id === 'restart-policy')!;
    const search = await openSearch();
    await query(search, '重启策略');
    const first = search.dialog.locator('.pagefind-ui__result').first();
    expect(await first.locator('a').getAttribute('href')).toContain('#restart-policy');
    const excerpt = await first.locator('.pagefind-ui__result-excerpt').innerText();
    expect(excerpt.startsWith(restart.points.slice(0, 12))).toBe(true);
    expect(excerpt).not.toContain(restart.question);
    await search.page.context().close();
  });

  it('lists the questions found before their answers arrive, then fills in the excerpts', async () => {
    const search = await openSearch();
    // Each result's fragment (its answer) is held back until the questions have shown.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await search.page.route('**/pagefind/fragment/**', async (route) => {
      await held;
      await route.continue();
    });
    await search.input.fill('重启策略');
    await expect.poll(() => search.links.first().getAttribute('href'), { timeout: 10_000 }).toContain('#restart-policy');
    expect(await search.list.getAttribute('aria-busy')).toBe('true');
    expect(await search.dialog.locator('.pagefind-ui__result-excerpt').first().innerText()).toBe('');
    release();
    await expect.poll(() => search.list.getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    expect((await search.dialog.locator('.pagefind-ui__result-excerpt').first().innerText()).length).toBeGreaterThan(10);
    await search.page.context().close();
  });

  it('is driven from the keyboard: ↓ and ↑ move through the results, Enter opens the one chosen', async () => {
    const search = await openSearch();
    const { page, input, links } = search;
    await query(search, '就绪探针');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThanOrEqual(3);

    // One key from the input to a result (Pagefind's own dialog needed three Tabs).
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toEqual({ tag: 'A', href: hrefs[0] });
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toEqual({ tag: 'A', href: hrefs[1] });
    // The result the keyboard is on shows it.
    const active = links.nth(1).locator('xpath=ancestor::li');
    expect(await active.evaluate((li) => getComputedStyle(li).outlineStyle)).toBe('solid');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).tag).toBe('INPUT');

    // Typing on a result goes on in the input.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('参数');
    expect((await focused(page)).tag).toBe('INPUT');
    expect(await input.inputValue()).toBe('就绪探参数');

    await query(search, '镜像拉取策略');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/pod\/(?:[a-z0-9-]+\/)?#image-pull-policy$/);
    expect(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(search.problems.all()).toEqual([]);
    await page.context().close();
  });

  it('opens the first result on Enter in the input, even when pressed before the results show', async () => {
    const { page, input, problems } = await openSearch('pod/');
    await input.pressSequentially('restartPolicy');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/pod\/(?:[a-z0-9-]+\/)?#restart-policy$/);
    await expect.poll(() => page.locator('h3#restart-policy').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(720 / 2);
    expect(problems.all()).toEqual([]);
    await page.context().close();
  });

  it('opens the first result on Enter pressed before the search script has even come (a slow phone)', async () => {
    const page = await (await browser.newContext()).newPage();
    const problems = collectProblems(page);
    await page.goto(`${server.url}pod/`, { waitUntil: 'networkidle' });
    // The dialog's script held back until the reader has typed and pressed Enter.
    let send!: () => void;
    const typed = new Promise<void>((resolve) => (send = resolve));
    await page.route(/\/dialog\.[\w-]+\.js$/, async (route) => {
      await typed;
      await route.continue();
    });
    await page.locator('site-search button[data-open-modal]').click();
    const input = page.locator('site-search dialog input.pagefind-ui__search-input');
    await input.pressSequentially('restartPolicy');
    await page.keyboard.press('Enter');
    send();
    await page.waitForURL(/\/pod\/(?:[a-z0-9-]+\/)?#restart-policy$/);
    await expect.poll(() => page.locator('h3#restart-policy').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(720 / 2);
    expect(problems.all()).toEqual([]);
    await page.context().close();
  });

  it('closes on Esc, from the input and from a result', async () => {
    const search = await openSearch();
    const { page, dialog } = search;
    const isOpen = () => dialog.evaluate((d) => (d as HTMLDialogElement).open);
    await query(search, 'etcd');
    await page.keyboard.press('Escape');
    expect(await isOpen()).toBe(false);
    await page.keyboard.press('Control+k');
    expect(await isOpen()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).tag).toBe('A');
    await page.keyboard.press('Escape');
    expect(await isOpen()).toBe(false);
    expect(search.problems.all()).toEqual([]);
    await page.context().close();
  });

  it('names the topic of every result, and tells screen readers which topic the focused result is from', async () => {
    const search = await openSearch();
    await query(search, '探针');
    await search.dialog.locator('.kb-search__more').click();
    await expect.poll(() => search.links.count()).toBeGreaterThan(5);
    const results = await search.dialog.locator('.pagefind-ui__result').evaluateAll((items) =>
      items.map((li) => {
        const link = li.querySelector('a')!;
        return {
          href: link.getAttribute('href')!,
          label: li.querySelector('.kb-search__topic')!.lastChild!.textContent,
          description: document.getElementById(link.getAttribute('aria-describedby')!)?.textContent,
        };
      }),
    );
    for (const { href, label, description } of results) {
      const topic = TOPICS.find((t) => href.startsWith(`/${t.id}/`))!;
      expect(label, href).toBe(topic.title);
      expect(description, href).toBe(`主题：${topic.title}`);
    }
    await search.page.context().close();
  });

  it('marks the query’s words whole: 就绪探针 as one mark, kube-proxy as one', async () => {
    const search = await openSearch();
    await query(search, '就绪探针');
    // Excerpts are the answers' openings: the first that names the phrase.
    const excerpt = search.dialog.locator('.pagefind-ui__result-excerpt', { hasText: '就绪探针' }).first();
    expect(await excerpt.innerText()).toContain('就绪探针');
    expect(await excerpt.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['就绪探针']));
    // The phrase is one mark wherever it stands, never split or marked a character at a time.
    for (const mark of await excerpt.locator('mark').allInnerTexts()) expect([...mark].length, mark).toBeGreaterThanOrEqual(2);
    expect(await excerpt.innerHTML()).not.toMatch(/<mark>就绪<\/mark>\s*<mark>探针/);

    await query(search, 'kube-proxy');
    const marks = await search.dialog.locator('.pagefind-ui__result-excerpt mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toBe('kube-proxy');
    await search.page.context().close();
  });

  it('says so when no question answers the query, and offers the closest ones as such', async () => {
    const search = await openSearch();
    const { page, dialog, status } = search;
    const closest = dialog.locator('.kb-search__closest');

    // Pagefind guesses at an unknown word (`asdfgh` finds MustRunAsNonRoot): those are offered as the closest only.
    await query(search, 'asdfgh');
    expect(await status.innerText()).toBe(NO_MATCH);
    expect(await closest.isVisible()).toBe(true);
    expect(await closest.innerText()).toBe('最接近的题目');
    expect(await dialog.locator('ol').getAttribute('aria-labelledby')).toBe(await closest.getAttribute('id'));
    expect(await search.links.count()).toBeGreaterThan(0);
    // Nothing here is an answer, so Enter opens none of them.
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/');

    // With a way on: the most-asked questions and the topics, however few results there are (none for redis). A subject
    // next to Kubernetes the site does not teach is no answer, though its words stand in answers (etcd's 分布式锁 and 事务).
    const elsewhere = dialog.locator('[data-search-elsewhere]');
    for (const offTopic of ['如何做红烧肉', 'Kafka 分区再平衡', 'redis 集群脑裂怎么办', '分布式事务怎么实现']) {
      await query(search, offTopic);
      expect(await status.innerText(), offTopic).toBe(NO_MATCH);
      expect(await elsewhere.isVisible(), offTopic).toBe(true);
    }
    expect(await elsewhere.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(['/frequent/', '/']);

    // A spoken question about a topic the site covers is answered, though no record holds it word for word.
    for (const covered of ['容器挂了会不会自动重启', 'pod 怎么发现 service']) {
      await query(search, covered);
      expect(await status.innerText(), covered).toMatch(/^找到 \d+ 个与「.+」相关的结果$/);
      expect(await closest.isVisible(), covered).toBe(false);
      expect(await elsewhere.isVisible(), covered).toBe(false);
    }
    expect(search.problems.all()).toEqual([]);
    await page.context().close();
  });

  // axe over the open dialog, four times: a minute or more on a loaded two-core machine.
  it('keeps the open dialog accessible (axe), with answers and with the closest questions, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const search = await openSearch('', theme);
      for (const text of ['滚动更新', 'asdfgh', '如何做红烧肉']) {
        await query(search, text);
        expect(await axeViolations(search.page, 'site-search dialog'), `${theme} ${text}`).toEqual([]);
      }
      await search.page.context().close();
    }
  }, 240_000);
});
