import type { Correction, SourceLine } from '../lib/types.ts';
import { mapText } from './blocks.ts';

/**
 * The numbering styles the notes use for list items, as data: each family is one kind of counter.
 * A family met while another is open is a sub-list (`1、…` then `(1)…`), as the authors meant it.
 */
const FAMILIES: readonly { name: string; pattern: RegExp; value: (token: string) => number }[] = [
  // `1、` `1.` `1)` `1）` `1\)` (an export's escape); `1.5` is a number, not an item.
  { name: 'arabic', pattern: /^(\d{1,2})(?:[、)）]|\\\)|[.．](?!\d))\s*(?=\S)/, value: Number },
  { name: 'paren', pattern: /^[（(](\d{1,2})[)）]\s*(?=\S)/, value: Number },
  { name: 'circled', pattern: /^([\u2460-\u2473])\s*(?=\S)/, value: (t) => t.codePointAt(0)! - 0x2460 + 1 },
  { name: 'chinese', pattern: /^([一二三四五六七八九十]{1,3})[、.．]\s*(?=\S)/, value: chineseNumber },
];

function chineseNumber(token: string): number {
  const digit = (c: string | undefined) => '一二三四五六七八九'.indexOf(c ?? '') + 1;
  if (!token.includes('十')) return digit(token);
  const [tens, ones] = token.split('十');
  return (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0);
}

interface Item {
  family: string;
  number: number;
  rest: string;
  token: string;
}

export function numberedItem(text: string): Item | undefined {
  const trimmed = text.trim();
  for (const family of FAMILIES) {
    const match = family.pattern.exec(trimmed);
    if (match) return { family: family.name, number: family.value(match[1]!), rest: trimmed.slice(match[0].length), token: match[0].trim() };
  }
  return undefined;
}

/**
 * Numbered lines in every style the notes use (`1、` `1.` `1)` `(1)` `①` `一、`) become Markdown
 * ordered list items, so they render as lists; a counter that repeats or skips (`1、2、2、3`) is
 * renumbered and the repair recorded. Code stays as it is.
 */
export function normaliseNumbering(file: string, lines: readonly SourceLine[]): { lines: SourceLine[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const out = mapText(lines, (block) => {
    /** Open counters, outermost first: the family and the next number it expects. */
    let open: { family: string; next: number; indent: number }[] = [];
    return block.map((line) => {
      const item = /^\s{0,3}\S/.test(line.text) ? numberedItem(line.text) : undefined;
      if (!item) {
        // A paragraph that is not indented ends any sub-list; the outer counter goes on after it.
        if (line.text.trim() !== '' && !/^\s/.test(line.text)) open = open.slice(0, 1);
        return line;
      }
      let level = open.findIndex((o) => o.family === item.family);
      if (level === 0 && item.number === 1 && open[0]!.next !== 1) {
        // The same style counting from 1 again is a new list.
        open = [];
        level = -1;
      }
      if (level < 0) {
        const parent = open.at(-1);
        if (parent && item.number === 1) {
          // Another style starting at 1 under an open item is its sub-list.
          open.push({ family: item.family, next: 1, indent: parent.indent + `${parent.next - 1}. `.length });
        } else {
          open = [{ family: item.family, next: item.number, indent: 0 }];
        }
        level = open.length - 1;
      }
      open = open.slice(0, level + 1);
      const counter = open[level]!;
      const number = counter.next;
      if (number !== item.number) {
        corrections.push({ file, line: line.n, kind: 'numbering', from: item.token, to: `${number}.`, why: '编号重复或跳号，按顺序重新编号' });
      }
      counter.next = number + 1;
      return { ...line, text: `${' '.repeat(counter.indent)}${number}. ${item.rest}` };
    });
  });
  return { lines: out, corrections };
}
