import type { Question, TopicPage } from '../lib/types.ts';
import { toSafeInline, toSafeMdx } from './safe-mdx.ts';

/** A JSX attribute value built from our own data (file names, line numbers, marker phrases), JSON-quoted. */
function prop(name: string, value: unknown): string {
  return `${name}={${JSON.stringify(value)}}`;
}

function questionSection(q: Question): string {
  const meta = [
    prop('sources', q.sources.map((s) => `${s.file}:${s.line}`)),
    prop('primary', `${q.primarySource.file}:${q.primarySource.line}`),
    ...(q.markers.length > 0 ? [prop('markers', q.markers)] : []),
    ...(q.unanswered ? ['unanswered'] : []),
    ...(q.frequent ? ['frequent'] : []),
  ].join(' ');
  // Anchors this question had before a merge stay as targets right above its heading.
  const aliases = q.aliases.map((a) => `<span id="${a}" className="kb-alias" />`);
  const parts = [...aliases, `## ${toSafeInline(q.question)} {#${q.id}}`, `<QuestionMeta ${meta} ${prop('id', q.id)} />`];
  const answer: string[] = [];
  if (!q.unanswered) answer.push(toSafeMdx(q.answer));
  q.notes.forEach((note, i) => {
    // Each aside is a landmark and needs a name of its own on the page.
    const title = `本站勘误：${[...q.question].slice(0, 16).join('')}${[...q.question].length > 16 ? '…' : ''}${q.notes.length > 1 ? `（${i + 1}）` : ''}`;
    answer.push(`<Aside type="caution" ${prop('title', title)}>`, toSafeMdx(`${note.text}（${note.version}）`), '</Aside>');
  });
  for (const d of q.diagrams) answer.push(`<Diagram ${prop('name', d.name)} ${prop('caption', d.caption)} />`);
  for (const s of q.supplements) {
    answer.push(`<Supplement ${prop('source', `${s.source.file}:${s.source.line}`)}>`, toSafeMdx(s.markdown), '</Supplement>');
  }
  if (answer.length > 0) parts.push('<Answer>', ...answer, '</Answer>');
  return parts.join('\n\n');
}

/** One topic's MDX page: each question an h2 with its fixed id, its provenance, then its answer. */
export function topicPageMdx(page: TopicPage): string {
  const { topic, questions } = page;
  const answered = questions.filter((q) => !q.unanswered).length;
  const front = [
    '---',
    `title: ${JSON.stringify(topic.title)}`,
    `description: ${JSON.stringify(topic.description)}`,
    // Search indexes each question on its own (the /q/ pages), not the topic page as a whole.
    'pagefind: false',
    '---',
    '',
    "import QuestionMeta from '../../components/QuestionMeta.astro';",
    "import Supplement from '../../components/Supplement.astro';",
    "import Diagram from '../../components/Diagram.astro';",
    "import { Aside } from '@astrojs/starlight/components';",
    "import Answer from '../../components/Answer.astro';",
    "import PracticeToggle from '../../components/PracticeToggle.astro';",
    '',
    `${topic.description}本页共 ${questions.length} 道题${answered < questions.length ? `，其中 ${questions.length - answered} 道待补充` : ''}。`,
    '',
    '<PracticeToggle />',
  ].join('\n');
  return `${[front, ...questions.map(questionSection)].join('\n\n')}\n`;
}
