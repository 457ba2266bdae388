import type { Correction, SourceLine } from '../lib/types.ts';
import { TYPOS, typoPattern } from '../vocabulary/typos.ts';
import { mapText } from './blocks.ts';

/** The misspelt names of the typo table, fixed in the notes' text (its slips of wording are the author's words). */
const NAMES = TYPOS.filter((t) => !t.slip);

const PATTERN = typoPattern(NAMES, 'g');
const RIGHT = new Map(NAMES.map((t) => [t.wrong, t.right]));

/** One line with the table's typos fixed, and what was fixed. */
export function fixTypos(text: string, file: string, line: number): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const fixed = text.replace(PATTERN, (wrong) => {
    const right = RIGHT.get(wrong)!;
    corrections.push({ file, line, kind: 'typo', from: wrong, to: right, why: 'Kubernetes 名称拼写错误' });
    return right;
  });
  return { text: fixed, corrections };
}

/** The table's typos fixed in an answer's text; code is left as the notes wrote it. */
export function fixTyposInLines(file: string, lines: readonly SourceLine[]): { lines: SourceLine[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const out = mapText(lines, (block) =>
    block.map((l) => {
      const result = fixTypos(l.text, file, l.n);
      corrections.push(...result.corrections);
      return { ...l, text: result.text };
    }),
  );
  return { lines: out, corrections };
}
