import type { Curation } from '../curation/schema.ts';
import type { TopicPage } from '../lib/types.ts';
import { reviewedAgainst } from './review-state.ts';

/**
 * For editors (src/data/accuracy.md): every question with its review state, its corrections (what the
 * notes say, the version, the official page) and its sources, page by page.
 */
export function accuracyReport(pages: readonly TopicPage[], notes: Curation['notes']): string {
  const all = pages.flatMap((p) => p.questions);
  const lines = [
    '# 校对清单（由 npm run normalize 生成，请勿手改）',
    '',
    `${all.length} 道题，已校对 ${all.filter((q) => q.review).length} 道，未校对 ${all.filter((q) => !q.review).length} 道；本站勘误 ${all.reduce((n, q) => n + q.notes.length, 0)} 条。`,
    `校对依据：${reviewedAgainst(all) || '（无）'}。`,
    '调整方法：在 sources/curation.yaml 中用 reviews（校对记录）与 notes（勘误）修改。',
    '',
  ];
  for (const page of pages) {
    lines.push(`## ${page.topic.title}（/${page.topic.id}/）`, '');
    for (const q of page.questions) {
      const state = q.review ? `已校对：${q.review.date}，${q.review.reviewer}，${q.review.versions}` : '**未校对**';
      lines.push(`### ${q.question}`, '', `- 链接：/${q.topic}/#${q.id}`, `- 状态：${state}`, `- 出处：${q.sources.map((s) => `${s.file}:${s.line}`).join('、')}`);
      const places = new Set(q.sources.map((s) => `${s.file}:${s.line}`));
      const mine = notes.filter((n) => places.has(n.at));
      if (mine.length === 0) lines.push('- 勘误：无');
      for (const n of mine) {
        lines.push(`- 勘误「${n.title ?? '（无标题）'}」（${n.version}）：${n.text}`);
        if (n.statement) lines.push(`  - 笔记原文：${n.statement}`);
        if (n.url) lines.push(`  - 依据：${n.url}`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
