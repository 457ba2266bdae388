import type { Dropped, ParseResult, SourceFile, SourceLine, SourceUnit } from '../lib/types.ts';
import { displayWidth } from '../clean/text-width.ts';
import { frontMatter } from './front-matter.ts';
import { preamble } from './preamble.ts';
import { isQuestionLike, questionText } from './question-text.ts';

const SENTENCE_PUNCTUATION = /[，。,;；!！、]/;
const DISCOURSE_OPENER = /^(具体|由以下|具有以下|如下|例如|比如|其中|总之|所以|因此|也就是|对于|那么|而且|另外|首先|其次|最后|此外|答案)/;
const LIST_ITEM = /^\s*(?:[-*+•·]|\d+[.、)])\s/;

const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';

function nextNonBlank(lines: readonly string[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (!isBlank(lines[j])) return lines[j];
  return undefined;
}

/**
 * A pseudo-heading in a prose article stands alone on its line and is short: either a question
 * (`为什么我们会需要 Pod?`) or a bare title (`Pod的用途`, `Pod的实现:`) that does not introduce a list.
 */
export function isPseudoHeading(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  const text = line.trim();
  if (text.length < 4 || line !== line.trimStart() || LIST_ITEM.test(line)) return false;
  if (!isBlank(lines[i - 1]) || !isBlank(lines[i + 1])) return false;
  const body = text.replace(/[?？:：]$/, '');
  if (/[?？]$/.test(text)) return displayWidth(text) <= 48 && !SENTENCE_PUNCTUATION.test(body) && !/[?？]/.test(body);
  if (displayWidth(text) > 24 || SENTENCE_PUNCTUATION.test(body) || /[:：.]/.test(body)) return false;
  if (DISCOURSE_OPENER.test(text)) return false;
  const next = nextNonBlank(lines, i);
  return next !== undefined && !LIST_ITEM.test(next);
}

/** Parses a prose article: pseudo-headings become questions, the paragraphs after them answers. */
export function parseProse(source: SourceFile): ParseResult {
  const { file, lines } = source;
  const before: SourceLine[] = [];
  const units: SourceUnit[] = [];
  const front = frontMatter(source);
  const dropped: Dropped[] = [...front.dropped];
  // The article's first line is its title, never a question.
  const title = lines.findIndex((line, i) => i >= front.contentStart && !isBlank(line));
  lines.forEach((text, i) => {
    if (i < front.contentStart) return;
    if (i > title && isPseudoHeading(lines, i)) {
      const { question, markers } = questionText(text);
      units.push({ file, line: i + 1, lineEnd: i + 1, format: 'pseudo-heading', rawQuestion: text, question, markers, body: [] });
      return;
    }
    (units.at(-1)?.body ?? before).push({ n: i + 1, text });
  });
  // A file of one question in plain text: its first line asks, the rest answers.
  if (units.length === 0 && title >= 0 && isQuestionLike(lines[title]!)) {
    const { question, markers } = questionText(lines[title]!);
    const body = before.filter((l) => l.n !== title + 1);
    return { units: [{ file, line: title + 1, lineEnd: title + 1, format: 'pseudo-heading', rawQuestion: lines[title]!, question, markers, body }], dropped };
  }
  // A title with nothing under it but the next title (`Pod的基本概念`) only groups what follows.
  const kept = units.filter((unit) => {
    const empty = unit.body.every((l) => isBlank(l.text));
    if (!empty || isQuestionLike(unit.question)) return true;
    dropped.push({ file, line: unit.line, endLine: unit.line, reason: 'group-title', text: unit.rawQuestion });
    return false;
  });
  return { units: kept, dropped: [...preamble(file, before), ...dropped] };
}
