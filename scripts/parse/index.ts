import type { ParseResult, SourceFile } from '../lib/types.ts';
import { hasHeadings, parseHeadings, type HeadingOptions } from './headings.ts';
import { hasNumberedQuestions, parseNumbered } from './numbered.ts';
import { parseProse } from './prose.ts';

/** Picks the parser for a notes file by its shape: Markdown headings, `1、` numbering, or prose. */
export function parseSource(source: SourceFile, options: HeadingOptions = {}): ParseResult {
  if (hasHeadings(source)) return parseHeadings(source, options);
  if (hasNumberedQuestions(source)) return parseNumbered(source);
  return parseProse(source);
}
