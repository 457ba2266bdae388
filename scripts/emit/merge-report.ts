import { contradictions } from '../dedupe/contradictions.ts';
import { shortName, type Place } from '../lib/place.ts';
import type { PublishedQuestion } from '../pipeline.ts';

const place = (u: Place) => `${shortName(u.file)}:${u.line}`;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const oneLine = (text: string, max = 70) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length > max ? `${[...flat].slice(0, max).join('')}…` : flat;
};

/**
 * For editors: every question that merged several versions, why each pair was judged alike, which
 * version's wording and answer are shown, and what each other version carried over as 补充.
 */
/** Merges an editor should look at first: the wording matched but the two answers say little in common. */
export function mergeWarnings(published: readonly PublishedQuestion[]): string[] {
  return published.flatMap((p) =>
    p.links
      .filter((l) => l.kind !== 'curated' && l.kind !== 'exact' && !l.unit.unanswered && !l.partner.unanswered)
      .filter((l) => l.answerSimilarity < 0.3)
      .map((l) => `${place(l.unit)} 「${l.unit.question}」 ~ ${place(l.partner)} 「${l.partner.question}」：答案只有 ${pct(l.answerSimilarity)} 相同`),
  );
}

/** Supplements that contradict the main answer (a default, a count): the accuracy note should say which is right. */
export function contradictionWarnings(published: readonly PublishedQuestion[]): string[] {
  return published.flatMap(({ question: q }) =>
    q.supplements.flatMap((s) =>
      contradictions(q.answer, s.markdown).map(
        (c) => `/${q.topic}/#${q.id} 「${q.question}」：来自 ${place(s.source)} 的补充与主答案不一致，${c}${q.notes.length > 0 ? '（已有勘误）' : '（尚无勘误）'}`,
      ),
    ),
  );
}

/** `units`: how many versions the notes gave, before merging. */
export function mergeReport(published: readonly PublishedQuestion[], units: number): string {
  const merged = published.filter((p) => p.units.length > 1);
  const warnings = mergeWarnings(published);
  const lines = [
    '# 合并报告（由 npm run normalize 生成，请勿手改）',
    '',
    `${units} 个题目单元 → ${published.length} 道题；${merged.length} 道题合并了多个版本。`,
    '调整方法：在 sources/curation.yaml 中用 merge / split / canonical 修正。',
    '',
    '## 需要复核',
    '',
    ...(warnings.length > 0 ? warnings.map((w) => `- ${w}`) : ['- 无']),
    '',
    '## 补充与主答案矛盾',
    '',
    ...contradictionWarnings(published)
      .map((w) => `- ${w}`)
      .concat(contradictionWarnings(published).length === 0 ? ['- 无'] : []),
    '',
  ];
  for (const p of merged) {
    const { question, units: versions, links, wordingFrom, primary } = p;
    lines.push(`## ${question.question}`, '', `页面：/${question.topic}/#${question.id}`, '');
    if (question.wordings.length > 0) lines.push(`又问（笔记原措辞）：${question.wordings.map((w) => `「${w}」`).join('；')}`, '');
    versions.forEach((u, i) => {
      const roles = [i === wordingFrom ? '题目措辞' : '', i === primary ? '主答案' : ''].filter(Boolean).join('、');
      lines.push(`- ${place(u)} ${u.question}${roles ? `（${roles}）` : ''}${u.unanswered ? '〔无答案〕' : ''}`);
    });
    lines.push('', '相似度：');
    for (const link of links) {
      lines.push(`- ${place(link.unit)} ~ ${place(link.partner)}：${link.kind}，题目 ${pct(link.questionSimilarity)}，答案 ${pct(link.answerSimilarity)}`);
    }
    lines.push('', '补充：');
    if (question.supplements.length === 0) lines.push('- 无（其他版本的内容都已包含在主答案中）');
    for (const s of question.supplements) lines.push(`- 来自 ${place(s.source)}：${oneLine(s.markdown)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
