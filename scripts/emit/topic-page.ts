import type { Question, TopicPage } from '../lib/types.ts';
import { TOPICS } from '../classify/topics.ts';
import { placeKey } from '../lib/place.ts';
import { reviewSentence } from './review-state.ts';
import { fixTypos } from '../clean/typos.ts';
import { frequencyMarks } from '../parse/question-text.ts';
import { questionLink, topicParts, type TopicPart } from './pagination.ts';
import { toSafeInline, toSafeMdx } from './safe-mdx.ts';
import { ui } from './ui.ts';

const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;

/** A JSX attribute value built from our own data (file names, line numbers, marker phrases), JSON-quoted. */
function prop(name: string, value: unknown): string {
  return `${name}={${JSON.stringify(value)}}`;
}

/** How a page links to a question: a relative address from where the page stands. */
export type LinkTo = (id: string) => string;

/**
 * One question as a page shows it: aliases, heading, 又问, provenance, answer. `brief` (高频题) shows
 * our 要点 and links the question's page for the whole answer; a question without 要点 (a new notes
 * file's) shows the notes' answer and its corrections, and links the page for supplements and diagrams.
 */
export function questionSection(q: Question, asideTitles: Set<string>, link: LinkTo, brief = false): string {
  const meta = [
    prop(
      'sources',
      q.sources.map((s) => `${s.file}:${s.line}`),
    ),
    prop('primary', `${q.primarySource.file}:${q.primarySource.line}`),
    // The notes' own words say why it is 高频 (in the badge's tip); other markers are the author's, not the reader's.
    ...(q.frequent && frequencyMarks(q.markers).length > 0 ? [prop('markers', frequencyMarks(q.markers))] : []),
    ...(q.unanswered ? ['unanswered'] : []),
    ...(q.unanswered && q.answer !== '' ? ['partial'] : []),
    ...(q.frequent ? ['frequent'] : []),
    ...(q.review ? [] : ['unreviewed']),
    ...(q.own ? ['own'] : []),
    prop('question', q.question),
  ].join(' ');
  // Anchors this question had before a merge stay as targets at the start of its heading, so a link to one lands
  // where a link to the heading does.
  const aliases = q.aliases.map((a) => `<span id="${a}" className="kb-alias" />`).join('');
  const parts = [`### ${aliases}${toSafeInline(q.question)} {#${q.id}}`];
  // The notes' own wordings stay visible (又问), so a reader recognises the interview's phrasing.
  if (q.wordings.length > 0) parts.push(`<AlsoAsked ${prop('wordings', q.wordings)} />`);
  parts.push(`<QuestionMeta ${meta} ${prop('id', q.id)} />`);
  const answer: string[] = [];
  // Ours first, labelled as ours: the points an answer must make, then our answer where the notes have none.
  if (q.editors) {
    const { points, refs, version } = q.editors;
    answer.push(`<KeyPoints ${prop('version', version)} ${prop('refs', refs)}>`, toSafeMdx(points.map((p) => `- ${p}`).join('\n'), true), '</KeyPoints>');
    // 高频题 revises from the 要点: the whole answer is one link away.
    if (brief) {
      const whole = [
        q.editors.answer !== undefined ? ui('kb.editorsAnswer') : '',
        q.answer !== '' ? ui('kb.notesAnswer') : '',
        q.notes.length > 0 ? ui('kb.errataPart') : '',
        q.supplements.length > 0 ? ui('kb.supplementsPart') : '',
        q.diagrams.length > 0 ? ui('kb.diagramsPart') : '',
      ].filter(Boolean);
      if (whole.length > 0) answer.push(`[${ui('kb.wholeAnswer', { parts: whole.join(ui('kb.enumSeparator')) })}](${link(q.id)})`);
      parts.push('<Answer>', ...answer, '</Answer>');
      return parts.join('\n\n');
    }
    if (q.editors.answer !== undefined) {
      answer.push(`<EditorsAnswer ${prop('version', version)}>`, toSafeMdx(q.editors.answer, true), '</EditorsAnswer>');
    }
  }
  if (q.answer !== '' && q.editors) answer.push(`<NotesAnswer ${prop('partial', q.editors.answer !== undefined)} />`);
  if (q.answer !== '') {
    // An answer that is only hot-linked pictures would show a bare link: say plainly what it is.
    const images = q.answer.match(IMAGE)?.length ?? 0;
    if (images > 0 && q.answer.replace(IMAGE, '').trim() === '') {
      answer.push(`<ImageOnly ${prop('count', images)} />`);
    }
    answer.push(toSafeMdx(q.answer));
  }
  const errata = erratumAsides(q, asideTitles, brief);
  // A corrected answer says so where it starts, linking each correction, so a reader never misses one below.
  if (errata.length > 0 && !brief)
    answer.unshift(
      `<Errata ${prop(
        'items',
        errata.map((e) => ({ id: e.id, title: e.title })),
      )} />`,
    );
  answer.push(...(errata.find((e) => e.corrects === 'answer')?.mdx ?? []));
  for (const other of q.seeAlso ?? []) {
    // What the notes say here again is already shown under an earlier question: one sentence points there.
    answer.push(`<SeeAlso ${prop('href', link(other.id))} ${prop('question', other.question)} />`);
  }
  const more = [q.supplements.length > 0 ? ui('kb.supplementsPart') : '', q.diagrams.length > 0 ? ui('kb.diagramsPart') : ''].filter(Boolean).join(ui('kb.partsAnd'));
  if (brief) {
    if (more) answer.push(`[${ui('kb.wholeAnswerWith', { parts: more })}](${link(q.id)})`);
    if (answer.length > 0) parts.push('<Answer>', ...answer, '</Answer>');
    return parts.join('\n\n');
  }
  for (const d of q.diagrams) answer.push(`<Diagram ${prop('name', d.name)} ${prop('caption', d.caption)} />`);
  for (const s of q.supplements) {
    const source = placeKey(s.source);
    answer.push(`<Supplement ${prop('source', source)}>`, toSafeMdx(s.markdown), '</Supplement>');
    answer.push(...(errata.find((e) => e.corrects === source)?.mdx ?? []));
  }
  if (answer.length > 0) parts.push('<Answer>', ...answer, '</Answer>');
  return parts.join('\n\n');
}

