import type { SourceFile, SourceLine } from '../../scripts/lib/types.ts';

/** Numbered source lines from a snippet, as a parser hands them to the cleaner. */
export function lines(text: string, from = 1): SourceLine[] {
  return text.split('\n').map((t, i) => ({ n: from + i, text: t }));
}

export function sourceFile(file: string, text: string): SourceFile {
  return { file, lines: text.split('\n') };
}

export const texts = (ls: readonly SourceLine[]) => ls.map((l) => l.text);
