import type { CleanUnit } from '../lib/types.ts';

/** Text compared without case, spaces, punctuation or Markdown markup, so full- and half-width copies match. */
export function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * Groups units that ask the same question with the same answer after cleaning. Groups keep source
 * order; the first unit of each group is its primary.
 */
export function groupExactDuplicates(units: readonly CleanUnit[]): CleanUnit[][] {
  const groups = new Map<string, CleanUnit[]>();
  for (const unit of units) {
    const key = `${comparable(unit.question)}\u0000${unit.unanswered ? '' : comparable(unit.answer)}`;
    const group = groups.get(key);
    if (group) group.push(unit);
    else groups.set(key, [unit]);
  }
  return [...groups.values()];
}
