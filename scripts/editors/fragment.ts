import type { Question } from '../lib/types.ts';

/** A statement long enough to explain something: a bare name or a list item of a few words is not. */
const STATEMENT = 12;

/** Markdown's own marks (list bullets and numbers, emphasis, code ticks, headings, table pipes), not words. */
const MARKUP = /^\s*(?:[-*+]|\d+[.)]|#{1,6}|>)\s+|[*_`|]/gm;

/** How many statements of some length the text makes, counting no further than `enough`. */
function statements(markdown: string, enough: number): number {
  let count = 0;
  for (const piece of markdown.replace(MARKUP, '').split(/[。！？!?；;\n]+/)) {
    if ([...piece.trim()].length >= STATEMENT && ++count >= enough) break;
  }
  return count;
}

/**
 * The notes give no answer of substance: none at all, or fewer than two statements with their
 * supplements (a line, a list of names). Such a question needs our answer (sources/editors/).
 */
export function isFragment(q: Question): boolean {
  if (q.own) return false;
  return q.unanswered || statements([q.answer, ...q.supplements.map((s) => s.markdown)].join('\n'), 2) < 2;
}
