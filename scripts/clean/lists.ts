import type { SourceLine } from '../lib/types.ts';
import { mapText } from './blocks.ts';

const ORDERED = /^(\d+\.\s+)\S/;

/**
 * `  • item` (bullets pasted as characters) become Markdown list items; Yuque's `1. **HPA**:`
 * followed by `- - …` / `  - …` become a list nested under the numbered item, as the editor showed it.
 */
export function normaliseBullets(lines: readonly SourceLine[]): SourceLine[] {
  return mapText(lines, (text) => {
    let nestUnder = 0;
    return text.map((l) => {
      let value = l.text.replace(/^\s*[•·▪●]\s*/, '- ');
      const ordered = ORDERED.exec(value);
      if (ordered) nestUnder = ordered[1]!.length;
      else if (/^- - /.test(value)) value = nestUnder ? `${' '.repeat(nestUnder)}- ${value.slice(4)}` : `- ${value.slice(4)}`;
      else if (nestUnder && /^ {1,3}- /.test(value)) value = `${' '.repeat(nestUnder)}${value.trimStart()}`;
      else if (value.trim() !== '' && !/^\s/.test(value)) nestUnder = 0;
      return { ...l, text: value };
    });
  });
}
