import type { SourceLine } from '../lib/types.ts';

/** `答：`, `答案：`, `**答：**`, `A:`, `回答：` in front of an answer's first line. */
const ANSWER_PREFIX = /^(\s*)(?:\*\*|__)?\s*(?:答案?|回答|A|Answer)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*/;

/** Drops the answer label in front of an answer's first line; the page shows the answer under its question anyway. */
export function dropAnswerPrefix(lines: readonly SourceLine[]): SourceLine[] {
  // The first line of text: not a fence marker, not an image standing before the answer.
  const first = lines.findIndex((l) => l.text.trim() !== '' && !/^\s*(`{3,}|~{3,}|!\[[^\]]*\]\([^)]*\)\s*$)/.test(l.text));
  if (first < 0) return [...lines];
  return lines.map((l, i) => (i === first ? { ...l, text: l.text.replace(ANSWER_PREFIX, '$1') } : l)).filter((l, i) => i !== first || l.text.trim() !== '');
}
