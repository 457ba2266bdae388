import type { ParseResult, SourceFile, SourceLine, SourceUnit, UnitFormat } from '../lib/types.ts';
import { fenceMask } from './fences.ts';
import { frontMatter } from './front-matter.ts';
import { preamble } from './preamble.ts';
import { isQuestionLike, questionText } from './question-text.ts';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const CHINESE_NUMBERING = /^[一二三四五六七八九十百]+、/;
const BARE_LINK = /^\s*(?:https?:\/\/\S+|\[[^\]]*\]\(https?:\/\/[^)]*\))\s*$/;

interface Heading {
  level: number;
  text: string;
  line: number;
  body: SourceLine[];
}

export interface HeadingOptions {
  /** `file:line` of headings that are really body text of the question before them (set in the curation file). */
  demote?: ReadonlySet<string>;
}

/** Whether the file is organised by Markdown headings (`#`, `##`, `## 一、…`) outside code fences. */
export function hasHeadings(source: SourceFile): boolean {
  const { contentStart } = frontMatter(source);
  const inFence = fenceMask(source.file, source.lines, contentStart);
  let count = 0;
  source.lines.forEach((line, i) => {
    if (i >= contentStart && !inFence[i] && ATX_HEADING.test(line)) count++;
  });
  // One heading is enough: a file may hold a single question.
  return count >= 1;
}

/**
 * A heading the PDF cut short (`# 简述 … 是使用什么` then `组件来实现的？`) takes back the end of its
 * question from the first line under it. Returns the question's last line.
 */
function continueQuestion(heading: Heading): number {
  const first = heading.body.findIndex((l) => l.text.trim() !== '');
  const next = heading.body[first]?.text.trim() ?? '';
  if (/[?？]\s*$/.test(heading.text) || !/^[^\s\d\-*#>|!\[（(].{0,15}[?？]$/.test(next)) return heading.line;
  heading.text = `${heading.text.trimEnd()}${next}`;
  const line = heading.body[first]!.n;
  heading.body.splice(0, first + 1);
  return line;
}

/** Parses a Markdown notes file: each heading is a question, the lines under it its answer. */
export function parseHeadings(source: SourceFile, options: HeadingOptions = {}): ParseResult {
  const { file, lines } = source;
  const { contentStart, dropped } = frontMatter(source);
  const inFence = fenceMask(file, lines, contentStart);

  const before: SourceLine[] = [];
  const headings: Heading[] = [];
  for (let i = contentStart; i < lines.length; i++) {
    const text = lines[i]!;
    const match = inFence[i] ? null : ATX_HEADING.exec(text);
    const current = headings.at(-1);
    if (match && !options.demote?.has(`${file}:${i + 1}`)) {
      headings.push({ level: match[1]!.length, text: match[2] ?? '', line: i + 1, body: [] });
    } else if (match) {
      (current?.body ?? before).push({ n: i + 1, text: match[2] ?? '' });
    } else {
      (current?.body ?? before).push({ n: i + 1, text });
    }
  }
  dropped.push(...preamble(file, before));

  const units: SourceUnit[] = [];
  headings.forEach((heading) => {
    const lineEnd = continueQuestion(heading);
    const { question, markers } = questionText(heading.text);
    // A bare link under a group title (`# 6、K8S基础(一)` then the post it came from) is not an answer.
    const hasBody = heading.body.some((l) => l.text.trim() !== '' && !BARE_LINK.test(l.text));
    const previous = units.at(-1);
    if (question === '') {
      dropped.push({ file, line: heading.line, endLine: heading.line, reason: 'empty-heading', text: lines[heading.line - 1]! });
      // Text under an empty heading still belongs to the question above it.
      if (previous) previous.body.push(...heading.body);
      else dropped.push(...preamble(file, heading.body));
      return;
    }
    if (!isQuestionLike(question) && !hasBody && !CHINESE_NUMBERING.test(heading.text.trim())) {
      dropped.push({
        file,
        line: heading.line,
        endLine: heading.line,
        reason: 'group-title',
        text: lines[heading.line - 1]!,
      });
      dropped.push(...preamble(file, heading.body, 'group-title'));
      return;
    }
    const format: UnitFormat = CHINESE_NUMBERING.test(heading.text.trim()) ? 'chinese-numbered' : 'heading';
    const rawQuestion = lines.slice(heading.line - 1, lineEnd).filter((l) => l.trim() !== '').join('\n');
    units.push({ file, line: heading.line, lineEnd, format, rawQuestion, question, markers, body: heading.body });
  });
  return { units, dropped };
}
