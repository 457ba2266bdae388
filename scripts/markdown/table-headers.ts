/**
 * A comparison table written with an empty top-left cell (`| | etcd | ZooKeeper |`) names its rows in its
 * first column: those cells become row headers (`<th scope="row">`), so a screen reader announces 「数据字段，
 * ConfigMap」 for a cell and every data cell has a header (axe: td-has-header); the empty corner becomes a
 * plain cell, as a header announced as nothing helps no one (axe: empty-table-header).
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { defineHastPlugin } from 'satteri';

const tag = (node: RootContent | ElementContent | undefined): string | undefined => (node?.type === 'element' ? node.tagName : undefined);
const text = (node: Element): string => node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');
/** The tree's nodes are read-only: a changed node is a copy. */
const retag = (cell: Element, tagName: string, properties: Element['properties'] = cell.properties): Element => ({ ...cell, tagName, properties });
const mapChildren = (node: Element, f: (child: ElementContent) => ElementContent): Element => ({ ...node, children: node.children.map(f) });

export const tableRowHeaders = defineHastPlugin({
  name: 'kb-table-row-headers',
  element: {
    filter: ['table'],
    visit(node) {
      const table = node as Element;
      const thead = table.children.find((c) => tag(c) === 'thead') as Element | undefined;
      const firstRow = thead?.children.find((c) => tag(c) === 'tr') as Element | undefined;
      const corner = firstRow?.children.find((c) => tag(c) === 'th') as Element | undefined;
      if (!corner || text(corner).trim() !== '') return;
      const bodyRow = (row: Element): Element => {
        const first = row.children.findIndex((c) => tag(c) === 'td');
        if (first < 0) return row;
        const cell = row.children[first] as Element;
        return { ...row, children: row.children.with(first, retag(cell, 'th', { ...cell.properties, scope: 'row' })) };
      };
      return mapChildren(table, (part) => {
        if (tag(part) === 'thead') return mapChildren(part as Element, (row) => (row === firstRow ? mapChildren(row, (c) => (c === corner ? retag(corner, 'td') : c)) : row));
        if (tag(part) === 'tbody') return mapChildren(part as Element, (row) => (tag(row) === 'tr' ? bodyRow(row as Element) : row));
        return part;
      });
    },
  },
});
