/** Reading on a phone and a desktop in Chromium: quiet chrome, touch targets, long pages, the hero search. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, launchBrowser } from '../support/browser.ts';
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

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
/** The row of controls under a question (复制链接, 高频, 出处). */
const metaOf = (page: Page, id: string) =>
  page.locator(`[id="${id}"]`).locator('xpath=ancestor::div[contains(@class,"sl-heading-wrapper")]/following-sibling::div[contains(@class,"kb-meta")][1]');

describe('reading a topic page', () => {
  it('keeps the sources behind 「出处」 and explains 高频 on tap, inside the screen, in the flow, what was tapped staying put', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${server.url}${pageOf('restart-policy')}#restart-policy`);
    const meta = metaOf(page, 'restart-policy');
    const sources = meta.locator('.kb-sources .kb-tip__text');
    expect(await sources.isVisible()).toBe(false);
    const tapped = meta.getByText('出处', { exact: true });
    const where = await tapped.boundingBox();
    await tapped.tap();
    // What was tapped stays where it was.
    expect(await tapped.boundingBox()).toEqual(where);
    expect(await sources.innerText()).toMatch(/收录于 \d 份笔记[^]*第 \d+ 行/);
    const box = (await sources.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // Open, they push down what follows (here the 有勘误 row) rather than cover it.
    const next = (await meta.locator('xpath=following-sibling::*[1]').boundingBox())!;
    expect(next.y).toBeGreaterThanOrEqual(box.y + box.height);

    const tip = meta.locator('.kb-tip').filter({ hasText: '高频' });
    await tip.locator('summary').tap();
    // The explanation too pushes down what follows rather than covering it, and the 出处 beside it stays in its row.
    const explained = (await tip.locator('.kb-tip__text').boundingBox())!;
    expect((await meta.locator('xpath=following-sibling::*[1]').boundingBox())!.y).toBeGreaterThanOrEqual(explained.y + explained.height);
    expect(await tapped.boundingBox()).toEqual(where);
    // The notes mark it as often asked: the tip quotes their words.
    expect(await tip.locator('.kb-tip__text').innerText()).toMatch(/^高频：笔记原文标注「[^」]+」。$/);

    // A source leads to what that notes file is, on 笔记来源, and what we changed in it.
    await meta.getByText('出处', { exact: true }).tap();
    const first = sources.locator('a').first();
    const [, name, line] = /^(\S+) 第 (\d+) 行/.exec(await first.innerText())!;
    await first.tap();
    // It lands on the line it names, in that file's list of places, opened.
    await page.waitForURL(/\/notes\/#notes-[a-z0-9-]+-l\d+$/);
    const place = page.locator(`li:has(> [id="${new URL(page.url()).hash.slice(1)}"])`);
    await expect.poll(() => place.isVisible()).toBe(true);
    expect(await place.innerText()).toMatch(new RegExp(`^第 ${line}(?:–\\d+)? 行：`));
    const section = await place.evaluate((li) => {
      let node: Element | null = li.closest('details');
      while (node && !node.matches('.sl-heading-wrapper.level-h2')) node = node.previousElementSibling;
      return node?.querySelector('h2')?.textContent?.trim();
    });
    expect(section).toBe(`笔记 ${name}`);
    // Marked, as a linked question is.
    expect(await place.evaluate((li) => getComputedStyle(li).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const box2 = (await place.boundingBox())!;
    expect(box2.y).toBeGreaterThanOrEqual(0);
    expect(box2.y).toBeLessThan(844 / 2);
    expect(await page.locator('.sl-markdown-content').innerText()).toMatch(/上站时改正的文字（\d+ 处）/);
    expect(problems.all()).toEqual([]);
    await context.close();
  });

  it('gives every control of ours a 44 × 44 px touch target on a phone', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${server.url}${pageOf('restart-policy')}`);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'site-search button[data-open-modal], .sl-menu-button, .kb-meta button, .kb-meta summary, .kb-meta a, .kb-answer__reveal, .kb-practice button, .expressive-code .copy button',
        ),
      ]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ text: el.textContent!.trim().slice(0, 12), ...el.getBoundingClientRect().toJSON() }))
        .filter((r) => r.width < 44 || r.height < 44),
    );
    expect(small).toEqual([]);
    await context.close();
  });

  it('gives every small control of ours at least a 24 × 24 px target on a desktop (WCAG 2.5.8), both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      // A page with 高频 and 出处 under its questions, and a diagram with its 查看大图.
      await page.goto(`${server.url}pod/create/`);
      const targets = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.kb-meta button, .kb-meta summary, .kb-meta a, .kb-answer__reveal, .kb-practice button, .kb-diagram figcaption a')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({ text: el.textContent!.trim().slice(0, 12), ...el.getBoundingClientRect().toJSON() })),
      );
      expect(targets.filter((t) => t.text === '高频').length, theme).toBeGreaterThan(0);
      expect(targets.filter((t) => t.text === '查看大图').length, theme).toBeGreaterThan(0);
      expect(
        targets.filter((r) => r.width < 24 || r.height < 24),
        theme,
      ).toEqual([]);
      await context.close();
    }
  });

  it('keeps the 本站编写 label of 要点 inside its card on a phone, however long its list of releases', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${server.url}${pageOf('node-drain')}`);
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.kb-points .kb-ours')]
        .map((label) => ({ text: label.textContent!, right: label.getBoundingClientRect().right, card: label.closest('.kb-points')!.getBoundingClientRect().right }))
        .filter((l) => l.right > l.card),
    );
    expect(await page.locator('.kb-points .kb-ours').count()).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('indents the rest of a wrapped line of code, and keeps flags whole, on a phone', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${server.url}security/rbac/`);
    const wrapped = await page.locator('.expressive-code .ec-line .code').evaluateAll((codes) =>
      codes
        .map((code) => {
          const range = document.createRange();
          range.selectNodeContents(code);
          const rows = [...range.getClientRects()].filter((r) => r.width > 0);
          const lefts = [...new Set(rows.map((r) => Math.round(r.top)))].map((top) => Math.min(...rows.filter((r) => Math.round(r.top) === top).map((r) => r.left)));
          return lefts;
        })
        .filter((lefts) => lefts.length > 1),
    );
    expect(wrapped.length).toBeGreaterThan(0);
    for (const lefts of wrapped) for (const left of lefts.slice(1)) expect(left).toBeGreaterThan(lefts[0]! + 16);
    // A command-line flag is never cut across two lines.
    const cut = await page.locator('.sl-markdown-content .kb-nobr').evaluateAll((all) => all.filter((n) => n.getClientRects().length > 1).map((n) => n.textContent));
    expect(await page.locator('.sl-markdown-content .kb-nobr').count()).toBeGreaterThan(5);
    expect(cut).toEqual([]);
    await context.close();
  });

  it('never lets the code copy button cover code', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${server.url}${pageOf('taint-effects')}`);
    const overlaps = await page.evaluate(() =>
      [...document.querySelectorAll('.expressive-code')].flatMap((block) => {
        const button = block.querySelector('.copy button')?.getBoundingClientRect();
        const line = block.querySelector('.ec-line')?.getBoundingClientRect();
        return button && line && button.bottom > line.top + 1 ? [Math.round(button.bottom - line.top)] : [];
      }),
    );
    expect(await page.locator('.expressive-code').count()).toBeGreaterThan(0);
    expect(overlaps).toEqual([]);
    await context.close();
  });

  it('offers back-to-top with reading progress once the reader is down a long page', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${server.url}pod/`);
    const top = page.locator('a.kb-top');
    expect(await top.isVisible()).toBe(false);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => top.isVisible()).toBe(true);
    const read = Number(await top.evaluate((a) => a.style.getPropertyValue('--kb-read')));
    expect(read).toBeGreaterThan(30);
    expect(read).toBeLessThan(70);
    await top.tap();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(200);
    await context.close();
  });

  it('lets a mouse reach back-to-top on a desktop, beside the table of contents', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}pod/create/`);
    await page.evaluate(() => scrollTo(0, 4000));
    const top = page.locator('a.kb-top');
    await expect.poll(() => top.isVisible()).toBe(true);
    const box = (await top.boundingBox())!;
    const hit = (x: number, y: number) =>
      page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('a.kb-top, .kb-practice-chip')?.className ?? document.elementFromPoint(x!, y!)?.className, [x, y]);
    expect(await hit(box.x + box.width / 2, box.y + box.height / 2)).toMatch(/kb-top/);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(200);
    await context.close();
  });

  it('keeps the entry being read visible in the desktop table of contents', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 700 } });
    await page.goto(`${server.url}${pageOf('qos')}`);
    const last = page.locator('main h3').last();
    await last.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 10);
    const current = page.locator('.right-sidebar starlight-toc a[aria-current="true"]');
    await expect.poll(() => current.count()).toBe(1);
    await expect
      .poll(async () => {
        const link = (await current.boundingBox())!;
        const panel = (await page.locator('.right-sidebar').boundingBox())!;
        return link.y >= panel.y && link.y + link.height <= panel.y + panel.height;
      })
      .toBe(true);
    await page.close();
  });

  it('says when the page content last changed', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}service/`);
    expect(await page.locator('.kb-updated time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await page.close();
  });
});

describe('the home page', () => {
  it('offers the theme switch on a phone on the home and 404 pages too, which have no menu to hold it', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    for (const path of ['', 'no/such/page/', pageOf('restart-policy')]) {
      await page.goto(`${server.url}${path}`);
      // Where Starlight has a menu, the switch is in it.
      const menu = page.locator('.sl-menu-button');
      if (await menu.isVisible()) await menu.tap();
      const select = page.getByRole('combobox', { name: '选择主题' }).filter({ visible: true });
      await expect.poll(() => select.count(), { message: path || 'home' }).toBe(1);
      await select.scrollIntoViewIfNeeded();
      const box = (await select.boundingBox())!;
      expect(box.x, path).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, path).toBeLessThanOrEqual(390);
      expect(box.height, path).toBeGreaterThanOrEqual(44);
      await select.selectOption('light');
      expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe('light');
      await select.selectOption('dark');
      expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe('dark');
    }
    await context.close();
  });

  it('searches from the hero: the words go to the search dialog, by button, by Enter and by ?q=', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(server.url);
    const box = page.getByRole('searchbox', { name: '搜索题目' });
    await box.fill('滚动更新');
    await box.press('Enter');
    const dialogInput = page.locator('site-search dialog[open] .pagefind-ui__search-input');
    await expect.poll(() => dialogInput.inputValue()).toBe('滚动更新');
    await page.locator('site-search dialog[open] a.pagefind-ui__result-link').first().waitFor();
    // The results' excerpts arrive after their links: leaving before they come would abort their requests, which a reader never sees.
    await page.waitForLoadState('networkidle');

    await page.goto(`${server.url}?q=${encodeURIComponent('探针')}`);
    await expect.poll(() => page.locator('site-search dialog[open] .pagefind-ui__search-input').inputValue()).toBe('探针');
    expect(problems.all()).toEqual([]);
    await context.close();
  });

  it("shows the hero search box's example whole, on phones down to 320 px", async () => {
    for (const width of [320, 360, 390]) {
      const context = await browser.newContext({ ...phone, viewport: { width, height: 844 } });
      const page = await context.newPage();
      await page.goto(server.url);
      // The example drawn as the page draws text in the placeholder's font, fallback fonts and all.
      const [room, text] = await page.locator('#kb-hero-q').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input, '::placeholder');
        const probe = Object.assign(document.createElement('span'), { textContent: input.placeholder });
        Object.assign(probe.style, { position: 'absolute', whiteSpace: 'pre', font: style.font, letterSpacing: style.letterSpacing });
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return [input.clientWidth - parseFloat(getComputedStyle(input).paddingLeft) - parseFloat(getComputedStyle(input).paddingRight), width];
      });
      expect(text, `${width} px`).toBeLessThanOrEqual(room);
      await context.close();
    }
  });

  it('offers no 待补充 card saying 「0 道」: the card shows only while some question has no answer', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const cards = await page.locator('.card-grid').first().locator('.sl-link-card').allInnerTexts();
    expect(cards.length).toBeGreaterThanOrEqual(2);
    for (const card of cards) expect(card).not.toMatch(/(?<!\d)0 道/);
    await page.close();
  });

  it("keeps Starlight's room above a heading and between paragraphs, on the home page and a topic page", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const gapAbove = (selector: string) =>
      page.locator(selector).evaluateAll((nodes) => nodes.map((n) => Math.round(n.getBoundingClientRect().top - n.previousElementSibling!.getBoundingClientRect().bottom)));
    await page.goto(server.url);
    // Under the card grids and the paragraph before 按主题浏览.
    const headings = await gapAbove('.sl-markdown-content > .sl-heading-wrapper.level-h2:not(:first-child)');
    expect(headings.length).toBeGreaterThanOrEqual(3);
    for (const gap of headings) expect(gap).toBeGreaterThanOrEqual(24);
    await page.goto(`${server.url}notes/`);
    for (const gap of await gapAbove('.sl-markdown-content > p + p')) expect(gap).toBeGreaterThanOrEqual(8);
    await page.close();
  });

  it('sets the hero search box under its tagline: aligned with the hero on a desktop, with room above it on a phone', async () => {
    const place = async (options: Parameters<Browser['newContext']>[0]) => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(server.url);
      const tagline = (await page.locator('.hero .tagline').boundingBox())!;
      const title = (await page.locator('.hero h1').boundingBox())!;
      const box = (await page.locator('.kb-hero-search input').boundingBox())!;
      await context.close();
      return { gap: box.y - (tagline.y + tagline.height), left: box.x - title.x };
    };
    const desktop = await place({ viewport: { width: 1440, height: 900 } });
    expect(desktop.left).toBe(0);
    expect(desktop.gap).toBeGreaterThanOrEqual(12);
    expect(desktop.gap).toBeLessThanOrEqual(40);
    expect((await place(phone)).gap).toBeGreaterThanOrEqual(12);
  });

  it("gives the 404 page's search button the room of a paragraph above it", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}no-such-page/`);
    const button = (await page.locator('.kb-search-button').boundingBox())!;
    const before = (await page.locator('.sl-markdown-content > p').first().boundingBox())!;
    expect(button.y - (before.y + before.height)).toBeGreaterThanOrEqual(12);
    await page.close();
  });

  it("draws 复制链接 as small as the 高频 badge beside it, and a linked question's highlight clear of its 「又问」 line", async () => {
    for (const options of [phone, { viewport: { width: 1440, height: 900 } }]) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(`${server.url}${pageOf('restart-policy')}#restart-policy`);
      const meta = metaOf(page, 'restart-policy');
      const look = (await meta.locator('.kb-copy__look').boundingBox())!;
      const badge = (await meta.locator('.kb-badge--frequent').boundingBox())!;
      expect(Math.abs(look.height - badge.height)).toBeLessThanOrEqual(4);
      // The highlight is the heading's box with its shadows; the 「又问」 line follows it.
      const clearance = await page.locator('#restart-policy').evaluate((h) => {
        const wrapper = h.closest('.sl-heading-wrapper')!;
        const spread = Math.max(
          0,
          ...[...getComputedStyle(wrapper).boxShadow.matchAll(/(-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px(?: (-?[\d.]+)px)?/g)].map((m) => Number(m[2]) + Number(m[4] ?? 0)),
        );
        return wrapper.nextElementSibling!.getBoundingClientRect().top - (wrapper.getBoundingClientRect().bottom + spread);
      });
      expect(clearance).toBeGreaterThanOrEqual(4);
      await context.close();
    }
  });

  it("lists a question's sources one to a line on a phone, each a target of its own", async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${server.url}${pageOf('restart-policy')}#restart-policy`);
    const meta = metaOf(page, 'restart-policy');
    await meta.getByText('出处', { exact: true }).tap();
    const links = await meta.locator('.kb-sources__link').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    expect(links.length).toBeGreaterThan(1);
    for (const [i, link] of links.entries()) {
      expect(link.x).toBe(links[0]!.x);
      if (i > 0) expect(link.y).toBeGreaterThanOrEqual(links[i - 1]!.y + links[i - 1]!.height);
    }
    expect(await meta.locator('.kb-sources__sep').first().isVisible()).toBe(false);
    await context.close();
  });

  it("shows at the edge of a wide table on a phone that it scrolls, and keeps a heading's link icon clear of its last character", async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${server.url}${pageOf('restart-policy')}`);
    const cues = await page
      .locator('.sl-markdown-content table')
      .evaluateAll((tables) => tables.filter((t) => t.scrollWidth > t.clientWidth).map((t) => getComputedStyle(t).backgroundImage.match(/radial-gradient/g)?.length ?? 0));
    expect(cues.length).toBeGreaterThan(0);
    for (const cue of cues) expect(cue).toBe(2);
    const gaps = await page.locator('.sl-markdown-content .sl-heading-wrapper').evaluateAll((wrappers) =>
      wrappers.map((w) => {
        const heading = w.firstElementChild!;
        const range = document.createRange();
        range.selectNodeContents(heading);
        const rects = [...range.getClientRects()];
        const icon = w.querySelector('.sl-anchor-icon')!.getBoundingClientRect();
        return icon.left - rects[rects.length - 1]!.right;
      }),
    );
    expect(gaps.length).toBeGreaterThan(5);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(6);
    await context.close();
  });

  it('keeps every column of a wide table readable on a desktop: the table scrolls and says so rather than squeeze one to a character a line', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}observability/metrics/`);
    const tables = await page.locator('.sl-markdown-content table').evaluateAll((all) =>
      all.map((t) => ({
        narrowest: Math.min(...[...t.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect().width)),
        scrolls: t.scrollWidth > t.clientWidth,
        cues: getComputedStyle(t).backgroundImage.match(/radial-gradient/g)?.length ?? 0,
      })),
    );
    expect(tables.some((t) => t.scrolls)).toBe(true);
    for (const table of tables) {
      expect(table.narrowest).toBeGreaterThanOrEqual(72);
      if (table.scrolls) expect(table.cues).toBe(2);
    }
    await page.close();
  });

  it('tells of Ctrl + K where there is a keyboard, not on a phone', async () => {
    const hint = async (options: Parameters<Browser['newContext']>[0]) => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(server.url);
      const text = await page.locator('.sl-markdown-content > p:has(.kb-keys)').innerText();
      await context.close();
      return text;
    };
    expect(await hint({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).not.toMatch(/Ctrl|⌘/);
    expect(await hint({ viewport: { width: 1440, height: 900 } })).toMatch(/Ctrl/);
  });

  it('lists the most-asked questions of every topic', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const list = page.locator('.sl-heading-wrapper:has(h2:has-text("各主题高频题")) + ul');
    expect(await list.locator('li').count()).toBe(12);
    for (const item of await list.locator('li').all()) expect(await item.locator('a').count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});

describe('the 突击版', () => {
  const records = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/data/search.json'), 'utf8')) as { id: string }[];

  for (const [name, options] of [
    ['a phone', phone],
    ['a desktop', { viewport: { width: 1440, height: 900 } }],
  ] as const) {
    it(`shows its first topic at once and the rest when the reader starts reading, every entry in reading order, nothing on screen moving, on ${name}`, async () => {
      const context = await browser.newContext(options);
      await context.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { kbShifts: number[] }).kbShifts = shifts;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      const problems = collectProblems(page);
      const parts: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/cram/parts/')) parts.push(request.url());
      });
      await page.goto(`${server.url}cram/`, { waitUntil: 'networkidle' });
      // Only glanced at: the later topics' 400 KB stay on the server; each says how many questions it holds and links its page.
      expect(parts).toEqual([]);
      const notes = page.locator('[data-cram-part]');
      expect(await notes.count()).toBeGreaterThan(5);
      expect(await notes.first().innerText()).toMatch(/^本主题的 \d+ 道题随阅读载入；没有出现时，可以打开「.+」主题页阅读。$/);
      expect(await page.locator('#cram-what-is-kubernetes').isVisible()).toBe(true);

      await page.mouse.wheel(0, 400);
      await expect.poll(() => notes.count()).toBe(0);
      const entries = await page.$$eval('.sl-markdown-content h3[id]', (hs) => hs.map((h) => h.id.replace(/^cram-/, '')));
      expect(entries).toEqual(records.map((r) => r.id));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => (window as unknown as { kbShifts: number[] }).kbShifts.reduce((n, v) => n + v, 0))).toBeLessThan(0.0005);
      expect(problems.all()).toEqual([]);
      await context.close();
    });
  }
  it('prints every topic, also when the reader prints before reading on', async () => {
    const page = await browser.newPage(phone);
    await page.goto(`${server.url}cram/`, { waitUntil: 'networkidle' });
    expect(await page.locator('[data-cram-part]').count()).toBeGreaterThan(5);
    // What printing sees is what the page holds once its beforeprint handlers have run, without waiting for anything.
    const printed = await page.evaluate(() => {
      dispatchEvent(new Event('beforeprint'));
      return { notes: document.querySelectorAll('[data-cram-part]').length, entries: document.querySelectorAll('.sl-markdown-content h3[id]').length };
    });
    expect(printed).toEqual({ notes: 0, entries: records.length });
    await page.close();
  });

  it('keeps the reader where the table of contents took them while the topics above come in, and its highlight follows them after', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}cram/`, { waitUntil: 'networkidle' });
    const topics = await page.$$eval('.sl-markdown-content h2[id^="cram-topic-"]', (hs) => hs.map((h) => h.id));
    const far = topics[Math.floor(topics.length * 0.75)]!;
    await page.locator(`.right-sidebar starlight-toc a[href="#${far}"]`).click();
    await expect.poll(() => page.locator('[data-cram-part]').count(), { timeout: 10_000 }).toBe(0);
    const top = () => page.locator(`[id="${far}"]`).evaluate((h) => Math.round(h.getBoundingClientRect().top));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await top()).toBeGreaterThanOrEqual(0);
    expect(await top()).toBeLessThan(200);
    // Read on into the next topic: the contents follow.
    const next = topics[topics.indexOf(far) + 1]!;
    await page.locator(`[id="${next}"]`).evaluate((h) => scrollTo(0, scrollY + h.getBoundingClientRect().top - 100));
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.locator('.right-sidebar starlight-toc a[aria-current="true"]').getAttribute('href')).toBe(`#${next}`);
    await page.close();
  });

  it('brings the reader back to where they were reading after they followed a link to a whole answer, also after a jump by a link', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    // Arrived by a link to a topic (as from the contents), then read on.
    await page.goto(`${server.url}cram/#cram-topic-etcd`);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.locator('[data-cram-part]').count(), { timeout: 10_000 }).toBe(0);
    const ids = await page.$$eval('.sl-markdown-content h3[id]', (hs) => hs.map((h) => h.id));
    const reading = ids[Math.floor(ids.length * 0.6)]!;
    await page.locator(`[id="${reading}"]`).evaluate((h) => scrollTo(0, scrollY + h.getBoundingClientRect().top - 150));
    await page.mouse.wheel(0, 10);
    const before = await page.locator(`[id="${reading}"]`).evaluate((h) => Math.round(h.getBoundingClientRect().top));
    await page.locator(`[id="${reading}"] a`).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/cram/'));
    await page.goBack();
    await expect.poll(() => page.locator(`[id="${reading}"]`).count()).toBe(1);
    await expect.poll(() => page.locator(`[id="${reading}"]`).evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeGreaterThan(before - 60);
    expect(await page.locator(`[id="${reading}"]`).evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(before + 60);
    await context.close();
  });
});
