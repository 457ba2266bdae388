import type { Nodes } from 'mdast';
import { markdownTree } from '../lib/markdown-tree.ts';
import type { CleanUnit } from '../lib/types.ts';

/** The web addresses a reader can follow: links, autolinks and images, not addresses inside code. */
function linksOf(markdown: string): string[] {
  const urls: string[] = [];
  const walk = (node: Nodes) => {
    if ((node.type === 'link' || node.type === 'image') && /^https?:/.test(node.url)) urls.push(node.url);
    if ('children' in node) node.children.forEach((c) => walk(c as Nodes));
  };
  walk(markdownTree(markdown));
  return urls;
}

/**
 * Every external address the notes link to, with where it appears. Offline builds never fetch
 * them; this list is for an editor to check them by hand where there is network.
 */
export function externalLinksReport(units: readonly CleanUnit[]): string {
  const places = new Map<string, string[]>();
  for (const unit of units) {
    for (const url of linksOf(unit.answer)) {
      const list = places.get(url) ?? [];
      if (!list.includes(`${unit.file}:${unit.line}`)) list.push(`${unit.file}:${unit.line}`);
      places.set(url, list);
    }
  }
  const rows = [...places.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([url, at]) => `- ${url} — ${at.join(', ')}`);
  return `${['# 外部链接（由 npm run normalize 生成，请勿手改）', '', `笔记中的 ${rows.length} 个外部地址。构建时不会访问它们（离线也能构建）；请在有网络时人工检查。`, '', ...rows].join('\n')}\n`;
}
