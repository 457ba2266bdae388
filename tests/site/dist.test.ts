import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Manifest } from '../../scripts/emit/manifest.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(root, 'src/data/manifest.json'), 'utf8')) as Manifest;
const html = (page: string) => readFileSync(join(dist, page, 'index.html'), 'utf8');
/** An attribute's text as a reader sees it, its HTML entities read. */
const unescaped = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'");
const TOPICS = ['architecture', 'etcd', 'pod', 'workloads', 'scheduling', 'service', 'network', 'storage', 'security', 'istio', 'observability', 'operations'];
/** Every page that shows questions: the topic pages, or their groups' pages once a topic is split. */
const questionPages = [...new Set([...manifest.units.map((u) => u.page), ...manifest.editors.map((e) => e.page)])].sort();
/** The article body of a built page, without Starlight's chrome. */
const content = (page: string) => html(page).split('<div class="sl-markdown-content">')[1]!.split('</main>')[0]!;
/** The 突击版 as a reader has it once its later topics have come (scripts/cram-split.ts): each placeholder replaced by its part. */
const wholeCram = () => content('cram/').replace(/<div data-cram-part="([^"]+)"[^>]*>.*?<\/div>/g, (_, part: string) => readFileSync(join(dist, 'cram', part), 'utf8'));

describe('accuracy review on the built site', () => {
  it('says on the home page and on every topic page which versions the content was checked against', () => {
    // What was checked (our text), against which releases, and how the notes' own text stands.
    expect(content('')).toMatch(
      /要点、本站解答与勘误已对照 Kubernetes 1\.\d+–1\.\d+、etcd 3\.\d+、Istio 1\.\d+–1\.\d+、Helm 4（\d{4}-\d{2}-\d{2}）的官方文档[^。]*核对；笔记原文照录，核对中发现的错误在原处以「本站勘误」标出/,
    );
    for (const t of TOPICS) expect(content(`${t}/`), t).toMatch(/本主题的要点、本站解答与勘误已对照 Kubernetes 1\.\d+[^。]*核对/);
  });

  it('claims no question with a known open problem as checked: each shows 未校对 and /unreviewed/ names its problem', () => {
    const problems = (parse(readFileSync(join(root, 'sources/curation.yaml'), 'utf8')) as { problems: { anchor: string; problem: string }[] }).problems;
    const badges = questionPages.reduce((n, page) => n + (content(page.slice(1)).match(/kb-badge--unreviewed/g)?.length ?? 0), 0);
    expect(badges).toBe(problems.length);
    for (const { anchor, problem } of problems) {
      expect(content('unreviewed/')).toContain(`#${anchor}"`);
      expect(content('unreviewed/')).toContain(problem);
    }
  });

  it('titles each correction by what it corrects, never a heading cut off, and links the official page', () => {
    for (const t of TOPICS) {
      for (const [, title] of content(`${t}/`).matchAll(/<aside aria-label="([^"]*本站勘误[^"]*)"/g)) {
        expect(title, t).not.toMatch(/…/);
      }
    }
    const notes = (parse(readFileSync(join(root, 'sources/curation.yaml'), 'utf8')) as { notes: { title?: string; url?: string }[] }).notes;
    for (const n of notes) {
      expect(n.title, JSON.stringify(n)).toBeTruthy();
      // The project's documentation, or for a tool outside it (log-pilot, a retired project) its own repository.
      expect(n.url, JSON.stringify(n)).toMatch(/^https:\/\/(kubernetes\.io|etcd\.io|istio\.io|helm\.sh|github\.com\/[\w.-]+\/[\w.-]+|docs\.tigera\.io|prometheus\.io)(?:\/|$)/);
    }
  });

  it('shows no 纠错 link when the site names no place for reports', () => {
    expect(html('pod/')).not.toContain('kb-report');
  });
});

