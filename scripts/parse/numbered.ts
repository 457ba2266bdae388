import type { ParseResult, SourceFile, SourceLine, SourceUnit } from '../lib/types.ts';
import { fenceMask } from './fences.ts';
import { preamble } from './preamble.ts';
import { isQuestionLike, questionText } from './question-text.ts';

const NUMBERED = /^\s*(\d+)、\s*(.*)$/;

/** Whether the file numbers its questions `1、…`, `2、…` (PDF-style notes without headings). */
export function hasNumberedQuestions(source: SourceFile): boolean {
  return source.lines.filter((line) => NUMBERED.test(line)).length >= 3 && source.lines.some((l) => /^\s*1、/.test(l));
}

/**
 * Parses `1、question?` notes. Answers contain their own numbered items (`1、节点管理。`), so a
 * numbered line is a question only when it carries the next question number, and, if it could
 * also continue the answer's own list, only when it reads as a question.
 */
export function parseNumbered(source: SourceFile): ParseResult {
  const { file, lines } = source;
  const inFence = fenceMask(file, lines);
  const before: SourceLine[] = [];
  const units: SourceUnit[] = [];
  let expected = 1;
  let lastItem = 0;
  lines.forEach((text, i) => {
    const match = inFence[i] ? null : NUMBERED.exec(text);
    const n = match ? Number(match[1]) : NaN;
    const continuesList = lastItem > 0 && n === lastItem + 1;
    if (match && n === expected && !(continuesList && !isQuestionLike(match[2]!))) {
      const { question, markers } = questionText(match[2]!);
      units.push({ file, line: i + 1, lineEnd: i + 1, format: 'numbered', rawQuestion: text, question, markers, body: [] });
      expected++;
      lastItem = 0;
      return;
    }
    if (match && units.length > 0) lastItem = n;
    (units.at(-1)?.body ?? before).push({ n: i + 1, text });
  });
  return { units, dropped: preamble(file, before) };
}
