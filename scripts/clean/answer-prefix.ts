import type { SourceLine } from '../lib/types.ts';

/** Drops `答：` / `答案：` in front of an answer's first line; the page shows the answer under its question anyway. */
export function dropAnswerPrefix(lines: readonly SourceLine[]): SourceLine[] {
  // The first line of text: not a fence marker, not an image standing before the answer.
  const first = lines.findIndex((l) => l.text.trim() !== '' && !/^\s*(`{3,}|~{3,}|!\[[^\]]*\]\([^)]*\)\s*$)/.test(l.text));
  if (first < 0) return [...lines];
  return lines
    .map((l, i) => (i === first ? { ...l, text: l.text.replace(/^(\s*)答案?\s*[:：]\s*/, '$1') } : l))
    .filter((l, i) => i !== first || l.text.trim() !== '');
}
