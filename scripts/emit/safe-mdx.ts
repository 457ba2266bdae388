import type { Link, Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { markdownTree } from '../lib/markdown-tree.ts';
import { ui } from './ui.ts';

const SAFE_URL = /^(https?:|mailto:)/i;

function text(value: string): Text {
  return { type: 'text', value };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Keeps the notes' text as text: raw HTML becomes visible text, images (hot-linked from a CDN readers
 * cannot reach) become links to the original, links with a script or other scheme become plain text,
 * and headings inside an answer sit below the question's own level. The tree is shared (scripts/lib/
 * markdown-tree.ts): what changes is new nodes.
 */
function sanitize(node: Nodes, flow = false, source = '', shift = 3): Nodes | Nodes[] {
  switch (node.type) {
    case 'html':
      return flow ? { type: 'paragraph', children: [text(node.value)] } : text(node.value);
    case 'image': {
      const alt = node.alt && node.alt !== 'img' && node.alt !== 'image' ? ui('kb.externalImageAlt', { alt: node.alt }) : '';
      if (!SAFE_URL.test(node.url)) return text(`![${node.alt ?? ''}](${node.url})`);
      const link: Link = { type: 'link', url: node.url, title: ui('kb.externalImageTitle'), children: [text(ui('kb.externalImage', { alt, host: hostOf(node.url) }))] };
      return link;
    }
    case 'imageReference':
    case 'linkReference':
    case 'definition':
    case 'footnoteReference':
    case 'footnoteDefinition': {
      const value = text(toMarkdown(node as Root['children'][number], { extensions: [gfmToMarkdown()] }).trim());
      return flow ? { type: 'paragraph', children: [value] } : value;
    }
    case 'link':
      if (!SAFE_URL.test(node.url)) return [...(node.children as Nodes[]).flatMap((child) => sanitize(child, false, source, shift)), text(` (${node.url})`)];
      break;
    case 'code':
      // A diagram the notes wrote in Mermaid stays its source, folded under a caption (a wall of code otherwise).
      if (node.lang?.toLowerCase() === 'mermaid') return { type: 'mdxJsxFlowElement', name: 'MermaidSource', attributes: [], children: [node] } as unknown as Nodes;
      break;
    case 'heading':
      // Below the question's own h3.
      node = { ...node, depth: Math.min(6, Math.max(4, node.depth + shift)) as 4 | 5 | 6 };
      break;
    case 'emphasis': {
      // `_<portname>._<protocol>` or `a*b*c` in the notes are characters, not italics: only `*强调*` standing
      // apart from Latin letters and digits on both sides is the author's emphasis.
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? 0;
      const marker = source.slice(start, start + 1) || '*';
      if (marker === '*' && !/[A-Za-z0-9*]/.test(source[start - 1] ?? '') && !/[A-Za-z0-9*]/.test(source[end] ?? '')) break;
      return [text(marker), ...(node.children as Nodes[]).flatMap((child) => sanitize(child, false, source, shift)), text(marker)];
    }
    case 'strong':
      if (source.slice(node.position?.start.offset ?? 0, (node.position?.start.offset ?? 0) + 2) === '__') {
        return [text('__'), ...(node.children as Nodes[]).flatMap((child) => sanitize(child, false, source, shift)), text('__')];
      }
      break;
  }
  if ('children' in node) {
    const flowChildren = node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem';
    return { ...node, children: (node as Parent).children.flatMap((child) => sanitize(child, flowChildren, source, shift)) as RootContent[] } as Nodes;
  }
  return node;
}

const OPTIONS = {
  extensions: [gfmToMarkdown(), mdxToMarkdown()],
  resourceLink: true,
  fences: true,
  bullet: '-' as const,
  rule: '-' as const,
  emphasis: '*' as const,
  strong: '*' as const,
};

/**
 * Markdown from the notes → MDX that compiles and renders every character of the notes literally.
 * `ours`: the editors' text, whose `####` headings are already below the question's h3.
 */
export function toSafeMdx(markdown: string, ours = false): string {
  const tree = sanitize(markdownTree(markdown), false, markdown, ours ? 0 : 3) as Root;
  return toMarkdown(tree, OPTIONS).trim();
}

/** One line of phrasing (a question) as MDX-safe inline text. */
export function toSafeInline(value: string): string {
  const paragraph: Root = { type: 'root', children: [{ type: 'paragraph', children: [text(value)] as PhrasingContent[] }] };
  return toMarkdown(paragraph, OPTIONS).trim().replace(/\n/g, ' ');
}
