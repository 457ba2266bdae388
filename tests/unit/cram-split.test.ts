/**
 * The 突击版 split into a light page and its later topics (scripts/cram-split.ts): nothing lost or
 * reordered, the first topic always on the page, each later topic's heading kept for the table of
 * contents, and a note with the topic's page where its entries have not come.
 */
import { describe, expect, it } from 'vitest';
import { PART_ATTRIBUTE, SPLIT_PAGES, splitCram } from '../../scripts/cram-split.ts';

const topic = (id: string, name: string, entries: number) =>
  `<div class="sl-heading-wrapper level-h2"><h2 id="cram-topic-${id}">${name}</h2><a class="sl-anchor-link" href="#cram-topic-${id}"><span class="sr-only">本节链接：${name}</span></a></div>\n` +
  Array.from(
    { length: entries },
    (_, i) =>
      `<div class="sl-heading-wrapper level-h3"><h3 id="cram-${id}-${i}"><a href="../${id}/#q${i}">${name} 第 ${i} 题？</a></h3></div>\n<ul>\n<li>${'要点'.repeat(40)}</li>\n</ul>\n`,
  ).join('');
const page = (body: string) => `<html><body><main><div class="sl-markdown-content"><p>全部题目。</p>\n${body}</div><footer>页脚</footer></main></body></html>`;
const site = page(topic('architecture', '架构', 5) + topic('pod', 'Pod', 4) + topic('network', '网络与 &lt;CNI&gt;', 3));

/** The page with each placeholder replaced by its part: what a reader has once the parts have come. */
function reassemble({ page: shell, parts }: ReturnType<typeof splitCram>): string {
  let at = 0;
  return shell.replace(new RegExp(`\\n<div ${PART_ATTRIBUTE}="[^"]+" class="kb-cram-part"(?: data-questions="\\d+")?>.*?</div>\\n`, 'g'), () => parts[at++]!.html);
}
const squeeze = (html: string) => html.replace(/\s+/g, '');

describe('the 突击版 split', () => {
  it('keeps the first topic on the page and moves the others to parts that, put back, give the page as it was', () => {
    const split = splitCram(site, 2_000);
    expect(split.parts.map((p) => p.file)).toEqual(['cram-topic-pod.html', 'cram-topic-network.html']);
    expect(split.page).toContain('id="cram-architecture-4"');
    expect(split.page).not.toContain('<h3 id="cram-pod-0"');
    expect(squeeze(reassemble(split))).toBe(squeeze(site));
  });

  it('keeps every topic heading on the page, for the table of contents, each later one with its count and a link to its page', () => {
    const { page: shell } = splitCram(site, 2_000);
    for (const id of ['architecture', 'pod', 'network']) expect(shell).toContain(`<h2 id="cram-topic-${id}">`);
    expect(shell).toContain('本主题的 4 道题随阅读载入；没有出现时，可以打开「<a href="../pod/">Pod</a>」主题页阅读。');
    // The topic's name as the page wrote it, entities and all.
    expect(shell).toContain('<a href="../network/">网络与 &lt;CNI&gt;</a>');
    // A link to one of its questions lands on its topic's placeholder; the 突击版 has no answers for practice mode to count.
    for (const k of [0, 3]) expect(shell).toMatch(new RegExp(`class="kb-cram-part">.*<span id="cram-pod-${k}"></span>.*</div>`));
    expect(shell).not.toContain('data-questions');
  });

  it('splits 高频题 too, whose topic headings link to the topic pages', () => {
    const frequent = site.replaceAll('cram-topic-', 'topic-').replaceAll('<ul>', '<div class="kb-answer"><ul>').replaceAll('</ul>', '</ul></div>');
    const { topicPage } = SPLIT_PAGES.find((p) => p.page === 'frequent')!;
    const split = splitCram(frequent, 2_000, topicPage);
    expect(split.parts.map((p) => p.file)).toEqual(['topic-pod.html', 'topic-network.html']);
    expect(split.page).toContain('「<a href="../pod/">Pod</a>」');
    // Practice mode counts the answers still to come.
    expect(split.page).toContain('class="kb-cram-part" data-questions="4"');
    expect(squeeze(reassemble(split))).toBe(squeeze(frequent));
  });

  it('keeps as many topics on the page as the budget allows, and a page within it whole', () => {
    expect(splitCram(site, Buffer.byteLength(site) - 200).parts.map((p) => p.file)).toEqual(['cram-topic-network.html']);
    expect(splitCram(site, Buffer.byteLength(site))).toEqual({ page: site, parts: [] });
    // However small the budget, the first topic stays: the page is never an empty shell.
    expect(splitCram(site, 0).page).toContain('id="cram-architecture-0"');
  });

  it('names the markup it did not find', () => {
    expect(() => splitCram('<main><p>空</p></main>')).toThrow(/sl-markdown-content.*Starlight/);
  });
});
