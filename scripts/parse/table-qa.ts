import type { Dropped, ParseResult, SourceFile, SourceUnit } from '../lib/types.ts';
import { preamble } from './preamble.ts';
import { questionText } from './question-text.ts';

/** A table header with a question column and an answer column: `| 问题 | 答案 |`, `| # | Question | Answer |`. */
const HEADER = /^\s*\|.*\|\s*$/;
const QUESTION_COLUMN = /^(?:问题|問題|题目|題目|面试题|面試題|question|q)$/i;
const ANSWER_COLUMN = /^(?:答案|回答|解答|参考答案|參考答案|answer|a)$/i;
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

function columns(row: string): { question: number; answer: number } | undefined {
  const names = cells(row).map((c) => c.replace(/[*_`]/g, ''));
  const question = names.findIndex((c) => QUESTION_COLUMN.test(c));
  const answer = names.findIndex((c) => ANSWER_COLUMN.test(c));
  return question >= 0 && answer >= 0 && question !== answer ? { question, answer } : undefined;
}

export function countTableQuestions(source: SourceFile): number {
  let count = 0;
  let table: ReturnType<typeof columns>;
  source.lines.forEach((line, i) => {
    if (HEADER.test(line) && DELIMITER.test(source.lines[i + 1] ?? '')) table = columns(line);
    else if (table && HEADER.test(line) && !DELIMITER.test(line)) count++;
    else if (!HEADER.test(line)) table = undefined;
  });
  return count;
}

/**
 * Notes kept as a table of questions and answers (`| 问题 | 答案 |`): each row is a question and its
 * answer cell the answer (`<br>` in a cell is a line break). Text outside the tables goes with the row
 * above it, or is the file's preamble.
 */
export function parseTableQa(source: SourceFile): ParseResult {
  const { file, lines } = source;
  const units: SourceUnit[] = [];
  const dropped: Dropped[] = [];
  const before: { n: number; text: string }[] = [];
  let table: ReturnType<typeof columns>;
  lines.forEach((line, i) => {
    const n = i + 1;
    if (HEADER.test(line) && DELIMITER.test(lines[i + 1] ?? '') && columns(line)) {
      table = columns(line);
      dropped.push({ file, line: n, endLine: n, reason: 'group-title', text: line });
      return;
    }
    if (table && DELIMITER.test(line)) {
      dropped.push({ file, line: n, endLine: n, reason: 'separator', text: line });
      return;
    }
    if (table && HEADER.test(line)) {
      const row = cells(line);
      const { question, markers } = questionText(row[table.question] ?? '');
      const answer = (row[table.answer] ?? '').split(/<br\s*\/?>/i).map((text) => ({ n, text: text.trim() }));
      units.push({ file, line: n, lineEnd: n, format: 'table-row', rawQuestion: line, question, markers, body: answer });
      return;
    }
    if (line.trim() !== '') table = undefined;
    (units.at(-1)?.body ?? before).push({ n, text: line });
  });
  return { units, dropped: [...preamble(file, before), ...dropped] };
}
