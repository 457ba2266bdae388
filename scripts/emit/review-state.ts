import type { Question } from '../lib/types.ts';

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
  if (!against) return '本页的题目尚未对照官方文档核对。';
  return `本页的要点、本站解答与勘误已对照 ${against}的官方文档核对；笔记原文照录，核对中发现的错误在原处以「本站勘误」标出${open > 0 ? `。另有 ${open} 道题尚未核对或有待处理的问题（标为「未校对」）` : ''}。`;
}
