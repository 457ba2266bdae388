/**
 * After the 突击版 PDF is printed: a long page of every topic's entries — the 突击版 (cram/) and 高频题 (frequent/) —
 * keeps its intro, every topic's heading and the first topics' entries, and the other topics' entries move to files
 * of their own (<page>/parts/<topic>.html) that the page loads once the reader starts reading
 * (src/scripts/cram-parts.ts). All 394 entries of the 突击版 in one HTML file were 533 KB (165 KB gzip): a phone on a
 * slow network waited for all of it before the first paint (Lighthouse performance 95); 高频题's 55 answers' 要点
 * took 220–280 ms to lay out the first time (Lighthouse 93–98). The page reads the same once its parts have come; the
 * table of contents, whose entries are the topics' headings, works from the start.
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
  throw new Error(`cram split: the <div> at ${from} never closes; is the page whole?`);
}

/** The pages split, and the page of the topic a placeholder's heading id names (cram-topic-pod, topic-pod → ../pod/). */
export const SPLIT_PAGES: readonly { page: string; topicPage: (id: string) => string }[] = [
  { page: 'cram', topicPage: (id) => `../${id.replace(/^cram-topic-/, '')}/` },
  { page: 'frequent', topicPage: (id) => `../${id.replace(/^topic-/, '')}/` },
];

export interface CramSplit {
  /** The page with the later topics' entries replaced by their placeholders. */
  page: string;
  /** Each later topic's entries, in reading order: the file under parts/ and its HTML. */
  parts: { file: string; html: string }[];
}

/** Splits a built page of topics; a page without topics (or small enough) is left whole. */
export function splitCram(html: string, budget = SHELL_BUDGET, topicPage = SPLIT_PAGES[0]!.topicPage): CramSplit {
  const start = html.indexOf(CONTENT_START);
  if (start < 0) throw new Error('cram split: no <div class="sl-markdown-content"> in the page; did Starlight change its markup?');
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
    // Until its entries come (or for good, without JavaScript): how many they are, and the topic's page. Practice
    // mode counts them among the page's questions meanwhile.
    const link = `<a href="${topicPage(id)}">${name}</a>`;
    const count = parts[i]!.html.match(/<h3[\s>]/g)?.length ?? 0;
    // (Answers practice mode hides: 高频题's; the 突击版's entries are 要点 and a link, no answer.)
    const answers = parts[i]!.html.match(/class="kb-answer[\s"]/g)?.length ?? 0;
    // Every id the part holds stays a target meanwhile (an empty mark each): a link to one of its questions
    // (/frequent/#id, from the home page or a chat) lands here, and the page loads the topic at once.
    const marks = [...parts[i]!.html.matchAll(/\sid="([^"]+)"/g)].map(([, target]) => `<span id="${target}"></span>`).join('');
    page += `\n<div ${PART_ATTRIBUTE}="${PARTS_DIR}/${parts[i]!.file}" class="kb-cram-part"${answers > 0 ? ` data-questions="${answers}"` : ''}><p>${ui('kbCram.partLoading', { count, topic: link })}</p>${marks}</div>\n`;
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
        for (const { page: name, topicPage } of SPLIT_PAGES) {
          const file = join(dist, name, 'index.html');
          if (!existsSync(file)) continue;
          const before = readFileSync(file, 'utf8');
          const { page, parts } = splitCram(before, SHELL_BUDGET, topicPage);
          const folder = join(dist, name, PARTS_DIR);
          rmSync(folder, { recursive: true, force: true });
          if (parts.length === 0) continue;
          mkdirSync(folder, { recursive: true });
          for (const part of parts) writeFileSync(join(folder, part.file), `${part.html}\n`);
          writeFileSync(file, page);
          const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;
          logger.info(`${name}/: ${kb(before)} → ${kb(page)}, ${parts.length} topics loaded after the page (${name}/${PARTS_DIR}/)`);
        }
      },
    },
  };
}