/** What a correction's link is: the project's documentation, or (a retired project, a tool's repository) not. */
function sourceLabel(url: string): string {
  const host = new URL(url).hostname;
  if (/(^|\.)(kubernetes\.io|etcd\.io|istio\.io|helm\.sh|prometheus\.io)$/.test(host)) return ui('kb.sourceDocs');
  return ui(host === 'github.com' ? 'kb.sourceRepo' : 'kb.sourceOther');
}

interface ErratumAside {
  id: string;
  title: string;
  corrects: string;
  mdx: string[];
}

/**
 * Our corrections of a question, one aside per block of the answer they correct (the main answer,
 * or one supplement), standing right after it and quoting the words it corrects. `brief` pages show
 * the main answer only, so only its corrections.
 */
function erratumAsides(q: Question, asideTitles: Set<string>, brief: boolean): ErratumAside[] {
  // In the order the reader meets them: the main answer, then each supplement.
  const order = ['answer', ...q.supplements.map((s) => placeKey(s.source))];
  const blocks = [...new Set(q.notes.map((n) => n.corrects))].filter((b) => !brief || b === 'answer').sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return blocks.map((corrects, k) => {
    const notes = q.notes.filter((n) => n.corrects === corrects);
    const subject =
      notes.length === 1
        ? (notes[0]!.title ?? q.question.replace(/[？?]$/, ''))
        : notes
            .map((n) => n.title)
            .filter(Boolean)
            .join('；');
    // The Errata links name each aside by what follows this prefix (src/components/Errata.astro).
    let title = `${ui('kb.erratumPrefix')}${subject || q.question.replace(/[？?]$/, '')}`;
    // The same correction under two questions of a page: each aside names its question too.
    if (asideTitles.has(title)) title = `${title}（${q.question.replace(/[？?]$/, '')}）`;
    for (let n = 2; asideTitles.has(title); n++) title = `${title.replace(/（\d+）$/, '')}（${n}）`;
    asideTitles.add(title);
    const where = ui(corrects === 'answer' ? 'kb.erratumAboveAnswer' : 'kb.erratumAboveSupplement');
    const body = notes.map((note) => {
      const quote = note.statement
        ? ui('kb.erratumQuote', {
            where,
            statement: fixTypos(note.statement, '', 0)
              .text.trim()
              .replace(/[。．.；;，,：:\s]+$/u, ''),
          })
        : '';
      const source = note.url ? `${ui('kb.erratumSee')}[${sourceLabel(note.url)}](${note.url})` : '';
      const label = notes.length > 1 && note.title ? `**${note.title}**：` : '';
      // The version stands in brackets: brackets inside it become a clause, never 「（…（…）…）」.
      const version = note.version.replace(/（([^（）]*)）/g, '，$1');
      return `${label}${toSafeInline(quote)}${toSafeMdx(`${note.text}（${version}${source}）`)}`;
    });
    const id = `erratum-${q.id}${blocks.length > 1 ? `-${k + 1}` : ''}`;
    return { id, title, corrects, mdx: [`<div id="${id}" className="kb-erratum">`, `<Aside type="caution" ${prop('title', title)}>`, body.join('\n\n'), '</Aside>', '</div>'] };
  });
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
  "import KeyPoints from '../../components/KeyPoints.astro';",
  "import EditorsAnswer from '../../components/EditorsAnswer.astro';",
  "import NotesAnswer from '../../components/NotesAnswer.astro';",
  "import Errata from '../../components/Errata.astro';",
].join('\n');

/** A page's MDX with the imports only some answers need (a notes' Mermaid source), next to the others. */
export function withOptionalImports(mdx: string): string {
  if (!mdx.includes('<MermaidSource>')) return mdx;
  return mdx.replace(
    /^import Errata from '((?:\.\.\/)+)components\/Errata\.astro';$/m,
    (line, up: string) => `${line}\nimport MermaidSource from '${up}components/MermaidSource.astro';`,
  );
}

