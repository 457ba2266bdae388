import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { TOPICS } from './scripts/classify/topics.ts';
import { relaxedSearchIntegration } from './scripts/search/integration.ts';
import { cramPdfIntegration } from './scripts/cram-pdf.ts';
import { cramSplitIntegration } from './scripts/cram-split.ts';
import { SITE_NAME } from './src/site-config.ts';
import { offlineIntegration } from './scripts/offline/integration.ts';
import { headingLinkPlugins } from './scripts/markdown/heading-links.ts';
import { tableRowHeaders } from './scripts/markdown/table-headers.ts';
import { scrollableTables } from './scripts/markdown/scrollable-tables.ts';
import { unbrokenFlags } from './scripts/markdown/unbroken-flags.ts';
// The UI strings (Astro.locals.t does not exist yet while the config is read).
import ui from './src/content/i18n/zh-CN.json' with { type: 'json' };

/** A stylesheet of Starlight's (not an export of the package: found beside its entry). */
const starlightStyle = (file) => fileURLToPath(new URL(`style/${file}`, import.meta.resolve('@astrojs/starlight')));

/** Where the site is published (canonical links, link previews, sitemap): set SITE_URL when building. */
const site = process.env.SITE_URL ?? 'https://k8s-interview.example.org';
/** Built without SITE_URL, every address that leaves the site names the placeholder above: said once, at the end. */
const siteUrlWarning = {
  name: 'kb-site-url',
  hooks: {
    'astro:build:done': ({ logger }) => {
      if (!process.env.SITE_URL)
        logger.warn(
          `SITE_URL is not set: canonical links, link previews, the sitemap and the links in the cram PDF name ${site}, a placeholder. Set SITE_URL to the published address when building.`,
        );
    },
  },
};
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Our scripts ship as files, never inline in an article next to text from the notes.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // headingAttributes gives each question its fixed `{#id}`; smart punctuation would rewrite the notes' quotes.
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false }, hastPlugins: [...headingLinkPlugins, tableRowHeaders, scrollableTables, unbrokenFlags] }),
  },
  integrations: [
    starlight({
      title: SITE_NAME,
      description: ui['kb.siteDescription'],
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      favicon: '/favicon.svg',
      // Our heading links replace Starlight's (scripts/markdown/heading-links.ts); its styles for them stay.
      markdown: { headingLinks: false },
      // Starlight's styles for heading links, which it leaves out with its own links. They are in its content layer: its
      // order of layers comes first, or that layer would be declared first and rank below its reset (every margin of the
      // page's text 0: headings tight under what is above them, paragraphs and lists without their gaps).
      customCss: [starlightStyle('layers.css'), starlightStyle('anchor-links.css'), './src/styles/custom.css'],
      // Long commands wrap instead of scrolling sideways: readable on a phone, and no page gets two unnamed scroll regions.
      // A wrapped line's continuation is indented further than its start, so it does not read as a line of its own
      // (a YAML value alone at column 0, a command's last argument as another command).
      expressiveCode: { defaultProps: { wrap: true, hangingIndent: 4 } },
      components: {
        Footer: './src/components/Footer.astro',
        Hero: './src/components/Hero.astro',
        Search: './src/components/Search.astro',
        LastUpdated: './src/components/LastUpdated.astro',
      },
      // Practice mode is applied before the page paints, so answers never flash into view and its switch never moves the page.
      head: [
        {
          tag: 'script',
          content: "document.documentElement.dataset.js = '';if (localStorage.getItem('kb-practice') === 'on') document.documentElement.dataset.practice = 'on';",
        },
        // A link pasted into a chat app shows the site's card (Starlight sets the title, description and URL).
        { tag: 'meta', attrs: { property: 'og:image', content: new URL(`${base.replace(/\/$/, '')}/og.png`, site).href } },
        { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
        { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
        { tag: 'meta', attrs: { property: 'og:image:alt', content: SITE_NAME } },
      ],
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      sidebar: [
        { label: ui['kbNav.home'], link: '/' },
        { label: ui['kbNav.frequent'], link: '/frequent/' },
        { label: ui['kbNav.cram'], link: '/cram/' },
        { label: ui['kbNav.open'], link: '/open/' },
        { label: ui['kbNav.unreviewed'], link: '/unreviewed/' },
        { label: ui['kbNav.topics'], items: TOPICS.map((t) => ({ label: t.title, link: `/${t.id}/` })) },
        { label: ui['kbNav.notes'], link: '/notes/' },
      ],
      pagination: true,
      // A topic's own pages (/pod/create/) mark the topic in the sidebar.
      routeMiddleware: './src/route-middleware.ts',
      // The date each page's content last changed, from git: generated pages are committed with the change.
      lastUpdated: true,
    }),
    // After Starlight, whose build step writes the Pagefind index this one adjusts.
    relaxedSearchIntegration(),
    // The 突击版 page printed to a PDF beside it.
    cramPdfIntegration(),
    // Then the page itself made light: its later topics load after it (the PDF above was printed whole).
    cramSplitIntegration(),
    // Last: the service worker precaches what the steps above wrote, search index included.
    offlineIntegration(base),
    siteUrlWarning,
  ],
});
