import type { ParseResult, SourceFile, SourceLine, SourceUnit } from '../lib/types.ts';
import { fenceMask } from './fences.ts';
import { ATX_HEADING } from './headings.ts';
import { frontMatter } from './front-matter.ts';
import { preamble } from './preamble.ts';
import { asks, questionText } from './question-text.ts';
import { toSimplified } from '../vocabulary/chinese.ts';

const MARK = '(?:\\*\\*|__)?';
/** `问：…`, `Q: …`, `**问题 3：**…`, `面试官："…"`, as a list item or not. */
export const QUESTION_LINE = new RegExp(`^\\s*(?:[-*+]\\s+)?${MARK}\\s*(问题?|問題?|Q(?:uestion)?|面试官|面試官)\\s*\\d*\\s*${MARK}\\s*(?:[:：]\\s*${MARK}\\s*(.*)|$)`, 'i');
/** `答：…`, `A: …`, `**回答：**…`, `我：…` (the candidate's reply to 面试官). */
export const ANSWER_LINE = new RegExp(`^\\s*(?:[-*+]\\s+)?${MARK}\\s*(?:答案?|A(?:nswer)?|回答|我)\\s*\\d*\\s*${MARK}\\s*(?:[:：]\\s*${MARK}\\s*(.*)|$)`, 'i');

/** The question as asked, without the emphasis or quotes around it. */
function asked(text: string): string {
  return text
    .replace(/^[*_\s]+|[*_\s]+$/g, '')
    .replace(/^[「“"『]+|[」”"』]+$/g, '')
    .trim();
}

/**
 * The label a question line starts with (`问`, `问题`, `q`, `面试官`). `问题：` starts questions only in a
 * file that labels its questions so (elsewhere it is an answer's 「问题：…原因：…解决：」), and the
 * interviewer's lines only when they ask.
 */
const labelOf = (match: RegExpExecArray) =>
  toSimplified(match[1]!)
    .toLowerCase()
    .replace(/^question$/, 'q');

export function countQuestionLines(source: SourceFile): number {
  return source.lines.filter((l) => QUESTION_LINE.test(l)).length;
}

function mainLabel(lines: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const m = QUESTION_LINE.exec(l);
    if (m) counts.set(labelOf(m), (counts.get(labelOf(m)) ?? 0) + 1);
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '';
}

/**
 * Notes of question/answer lines (`问：…` then `答：…`), under section headings or none: each question
 * line starts a question, the lines up to the next one are its answer; a heading only groups.
 */
export function parseQaPairs(source: SourceFile): ParseResult {
  const { file, lines } = source;
  const { contentStart, dropped } = frontMatter(source);
  const inFence = fenceMask(file, lines, contentStart);
  const before: SourceLine[] = [];
  const units: SourceUnit[] = [];
  const label = mainLabel(lines);
  for (let i = contentStart; i < lines.length; i++) {
    const text = lines[i]!;
    const current = units.at(-1);
    const match = inFence[i] ? null : QUESTION_LINE.exec(text);
    // The interviewer's small talk (「嗯，不错。」) asks nothing: it stays in the conversation's answer.
    const kind = match ? labelOf(match) : '';
    const question = match && (kind === '问' || kind === 'q' || (kind === '问题' && label === '问题') || (kind === '面试官' && asks(match[2] ?? ''))) ? match : null;
    if (question) {
      // `Q1` alone on its line: the question follows on the next.
      const { question: q, markers } = questionText(asked(question[2] ?? ''));
      units.push({ file, line: i + 1, lineEnd: i + 1, format: 'qa-pair', rawQuestion: text, question: q, markers, body: [] });
      continue;
    }
    const heading = inFence[i] ? null : ATX_HEADING.exec(text);
    if (heading) {
      // A section title groups the pairs after it.
      dropped.push({ file, line: i + 1, endLine: i + 1, reason: 'group-title', text });
      continue;
    }
    const answer = inFence[i] ? null : ANSWER_LINE.exec(text);
    if (current && current.question === '' && !answer && text.trim() !== '') {
      // `问：` alone on its line: the question is on the next.
      current.question = questionText(asked(text)).question;
      current.lineEnd = i + 1;
      current.rawQuestion = `${current.rawQuestion}\n${text}`;
      continue;
    }
    const line = { n: i + 1, text: answer ? (answer[1] ?? '') : text };
    (current?.body ?? before).push(line);
  }
  dropped.push(...preamble(file, before));
  return { units, dropped };
}
