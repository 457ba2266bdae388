/**
 * "Text stays text", end to end: a notes file full of angle brackets, braces, raw HTML, a script,
 * an `onerror` image and a `javascript:` link goes through the real `npm run build` in a throwaway
 * copy of the project (under tmp/), and a reader's browser shows all of it as plain text and runs none of it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../scripts/emit/manifest.ts';
import { collectProblems, launchBrowser, type PageProblems } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { serveStatic } from '../support/static-server.ts';

const root = join(import.meta.dirname, '../..');
const NOTES_FILE = '000_hostile.txt';
const FENCE = '```';

/** A Markdown-heading notes file in the shape of the real ones, every answer an attack on the pipeline. */
const HOSTILE_NOTES = [
  '# 恶意输入',
  '',
  '## service的域名格式是什么？',
  '',
  'service的DNS域名表示格式为<servicename>.<namespace>.svc.<clusterdomain>，端口变量 {KUBERNETES_SERVICE_PORT} 与 ${HOME} 和 {process.env.HOME}。',
  '',
  '## Pod 里的脚本会执行吗？',
  '',
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '[点我](javascript:window.__pwned=3)',
  '',
  '## Pod 代码块里的尖括号会保留吗？',
  '',
  `${FENCE}yaml`,
  'name: <pod-name>',
  'value: {x}',
  FENCE,
  '',
  '## Pod 标题里的 <b>标签</b> 与 {process.env.HOME} 会保留吗？',
  '',
  '标题里的尖括号和花括号也应原样显示，行内代码 `<container-name>` 同样。',
  '',
  '## Pod 的健康检查方式有哪些？',
  '',
  '存活探针 livenessProbe 与就绪探针 readinessProbe。',
  '',
].join('\n');

const HOME = process.env.HOME ?? '/root';

let project = '';
let manifest: Manifest;
let server: { url: string; close: () => Promise<void> } | undefined;
let browser: Browser | undefined;

/** The manifest entry of the question whose text contains `fragment`, i.e. its page and anchor. */
function unitOf(fragment: string): Manifest['units'][number] {
  const unit = manifest.units.find((u) => u.question.includes(fragment));
  if (!unit) throw new Error(`no question containing "${fragment}" in the manifest: ${manifest.units.map((u) => u.question).join(' | ')}`);
  return unit;
}

/** The built HTML of a page path such as `/service/`. */
function builtHtml(page: string): string {
  return readFileSync(join(project, 'dist', page, 'index.html'), 'utf8');
}

/** The HTML of one question's section: from its heading to the next question's heading. */
function sectionHtml(html: string, id: string): string {
  const after = html.split(`id="${id}"`)[1];
  if (after === undefined) throw new Error(`no element with id="${id}" in the page`);
  return after.split(/<h[23]/)[0]!;
}

/** `text` as it must appear in HTML source to be shown literally: `<` and `&` escaped, `>` either way. */
function asHtmlText(text: string): RegExp {
  const escaped = text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '(?:>|&gt;)')
    .replace(/"/g, '(?:"|&quot;|&#34;)');
  return new RegExp(escaped);
}

/** Opens a page of the hostile site with its problems recorded. */
async function open(path: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser!.newPage();
  const problems = collectProblems(page);
  await page.goto(new URL(path.replace(/^\//, ''), server!.url).href, { waitUntil: 'networkidle' });
  return { page, problems };
}

/** The visible text of one question's section in the rendered page: its heading down to the next question. */
function sectionText(page: Page, id: string): Promise<string> {
  return page.evaluate((headingId) => {
    const heading = document.getElementById(headingId);
    if (!heading) throw new Error(`no #${headingId}`);
    // Starlight wraps each heading in a div.sl-heading-wrapper; the answer follows the wrapper.
    const start = heading.closest('.sl-heading-wrapper') ?? heading;
    const parts = [heading.innerText];
    for (let node = start.nextElementSibling; node; node = node.nextElementSibling) {
      if (node.matches('h2, h3, .sl-heading-wrapper.level-h2, .sl-heading-wrapper.level-h3')) break;
      parts.push((node as HTMLElement).innerText);
    }
    return parts.join('\n');
  }, id);
}

/** Every link target in the document (`href`, SVG `xlink:href`) that would run script, whatever its case or padding. */
function scriptHrefs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => a.localName === 'href')
        // Browsers ignore ASCII whitespace and control characters when they parse a URL scheme.
        // eslint-disable-next-line no-control-regex -- those characters are what it strips
        .filter((a) => /^(javascript|vbscript|data):/i.test(a.value.replace(/[\u0000-\u0020]/g, '')))
        .map((a) => `<${el.localName} ${a.name}="${a.value}">`),
    ),
  );
}

