import type { Dropped, ParseResult, SourceFile, SourceLine, SourceUnit } from '../lib/types.ts';
import { ATX_HEADING } from './headings.ts';
import { preamble } from './preamble.ts';
import { questionText } from './question-text.ts';

const OPEN = /<details\b[^>]*>/i;
const SUMMARY = /<summary\b[^>]*>([^]*?)<\/summary>/i;
const CLOSE = /<\/details>/i;

export function countDetails(source: SourceFile): number {
  return source.lines.filter((l) => OPEN.test(l)).length;
}

/**
 * Notes of collapsible blocks, `<details><summary>问题</summary>答案</details>`: the summary is the
 * question, the block's content its answer; the tags themselves are dropped.
 */
export function parseDetails(source: SourceFile): ParseResult {
  const { file, lines } = source;
  const before: SourceLine[] = [];
  const units: SourceUnit[] = [];
  const dropped: Dropped[] = [];
  let open: SourceUnit | undefined;
  /** A `<summary>` whose text runs over several lines, until its `</summary>`. */
  let pending: { n: number; parts: string[] } | undefined;
  lines.forEach((line, i) => {
    let raw = line;
    let n = i + 1;
    if (pending) {
      pending.parts.push(line);
      if (!/<\/summary>/i.test(line)) return;
      // The question is read at the line that opened the summary; the lines it ran over are recorded.
      for (let k = pending.n + 1; k <= i + 1; k++) dropped.push({ file, line: k, endLine: k, reason: 'html', text: lines[k - 1]! });
      [raw, n] = [
        `<summary>${pending.parts
          .join(' ')
          .replace(/<\/?summary[^>]*>/gi, '')
          .trim()}</summary>`,
        pending.n,
      ];
      pending = undefined;
    } else if (/<summary\b[^>]*>/i.test(line) && !/<\/summary>/i.test(line)) {
      pending = { n, parts: [line] };
      return;
    }
    let text = raw;
    if (OPEN.test(text)) text = text.replace(OPEN, '');
    const summary = SUMMARY.exec(text);
    if (summary) {
      const { question, markers } = questionText(summary[1]!.replace(/<[^>]+>/g, '').trim());
      open = { file, line: n, lineEnd: n, format: 'details', rawQuestion: raw, question, markers, body: [] };
      units.push(open);
      text = text.replace(SUMMARY, '');
    }
    // Section headings between the blocks only group them.
    if (!summary && ATX_HEADING.test(text)) {
      dropped.push({ file, line: n, endLine: n, reason: 'group-title', text: raw });
      return;
    }
    const closes = CLOSE.test(text);
    text = text.replace(CLOSE, '');
    if (text.trim() === '' && text !== raw && !summary) {
      // A line of nothing but the block's own tags.
      dropped.push({ file, line: n, endLine: n, reason: 'html', text: raw });
    } else if (!summary || text.trim() !== '') {
      ((open ?? units.at(-1))?.body ?? before).push({ n, text });
    }
    if (closes) open = undefined;
  });
  return { units, dropped: [...preamble(file, before), ...dropped] };
}
