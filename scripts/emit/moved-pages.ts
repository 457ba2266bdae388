import type { Question } from '../lib/types.ts';
import type { AnchorLock } from './anchors.ts';
import { frontMatter } from './topic-page.ts';
import { toSafeInline } from './safe-mdx.ts';
import { ui } from './ui.ts';

/** The MDX file of a page address: `/pod/` is `pod.mdx`, `/pod/create/` is `pod/create.mdx`. */
const fileOf = (page: string) => `${page.slice(1, -1)}.mdx`;

/**
 * Links to where a question used to stand keep working after an editor moves it: a page it left
 * lists where each question went, and a link to `#anchor` there leads on to it (the `kb-moved`
 * targets Footer.astro follows). A page left with no questions at all stays as such a list.
 */
export function withMovedQuestions(files: ReadonlyMap<string, string>, lock: AnchorLock, where: ReadonlyMap<string, string>, questions: readonly Question[]): Map<string, string> {
  const byId = new Map(questions.flatMap((q) => [q.id, ...q.aliases].map((a) => [a, q] as const)));
  const left = new Map<string, string[]>();
  for (const [anchor, entry] of Object.entries(lock)) {
    for (const page of entry.former ?? []) if (where.get(anchor) !== page) left.set(page, [...(left.get(page) ?? []), anchor]);
  }
  const out = new Map(files);
  for (const [page, anchors] of [...left].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const up = '../'.repeat(page.split('/').length - 2);
    // One line per question: a question's old anchors (its own and those merged into it) share its line.
    const byQuestion = new Map<Question, string[]>();
    for (const anchor of anchors.sort()) {
      const q = byId.get(anchor);
      if (q && where.has(anchor)) byQuestion.set(q, [...(byQuestion.get(q) ?? []), anchor]);
    }
    const items = [...byQuestion].map(
      ([q, ids]) => `- ${ids.map((id) => `<span id="${id}" className="kb-moved" />`).join('')}[${toSafeInline(q.question)}](${up}${where.get(q.id)!.slice(1)}#${q.id})`,
    );
    if (items.length === 0) continue;
    const file = fileOf(page);
    const existing = out.get(file);
    out.set(
      file,
      existing !== undefined
        ? `${existing.trimEnd()}\n\n## ${ui('kbTopic.movedHeading')} {#moved}\n\n${items.join('\n')}\n`
        : `${[frontMatter(ui('kbTopic.movedTitle'), ui('kbTopic.movedDescription')), '', ui('kbTopic.movedIntro'), '', ...items].join('\n')}\n`,
    );
  }
  return out;
}