/** Every element carrying an inline event-handler attribute such as `onerror` or `onclick`. */
function inlineHandlers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}="${a.value}">`)),
  );
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

describe('hostile notes, built for real and opened in Chromium', () => {
  beforeAll(async () => {
    // The copy lives in the repository's git-ignored tmp/ and has no node_modules of its own, so Node
    // and Vite resolve packages from the real node_modules one level up. A node_modules *symlink* in a
    // copy under os.tmpdir() does not work: Astro 7 then sees each Starlight component under both its
    // link path and its real path and fails with "No cached compile metadata found".
    mkdirSync(join(root, 'tmp'), { recursive: true });
    project = mkdtempSync(join(root, 'tmp', 'hostile-'));
    const generated = [join('src', 'content', 'docs'), join('src', 'data')];
    for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'scripts']) {
      cpSync(join(root, entry), join(project, entry), {
        recursive: true,
        filter: (from) => {
          const rel = relative(root, from);
          return !generated.some((g) => rel === g || rel.startsWith(g + sep) || rel.startsWith(`${g}.`));
        },
      });
    }
    mkdirSync(join(project, 'sources'));
    writeFileSync(join(project, 'sources', NOTES_FILE), HOSTILE_NOTES);
    writeFileSync(join(project, 'sources', 'curation.yaml'), 'version: 1\n');

    buildSite(project);

    manifest = JSON.parse(readFileSync(join(project, 'src', 'data', 'manifest.json'), 'utf8')) as Manifest;
    server = await serveStatic(join(project, 'dist'));
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('builds, publishing every hostile question on a topic page', () => {
    for (const fragment of ['域名格式', '脚本会执行', '代码块里的尖括号', '标题里的', '健康检查方式']) {
      const unit = unitOf(fragment);
      expect(unit.status, unit.question).toBe('published');
      expect(builtHtml(unit.page), unit.question).toContain(`id="${unit.id}"`);
    }
  });

  it('writes placeholders and HTML from the notes into the built pages as escaped text', () => {
    const dns = unitOf('域名格式');
    const dnsHtml = sectionHtml(builtHtml(dns.page), dns.id);
    expect(dnsHtml).toMatch(asHtmlText('<servicename>.<namespace>.svc.<clusterdomain>'));
    expect(dnsHtml).toContain('{KUBERNETES_SERVICE_PORT}');
    expect(dnsHtml).toContain('${HOME}');
    expect(dnsHtml).toContain('{process.env.HOME}');
    expect(dnsHtml).not.toContain(HOME);

    const script = unitOf('脚本会执行');
    const scriptHtml = sectionHtml(builtHtml(script.page), script.id);
    expect(scriptHtml).toMatch(asHtmlText('<script>window.__pwned = 1</script>'));
    expect(scriptHtml).toMatch(asHtmlText('<img src=x onerror="window.__pwned = 2">'));
    expect(scriptHtml).not.toMatch(/<script|<img/i);
    expect(scriptHtml).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);

    const code = unitOf('代码块里的尖括号');
    const codeHtml = sectionHtml(builtHtml(code.page), code.id);
    expect(codeHtml).toMatch(/&lt;pod-name(?:>|&gt;)/);
    // Attribute values (the copy button's data-code) may hold a raw `<`; markup may not.
    expect(codeHtml.replace(/="[^"]*"/g, '=""')).not.toMatch(/<pod-name/);
  });

  it('shows angle brackets and braces literally in the rendered answer, never the machine’s HOME', async () => {
    const dns = unitOf('域名格式');
    const { page, problems } = await open(dns.page);
    const text = await sectionText(page, dns.id);
    expect(text).toContain('<servicename>.<namespace>.svc.<clusterdomain>');
    expect(text).toContain('{KUBERNETES_SERVICE_PORT}');
    expect(text).toContain('${HOME}');
    expect(text).toContain('{process.env.HOME}');
    expect(text).not.toContain(HOME);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('keeps a question’s own <b> and {…} as heading text, in the heading and its table-of-contents entry', async () => {
    const unit = unitOf('标题里的');
    const { page } = await open(unit.page);
    const heading = page.locator(`h3[id="${unit.id}"]`);
    await expect(heading.innerText()).resolves.toContain('Pod 标题里的 <b>标签</b> 与 {process.env.HOME} 会保留吗？');
    expect(await heading.locator('b').count()).toBe(0);
    const tocEntry = page.locator(`starlight-toc a[href="#${unit.id}"]`);
    await expect(tocEntry.innerText()).resolves.toContain('<b>标签</b> 与 {process.env.HOME}');
    expect(await sectionText(page, unit.id)).toContain('行内代码 <container-name> 同样');
    await page.close();
  });

  it('shows the script, the onerror image and the javascript: link as text and runs none of them', async () => {
    const unit = unitOf('脚本会执行');
    const { page, problems } = await open(unit.page);
    const text = await sectionText(page, unit.id);
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(text).toContain('点我');

    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('img[onerror]').count()).toBe(0);
    expect(await inlineHandlers(page)).toEqual([]);
    expect(await scriptHrefs(page)).toEqual([]);

    // Clicking the would-be link must do nothing: no navigation, no script.
    const before = page.url();
    await page.getByText('点我', { exact: false }).first().click();
    expect(page.url()).toBe(before);
    expect(await pwned(page)).toBeUndefined();
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('shows <pod-name> and {x} literally inside the code block', async () => {
    const unit = unitOf('代码块里的尖括号');
    const { page } = await open(unit.page);
    const code = await page.evaluate((id) => {
      const heading = document.getElementById(id)!;
      const start = heading.closest('.sl-heading-wrapper') ?? heading;
      for (let node = start.nextElementSibling; node && !node.matches('.sl-heading-wrapper.level-h2, .sl-heading-wrapper.level-h3'); node = node.nextElementSibling) {
        const pre = node.querySelector('pre') ?? (node.matches('pre') ? node : null);
        if (pre) return (pre as HTMLElement).innerText;
      }
      return null;
    }, unit.id);
    expect(code).not.toBeNull();
    expect(code).toContain('name: <pod-name>');
    expect(code).toContain('value: {x}');
    await page.close();
  });

  it('keeps the search results free of script too when a reader searches for the hostile text', async () => {
    const unit = unitOf('脚本会执行');
    const { page, problems } = await open(unit.page);
    await page.locator('button[data-open-modal]').click();
    await page.locator('dialog[open] input').fill('pwned');
    const results = page.locator('dialog[open] .pagefind-ui__result-link');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(unit.page);
    expect(await page.locator('dialog[open] .pagefind-ui__result-excerpt').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('pwned')]));
    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('img[onerror]').count()).toBe(0);
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
