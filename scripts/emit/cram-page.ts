/**
 * 突击版: every question in reading order with its 要点 and a link to its whole answer, on one page made to
 * revise from on a phone or on paper (and printed to a PDF by scripts/cram-pdf.ts). A question without
 * 要点 shows the opening of the notes' answer, or says it has none yet.
 */
import type { Question, TopicPage } from '../lib/types.ts';
import { questionLink } from './pagination.ts';
import { toSafeInline, toSafeMdx } from './safe-mdx.ts';

/** The PDF's file name under the site's root. */
export const CRAM_PDF = 'k8s-interview-cram.pdf';

const opening = (q: Question): string => {
  const text = q.answer
    .replace(/```[^]*?```/g, ' ')
    .replace(/[#>*`|_[\]()!-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...text];
  return chars.length > 120 ? `${chars.slice(0, 120).join('')}……` : text;
};

function entry(q: Question, where: ReadonlyMap<string, string>): string[] {
  const heading = `### [${toSafeInline(q.question)}](${questionLink(where, q.id, 1)}) {#cram-${q.id}}`;
  if (q.editors) return [heading, '', toSafeMdx(q.editors.points.map((p) => `- ${p}`).join('\n'), true), ''];
  if (q.unanswered || q.answer === '') return [heading, '', '（待补充：笔记中还没有答案）', ''];
  return [heading, '', `笔记原文：${toSafeInline(opening(q))}`, ''];
}

export function cramPageMdx(pages: readonly TopicPage[], where: ReadonlyMap<string, string>): string {
  const total = pages.reduce((n, p) => n + p.questions.length, 0);
  return `${[
    '---',
    'title: 突击版',
    `description: ${JSON.stringify(`全部 ${total} 道题的要点，按主题和阅读顺序排列，考前快速复习用，每题链到完整答案。`)}`,
    'pagefind: false',
    'tableOfContents:',
    '  maxHeadingLevel: 2',
    '---',
    '',
    `全部 ${total} 道题，按主题和阅读顺序排列，每题只列要点（本站编写），标题链到完整答案。考前复习用：手机上从头读到尾，或打印、下载 [PDF 版](../${CRAM_PDF})（按主题和题目分级书签）。`,
    '',
    ...pages.flatMap((page) => [`## ${toSafeInline(page.topic.title)} {#cram-topic-${page.topic.id}}`, '', ...page.questions.flatMap((q) => entry(q, where))]),
  ]
    .join('\n')
    .trimEnd()}\n`;
}
