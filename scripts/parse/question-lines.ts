import type { ParseResult, SourceFile, SourceUnit } from '../lib/types.ts';
import { asks, isTopicPhrase, questionText } from './question-text.ts';

/** A question line is short: a longer line is a sentence of an answer, even when it asks. */
const MAX_QUESTION = 60;
/** Lines that are no bare text: Markdown headings, list items, quotes, fences, tables, HTML. */
const MARKUP = /^\s*(?:#{1,6}\s|[-*+]\s|>|```|~~~|\||<)/;

function isBare(text: string): boolean {
  const t = text.trim();
  return t !== '' && !MARKUP.test(t) && [...t].length <= MAX_QUESTION && !/[:：]$/.test(t);
}

function isQuestionLine(text: string): boolean {
  return isBare(text) && asks(questionText(text.trim()).question);
}

/** Asking lines, and among them lines of the same form that name a subject (「Pod 的生命周期」). */
function questionLines(source: SourceFile): Set<number> {
  const asking = new Set<number>();
  const phrases = new Set<number>();
  source.lines.forEach((l, i) => {
    if (isQuestionLine(l)) asking.add(i);
    else if (isBare(l) && isTopicPhrase(l)) phrases.add(i);
  });
  // The subject lines are questions when the list mostly asks: its form, not its punctuation, says so.
  return asking.size >= 3 && asking.size >= phrases.size ? new Set([...asking, ...phrases]) : asking;
}

/**
 * A file of bare question lines and nothing else but a title (a list to study from, 「面试题汇总」):
 * every line a question of its own, with no answer yet (待补充) — never one question whose answer is
 * all the others.
 */
export function isQuestionList(source: SourceFile): boolean {
  const lines = source.lines.filter((l) => l.trim() !== '');
  const asking = questionLines(source).size;
  // A title, or a remark or two between its parts, may stand among them; answers may not.
  return asking >= 3 && lines.length - asking <= 2;
}

export function parseQuestionList(source: SourceFile): ParseResult {
  const units: SourceUnit[] = [];
  const dropped: ParseResult['dropped'] = [];
  const questions = questionLines(source);
  source.lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const n = i + 1;
    if (questions.has(i)) {
      const { question, markers } = questionText(text);
      units.push({ file: source.file, line: n, lineEnd: n, format: 'list-item', rawQuestion: text, question, markers, body: [] });
    } else {
      // The list's title (「Kubernetes 面试题汇总」) or a remark between its parts (「以下几题问得较少」)
      // titles the questions; it answers none of them.
      dropped.push({ file: source.file, line: n, endLine: n, reason: 'group-title', text });
    }
  });
  return { units, dropped };
}
