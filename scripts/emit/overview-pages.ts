import type { Question, TopicPage } from '../lib/types.ts';
import { frequencyMarks } from '../parse/question-text.ts';
import { toSafeInline } from './safe-mdx.ts';
import { questionLink } from './pagination.ts';
import { QUESTION_IMPORTS, frontMatter, questionSection, withOptionalImports } from './topic-page.ts';

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
      '高频题',
      '面试中最常被问到的 Kubernetes 问题，每个主题几道，附要点与完整答案的链接，可用练习模式自测。',
      [
        QUESTION_IMPORTS,
        '',
        `共 ${count} 道，按主题列出，每个主题 ${MOST_ASKED.min}～${MOST_ASKED.max} 道。每个主题先选笔记原文标注为「经常问」「重点」「被问到的概率非常大」等的题目（标注越多越优先），再选标「高频」的题目（被三份及以上笔记收录，或本站编辑根据面试实践标注为常问），再按收录它的笔记数量补足；选出的题目按主题页的阅读顺序列出。`,
        '',
        '<PracticeToggle />',
      ].join('\n'),
      body,
    ),
  );
}

/** 待补充: every question the notes ask but never answer, so nobody mistakes them for answered. */
export function openQuestionsPageMdx(pages: readonly TopicPage[], where: ReadonlyMap<string, string>): string {
  const count = pages.reduce((n, p) => n + p.questions.filter((q) => q.unanswered).length, 0);
  return overview(
    '待补充的题目',
    '笔记中提出了、但还没有答案的面试题。',
    `共 ${count} 道。这些题目在笔记里只有问题、没有答案，站内照原样列出并标为「待补充」。`,
    listByTopic(pages, where, (q) => q.unanswered),
  );
}

/** 未校对: questions no editor has checked against current documentation yet, such as those of a new notes file. */
export function unreviewedPageMdx(pages: readonly TopicPage[], where: ReadonlyMap<string, string>): string {
  const count = pages.reduce((n, p) => n + p.questions.filter((q) => !q.review).length, 0);
  return overview(
    '未校对的题目',
    '还没有对照当前官方文档校对过的题目。',
    count > 0
      ? `共 ${count} 道。这些题目本站编辑还没有对照 kubernetes.io 等官方文档核对，或核对时发现的问题尚未处理（列在题目下）；阅读时请多加留意，发现错误欢迎纠错。`
      : '目前没有未校对的题目：每道题的要点与本站解答都已对照官方文档核对，笔记原文中发现的错误都已在原处勘误。',
    listByTopic(
      pages,
      where,
      (q) => !q.review,
      (q) => q.problems ?? [],
    ),
  );
}
