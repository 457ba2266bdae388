import type { Question, TopicPage } from '../lib/types.ts';
import { reviewSentence } from './review-state.ts';
import { toSafeInline, toSafeMdx } from './safe-mdx.ts';

const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;

/** A JSX attribute value built from our own data (file names, line numbers, marker phrases), JSON-quoted. */
function prop(name: string, value: unknown): string {
  return `${name}={${JSON.stringify(value)}}`;
}

/**
 * One question as a page shows it: aliases, heading, 又问, provenance, answer. `brief` (高频题) shows
 * the answer and its corrections, and links the topic page for the supplements and diagrams.
 */
export function questionSection(q: Question, asideTitles: Set<string>, brief = false): string {
  const meta = [
    prop('sources', q.sources.map((s) => `${s.file}:${s.line}`)),
    prop('primary', `${q.primarySource.file}:${q.primarySource.line}`),
    // A marker that is only asterisks (`1*********`) tells a reader nothing; it still counts as 高频.
    ...(q.markers.some((m) => !/^\d?\*+$/.test(m)) ? [prop('markers', q.markers.filter((m) => !/^\d?\*+$/.test(m)))] : []),
    ...(q.unanswered ? ['unanswered'] : []),
    ...(q.unanswered && q.answer !== '' ? ['partial'] : []),
    ...(q.frequent ? ['frequent'] : []),
    ...(q.review ? [] : ['unreviewed']),
    prop('question', q.question),
  ].join(' ');
  // Anchors this question had before a merge stay as targets right above its heading.
  const aliases = q.aliases.map((a) => `<span id="${a}" className="kb-alias" />`);
  const parts = [...aliases, `### ${toSafeInline(q.question)} {#${q.id}}`];
  // The notes' own wordings stay visible (又问), so a reader recognises the interview's phrasing.
  if (q.wordings.length > 0) parts.push(`<AlsoAsked ${prop('wordings', q.wordings)} />`);
  parts.push(`<QuestionMeta ${meta} ${prop('id', q.id)} />`);
  const answer: string[] = [];
  if (q.answer !== '') {
    // An answer that is only hot-linked pictures would show a bare link: say plainly what it is.
    const images = q.answer.match(IMAGE)?.length ?? 0;
    if (images > 0 && q.answer.replace(IMAGE, '').trim() === '') {
      answer.push(`<ImageOnly ${prop('count', images)} />`);
    }
    answer.push(toSafeMdx(q.answer));
  }
  q.notes.forEach((note, i) => {
    // Each aside is a landmark and needs a name of its own on the page: it says what it corrects.
    const subject = note.title ?? q.question.replace(/[？?]$/, '');
    let title = `本站勘误：${subject}${!note.title && q.notes.length > 1 ? `（${i + 1}）` : ''}`;
    // The same correction under two questions of a page: each aside names its question too.
    if (asideTitles.has(title)) title = `${title}（${q.question.replace(/[？?]$/, '')}）`;
    for (let n = 2; asideTitles.has(title); n++) title = `${title.replace(/（\d+）$/, '')}（${n}）`;
    asideTitles.add(title);
    const source = note.url ? `，参见[官方文档](${note.url})` : '';
    answer.push(`<Aside type="caution" ${prop('title', title)}>`, toSafeMdx(`${note.text}（${note.version}${source}）`), '</Aside>');
  });
  for (const other of q.seeAlso ?? []) {
    // What the notes say here again is already shown under an earlier question: one sentence points there.
    answer.push(`<SeeAlso ${prop('href', `../${other.topic}/#${other.id}`)} ${prop('question', other.question)} />`);
  }
  const more = [q.supplements.length > 0 ? '其他笔记的补充' : '', q.diagrams.length > 0 ? '示意图' : ''].filter(Boolean).join('与');
  if (brief) {
    if (more) answer.push(`[查看完整答案（含${more}）](../${q.topic}/#${q.id})`);
    if (answer.length > 0) parts.push('<Answer>', ...answer, '</Answer>');
    return parts.join('\n\n');
  }
  for (const d of q.diagrams) answer.push(`<Diagram ${prop('name', d.name)} ${prop('caption', d.caption)} />`);
  for (const s of q.supplements) {
    answer.push(`<Supplement ${prop('source', `${s.source.file}:${s.source.line}`)}>`, toSafeMdx(s.markdown), '</Supplement>');
  }
  if (answer.length > 0) parts.push('<Answer>', ...answer, '</Answer>');
  return parts.join('\n\n');
}

/** The components a page of questions uses. */
export const QUESTION_IMPORTS = [
  "import QuestionMeta from '../../components/QuestionMeta.astro';",
  "import Supplement from '../../components/Supplement.astro';",
  "import Diagram from '../../components/Diagram.astro';",
  "import { Aside } from '@astrojs/starlight/components';",
  "import Answer from '../../components/Answer.astro';",
  "import PracticeToggle from '../../components/PracticeToggle.astro';",
  "import AlsoAsked from '../../components/AlsoAsked.astro';",
  "import SeeAlso from '../../components/SeeAlso.astro';",
  "import ImageOnly from '../../components/ImageOnly.astro';",
  "import PageUpdated from '../../components/PageUpdated.astro';",
].join('\n');

/** One topic's MDX page: its groups as h2, each question an h3 with its fixed id, its provenance, then its answer. */
export function topicPageMdx(page: TopicPage): string {
  const { topic, questions, groups } = page;
  const answered = questions.filter((q) => !q.unanswered).length;
  const front = [
    '---',
    `title: ${JSON.stringify(topic.title)}`,
    `description: ${JSON.stringify(topic.description)}`,
    // Search indexes each question on its own (the /q/ pages), not the topic page as a whole.
    'pagefind: false',
    '---',
    '',
    QUESTION_IMPORTS,
    '',
    `${topic.description}本页共 ${questions.length} 道题${answered < questions.length ? `，其中 ${questions.length - answered} 道待补充` : ''}。${reviewSentence(questions)}`,
    '',
    '<PageUpdated />',
    '',
    '<PracticeToggle />',
  ].join('\n');
  const asideTitles = new Set<string>();
  const sections = groups.flatMap(({ group, questions: qs }) => [`## ${toSafeInline(group.title)} {#group-${group.id}}`, ...qs.map((q) => questionSection(q, asideTitles))]);
  return `${[front, ...sections].join('\n\n')}\n`;
}
