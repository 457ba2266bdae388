import type { ParseOptions, ParseResult, SourceFile, SourceLine, SourceUnit, UnitFormat } from '../lib/types.ts';
import { fenceMask } from './fences.ts';
import { frontMatter } from './front-matter.ts';
import { preamble } from './preamble.ts';
import { asks, isDocumentTitle, isQuestionLike, questionText } from './question-text.ts';
import { isAnswerPart, isClosingSection, isIntroduction, isSectionTitle } from '../vocabulary/chinese.ts';

export const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const CHINESE_NUMBERING = /^[一二三四五六七八九十百]+、/;
const BARE_LINK = /^\s*(?:https?:\/\/\S+|\[[^\]]*\]\(https?:\/\/[^)]*\))\s*$/;

interface Heading {
  level: number;
  text: string;
  line: number;
  body: SourceLine[];
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
  // A title over a question (「# K8s 速记」 then 「Pod 是什么？」) is no question cut short.
  if (/[?？]\s*$/.test(heading.text) || isDocumentTitle(heading.text) || !/^[^\s\d\-*#>|![（(].{0,15}[?？]$/.test(next)) return heading.line;
  heading.text = `${heading.text.trimEnd()}${next}`;
  const line = heading.body[first]!.n;
  heading.body.splice(0, first + 1);
  return line;
}

/** Parses a Markdown notes file: each heading is a question, the lines under it its answer. */
export function parseHeadings(source: SourceFile, options: ParseOptions = {}): ParseResult {
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

  // Whether a heading holds questions below it: then it only groups them, whatever it says.
  const holdsQuestions = headings.map((h, i) => {
    for (let j = i + 1; j < headings.length && headings[j]!.level > h.level; j++) if (isQuestionLike(headings[j]!.text)) return true;
    return false;
  });
  // A heading whose own sub-headings are an answer's parts (核心答案, 詳細解析, 講稿) is a question, whatever it says.
  const holdsAnswer = headings.map((h, i) => headings[i + 1] !== undefined && headings[i + 1]!.level > h.level && isAnswerPart(questionText(headings[i + 1]!.text).question));
  // An article, not a collection: most of its headings title parts of an answer rather than ask.
  const article = headings.filter((h) => isQuestionLike(h.text)).length * 2 < headings.length;
  const units: SourceUnit[] = [];
  const levels: number[] = [];
  let scopeClosed = false;
  /** The last heading dropped as a title, which turns into a question when sections follow it directly. */
  let title: { heading: Heading; dropped: number } | undefined;
  const asQuestion = (heading: Heading, lineEnd = heading.line) => {
    const { question, markers } = questionText(heading.text);
    const format: UnitFormat = CHINESE_NUMBERING.test(heading.text.trim()) ? 'chinese-numbered' : 'heading';
    const rawQuestion = lines
      .slice(heading.line - 1, lineEnd)
      .filter((l) => l.trim() !== '')
      .join('\n');
    units.push({ file, line: heading.line, lineEnd, format, rawQuestion, question, markers, body: heading.body });
    levels.push(heading.level);
  };
  headings.forEach((heading, i) => {
    const lineEnd = continueQuestion(heading);
    const { question } = questionText(heading.text);
    // A bare link under a group title (`# 6、K8S基础(一)` then the post it came from) is not an answer.
    const hasBody = heading.body.some((l) => l.text.trim() !== '' && !BARE_LINK.test(l.text));
    const previous = units.at(-1);
    if (question === '') {
      dropped.push({ file, line: heading.line, endLine: heading.line, reason: 'empty-heading', text: lines[heading.line - 1]! });
      // Text under an empty heading still belongs to the question above it.
      if (previous) previous.body.push(...heading.body);
      else dropped.push(...preamble(file, heading.body));
      // An empty heading closes the question above: what follows is not part of its answer.
      scopeClosed = true;
      return;
    }
    // 「作用」「使用场景」「总结」, or any heading below a question that asks nothing itself, is a part of
    // that question's answer: an article is one question, not one per sub-heading.
    // Under a question, a deeper heading that does not plainly ask (「Master 节点」「3.1 驱逐流程」「运作原理」)
    // is a part of its answer; in an article, so is any heading that is not question-like.
    const deeper = previous !== undefined && !scopeClosed && heading.level > levels.at(-1)! && !holdsQuestions[i];
    // In an article only a sub-heading that ends in a question mark is a question of its own.
    const below = deeper && (article ? !/[?？]\s*$/.test(question) : !asks(question) && asks(previous.question));
    scopeClosed = false;
    if (isSectionTitle(question) || below) {
      if (!previous && title) {
        dropped.splice(title.dropped, dropped.length - title.dropped);
        asQuestion(title.heading);
        title = undefined;
      }
      const owner = units.at(-1);
      // 「总结」「参考资料」 closing a collection, at the level of its questions, speak for the whole file.
      if (owner && !article && heading.level <= levels.at(-1)! && isClosingSection(question)) {
        dropped.push({ file, line: heading.line, endLine: heading.line, reason: 'boilerplate', text: lines[heading.line - 1]! });
        dropped.push(...preamble(file, heading.body, 'boilerplate'));
        scopeClosed = true;
        return;
      }
      if (owner) {
        owner.body.push({ n: heading.line, text: `**${question}**` }, ...heading.body);
        return;
      }
      // 「目录」 before any question, holding only links: no question of its own.
      const onlyLinks = heading.body.every((l) => l.text.trim() === '' || /^\s*(?:[-*+]\s+|\d+[.)]\s+)?\[[^\]]*\]\([^)]*\)\s*$/.test(l.text));
      if (isSectionTitle(question) && onlyLinks) {
        dropped.push({ file, line: heading.line, endLine: heading.line, reason: 'group-title', text: lines[heading.line - 1]! });
        dropped.push(...preamble(file, heading.body, 'group-title'));
        return;
      }
      // 「背景」「Background / 背景」 before the first question of a collection: the author's introduction.
      if (isIntroduction(question) && !article && headings.slice(i + 1).some((h) => asks(questionText(h.text).question))) {
        dropped.push({ file, line: heading.line, endLine: heading.line, reason: 'preamble', text: lines[heading.line - 1]! });
        dropped.push(...preamble(file, heading.body));
        return;
      }
    }
    // The file's title over its questions only names the collection, whatever it says under it.
    // So does a first heading that names the notes (「Kubernetes 面試準備筆記」), with the words under it.
    const collectionTitle = (i === 0 && holdsQuestions[i]) || (units.length === 0 && isDocumentTitle(question));
    // A chapter over its questions (「三、调度篇」) is a title, whatever intro stands under it.
    const chapter = holdsQuestions[i] && (CHINESE_NUMBERING.test(heading.text.trim()) || /[篇章]$/.test(question));
    if (!isQuestionLike(question) && !holdsAnswer[i] && (collectionTitle || chapter || (!hasBody && (holdsQuestions[i] || !CHINESE_NUMBERING.test(heading.text.trim()))))) {
      if (units.length === 0 && !holdsQuestions[i]) title = { heading, dropped: dropped.length };
      dropped.push({ file, line: heading.line, endLine: heading.line, reason: 'group-title', text: lines[heading.line - 1]! });
      // The title's first line asking on its own (「Pod 是什么？」) is the question the words under it answer.
      const first = heading.body.findIndex((l) => l.text.trim() !== '');
      const asked = heading.body[first]?.text.trim() ?? '';
      if (first >= 0 && !holdsQuestions[i] && /[?？]$/.test(asked) && [...asked].length <= 60 && asks(asked) && !/^[-*+>|#]/.test(asked)) {
        const { question: q, markers } = questionText(asked);
        const n = heading.body[first]!.n;
        units.push({ file, line: n, lineEnd: n, format: 'heading', rawQuestion: asked, question: q, markers, body: heading.body.slice(first + 1) });
        levels.push(heading.level + 1);
        title = undefined;
        return;
      }
      dropped.push(...preamble(file, heading.body, 'group-title'));
      return;
    }
    asQuestion(heading, lineEnd);
  });
  return { units, dropped };
}
