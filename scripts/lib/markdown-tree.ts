import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The one reader of answers' Markdown (CommonMark and GFM): merging versions, finding repeated
 * statements, the links report, search text and the pages' MDX all take an answer's syntax tree from
 * here, so each text is parsed once per run however many stages read it. A tree is shared between
 * them: nothing may change it (they build new nodes instead).
 */
const parser = unified().use(remarkParse).use(remarkGfm);
const trees = new Map<string, Root>();
/** More texts than a run of the real notes reads (about 3,000): a caller outside a run (a test, a property) cannot grow it without end. */
const MAX_TREES = 20_000;

export function markdownTree(markdown: string): Root {
  let tree = trees.get(markdown);
  if (!tree) {
    if (trees.size >= MAX_TREES) trees.clear();
    tree = parser.parse(markdown);
    trees.set(markdown, tree);
  }
  return tree;
}

/** The trees of an earlier run are not kept past the next: a run holds only its own texts' trees. */
export function forgetMarkdownTrees(): void {
  trees.clear();
}
