import type { Question, TopicGroup, TopicPage } from '../lib/types.ts';

/**
 * A topic page holds at most this many questions: /pod/ with 25 weighs about 110 KB with what it
 * loads, and the reading budget is 150 KB. Past it, the topic page becomes an index and each of its
 * groups (subtopics) a page of its own, in parts of this size where a group alone is larger.
 */
export const MAX_QUESTIONS_PER_PAGE = 30;

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

/** The pages a topic's questions are shown on: none besides the topic page while it is within the budget. */
export function topicParts(page: TopicPage): TopicPart[] {
  if (page.questions.length <= MAX_QUESTIONS_PER_PAGE) return [];
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
