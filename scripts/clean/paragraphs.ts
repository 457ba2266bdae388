import type { SourceLine } from '../lib/types.ts';
import { toBlocks } from './blocks.ts';

const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+\S/;
const TABLE_ROW = /^\s*\|/;

/**
 * The notes put one statement per line; Markdown would run consecutive lines into one paragraph.
 * Each line becomes its own paragraph, except inside lists, tables and code; an indented line under
 * a list item becomes a paragraph of that item.
 */
export function toMarkdown(lines: readonly SourceLine[]): string {
  const out: string[] = [];
  for (const block of toBlocks(lines)) {
    if (block.kind === 'fence') {
      const content = block.content.map((l) => l.text);
      while (content.length > 0 && content.at(-1)!.trim() === '') content.pop();
      out.push('', block.open.text.trimStart(), ...content, block.close?.text.trim() ?? '```', '');
      continue;
    }
    let previous: 'list' | 'table' | 'text' | 'blank' = 'blank';
    let itemOffset = 0;
    for (const { text } of block.lines) {
      const item = LIST_ITEM.exec(text);
      if (text.trim() === '') {
        out.push('');
        if (previous !== 'list') previous = 'blank';
      } else if (TABLE_ROW.test(text)) {
        if (previous !== 'table') out.push('');
        out.push(text.trim());
        previous = 'table';
      } else if (item) {
        const nested = previous === 'list' || (previous === 'blank' && item[1] !== '');
        if (!nested && previous !== 'blank') out.push('');
        const line = nested ? text.trimEnd() : text.trim();
        out.push(line);
        itemOffset = line.length - line.trimStart().length + item[2]!.length + 1;
        previous = 'list';
      } else if (previous === 'list' && /^\s+\S/.test(text)) {
        out.push('', `${' '.repeat(itemOffset)}${text.trim()}`);
      } else {
        out.push('', text.trim());
        previous = 'text';
      }
    }
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
