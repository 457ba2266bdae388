import type { Correction, SourceLine } from '../lib/types.ts';

/**
 * Kangxi radicals (U+2F00–U+2FD5) and CJK radicals (U+2E80–U+2EF3) that PDF exports put where the
 * ideograph belongs: 「减⼩」 looks like 「减小」 but neither matches it in search nor merges with it.
 */
const LOOK_ALIKE = /[\u2E80-\u2EF3\u2F00-\u2FD5]/gu;

/** One line with look-alike radicals replaced by the ideographs they stand for, and what was replaced. */
export function fixLookAlikes(text: string, file: string, line: number): { text: string; corrections: Correction[] } {
  const found: string[] = [];
  const fixed = text.replace(LOOK_ALIKE, (c) => {
    const ideograph = c.normalize('NFKC');
    // A radical with no ideograph of its own (most of the supplement block) stays as written.
    if (ideograph === c) return c;
    found.push(c);
    return ideograph;
  });
  if (found.length === 0) return { text, corrections: [] };
  const from = [...new Set(found)].join('');
  return { text: fixed, corrections: [{ file, line, kind: 'look-alike', from, to: from.normalize('NFKC'), why: 'PDF 导出的部首字形，换成同形的汉字' }] };
}

export function fixLookAlikesInLines(file: string, lines: readonly SourceLine[]): { lines: SourceLine[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const out = lines.map((l) => {
    const result = fixLookAlikes(l.text, file, l.n);
    corrections.push(...result.corrections);
    return { ...l, text: result.text };
  });
  return { lines: out, corrections };
}