/** A generated page's front matter. */
/** A 上一页 or 下一页 link of Starlight's, relative so that any base path works. */
interface PageLink {
  link: string;
  label: string;
}

export function frontMatter(title: string, description: string, around: { prev?: PageLink; next?: PageLink } = {}): string {
  const links = Object.entries(around).flatMap(([key, { link, label }]) => [`${key}:`, `  link: ${JSON.stringify(link)}`, `  label: ${JSON.stringify(label)}`]);
  // Search indexes each question on its own (the /q/ pages), not the topic page as a whole.
  return ['---', `title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(description)}`, 'pagefind: false', ...links, '---'].join('\n');
}

/**
 * Each group an h2 over its questions. A group's own page (/pod/config/) is titled with the group's name: there the
 * heading is for screen readers only (the page's outline stays h1, h2, h3), not a line saying the title again, and it
 * keeps the group's anchor for links already shared.
 */
function sections(groups: TopicPage['groups'], link: LinkTo, { ownPage = false } = {}): string[] {
  const asideTitles = new Set<string>();
  return groups.flatMap(({ group, questions: qs }) => [
    ownPage ? `<h2 id="group-${group.id}" className="sr-only">${toSafeInline(group.title)}</h2>` : `## ${toSafeInline(group.title)} {#group-${group.id}}`,
    ...qs.map((q) => questionSection(q, asideTitles, link)),
  ]);
}

/**
 * A topic's MDX files: one page with its groups as h2, each question an h3 with its fixed id, its
 * provenance, then its answer; past the budget, the topic page as an index of its groups' pages.
 */
export function topicPageFiles(page: TopicPage, pages: ReadonlyMap<string, string>): Map<string, string> {
  const { topic, questions, groups } = page;
  const answered = questions.filter((q) => !q.unanswered).length;
  const size =
    answered < questions.length ? ui('kbTopic.introOpen', { count: questions.length, open: questions.length - answered }) : ui('kbTopic.intro', { count: questions.length });
  const intro = `${topic.description}${size}${reviewSentence(questions)}`;
  const parts = topicParts(page);
  if (parts.length === 0) {
    const front = [frontMatter(topic.title, topic.description), '', QUESTION_IMPORTS, '', intro, '', '<PageUpdated />', '', '<PracticeToggle />'].join('\n');
    return new Map([[`${topic.id}.mdx`, withOptionalImports(`${[front, ...sections(groups, (id) => questionLink(pages, id, 1))].join('\n\n')}\n`)]]);
  }
  const files = new Map<string, string>();
  // The index keeps every anchor the topic page ever had: a link to /pod/#id lands on its entry, which leads on.
  const index = parts.flatMap((part) => [
    `## [${toSafeInline(part.title.slice(topic.title.length + 1))}](${part.path.slice(topic.id.length + 2)}) {#part-${part.path.split('/')[2]}}`,
    '',
    ...part.questions.map(
      (q) => `- ${[q.id, ...q.aliases].map((id) => `<span id="${id}" className="kb-moved" />`).join('')}[${toSafeInline(q.question)}](${questionLink(pages, q.id, 1)})`,
    ),
    '',
  ]);
  // The sidebar lists the topics, not their parts: 上一页 and 下一页 lead from the topic through its parts to the next topic.
  const slug = (part: TopicPart) => part.path.split('/')[2]!;
  const after = TOPICS[TOPICS.findIndex((t) => t.id === topic.id) + 1];
  files.set(
    `${topic.id}.mdx`,
    `${[frontMatter(topic.title, topic.description, { next: { link: `${slug(parts[0]!)}/`, label: parts[0]!.title } }), '', "import PageUpdated from '../../components/PageUpdated.astro';", '', intro, '', '<PageUpdated />', '', ui('kbTopic.parts', { parts: parts.length }), '', ...index].join('\n').trimEnd()}\n`,
  );
  for (const [i, part] of parts.entries()) {
    const [before, next] = [parts[i - 1], parts[i + 1]];
    const front = [
      frontMatter(part.title, topic.description, {
        prev: before ? { link: `../${slug(before)}/`, label: before.title } : { link: '../', label: topic.title },
        ...(next ? { next: { link: `../${slug(next)}/`, label: next.title } } : after ? { next: { link: `../../${after.id}/`, label: after.title } } : {}),
      }),
      '',
      QUESTION_IMPORTS.replaceAll("'../../components/", "'../../../components/"),
      '',
      // A space between a Latin name and the Chinese after it (「Pod 的一个小节」, 「网络的一个小节」).
      ui('kbTopic.partIntro', { topic: `[${toSafeInline(topic.title)}](../)${/[\p{Script=Latin}\d]$/u.test(topic.title) ? ' ' : ''}`, count: part.questions.length }),
      '',
      '<PageUpdated />',
      '',
      '<PracticeToggle />',
    ].join('\n');
    files.set(
      part.file,
      withOptionalImports(`${[front, ...sections([{ group: part.group, questions: part.questions }], (id) => questionLink(pages, id, 2), { ownPage: true })].join('\n\n')}\n`),
    );
  }
  return files;
}
