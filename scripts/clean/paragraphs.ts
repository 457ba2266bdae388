import type { SourceLine } from '../lib/types.ts';
import { toBlocks } from './blocks.ts';

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\S/;
const TABLE_ROW = /^\s*\|/;

/**
 * The notes put one statement per line; Markdown would run consecutive lines into one paragraph.
 * Each line becomes its own paragraph, except inside lists, tables and code.
 */
export function toMarkdown(lines: readonly SourceLine[]): string {
  const out: string[] = [];
  for (const block of toBlocks(lines)) {
    if (block.kind === 'fence') {
      out.push('', block.open.text.trimStart(), ...block.content.map((l) => l.text), block.close?.text.trim() ?? '```', '');
      continue;
    }
    let previous: 'list' | 'table' | 'text' | 'blank' = 'blank';
    for (const { text } of block.lines) {
      if (text.trim() === '') {
        out.push('');
        previous = 'blank';
      } else if (TABLE_ROW.test(text)) {
        if (previous !== 'table') out.push('');
        out.push(text.trim());
        previous = 'table';
      } else if (LIST_ITEM.test(text) || (previous === 'list' && /^\s{2,}\S/.test(text))) {
        if (previous !== 'list' && previous !== 'blank') out.push('');
        out.push(previous === 'list' || previous === 'blank' ? text.trimEnd() : text.trim());
        previous = 'list';
      } else {
        out.push('', text.trim());
        previous = 'text';
      }
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
