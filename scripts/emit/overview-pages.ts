import type { Question, TopicPage } from '../lib/types.ts';
import { frequencyMarks } from '../parse/question-text.ts';
import { toSafeInline } from './safe-mdx.ts';
import { questionLink } from './pagination.ts';
import { QUESTION_IMPORTS, frontMatter, questionSection, withOptionalImports } from './topic-page.ts';
import { ui } from './ui.ts';

function listByTopic(pages: readonly TopicPage[], where: ReadonlyMap<string, string>, keep: (q: Question) => boolean, notes: (q: Question) => string[] = () => []): string[] {
  return pages.flatMap((page) => {
    const questions = page.questions.filter(keep);
    if (questions.length === 0) return [];
    return [
      `## ${page.topic.title}`,
      '',
      // Relative links: the overview pages sit next to the topic pages under any base path.
      ...questions.flatMap((q) => [`- [${toSafeInline(q.question)}](${questionLink(where, q.id, 1)})`, ...notes(q).map((n) => `  - ${toSafeInline(n)}`)]),
      '',
    ];
  });
}

function overview(title: string, description: string, intro: string, body: string[]): string {
  return `${[frontMatter(title, description), '', intro, '', ...body].join('\n').trimEnd()}\n`;
}

/** Each topic shows at least this many of its most-asked questions on 高频题, and at most that many. */
const MOST_ASKED = { min: 3, max: 5 } as const;

/**
 * A topic's most-asked questions, in the page's reading order: chosen first among those the notes mark as often asked
 * (the more marks the sooner), then those badged 高频, then those more notes files carry; never one without an answer, since the page is
 * for practice. Every topic shows a few, so 高频题 is not one topic's page.
 */
export function mostAsked(page: TopicPage, count?: number): Question[] {
  const notes = (q: Question) => new Set(q.sources.map((s) => s.file)).size;
  // The notes' own words (「经常问」「被问到的概率非常大」) say most about an interview; then how many notes ask it.
  // The more the notes insist (「必须记住」「重点」「经常问」), the more often it is asked.
  const marked = (q: Question) => frequencyMarks(q.markers).length;
  const ranked = page.questions
    .filter((q) => !q.unanswered)
    .map((q, order) => ({ q, order }))
    .sort(
      (a, b) => marked(b.q) - marked(a.q) || Number(b.q.frequent) - Number(a.q.frequent) || notes(b.q) - notes(a.q) || b.q.sources.length - a.q.sources.length || a.order - b.order,
    )
    .map(({ q }) => q);
  const frequent = ranked.filter((q) => q.frequent).length;
  const chosen = new Set(ranked.slice(0, count ?? Math.min(MOST_ASKED.max, Math.max(MOST_ASKED.min, frequent))));
  return page.questions.filter((q) => chosen.has(q));
}

/** 高频题: each topic's most-asked questions with their answers, grouped by topic, for practice. */
export function frequentPageMdx(pages: readonly TopicPage[], where: ReadonlyMap<string, string>): string {
  const byTopic = pages.map((page) => ({ page, questions: mostAsked(page) })).filter((t) => t.questions.length > 0);
  const count = byTopic.reduce((n, t) => n + t.questions.length, 0);
  const asideTitles = new Set<string>();
  const body = byTopic.flatMap(({ page, questions }) => [
    `## ${toSafeInline(page.topic.title)} {#topic-${page.topic.id}}`,
    '',
    ...questions.flatMap((q) => [questionSection(q, asideTitles, (id) => questionLink(where, id, 1), true), '']),
  ]);
  return withOptionalImports(
    overview(
      ui('kbNav.frequent'),
      ui('kbOverview.frequentDescription'),
      [QUESTION_IMPORTS, '', ui('kbOverview.frequentIntro', { count, min: MOST_ASKED.min, max: MOST_ASKED.max }), '', '<PracticeToggle />'].join('\n'),
      body,
    ),
  );
}

/** 待补充: every question the notes ask but never answer, so nobody mistakes them for answered. */
export function openQuestionsPageMdx(pages: readonly TopicPage[], where: ReadonlyMap<string, string>): string {
  const count = pages.reduce((n, p) => n + p.questions.filter((q) => q.unanswered).length, 0);
  return overview(
    ui('kbNav.open'),
    ui('kbOverview.openDescription'),
    ui('kbOverview.openIntro', { count }),
    listByTopic(pages, where, (q) => q.unanswered),
  );
}

/** 未校对: questions no editor has checked against current documentation yet, such as those of a new notes file. */
export function unreviewedPageMdx(pages: readonly TopicPage[], where: ReadonlyMap<string, string>): string {
  const count = pages.reduce((n, p) => n + p.questions.filter((q) => !q.review).length, 0);
  return overview(
    ui('kbNav.unreviewed'),
    ui('kbOverview.unreviewedDescription'),
    count > 0 ? ui('kbOverview.unreviewedIntro', { count }) : ui('kbOverview.unreviewedNone'),
    listByTopic(
      pages,
      where,
      (q) => !q.review,
      (q) => q.problems ?? [],
    ),
  );
}
