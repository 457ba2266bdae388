/**
 * 突击版: every question in reading order with its 要点 and a link to its whole answer, on one page made to
 * revise from on a phone or on paper (and printed to a PDF by scripts/cram-pdf.ts). A question without
 * 要点 shows the opening of the notes' answer, or says it has none yet.
 */
import type { Question, TopicPage } from '../lib/types.ts';
import { questionLink } from './pagination.ts';
import { toSafeInline, toSafeMdx } from './safe-mdx.ts';
import { ui } from './ui.ts';

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
  if (q.unanswered || q.answer === '') return [heading, '', ui('kb.cramTodo'), ''];
  return [heading, '', `${ui('kb.cramNotes')}${toSafeInline(opening(q))}`, ''];
}

export function cramPageMdx(pages: readonly TopicPage[], where: ReadonlyMap<string, string>): string {
  const total = pages.reduce((n, p) => n + p.questions.length, 0);
  return `${[
    '---',
    `title: ${ui('kbNav.cram')}`,
    `description: ${JSON.stringify(ui('kbCram.description', { total }))}`,
    'pagefind: false',
    'tableOfContents:',
    '  maxHeadingLevel: 2',
    '---',
    '',
    ui('kbCram.intro', { total, pdf: `../${CRAM_PDF}` }),
    '',
    ...pages.flatMap((page) => [`## ${toSafeInline(page.topic.title)} {#cram-topic-${page.topic.id}}`, '', ...page.questions.flatMap((q) => entry(q, where))]),
  ]
    .join('\n')
    .trimEnd()}\n`;
}
