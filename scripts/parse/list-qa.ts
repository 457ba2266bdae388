import type { ParseResult, SourceFile, SourceLine, SourceUnit } from '../lib/types.ts';
import { fenceMask } from './fences.ts';
import { frontMatter } from './front-matter.ts';
import { preamble } from './preamble.ts';
import { questionText } from './question-text.ts';

/** A top-level list item: `* 1.问题？`, `- 问题？`, `1. 问题？`, `1、问题？`. */
const ITEM = /^( ?)(?:[-*+]\s+(?:\d{1,3}\s*[.、)）]\s*)?|\d{1,3}[.)]\s+)(\S.*)$/;
const HEADING = /^ {0,3}#{1,6}(?:\s+(.*?))?\s*$/;
/** A linked question: `[Pod 是什么？](https://…)`. */
const LINKED = /^\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)\s*$/;

/** A list item that asks: it ends with a question mark (the notes' questions do; their answers' items do not). */
/** A whole line in bold that asks: `**1. 什么是 Deployment？**`. */
const BOLD_LINE = /^()(?:\*\*|__)(\S.*?)(?:\*\*|__)\s*$/;

function askedItem(text: string): string | undefined {
  const item = ITEM.exec(text) ?? BOLD_LINE.exec(text);
  if (!item) return undefined;
  const body = item[2]!.replace(/^\*\*|\*\*$/g, '').trim();
  const linked = LINKED.exec(body);
  const question = linked ? linked[1]! : body;
  return /[?？]\s*(?:\*\*)?\s*$/.test(question) ? body : undefined;
}

export function countAskedItems(source: SourceFile): number {
  return source.lines.filter((l) => askedItem(l) !== undefined).length;
}

/**
 * Notes written as a list: each top-level item that asks (`* 1.问题？`, `1. 问题？`) is a question, and
 * what follows it (answer bullets, indented lines, paragraphs) is its answer, up to the next such item.
 * A linked question with nothing after it (`1. [问题？](https://…)`) is published as 待补充 with its link.
 */
export function parseListQa(source: SourceFile): ParseResult {
  const { file, lines } = source;
  const { contentStart, dropped } = frontMatter(source);
  const inFence = fenceMask(file, lines, contentStart);
  const before: SourceLine[] = [];
  const units: SourceUnit[] = [];
  for (let i = contentStart; i < lines.length; i++) {
    const text = lines[i]!;
    const body = inFence[i] ? undefined : askedItem(text);
    if (body !== undefined) {
      const linked = LINKED.exec(body);
      const { question, markers } = questionText(linked ? linked[1]! : body);
      units.push({ file, line: i + 1, lineEnd: i + 1, format: 'list-item', rawQuestion: text, question, markers, body: [] });
      // The link a question-only list gives is what the notes have for an answer: a reference.
      if (linked) units.at(-1)!.body.push({ n: i + 1, text: `参考：<${linked[2]}>` });
      continue;
    }
    if (!inFence[i] && HEADING.test(text)) {
      dropped.push({ file, line: i + 1, endLine: i + 1, reason: 'group-title', text });
      continue;
    }
    // Answer bullets sit under their question: `* 答案` one level in, or a top-level bullet after it.
    (units.at(-1)?.body ?? before).push({ n: i + 1, text: text.replace(/^ {2,4}(?=\S)/, '') });
  }
  dropped.push(...preamble(file, before));
  return { units, dropped };
}
