import type { SourceLine } from '../lib/types.ts';
import { mapText } from './blocks.ts';

/** `  • item` (bullets pasted as characters) and `- - item` (a Yuque export quirk) become plain Markdown list items. */
export function normaliseBullets(lines: readonly SourceLine[]): SourceLine[] {
  return mapText(lines, (text) =>
    text.map((l) => ({ ...l, text: l.text.replace(/^\s*[•·▪●]\s*/, '- ').replace(/^(\s*)- - /, '$1- ') })),
  );
}
