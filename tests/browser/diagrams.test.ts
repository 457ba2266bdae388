/**
 * Diagrams in real Chromium, on every page of dist/ that has one: the visible SVG follows the theme,
 * fits the screen or the column with labels of 11 px or more (a phone variant where the wide one
 * would not), and 查看大图 opens it at natural size on the theme's background.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_LABEL_PX, readableIn, THEMES, type Theme } from '../../scripts/diagrams/variants.ts';
import { axeViolations, collectProblems, launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

const dist = join(import.meta.dirname, '../../dist');
const index = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/diagrams/rendered/index.json'), 'utf8')) as Record<string, { light: { width: number } }>;

/** Where each diagram is shown: its question's page (a topic's, or its group's once the topic is split). */
const placed = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/data/diagrams.json'), 'utf8')) as { name: string; page: string; id: string }[];
const pageOf = (name: string) => placed.find((d) => d.name === name)!;
/** Pages of dist/ that show a diagram, as paths under the site's root. */
const pagesWithDiagrams = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('index.html') && readFileSync(join(dist, file), 'utf8').includes('class="kb-diagram '))
  .map((file) => file.slice(0, -'index.html'.length))
  .sort();

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in a context of its own (axe needs one), the theme stored as Starlight stores it; close its context. */
async function openPage(path: string, width: number, theme: Theme): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 844 } })).newPage();
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  // As a reader, once the page has loaded: a click during loading can be overtaken by the page's own requests.
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  return page;
}

interface Shown {
  name: string;
  /** The drawings a reader sees in the figure (`<name>[.phone].<theme>`); exactly one is right. */
  visible: string[];
  svg: { left: number; right: number; width: number };
  figure: { left: number; right: number; scrollWidth: number; clientWidth: number };
  frame: { scrollWidth: number; clientWidth: number; contentWidth: number };
  /** Rendered size of each text label: its font size in the drawing times the image's scale. */
  labelPx: number[];
}

/**
 * Every diagram of the page as the reader sees it. The drawing is an image; its labels are measured
 * in the SVG file it shows, laid out at the image's width in a hidden copy.
 */
const diagramsOn = (page: Page): Promise<Shown[]> =>
  page.locator('figure.kb-diagram').evaluateAll((figures) =>
    Promise.all(
      figures.map(async (figure) => {
        const frame = figure.querySelector<HTMLElement>('.kb-diagram__frame')!;
        const images = [...frame.querySelectorAll<HTMLImageElement>('img')].filter((img) => img.getBoundingClientRect().width > 0);
        const img = images[0]!;
        const box = img.getBoundingClientRect();
        const text = await (await fetch(img.src)).text();
        const copy = document.createElement('div');
        copy.style.cssText = `position: absolute; left: -10000px; top: 0; width: ${box.width}px`;
        copy.innerHTML = text;
        document.body.append(copy);
        const svg = copy.querySelector('svg')!;
        const scale = box.width / svg.viewBox.baseVal.width;
        const labels = [...svg.querySelectorAll('*')].filter(
          (el) => el.localName !== 'style' && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
        );
        const labelPx = labels.map((el) => parseFloat(getComputedStyle(el).fontSize) * scale);
        copy.remove();
        const padding = parseFloat(getComputedStyle(frame).paddingLeft) + parseFloat(getComputedStyle(frame).paddingRight);
        const f = figure.getBoundingClientRect();
        return {
          name: figure.getAttribute('aria-labelledby')!.replace(/^kb-diagram-/, ''),
          visible: images.map((i) => i.dataset.diagram!),
          svg: { left: box.left, right: box.right, width: box.width },
          figure: { left: f.left, right: f.right, scrollWidth: figure.scrollWidth, clientWidth: figure.clientWidth },
          frame: { scrollWidth: frame.scrollWidth, clientWidth: frame.clientWidth, contentWidth: frame.clientWidth - padding },
          labelPx,
        };
      }),
    ),
  );

/** The diagram fits the screen and its figure, nothing scrolls sideways, and its labels are readable. */
function expectReadable(d: Shown, viewport: number, theme: Theme): void {
  const what = `${d.name} at ${viewport} px, ${theme}`;
  expect(d.visible, what).toHaveLength(1);
  expect(d.visible[0], what).toMatch(new RegExp(`\\.${theme}$`));
  expect(d.svg.left, what).toBeGreaterThanOrEqual(d.figure.left);
  expect(d.svg.right, what).toBeLessThanOrEqual(Math.min(d.figure.right, viewport) + 0.5);
  expect(d.figure.scrollWidth, what).toBeLessThanOrEqual(d.figure.clientWidth);
  expect(d.frame.scrollWidth, what).toBeLessThanOrEqual(d.frame.clientWidth);
  expect(d.labelPx.length, what).toBeGreaterThan(3);
  expect(Math.min(...d.labelPx), what).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
}

