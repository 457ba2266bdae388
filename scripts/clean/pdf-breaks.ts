import type { SourceLine } from '../lib/types.ts';
import { mapText } from './blocks.ts';
import { displayWidth } from './text-width.ts';

/** Text ending like this closes a sentence, a label or a list item; anything else may run on. */
const ENDS_CLOSED = /[。；;！!？?：:）)」』"”'’`|>]$|\*\*$/;
const ENDS_MID_SENTENCE = /[,，、]$/;
/** Lines that start something new: list items, labels such as `可扩展:`, headings, tables, quotes, images. */
const STARTS_NEW = /^\s*(?:[-*+•·>|#!]|\d+[、.)）]|[（(]?\d+[)）]|[一二三四五六七八九十]+[、.]|第.{1,3}[种步个]|\[|[^\s，。,:：]{1,12}[:：])/;
/** A wrapped PDF line fills the page width; a shorter one ended where its author ended it. */
const FULL_LINE_WIDTH = 60;

function joins(previous: string, next: string): boolean {
  const prev = previous.trimEnd();
  if (prev === '' || next.trim() === '' || STARTS_NEW.test(next)) return false;
  if (ENDS_MID_SENTENCE.test(prev)) return true;
  return !ENDS_CLOSED.test(prev) && displayWidth(prev) >= FULL_LINE_WIDTH;
}

function glue(previous: string, next: string): string {
  const prev = previous.trimEnd();
  const start = next.trimStart();
  const asciiBefore = /[A-Za-z0-9]$/.test(prev);
  const asciiAfter = /^[A-Za-z0-9]/.test(start);
  // Keep the space the PDF left at the break when it separates a Latin word from its neighbour.
  const spaced = (asciiBefore && asciiAfter) || (previous !== prev && (asciiBefore || asciiAfter));
  return prev + (spaced ? ' ' : '') + start;
}

/**
 * Re-joins sentences that PDF extraction broke across lines, with or without a blank line between
 * (`负责 Pod 接下来生` / `命周期。`). Code blocks are left alone.
 */
export function joinPdfBreaks(lines: readonly SourceLine[]): SourceLine[] {
  return mapText(lines, (text) => {
    const out: SourceLine[] = [];
    let pendingBlank: SourceLine | undefined;
    for (const line of text) {
      if (line.text.trim() === '') {
        pendingBlank ??= line;
        continue;
      }
      const last = out.at(-1);
      if (last && joins(last.text, line.text)) {
        out[out.length - 1] = { ...last, text: glue(last.text, line.text) };
      } else {
        if (pendingBlank && last) out.push(pendingBlank);
        out.push(line);
      }
      pendingBlank = undefined;
    }
    // Trailing spaces are PDF residue; two of them would also make a Markdown line break.
    return out.map((l) => ({ ...l, text: l.text.trimEnd() }));
  });
}
