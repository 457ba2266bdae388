/**
 * Starlight lets a table scroll sideways in its own box when it is wider than the text column (a phone, or a
 * comparison with commands in its cells): such a box must be reachable by keyboard to be scrolled without a
 * pointer (WCAG 2.1.1; axe: scrollable-region-focusable). Whether a table overflows depends on the reader's width
 * and fonts, known only in the browser; rather than measure every table in a script while the page loads, every
 * table is focusable, and says so when focused (src/styles/custom.css).
 */
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

export const scrollableTables = defineHastPlugin({
  name: 'kb-scrollable-tables',
  element: {
    filter: ['table'],
    visit(node) {
      const table = node as Element;
      // The tree's nodes are read-only: a changed node is a copy.
      return { ...table, properties: { ...table.properties, tabIndex: 0 } };
    },
  },
});
