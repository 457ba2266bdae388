/**
 * After the 突击版 PDF is printed: the 突击版 page (cram/) keeps its intro, every topic's heading and the first
 * topics' entries, and the other topics' entries move to files of their own (cram/parts/<topic>.html) that the
 * page loads once it has shown (src/scripts/cram-parts.ts). All 394 entries in one HTML file were 533 KB (165 KB
 * gzip): a phone on a slow network waited for all of it before the first paint (Lighthouse performance 95).
 * The page reads the same once its parts have come; the table of contents, whose entries are the topics'
 * headings, works from the start.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ui } from './emit/ui.ts';

/** Where a part's entries stand in the page until they have come. */
export const PART_ATTRIBUTE = 'data-cram-part';
/** The folder of the parts, beside the page. */
export const PARTS_DIR = 'parts';
/** The page's HTML, before compression, that the first topics may fill: the first topic always, more while they fit. */
export const SHELL_BUDGET = 100_000;

const CONTENT_START = '<div class="sl-markdown-content">';
const TOPIC_START = '<div class="sl-heading-wrapper level-h2">';

/** Where the element opening at `from` (a `<div`) closes: just after its `</div>`. */
function divEnd(html: string, from: number): number {
  const tags = /<div[\s>]|<\/div>/g;
  tags.lastIndex = from;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error(`cram split: the <div> at ${from} never closes; is dist/cram/index.html whole?`);
}

export interface CramSplit {
  /** The page with the later topics' entries replaced by their placeholders. */
  page: string;
  /** Each later topic's entries, in reading order: the file under parts/ and its HTML. */
  parts: { file: string; html: string }[];
}

/** Splits the built 突击版 page; a page without topics (or small enough) is left whole. */
export function splitCram(html: string, budget = SHELL_BUDGET): CramSplit {
  const start = html.indexOf(CONTENT_START);
  if (start < 0) throw new Error('cram split: no <div class="sl-markdown-content"> in dist/cram/index.html; did Starlight change its markup?');
  const end = divEnd(html, start) - '</div>'.length;
  // The topics: each its heading (a wrapper <div>) and its entries, up to the next topic's heading.
  const topics: { id: string; name: string; body: [number, number] }[] = [];
  for (let at = html.indexOf(TOPIC_START, start); at >= 0 && at < end;) {
    const headingEnd = divEnd(html, at);
    const next = html.indexOf(TOPIC_START, headingEnd);
    const [, id, name] = /<h2 id="([^"]+)">(.*?)<\/h2>/.exec(html.slice(at, headingEnd)) ?? [];
    if (!id || name === undefined) throw new Error(`cram split: a topic heading without an id at ${at}`);
    topics.push({ id, name, body: [headingEnd, next < 0 || next > end ? end : next] });
    at = next;
  }
  const bytes = (from: number, to: number) => Buffer.byteLength(html.slice(from, to));
  let kept = 1;
  while (kept < topics.length && bytes(0, topics[kept]!.body[1]) + bytes(end, html.length) <= budget) kept++;
  const later = topics.slice(kept);
  if (later.length === 0) return { page: html, parts: [] };
  const parts = later.map(({ id, body: [from, to] }) => ({ file: `${id}.html`, html: html.slice(from, to).trim() }));
  let page = html.slice(0, later[0]!.body[0]);
  for (const [i, { id, name, body }] of later.entries()) {
    // Until its entries come (or for good, without JavaScript): how many they are, and the topic's page.
    const link = `<a href="../${id.replace(/^cram-topic-/, '')}/">${name}</a>`;
    const count = parts[i]!.html.match(/<h3[\s>]/g)?.length ?? 0;
    page += `\n<div ${PART_ATTRIBUTE}="${PARTS_DIR}/${parts[i]!.file}" class="kb-cram-part"><p>${ui('kbCram.partLoading', { count, topic: link })}</p></div>\n`;
    const next = later[i + 1];
    page += html.slice(body[1], next ? next.body[0] : body[1]);
  }
  page += html.slice(later.at(-1)!.body[1]);
  return { page, parts };
}

export function cramSplitIntegration(): AstroIntegration {
  return {
    name: 'kb-cram-split',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const file = join(dist, 'cram', 'index.html');
        if (!existsSync(file)) return;
        const before = readFileSync(file, 'utf8');
        const { page, parts } = splitCram(before);
        const folder = join(dist, 'cram', PARTS_DIR);
        rmSync(folder, { recursive: true, force: true });
        if (parts.length === 0) return;
        mkdirSync(folder, { recursive: true });
        for (const part of parts) writeFileSync(join(folder, part.file), `${part.html}\n`);
        writeFileSync(file, page);
        const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;
        logger.info(`cram/: ${kb(before)} → ${kb(page)}, ${parts.length} topics loaded after the page (cram/${PARTS_DIR}/)`);
      },
    },
  };
}
