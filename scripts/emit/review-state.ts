import type { Question } from '../lib/types.ts';
import { ui } from './ui.ts';

/** What the questions were checked against: 「Kubernetes 1.34、etcd 3.6（2026-11-23）」, each set of versions with its date, or '' when none was. */
export function reviewedAgainst(questions: readonly Question[]): string {
  const reviews = questions.flatMap((q) => (q.review ? [q.review] : []));
  if (reviews.length === 0) return '';
  // Each set of versions with the date it was last checked against (the notes' review and our editors' differ).
  return [...new Set(reviews.map((r) => r.versions))]
    .map(
      (versions) =>
        `${versions}（${reviews
          .filter((r) => r.versions === versions)
          .map((r) => r.date)
          .sort()
          .at(-1)!}）`,
    )
    .join('、');
}

/** One sentence for a page: what was checked against which versions, and how many questions are not (yet) claimed as checked. */
export function reviewSentence(questions: readonly Question[]): string {
  const against = reviewedAgainst(questions);
  const open = questions.filter((q) => !q.review).length;
  if (!against) return ui('kbTopic.reviewNone');
  return ui(open > 0 ? 'kbTopic.reviewedOpen' : 'kbTopic.reviewed', { against, open });
}
