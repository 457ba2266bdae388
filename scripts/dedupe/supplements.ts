import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { comparable } from './comparable.ts';
import { bigrams, coverage } from './grams.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** A block below this many characters (`如下：`) makes no point of its own. */
const MIN_POINT = 4;
/** A block whose bigrams are this much inside what the reader has already seen adds nothing. */
const COVERED = 0.85;

/** A point that only announces the ones after it. */
const BARE_LEAD_IN = /^.{0,20}[:：]\s*$/u;

/** The answer's points: paragraphs, code blocks, tables, and each item of a list on its own. */
function points(markdown: string): RootContent[] {
  const tree = parser.parse(markdown);
  return tree.children.flatMap((node): RootContent[] => {
    if (node.type !== 'list') return [node];
    return node.children.map((item, i) => ({ ...node, start: node.ordered ? (node.start ?? 1) + i : node.start, children: [item] }));
  });
}

/** What a point says, including where its images and links point: a picture is a point too. */
function textOf(node: Nodes): string {
  if (node.type === 'code') return node.value;
  const urls: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'image' || n.type === 'link') urls.push(n.url);
    if ('children' in n) n.children.forEach((c) => walk(c as Nodes));
  };
  walk(node);
  return [toString(node), ...urls].join(' ');
}

/** What the reader has already been shown under a question: the primary answer, then each supplement. */
export class Seen {
  private texts: string[] = [];
  text = '';
  grams = bigrams('');

  constructor(markdown: string) {
    this.add(markdown);
  }

  add(markdown: string): void {
    this.texts.push(comparable(markdown));
    this.text = this.texts.join('\u0000');
    this.grams = bigrams(this.text);
  }
}

/**
 * The statements of `other` that the reader has not yet seen, as Markdown; empty when it adds
 * nothing. Nothing is rewritten: each point is carried whole, in its order.
 */
export function uniquePoints(other: string, seen: Seen): string {
  const { text: seenText, grams: seenGrams } = seen;
  // Most versions repeat what was shown; only parse the ones that may add something.
  const whole = comparable(other);
  if (seenText.includes(whole) || coverage(bigrams(whole), seenGrams) >= 0.98) return '';
  const all = points(other);
  const adds = all.map((node) => {
    const text = comparable(textOf(node));
    if ([...text].length < MIN_POINT || seenText.includes(text)) return false;
    return coverage(bigrams(text), seenGrams) < COVERED;
  });
  // A bare lead-in (`它的一般使用场景如下：`) with nothing carried after it would dangle; a longer one says something.
  const last = adds.lastIndexOf(true);
  const carried = all.filter((node, i) => adds[i] && !(i === last && BARE_LEAD_IN.test(toString(node))));
  if (carried.length === 0) return '';
  const root: Root = { type: 'root', children: carried };
  return toMarkdown(root, { extensions: [gfmToMarkdown()], fences: true, bullet: '-', resourceLink: true }).trim();
}
