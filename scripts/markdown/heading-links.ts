/**
 * Each heading's link to itself, as Starlight draws it (the same wrapper and classes, so its styles and
 * ours apply) but without an inline SVG per heading: the icon is drawn by CSS (`.sl-anchor-icon` in
 * src/styles/custom.css). Starlight's copy of the icon was 544 bytes a heading, 220 KB of the 突击版.
 * A heading that is itself a link (a 突击版 entry, linking to its whole answer) gets no second link.
 * Starlight's own plugin is off (`markdown.headingLinks: false` in astro.config.mjs).
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type HastPluginList } from 'satteri';
import ui from '../../src/content/i18n/zh-CN.json' with { type: 'json' };

const label = (level: string, title: string) => (level === 'h3' ? ui['heading.anchorLabel'] : ui['kb.sectionLinkLabel']).replace('{{title}}', title);

const isLinkOnly = (heading: Element) => {
  const content = heading.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return content.length === 1 && content[0]!.type === 'element' && content[0]!.tagName === 'a';
};
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

const headingLinks = defineHastPlugin({
  name: 'kb-heading-links',
  element: {
    filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      const id = node.properties?.['id'];
      if (typeof id !== 'string' || !id) return;
      const heading = node as Element;
      const wrapper = (children: ElementContent[]) => element('div', { class: `sl-heading-wrapper level-${heading.tagName}` }, children);
      if (isLinkOnly(heading)) return wrapper([heading]);
      const link = element('a', { class: 'sl-anchor-link', href: `#${id}` }, [
        element('span', { 'aria-hidden': 'true', class: 'sl-anchor-icon' }, []),
        element('span', { class: 'sr-only', 'data-pagefind-ignore': true }, [{ type: 'text', value: label(heading.tagName, ctx.textContent(node)) }]),
      ]);
      return wrapper([heading, link]);
    },
  },
});

/** The ids first (Starlight's plugin added them before its links), then the links. */
export const headingLinkPlugins: HastPluginList = [satteriHeadingIdsPlugin(), headingLinks];
