import type { ParseResult, SourceFile } from '../lib/types.ts';
import { asks } from './question-text.ts';

/** Lines of a table of contents, a reading list or a link table. */
const LISTING = /^\s*(?:\|.*\||[-*+]\s+|\d+[.、)]\s*|#{1,6}\s|>\s)?\s*(?:\[[^\]]*\]\([^)]*\)|https?:\/\/\S+|\|?\s*[-:| ]+\|?)\s*[|,，、]?.*$/;

/**
 * A file that holds no questions at all — a table of links, a table of contents, a reading list: every
 * line is a heading, a link or a table row, and none asks anything. It is reported (`not-qa`) and kept
 * whole in the manifest; it yields no question.
 */
export function isNotQa(source: SourceFile): boolean {
  const lines = source.lines.filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  // A table of contents links to the page's own headings: what its entries say is not asked here.
  const asking = lines.filter((l) => asks(l.replace(/\[[^\]]*\]\(#[^)]*\)/g, '').replace(/\]\([^)]*\)|https?:\/\/\S+/g, ''))).length;
  const listing = lines.filter((l) => LISTING.test(l) || /^\s*#{1,6}\s/.test(l)).length;
  return asking === 0 && listing / lines.length >= 0.6;
}

export function parseNotQa(source: SourceFile): ParseResult {
  const last = source.lines.length;
  const text = source.lines.join('\n').trim();
  return { units: [], dropped: [{ file: source.file, line: 1, endLine: last, reason: 'not-qa', text, note: '不是问答：目录、链接表或阅读清单' }] };
}
