import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Question } from '../lib/types.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** A statement long enough to explain something: a bare name or a list item of a few words is not. */
const STATEMENT = 12;

/** The notes' statements of an answer: its sentences, list items and lines, each of some length. */
function statements(markdown: string): string[] {
  const tree = parser.parse(markdown) as Root;
  const blocks = tree.children.flatMap((node) => (node.type === 'list' ? node.children.map((item) => toString(item)) : [toString(node, { includeImageAlt: false })]));
  return blocks.flatMap((text) => text.split(/[。！？!?；;\n]+/)).filter((s) => [...s.trim()].length >= STATEMENT);
}

/**
 * The notes give no answer of substance: none at all, or fewer than two statements with their
 * supplements (a line, a list of names). Such a question needs our answer (sources/editors/).
 */
export function isFragment(q: Question): boolean {
  if (q.own) return false;
  return q.unanswered || statements([q.answer, ...q.supplements.map((s) => s.markdown)].join('\n\n')).length < 2;
}
