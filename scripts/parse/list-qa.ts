import type { ParseResult, SourceFile, SourceLine, SourceUnit } from '../lib/types.ts';
import { fenceMask } from './fences.ts';
import { ATX_HEADING } from './headings.ts';
import { frontMatter } from './front-matter.ts';
import { preamble } from './preamble.ts';
import { isTopicPhrase, questionText } from './question-text.ts';

/** A top-level list item: `* 1.问题？`, `- 问题？`, `1. 问题？`, `- [ ] 问题？` (a task list). */
const ITEM = /^( ?)((?:[-*+]\s+|[•●▪◆◇►▶]\s*|(?:🔹|🔸|✅|👉|📌|⭐|❓|🔥)\s*)(?:\[[ xX]\]\s+)?(\d{1,3}\s*[.、)）]\s*)?|(\d{1,3})(?:[.)]\s+|）\s*))(\S.*)$/u;
/** A whole line in bold that asks: `**1. 什么是 Deployment？**`. */
const BOLD_LINE = /^()()()()((?:\*\*|__)\S.*?(?:\*\*|__))\s*$/;
/** A linked question: `[Pod 是什么？](https://…)`. */
const LINKED = /^\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)$/;
/** A reference after the question: `问题？ [参考](https://…)`, `问题？ https://…`. */
const TRAILING_REFERENCE = /\s*(?:\[[^\]]*\]\((https?:\/\/[^)\s]+)\)|<?(https?:\/\/[^\s>]+)>?)\s*$/;

interface Item {
  /** The question as asked, without emphasis, link or reference. */
  text: string;
  reference?: string;
  /** How the item is written (bullet or number, numbered, bold, linked, with a reference): questions of a file share it. */
  style: string;
  asks: boolean;
}

function itemOf(line: string): Item | undefined {
  const match = ITEM.exec(line) ?? BOLD_LINE.exec(line);
  if (!match) return undefined;
  let body = match[5]!.trim();
  const bold = /^(?:\*\*|__)(.+)(?:\*\*|__)$/.exec(body);
  if (bold) body = bold[1]!.trim();
  let reference: string | undefined;
  const linked = LINKED.exec(body);
  if (linked) [body, reference] = [linked[1]!, linked[2]!];
  const trailing = !linked && body.length > 1 ? TRAILING_REFERENCE.exec(body) : null;
  if (trailing && trailing.index > 0) [body, reference] = [body.slice(0, trailing.index).trim(), trailing[1] ?? trailing[2]];
  // A task box or an emoji bullet marks the author's questions as much as a number does.
  const marker = match[2] ?? '';
  const task = /\[[ xX]\]/.test(marker);
  // Which emoji: 🔹 marks the questions where 👉 marks the answers.
  const emoji = /^[^-*+\d\s]/.test(marker) ? [...marker][0]! : '';
  const style = `${match[4] ? 'o' : match[2] ? 'b' : 'p'}${match[3] || match[4] ? 'n' : ''}${bold ? 'B' : ''}${linked ? 'L' : ''}${trailing ? 'R' : ''}${task ? 'T' : ''}${emoji ? `E${emoji}` : ''}`;
  return { text: body, reference, style, asks: /[?？]$/.test(body) };
}

export function countAskedItems(source: SourceFile): number {
  return source.lines.filter((l) => itemOf(l)?.asks).length;
}

/**
 * Notes written as a list: each top-level item that asks (`* 1.问题？`, `1. 问题？`, `**1. 问题？**`) is
 * a question, and so is an item written the same way that does not end in a question mark
 * (`* 13.Helm是什么`); what follows it (answer bullets, indented lines, paragraphs) is its answer, up
 * to the next question. A question with only a link (`- [问题？](https://…)`, `- 问题？ https://…`) is
 * published as 待补充 with its link.
 */
export function parseListQa(source: SourceFile): ParseResult {
  const { file, lines } = source;
  const { contentStart, dropped } = frontMatter(source);
  const inFence = fenceMask(file, lines, contentStart);
  const items = lines.map((l, i) => (i < contentStart || inFence[i] ? undefined : itemOf(l)));
  // The ways this file writes its questions: each distinctive style (numbered, bold, linked, with a
  // reference, a task box, an emoji bullet) that two or more asking items share, or the only one there is.
  const counts = new Map<string, number>();
  for (const item of items) if (item?.asks) counts.set(item.style, (counts.get(item.style) ?? 0) + 1);
  const styles = new Set([...counts.entries()].filter(([s, n]) => /[nBLRTE]/.test(s) && (n >= 2 || counts.size === 1)).map(([s]) => s));
  // Plain bullets that name a subject (「- Pod 的生命周期」「- ☆ Sidecar 容器」) are questions where the list's
  // bullets mostly ask and the rest read the same way: the siblings' form, not a question mark, says so.
  const plain = items.filter((item) => item?.style === 'b');
  const asking = plain.filter((item) => item!.asks).length;
  const phrases = plain.filter((item) => !item!.asks && isTopicPhrase(item!.text)).length;
  const subjects = asking >= 3 && phrases <= 2 * asking && asking + phrases >= 0.9 * plain.length;
  const before: SourceLine[] = [];
  const units: SourceUnit[] = [];
  for (let i = contentStart; i < lines.length; i++) {
    const text = lines[i]!;
    const item = items[i];
    if (item && (item.asks || styles.has(item.style) || (subjects && item.style === 'b' && isTopicPhrase(item.text)))) {
      const { question, markers } = questionText(item.text);
      units.push({ file, line: i + 1, lineEnd: i + 1, format: 'list-item', rawQuestion: text, question, markers, body: [] });
      // The link a question-only list gives is what the notes have for an answer: a reference.
      if (item.reference) units.at(-1)!.body.push({ n: i + 1, text: `参考：<${item.reference}>` });
      continue;
    }
    if (!inFence[i] && ATX_HEADING.test(text)) {
      dropped.push({ file, line: i + 1, endLine: i + 1, reason: 'group-title', text });
      continue;
    }
    // Answer bullets sit under their question: `* 答案` one level in, or a top-level bullet after it.
    (units.at(-1)?.body ?? before).push({ n: i + 1, text: text.replace(/^ {2,4}(?=\S)/, '') });
  }
  dropped.push(...preamble(file, before));
  return { units, dropped };
}
