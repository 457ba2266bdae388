import type { Question } from '../lib/types.ts';

/** What the questions were checked against: 「Kubernetes 1.34、etcd 3.6（2026-11-23）」, or '' when none was. */
export function reviewedAgainst(questions: readonly Question[]): string {
  const reviews = questions.flatMap((q) => (q.review ? [q.review] : []));
  if (reviews.length === 0) return '';
  const versions = [...new Set(reviews.map((r) => r.versions))].join('；');
  const latest = reviews.map((r) => r.date).sort().at(-1)!;
  return `${versions}（${latest}）`;
}

/** One sentence for a page: which versions its content was checked against, and how many questions are not yet. */
export function reviewSentence(questions: readonly Question[]): string {
  const against = reviewedAgainst(questions);
  const open = questions.filter((q) => !q.review).length;
  if (!against) return '本页的题目尚未对照官方文档校对。';
  return `本页内容已对照 ${against}的官方文档校对${open > 0 ? `，其中 ${open} 道题尚未校对（标为「未校对」）` : ''}。`;
}