describe('diagrams in Chromium', () => {
  it('are found on the topic pages that show them', () => {
    expect(placed.length).toBeGreaterThanOrEqual(7);
    expect(pagesWithDiagrams).toEqual([...new Set(placed.map((d) => d.page.slice(1)))].sort());
  });

  it('shows exactly one variant, and the theme toggle switches it, without console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = collectProblems(page);
    await page.goto(`${server.url}${pageOf('rolling-update').page.slice(1)}`);
    const select = page.locator('starlight-theme-select select').first();
    const visible = async () => (await diagramsOn(page)).find((d) => d.name === 'rolling-update')!.visible;
    const fullSize = page.locator('figure[aria-labelledby="kb-diagram-rolling-update"] figcaption a:visible');
    await select.selectOption('light');
    expect(await visible()).toEqual(['rolling-update.light']);
    expect(await fullSize.getAttribute('href')).toBe('/diagrams/rolling-update/light/');
    await select.selectOption('dark');
    expect(await visible()).toEqual(['rolling-update.dark']);
    // 查看大图 opens the page of the theme the reader is looking at.
    expect(await fullSize.count()).toBe(1);
    expect(await fullSize.getAttribute('href')).toBe('/diagrams/rolling-update/dark/');
    expect(await page.locator('figure.kb-diagram figcaption').first().innerText()).toContain('滚动更新');
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  for (const [width, theme] of [
    [1440, 'light'],
    [390, 'dark'],
  ] as const) {
    it(`ships one drawing per diagram in the page, and fetches only the one shown (${width} px, ${theme})`, async () => {
      const path = pageOf('pod-create-deployment').page.slice(1);
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      expect(html).not.toMatch(/<svg[^>]*aria-roledescription/);
      const context = await browser.newContext({ viewport: { width, height: 844 } });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('.svg') && r.url().includes('/_astro/')) fetched.push(new URL(r.url()).pathname);
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      // Down the whole page, so every lazy drawing comes into view.
      const figures = page.locator('figure.kb-diagram');
      for (let i = 0; i < (await figures.count()); i++) await figures.nth(i).scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
      const shown = (await diagramsOn(page)).map((d) => d.visible[0]!);
      expect(shown.length).toBeGreaterThan(1);
      expect(await page.locator('figure.kb-diagram img:visible').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
      // diagramsOn fetches the shown drawings itself; the page fetched those and nothing else.
      expect(
        new Set(
          fetched.map((f) =>
            f
              .split('/')
              .pop()!
              .replace(/\.[^.]+\.svg$/, ''),
          ),
        ),
      ).toEqual(new Set(shown));
      await context.close();
    });
  }

  for (const theme of THEMES) {
    it(`fits a 390 px phone with labels of 11 px or more, every diagram on every page, ${theme} theme`, async () => {
      for (const path of pagesWithDiagrams) {
        const page = await openPage(path, 390, theme);
        const shown = await diagramsOn(page);
        expect(shown.length, path).toBeGreaterThan(0);
        for (const d of shown) {
          expectReadable(d, 390, theme);
          // Too wide to shrink into a phone, a diagram shows its phone variant.
          expect(d.visible[0]!.includes('.phone.'), d.name).toBe(readableIn(index[d.name]!.light.width) > d.frame.contentWidth);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
        await page.context().close();
      }
    });
  }

  for (const width of [1440, 1024]) {
    it(`fits the content column at ${width} px, showing the wide variant wherever its labels stay 11 px or more`, async () => {
      for (const path of pagesWithDiagrams) {
        for (const theme of THEMES) {
          const page = await openPage(path, width, theme);
          for (const d of await diagramsOn(page)) {
            expectReadable(d, width, theme);
            const wide = readableIn(index[d.name]!.light.width) <= d.frame.contentWidth;
            expect(d.visible[0]!.includes('.phone.'), `${d.name} at ${width} px`).toBe(!wide);
            // A desktop reader sees the diagram drawn for a desktop.
            if (width === 1440) expect(wide, d.name).toBe(true);
          }
          await page.context().close();
        }
      }
    });
  }

  for (const theme of THEMES) {
    it(`查看大图 opens the diagram at natural size on the ${theme} background, zoomable, with a way back; axe and console clean`, async () => {
      const { page: shownOn, id } = pageOf('pod-create-deployment');
      const page = await openPage(shownOn.slice(1), 390, theme);
      const problems = collectProblems(page);
      const figure = page.locator('figure[aria-labelledby="kb-diagram-pod-create-deployment"]');
      const inline = (await diagramsOn(page)).find((d) => d.name === 'pod-create-deployment')!;
      await figure.locator('figcaption a:visible').click();
      await page.waitForURL(`**/diagrams/pod-create-deployment/${theme}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.title()).toContain('通过 Deployment 创建 Pod 的过程');
      // Pinch zoom stays on: no user-scalable=no, no maximum-scale.
      expect(await page.locator('meta[name="viewport"]').getAttribute('content')).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
      const look = await page.evaluate(() => {
        const luminance = (color: string) => {
          const [r, g, b] = color
            .match(/[\d.]+/g)!
            .slice(0, 3)
            .map((v) => Number(v) / 255);
          const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
        };
        const svg = document.querySelector<SVGSVGElement>('main svg')!;
        const background = luminance(getComputedStyle(document.documentElement).backgroundColor);
        const heading = luminance(getComputedStyle(document.querySelector('h1')!).color);
        return {
          background,
          contrast: (Math.max(background, heading) + 0.05) / (Math.min(background, heading) + 0.05),
          id: svg.id,
          width: svg.getBoundingClientRect().width,
          viewBoxWidth: svg.viewBox.baseVal.width,
        };
      });
      if (theme === 'dark') expect(look.background).toBeLessThan(0.05);
      else expect(look.background).toBeGreaterThan(0.9);
      expect(look.contrast).toBeGreaterThanOrEqual(7);
      expect(look.id).toContain(`-${theme}-`);
      // Natural size: bigger than the phone variant shown inline, never shrunk to the screen.
      expect(look.width).toBeCloseTo(look.viewBoxWidth, 0);
      expect(look.width).toBeGreaterThan(inline.svg.width);
      // It scrolls in its own box; the page, with its way back and title, does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await page.locator('main .diagram').evaluate((d) => d.scrollWidth > d.clientWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: /返回题目/ }).click();
      await page.waitForURL(`**${shownOn}#${id}`);
      expect(await page.locator(`#${id}`).count()).toBe(1);
      expect(problems.all()).toEqual([]);
      await page.context().close();
    });
  }
});
