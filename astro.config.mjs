import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { TOPICS } from './scripts/classify/topics.ts';
import { relaxedSearchIntegration } from './scripts/search/integration.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://k8s-interview.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Our scripts ship as files, never inline in an article next to text from the notes.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // headingAttributes gives each question its fixed `{#id}`; smart punctuation would rewrite the notes' quotes.
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
  },
  integrations: [
    starlight({
      title: 'K8s 面试知识库',
      description: '面向中文工程师的 Kubernetes 面试题库，由多份面试笔记整理而成。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/custom.css'],
      components: { Footer: './src/components/Footer.astro', Search: './src/components/Search.astro' },
      // Practice mode is applied before the page paints, so answers never flash into view.
      head: [
        {
          tag: 'script',
          content: "if (localStorage.getItem('kb-practice') === 'on') document.documentElement.dataset.practice = 'on';",
        },
      ],
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      sidebar: [
        { label: '首页', link: '/' },
        { label: '高频题', link: '/frequent/' },
        { label: '待补充的题目', link: '/open/' },
        { label: '未校对的题目', link: '/unreviewed/' },
        { label: '主题', items: TOPICS.map((t) => ({ label: t.title, link: `/${t.id}/` })) },
      ],
      pagination: true,
      lastUpdated: false,
    }),
    // After Starlight, whose build step writes the Pagefind index this one adjusts.
    relaxedSearchIntegration(),
  ],
});