describe('our own text on the built site', () => {
  it('opens every question with 要点 labelled as ours, naming the release and the official pages', () => {
    for (const page of questionPages) {
      const body = content(page.slice(1));
      const sections = body.split(/<h3 id=/).slice(1);
      expect(sections.length, page).toBeGreaterThan(0);
      for (const section of sections) {
        const id = section.slice(1, section.indexOf('"', 1));
        expect(section, `${page}#${id}`).toMatch(/<div class="kb-points[^"]*"[^>]*><p class="kb-points__title[^"]*"[^>]*>要点</);
        expect(section, `${page}#${id}`).toMatch(/本站编写 · (Kubernetes|etcd|Istio|Helm) /);
        expect(section, `${page}#${id}`).toMatch(/依据：\s*<a href="https:\/\/(kubernetes\.io|etcd\.io|istio\.io|helm\.sh|prometheus\.io|github\.com)\//);
      }
    }
  });

  it('marks where the notes answer starts under our text, and answers every question of ours', () => {
    for (const { page, id, kind } of manifest.editors) {
      const section = content(page.slice(1)).split(`<h3 id="${id}"`)[1]!.split('<h3 id=')[0]!;
      if (kind === 'key-points') continue;
      expect(section, `${page}#${id}`).toMatch(/class="kb-ours-answer__title[^"]*"[^>]*>本站解答/);
      if (kind === 'question') expect(section, `${page}#${id}`).not.toContain('kb-notes-label');
      // The notes' answer, where they have one, follows ours under its own label.
      else if (section.includes('kb-notes-label')) expect(section.indexOf('kb-notes-label'), `${page}#${id}`).toBeGreaterThan(section.indexOf('kb-ours-answer__title'));
    }
  });
});

describe('the built site in dist/', () => {
  it('has a Chinese page per topic, a home page and a favicon', () => {
    for (const page of ['', ...TOPICS.map((t) => `${t}/`)]) {
      expect(html(page), page).toMatch(/<html lang="zh-CN"/);
    }
    expect(existsSync(join(dist, 'favicon.svg'))).toBe(true);
  });

  it('says how many notes carry a question and in how many places, and that a 补充 lists only what is new', () => {
    const restart = html(manifest.units.find((u) => u.id === 'restart-policy')!.page.slice(1))
      .split('id="restart-policy"')[1]!
      .split(/<h[23]/)[0]!;
    expect(restart).toContain('收录于 3 份笔记的 4 处：');
    expect(restart).toContain('只列出上文没有的内容');
  });

  it('tells readers the search shortcut that works, and gives short links a favicon', () => {
    expect(html('')).toContain('<kbd>Ctrl</kbd> + <kbd>K</kbd>');
    expect(html('')).not.toContain('<kbd>/</kbd>');
    for (const id of readdirSync(join(dist, 'q'))) expect(html(`q/${id}/`), id).toContain('<link rel="icon" href="/favicon.svg"');
  });

  it('has every question of the manifest as an anchor on its page', () => {
    for (const unit of manifest.units) {
      expect(html(unit.page.slice(1)), `${unit.at} → ${unit.page}#${unit.id}`).toContain(`id="${unit.id}"`);
    }
  });

  it('lists each question in its page table of contents', () => {
    for (const unit of manifest.units) expect(html(unit.page.slice(1)), unit.id).toContain(`href="#${unit.id}"`);
  });

  it('shows the notes literally: no escape residue, broken bold or HTML from the notes', () => {
    for (const topic of questionPages.map((p) => p.slice(1))) {
      // Marker badges quote the notes' own labels, such as `1*********`, on purpose.
      const body = content(topic).replace(/<div class="kb-meta[^]*?<\/div>/g, '');
      expect(body, topic).not.toMatch(/\\\d+\./);
      expect(body, topic).not.toContain('****');
      // The only scripts in an article are our own bundles (code blocks, copy-link buttons), never anything from the notes.
      expect(body.replace(/<script type="module" src="\/_astro\/[\w.-]+\.js"><\/script>/g, ''), topic).not.toMatch(/<script/i);
      // The only images are our own diagrams, files the build drew (Diagram.astro).
      expect(body.replace(/<img class="kb-diagram__theme--(?:light|dark)[\w -]*" src="\/_astro\/[\w.-]+\.svg"[^>]*>/g, ''), topic).not.toMatch(/<img/i);
    }
    expect(
      questionPages
        .filter((p) => p.startsWith('/service/'))
        .map((p) => content(p.slice(1)))
        .join(''),
    ).toContain('&lt;servicename&gt;.&lt;namespace&gt;.svc');
  });

  it('marks unanswered questions as 待补充', () => {
    // Our editors answer every question the notes leave open, so there may be none.
    const unanswered = manifest.units.filter((u) => u.status === 'unanswered');
    for (const unit of unanswered) {
      const section = html(unit.page.slice(1))
        .split(`id="${unit.id}"`)[1]!
        .split(/<h[23]/)[0]!;
      expect(section, unit.at).toContain('待补充');
    }
  });

  it('links each hot-linked image to its original instead of embedding it', () => {
    for (const image of manifest.images) {
      const page = image.page.split('#')[0]!.slice(1);
      expect(content(page), image.at).toContain(`href="${image.url.replace(/&/g, '&amp;')}"`);
    }
  });

  it('indexes the site for search, in small chunks the index names exactly (none missing, none left over to download offline)', () => {
    const bundle = join(dist, 'pagefind');
    const { languages } = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const meta = gunzipSync(readFileSync(join(bundle, `pagefind.${languages['zh-cn']!.hash}.pf_meta`))).toString('utf8');
    const named = new Set(meta.match(/zh-cn_[0-9a-f]{7,}/g));
    const files = ['index', 'fragment', 'filter'].flatMap((folder) => readdirSync(join(bundle, folder)).map((f) => f.replace(/\.pf_\w+$/, '')));
    expect(new Set(files)).toEqual(named);
    const chunks = readdirSync(join(bundle, 'index')).map((f) => statSync(join(bundle, 'index', f)).size);
    expect(chunks.length).toBeGreaterThan(100);
    expect(chunks.sort((a, b) => a - b)[Math.floor(chunks.length / 2)]).toBeLessThan(8 * 1024);
  });
});

describe('diagrams in dist/', () => {
  const curation = parse(readFileSync(join(root, 'sources/curation.yaml'), 'utf8')) as { diagrams: { at: string; diagram: string }[] };

  it('puts both the light and the dark drawing of each diagram under its question, with no diagram script', () => {
    expect(curation.diagrams.length).toBeGreaterThanOrEqual(7);
    for (const { at, diagram } of curation.diagrams) {
      const unit = manifest.units.find((u) => u.at === at)!;
      const section = html(unit.page.slice(1))
        .split(`id="${unit.id}"`)[1]!
        .split(/<h[23]/)[0]!;
      expect(section, `${diagram} under ${unit.page}#${unit.id}`).toContain(`data-diagram="${diagram}.light"`);
      expect(section, `${diagram} under ${unit.page}#${unit.id}`).toContain(`data-diagram="${diagram}.dark"`);
      expect(section).toContain('<figcaption');
    }
    for (const topic of TOPICS) expect(html(`${topic}/`)).not.toMatch(/mermaid(\.min)?\.js/);
  });
});

describe('links to answers in dist/', () => {
  const lock = JSON.parse(readFileSync(join(root, 'sources/anchors.lock.json'), 'utf8')) as Record<string, { page: string }>;

  it('keeps every anchor ever published on its page, and a short link /q/<anchor>/ to it', () => {
    expect(Object.keys(lock).length).toBeGreaterThanOrEqual(manifest.units.length / 2);
    for (const [anchor, { page }] of Object.entries(lock)) {
      expect(html(page.slice(1)), `${page}#${anchor}`).toContain(`id="${anchor}"`);
      const redirect = readFileSync(join(dist, 'q', anchor, 'index.html'), 'utf8');
      expect(redirect, anchor).toContain(`url=${page}#${anchor}`);
    }
  });

  it('unfurls every short link into its question: Open Graph and Twitter tags, a description from its answer, a site image', () => {
    const records = JSON.parse(readFileSync(join(root, 'src/data/search.json'), 'utf8')) as { id: string; question: string; unanswered: boolean }[];
    const meta = (page: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page)?.[1];
    const site = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(html(''))![1]!;
    for (const record of records) {
      const page = html(`q/${record.id}/`);
      expect(unescaped(meta(page, 'og:title') ?? ''), record.id).toBe(record.question);
      expect(meta(page, 'og:description')?.length ?? 0, record.id).toBeGreaterThan(10);
      expect(meta(page, 'description'), record.id).toBe(meta(page, 'og:description'));
      expect(meta(page, 'og:url'), record.id).toBe(`${site}/q/${record.id}/`);
      expect(meta(page, 'og:type'), record.id).toBe('article');
      expect(meta(page, 'og:image'), record.id).toBe(`${site}/og.png`);
      expect(meta(page, 'twitter:card'), record.id).toBe('summary');
      expect(page, record.id).toMatch(new RegExp(`<link rel="canonical" href="${site}/[a-z]+/(?:[a-z0-9-]+/)?#`));
    }
    expect(existsSync(join(dist, 'og.png'))).toBe(true);
    // Topic pages carry the same image, with Starlight's title, description and URL.
    expect(meta(html('pod/'), 'og:image')).toBe(`${site}/og.png`);
  });

  it('unfurls the short link of a merged question as the question it leads to, and indexes each question once', () => {
    const records = JSON.parse(readFileSync(join(root, 'src/data/search.json'), 'utf8')) as { id: string; question: string; aliases?: string[] }[];
    const merged = records.flatMap((r) => (r.aliases ?? []).map((alias) => ({ alias, question: r.question })));
    expect(merged.length).toBeGreaterThan(0);
    for (const { alias, question } of merged) {
      const page = html(`q/${alias}/`);
      expect(unescaped(/<meta property="og:title" content="([^"]*)"/.exec(page)?.[1] ?? ''), alias).toBe(question);
      expect(page, alias).not.toContain('跳转到题目…');
      // The question's own short link is its search record; the merged one only leads there.
      expect(page, alias).not.toContain('data-pagefind-body');
    }
  });

  it('builds the 突击版: every question in reading order with its 要点 and a link to its answer, and a PDF with bookmarks', () => {
    const records = JSON.parse(readFileSync(join(root, 'src/data/search.json'), 'utf8')) as { id: string; page: string }[];
    const page = wholeCram();
    const linked = [...page.matchAll(/<h3 id="cram-([a-z0-9-]+)"><a href="[^"]*#([a-z0-9-]+)"/g)].map((m) => [m[1], m[2]]);
    expect(linked.length).toBe(records.length);
    for (const [entry, target] of linked) expect(target, entry).toBe(entry);
    // In reading order: the order of the topic pages' questions.
    expect(linked.map(([id]) => id)).toEqual(records.map((r) => r.id));
    expect(content('')).toContain('href="cram/"');
    const pdf = readFileSync(join(dist, 'k8s-interview-cram.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.includes('/Outlines')).toBe(true);
    // Its links lead to the published site, not to the machine that printed it.
    const site = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(html(''))![1]!;
    const uris = [...pdf.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
    expect(uris.length).toBeGreaterThanOrEqual(records.length);
    expect(uris.filter((uri) => !uri.startsWith(`${site}/`))).toEqual([]);
    expect(uris).toContain(`${site}${records[0]!.page}#${records[0]!.id}`);
  });

  it('keeps long pages light: a heading link is a few bytes (its icon drawn once in CSS), and a 突击版 heading, a link itself, gets none', () => {
    const pages = ['pod/config/', 'frequent/', 'cram/'].map((p) => [p, html(p)] as const);
    for (const [path, page] of pages) {
      const links = [...page.matchAll(/<a class="sl-anchor-link"[^>]*>(.*?)<\/a>/g)].map((m) => m[1]!);
      expect(links.length, path).toBeGreaterThan(0);
      for (const inner of links) expect(inner, path).not.toContain('<svg');
    }
    expect(wholeCram()).not.toMatch(/<h3 id="cram-[^"]+"><a [^>]*>[^<]*<\/a><\/h3><a class="sl-anchor-link"/);
    // Budgets of HTML bytes before compression: /pod/ from the issue on page weight; the 突击版's page, whose later
    // topics come after it (all 394 entries in one file were 533 KB, Lighthouse performance 95 on a phone).
    expect(Buffer.byteLength(html('pod/'))).toBeLessThan(200_000);
    expect(Buffer.byteLength(html('cram/'))).toBeLessThan(100_000);
    expect(content('cram/')).toContain('id="cram-what-is-kubernetes"');
  });

  it('lists the short links in the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const anchor of Object.keys(lock)) expect(sitemap).toContain(`/q/${anchor}/</loc>`);
  });
});

describe('accuracy notes and overview pages in dist/', () => {
  const curation = parse(readFileSync(join(root, 'sources/curation.yaml'), 'utf8')) as { notes: { at: string }[] };

  it('renders each accuracy note as a caution aside titled 本站勘误 under its question', () => {
    for (const { at } of curation.notes) {
      const unit = manifest.units.find((u) => u.at === at)!;
      const section = html(unit.page.slice(1))
        .split(`id="${unit.id}"`)[1]!
        .split(/<h[23]/)[0]!;
      expect(section, at).toMatch(/<aside[^>]*starlight-aside--caution[^]*本站勘误/);
    }
  });

  it('builds the 高频题 and 待补充 pages, linked from the home page', () => {
    expect(html('frequent/')).toContain('<h1');
    expect(html('open/')).toContain('待补充');
    expect(html('')).toContain('href="frequent/"');
    // The 待补充 card only while some question has no answer: one saying 「0 道」 offers nothing.
    expect(html('').includes('href="open/"')).toBe(manifest.units.some((u) => u.status === 'unanswered'));
  });
});

describe("finding one's way in dist/", () => {
  const sidebarOf = (page: string) => html(page).split('<main')[0]!;
  /** The page 上一页 or 下一页 leads to, as a path from the site's root. */
  const step = (page: string, rel: 'prev' | 'next') => {
    const href = new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(html(page))?.[1];
    return href === undefined ? undefined : new URL(href, `http://x/${page}`).pathname.slice(1);
  };
  // In the sidebar's order.
  const topics = TOPICS.map((t) => `${t}/`);
  const split = topics.filter((p) => readdirSync(join(dist, p), { withFileTypes: true }).some((e) => e.isDirectory()));

  it('leads 下一页 from a split topic through each of its pages to the next topic, and 上一页 back, its topic marked in the sidebar', () => {
    expect(split.length).toBeGreaterThan(3);
    for (const topic of split) {
      const name = /<h1 id="_top"[^>]*>([^<]+)<\/h1>/.exec(html(topic))?.[1];
      const visited = [topic];
      for (let page = step(topic, 'next'); page?.startsWith(topic); page = step(page, 'next')) {
        visited.push(page);
        expect(step(page, 'prev'), page).toBe(visited.at(-2));
        expect(/aria-current="page"[^>]*><span[^>]*>([^<]*)/.exec(sidebarOf(page))?.[1], page).toBe(name);
      }
      // Every page of the topic on the way, in the order its index lists them.
      const listed = [...content(topic).matchAll(/<h2 id="part-[^"]+"><a href="([^"]+)"/g)].map((m) => `${topic}${m[1]}`);
      expect(listed.length, topic).toBeGreaterThan(1);
      expect(visited.slice(1), topic).toEqual(listed);
      expect(step(visited.at(-1)!, 'next'), topic).toBe(topics[topics.indexOf(topic) + 1]);
    }
  });

  it('lists 待补充 in the sidebar only while some question has no answer', () => {
    const open = manifest.units.some((u) => u.status === 'unanswered');
    for (const page of ['', 'pod/', 'cram/', 'open/']) expect(sidebarOf(page).includes('href="/open/"'), page).toBe(open);
    expect(existsSync(join(dist, 'open', 'index.html'))).toBe(true);
  });
});
