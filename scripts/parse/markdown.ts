/**
 * A notes file read as Markdown, once, before any shape reads its lines: the syntax tree (remark with
 * GFM) finds what only Markdown knows, and the file is given back line for line (line numbers stay the
 * notes'), with
 * - reference links (`[节点][4]` with a `[4]: https://…` line) written inline, and the definition lines
 *   recorded as dropped: a page shows the link, never the list of addresses;
 * - links to the notes' own files or headings (`[详见](./network.md)`, `[Pod](#pod)`) and wiki links
 *   (`[[Pod 生命周期]]`, `[[页面|别名]]`) as their text: those pages are not on the site;
 * - furniture recorded as dropped with its reason: HTML comments (`<!-- TOC -->`, `<!-- more -->`),
 *   tables of contents (a list of nothing but links to the file's own headings), and a closing list of
 *   related articles under its label (相关文章, 推荐阅读, 🔗 相关链接).
 * Code blocks are left alone: what is in a fence is the notes' code, whatever it looks like.
 */
import type { Definition, List, ListItem, Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { toSimplified } from '../vocabulary/chinese.ts';
import type { Dropped, SourceFile } from '../lib/types.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

const WIKI_LINK = /\[\[([^[\]|#]*)(?:#([^[\]|]*))?(?:\|([^[\]]*))?\]\]/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** The label of a closing list of other articles (「相关文章」「推荐阅读」「🔗 相关链接」「往期回顾」). */
const RELATED =
  /^(?:(?:相关|相關|推荐|推薦|延伸|扩展|擴展|往期|更多|其他)(?:文章|链接|連結|鏈接|阅读|閱讀|推荐|推薦|回顾|回顧|资料|資料|页面|頁面|笔记|筆記)|relatedarticles|relatedlinks|relatedpages|furtherreading|seealso)$/i;
/** The label of a table of contents. */
const CONTENTS = /^(?:目录|目錄|内容目录|table ?of ?contents|contents|toc)$/i;

/** The label over a list of the file's questions (「題目」「问题列表」). */
const QUESTIONS = /^(?:题目|题目列表|问题|问题列表|问题清单|题目清单)$/;

/** Text as compared with a heading: Simplified, without numbering, marks, spaces or punctuation. */
const same = (text: string) =>
  toSimplified(text)
    .replace(/^\s*(?:\d+[.、)）]|[一二三四五六七八九十]+、)\s*/, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');

const bare = (text: string) =>
  toSimplified(text)
    .replace(/[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]/gu, '')
    .replace(/[\s:：*#]/g, '');

/** A list item that is one link (or wiki link) to a heading of this file, with any nested list alike. */
function isContentsItem(item: ListItem): boolean {
  return item.children.every((child) => {
    if (child.type === 'list') return isContentsList(child);
    if (child.type !== 'paragraph') return false;
    const inner = child.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    if (inner.length === 1 && inner[0]!.type === 'link') return inner[0].url.startsWith('#');
    return inner.length === 1 && inner[0]!.type === 'text' && /^\s*\[\[#[^\]]+\]\]\s*$/.test(inner[0].value);
  });
}

function isContentsList(list: List): boolean {
  return list.children.length > 0 && list.children.every(isContentsItem);
}

/** A list of links to other articles: every item is a link, perhaps with a few words around it. */
function isLinkList(list: List): boolean {
  return (
    list.children.length > 0 &&
    list.children.every((item) => {
      let links = 0;
      visit(item, (n) => {
        if (n.type === 'link' || (n.type === 'text' && WIKI_LINK.test(n.value))) links++;
        WIKI_LINK.lastIndex = 0;
      });
      return links > 0 && textOf(item as Nodes).length <= 80;
    })
  );
}

/** A heading or a line on its own (`**推荐阅读**`) that labels what follows. */
function labelOf(node: RootContent): string | undefined {
  if (node.type === 'heading') return bare(textOf(node));
  if (node.type === 'paragraph' && node.children.length === 1 && (node.children[0]!.type === 'strong' || node.children[0]!.type === 'text')) return bare(textOf(node));
  return undefined;
}

export function readMarkdown(source: SourceFile): { source: SourceFile; dropped: Dropped[] } {
  const text = source.lines.join('\n');
  const tree = parser.parse(text) as Root;
  // Where each line starts in `text`, to turn offsets into lines and back.
  const starts = [0];
  for (const line of source.lines) starts.push(starts.at(-1)! + line.length + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = source.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const droppedLines = new Map<number, { end: number; reason: Dropped['reason'] }>();
  const drop = (node: Nodes, reason: Dropped['reason']) => {
    if (!node.position) return;
    const from = node.position!.start.line - 1;
    droppedLines.set(from, { end: node.position!.end.line - 1, reason });
  };
  const edits: { from: number; to: number; value: string }[] = [];
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
    drop(node, 'link-definition');
  });
  visit(tree, (node) => {
    // Nodes a GFM extension made up (an address turned into a link) have no place in the source: left as written.
    if (node.type === 'code' || node.type === 'inlineCode' || !node.position) return 'skip';
    if (node.type === 'html' && /^<!--[^]*-->$/.test(node.value.trim())) drop(node, 'html');
    if (node.type === 'linkReference' || node.type === 'link') {
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier)?.url;
      const children = node.children as Nodes[];
      // A literal address GFM turned into a link (`https://…`) has no positions inside: it is left as written.
      const first = children[0]?.position;
      const last = children.at(-1)?.position;
      if (url === undefined || !node.position || (children.length > 0 && (!first || !last))) return 'skip';
      const from = node.position.start.offset!;
      const to = node.position.end.offset!;
      const label = first && last ? text.slice(first.start.offset!, last.end.offset!) : '';
      // A link to a page of the notes' own site or a heading of this file leads nowhere here: its words stay.
      if (!EXTERNAL.test(url)) edits.push({ from, to, value: label });
      else if (node.type === 'linkReference') edits.push({ from, to, value: `[${label}](${url})` });
      return 'skip';
    }
    if (node.type === 'image' && !EXTERNAL.test(node.url)) {
      // A picture of the notes' own folder is not on the site: alone on its line it goes (the manifest keeps
      // it), in a sentence its description stays.
      const line = node.position!.start.line - 1;
      if (source.lines[line]!.trim() === text.slice(node.position!.start.offset!, node.position!.end.offset!).trim()) drop(node, 'local-image');
      else edits.push({ from: node.position!.start.offset!, to: node.position!.end.offset!, value: node.alt ?? '' });
      return 'skip';
    }
    if (node.type === 'imageReference') {
      const url = definitions.get(node.identifier)?.url;
      if (url !== undefined) edits.push({ from: node.position!.start.offset!, to: node.position!.end.offset!, value: `![${node.alt ?? ''}](${url})` });
      return 'skip';
    }
    if (node.type === 'text') {
      // Read in the source as written: in a quote the node's value has lost the `>` of each line.
      const from = node.position!.start.offset!;
      for (const m of text.slice(from, node.position!.end.offset!).matchAll(WIKI_LINK)) {
        // [[页面|别名]] reads as its alias, [[页面#小节]] as the section, [[页面]] as the page's name.
        const words = m[3]?.trim() || m[2]?.trim() || m[1]?.trim() || '';
        edits.push({ from: from + m.index, to: from + m.index + m[0].length, value: words });
      }
    }
    if (node.type === 'blockquote') {
      // A callout (`> [!tip] 面试加分`, GitHub's `> [!NOTE]`): its title in bold, the type marker gone.
      const line = node.position!.start.line - 1;
      const callout = /^(\s*>\s*)\[![a-z]+\][+-]?[ \t]*(.*)$/i.exec(source.lines[line]!);
      if (callout) {
        const start = starts[line]!;
        edits.push({ from: start, to: start + source.lines[line]!.length, value: callout[2] ? `${callout[1]}**${callout[2].trim()}**` : callout[1]!.trimEnd() });
      }
    }
    return undefined;
  });
  // Tables of contents and closing lists of other articles, with the label above them.
  const top = tree.children;
  // Where each heading's text last stands, read once: a line repeats a question asked later if its heading comes after it.
  const lastHeading = new Map<string, number>();
  top.forEach((n, k) => {
    if (n.type === 'heading') lastHeading.set(same(textOf(n)), k);
  });
  top.forEach((node, k) => {
    const label = k > 0 ? labelOf(top[k - 1]!) : undefined;
    // The questions listed once before they are asked one by one (「# 題目」 then the lines): a contents list.
    if (node.type === 'paragraph' || node.type === 'list') {
      const entries = (node.type === 'list' ? node.children.map((item) => textOf(item as Nodes)) : textOf(node).split('\n')).map(same);
      if (entries.length >= 2 && entries.every((e) => e !== '' && (lastHeading.get(e) ?? -1) > k)) {
        drop(node, 'table-of-contents');
        if (label !== undefined && (CONTENTS.test(label) || QUESTIONS.test(label))) drop(top[k - 1]!, 'table-of-contents');
        return;
      }
    }
    if (node.type !== 'list') return;
    if (isContentsList(node)) {
      drop(node, 'table-of-contents');
      if (label !== undefined && CONTENTS.test(label)) drop(top[k - 1]!, 'table-of-contents');
    } else if (label !== undefined && RELATED.test(label) && isLinkList(node)) {
      drop(node, 'related-links');
      drop(top[k - 1]!, 'related-links');
    }
  });
  const lines = [...source.lines];
  // Right to left, so earlier offsets stay valid; an edit never spans a line break of the notes.
  let applied = Infinity;
  for (const { from, to, value } of edits.sort((a, b) => b.from - a.from)) {
    const line = lineOf(from);
    if (lineOf(to) !== line || droppedLines.has(line) || to > applied) continue;
    applied = from;
    const start = starts[line]!;
    lines[line] = lines[line]!.slice(0, from - start) + value + lines[line]!.slice(to - start);
  }
  const dropped: Dropped[] = [];
  for (const [from, { end, reason }] of [...droppedLines].sort((a, b) => a[0] - b[0])) {
    const last = dropped.at(-1);
    // A run of one reason (a contents list and its label) is one entry of the manifest.
    const joins = last !== undefined && last.reason === reason && source.lines.slice(last.endLine, from).every((l) => l.trim() === '');
    const text = source.lines.slice(from, end + 1).join('\n');
    if (joins) Object.assign(last, { endLine: end + 1, text: `${last.text}\n${text}` });
    else dropped.push({ file: source.file, line: from + 1, endLine: end + 1, reason, text });
    for (let i = from; i <= end; i++) lines[i] = '';
  }
  return { source: { file: source.file, lines }, dropped };
}
