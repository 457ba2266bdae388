import { askedPoints, withoutRepeats } from '../dedupe/supplements.ts';
import type { Question, TopicPage } from '../lib/types.ts';

/**
 * A statement the notes give under two different questions (the phase definitions under both
 * 「相位」 and 「状态」, Retain/Delete under both reclaim questions) is shown once: under the question
 * whose heading asks about it, else where the reader meets it first in the site's reading order; the
 * other question links to where it stands.
 */
export function dropRepeats(pages: readonly TopicPage[]): TopicPage[] {
  // A question whose heading asks about the term a statement defines owns it, wherever it stands.
  const owner = new Map<string, Question>();
  for (const q of pages.flatMap((p) => p.questions)) {
    for (const markdown of [q.answer, ...q.supplements.map((s) => s.markdown)]) for (const k of askedPoints(markdown, q.question)) if (!owner.has(k)) owner.set(k, q);
  }
  const elsewhere = (q: Question) => (k: string) => owner.has(k) && owner.get(k) !== q;
  return pages.map((page) => {
    const questions = page.questions.map((q): Question => {
      const answer = withoutRepeats(q.answer, elsewhere(q));
      const supplements = q.supplements.map((s) => ({ s, result: withoutRepeats(s.markdown, elsewhere(q)) }));
      const removed = [...answer.removed, ...supplements.flatMap(({ result }) => result.removed)];
      const from = [...new Map(removed.map((k) => [owner.get(k)!.id, owner.get(k)!])).values()];
      for (const k of [...answer.kept, ...supplements.flatMap(({ result }) => result.kept)]) if (!owner.has(k)) owner.set(k, q);
      if (removed.length === 0) return q;
      return {
        ...q,
        answer: answer.markdown,
        supplements: supplements.map(({ s, result }) => ({ ...s, markdown: result.markdown })).filter((s) => s.markdown !== ''),
        seeAlso: from.map((o) => ({ id: o.id, topic: o.topic, question: o.question })),
      };
    });
    const byId = new Map(questions.map((q) => [q.id, q]));
    return { ...page, questions, groups: page.groups.map((g) => ({ ...g, questions: g.questions.map((q) => byId.get(q.id)!) })) };
  });
}
