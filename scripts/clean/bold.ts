import type { SourceLine } from '../lib/types.ts';
import { mapText } from './blocks.ts';

/**
 * Repairs bold broken by copying: `**HPA ****原理 **` → `**HPA 原理**`. `****` is a bold that closes
 * and reopens at once; spaces just inside the `**` keep CommonMark from seeing the bold at all.
 */
export function repairBold(text: string): string {
  if (!text.includes('**')) return text;
  // `***\***` is a bold marker mangled together with an escaped star: nothing of it is text.
  let fixed = text.replace(/\*+\\\*\*+/g, '').replace(/\*{4,}/g, '');
  fixed = fixed.replace(/\*\*([ \t]*)([^*]*?)([ \t]*)\*\*/g, (_, lead: string, inner: string, trail: string) => (inner === '' ? `${lead}${trail}` : `${lead}**${inner}**${trail}`));
  // An odd `**` left over opens a bold that never closes; it is damage, not text.
  if ((fixed.match(/\*\*/g) ?? []).length % 2 === 1) {
    const at = fixed.lastIndexOf('**');
    fixed = fixed.slice(0, at) + fixed.slice(at + 2);
  }
  // `**注意：**正文`: CommonMark does not close a bold after full-width punctuation that a letter follows,
  // and the page would show the asterisks. With the punctuation after the bold it reads the same.
  fixed = fixed.replace(/\*\*([^*\n]*?[^*\s])([：:，,。；;！!？?、）)」』]+)\*\*(?=[^\s*\p{P}])/gu, '**$1**$2');
  return fixed.replace(/[ \t]+$/, '');
}

export function repairBoldLines(lines: readonly SourceLine[]): SourceLine[] {
  return mapText(lines, (text) => text.map((l) => ({ ...l, text: repairBold(l.text) })));
}
