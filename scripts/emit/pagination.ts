import type { Question, TopicGroup, TopicPage } from '../lib/types.ts';

/**
 * A topic page holds at most this many questions: /pod/ with 25 weighs about 110 KB with what it
 * loads, and the reading budget is 150 KB. Past it, the topic page becomes an index and each of its
 * groups (subtopics) a page of its own, in parts of this size where a group alone is larger.
 */
export const MAX_QUESTIONS_PER_PAGE = 30;

/**
 * Nor more than this much text (characters of answers, 要点, supplements and corrections; a diagram
 * counts as 3,000): a page of 25 questions with 要点 and long answers of ours blocked a phone's main
 * thread for 300–500 ms in Lighthouse (/storage/ and /security/ scored 79–93), while pages under this
 * scored 98–100.
 */
export const MAX_TEXT_PER_PAGE = 25_000;

const DIAGRAM_TEXT = 3_000;

/** How much a question puts on its page, in characters. */
function textOf(q: Question): number {
  const ours = q.editors ? q.editors.points.join('').length + (q.editors.answer?.length ?? 0) : 0;
  const notes = q.answer.length + q.supplements.reduce((n, s) => n + s.markdown.length, 0) + q.notes.reduce((n, note) => n + note.text.length, 0);
  return ours + notes + q.diagrams.length * DIAGRAM_TEXT;
}

/** One page of a split topic: a group, or a part of one. */
export interface TopicPart {
  /** `/pod/probes/`, `/pod/probes-2/` */
  path: string;
  /** The MDX file under src/content/docs/. */
  file: string;
  title: string;
  group: TopicGroup;
  questions: Question[];
}

/** The pages a topic's questions are shown on: none besides the topic page while it is within both budgets. */
export function topicParts(page: TopicPage): TopicPart[] {
  const text = page.questions.reduce((n, q) => n + textOf(q), 0);
  if (page.questions.length <= MAX_QUESTIONS_PER_PAGE && text <= MAX_TEXT_PER_PAGE) return [];
  return page.groups.flatMap(({ group, questions }) => {
    const count = Math.ceil(questions.length / MAX_QUESTIONS_PER_PAGE);
    return Array.from({ length: count }, (_, n) => {
      const slug = n === 0 ? group.id : `${group.id}-${n + 1}`;
      return {
        path: `/${page.topic.id}/${slug}/`,
        file: `${page.topic.id}/${slug}.mdx`,
        title: `${page.topic.title}：${group.title}${count > 1 ? `（${n + 1}/${count}）` : ''}`,
        group,
        questions: questions.slice(n * MAX_QUESTIONS_PER_PAGE, (n + 1) * MAX_QUESTIONS_PER_PAGE),
      };
    });
  });
}

/** The page every question (and every alias of one) is shown on. */
export function questionPages(pages: readonly TopicPage[]): Map<string, string> {
  const where = new Map<string, string>();
  for (const page of pages) {
    const partOf = new Map(topicParts(page).flatMap((part) => part.questions.map((q) => [q, part.path] as const)));
    for (const q of page.questions) for (const id of [q.id, ...q.aliases]) where.set(id, partOf.get(q) ?? `/${page.topic.id}/`);
  }
  return where;
}

/** A link to a question from a page `depth` folders below the site's root (relative, so any base path works). */
export function questionLink(pages: ReadonlyMap<string, string>, id: string, depth: number): string {
  return `${'../'.repeat(depth)}${(pages.get(id) ?? '/').slice(1)}#${id}`;
}
