import type { SourceLine } from '../lib/types.ts';

/**
 * Repairs bold broken by copying: `**HPA ****原理 **` → `**HPA 原理**`. `****` is a bold that closes
 * and reopens at once; spaces just inside the `**` keep CommonMark from seeing the bold at all.
 */
export function repairBold(text: string): string {
  if (!text.includes('**')) return text;
  let fixed = text.replace(/\*{4,}/g, '');
  fixed = fixed.replace(/\*\*([ \t]*)([^*]*?)([ \t]*)\*\*/g, (_, lead: string, inner: string, trail: string) =>
    inner === '' ? `${lead}${trail}` : `${lead}**${inner}**${trail}`,
  );
  return fixed.replace(/[ \t]+$/, '');
}

export function repairBoldLines(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((l) => ({ ...l, text: repairBold(l.text) }));
}
