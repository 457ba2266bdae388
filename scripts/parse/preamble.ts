import type { Dropped, SourceLine } from '../lib/types.ts';

/** Text before the first question (a file title, a publish date, a link to the original) is recorded, not published. */
export function preamble(file: string, lines: readonly SourceLine[], reason: Dropped['reason'] = 'preamble'): Dropped[] {
  const kept = lines.filter((l) => l.text.trim() !== '');
  if (kept.length === 0) return [];
  return [
    {
      file,
      line: kept[0]!.n,
      endLine: kept.at(-1)!.n,
      reason,
      text: kept.map((l) => l.text).join('\n'),
    },
  ];
}
