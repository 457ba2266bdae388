import type { TopicPage } from '../lib/types.ts';

/** The 404 page: in Chinese, with the search dialog one click away and the topics listed. */
export function notFoundPageMdx(pages: readonly TopicPage[]): string {
  return `${[
    '---',
    'title: 页面未找到',
    'description: 这个地址没有内容。可以搜索题目，或从主题列表进入。',
    'template: splash',
    'pagefind: false',
    'editUrl: false',
    '---',
    '',
    "import SearchButton from '../../components/SearchButton.astro';",
    '',
    '这个地址没有内容，可能是链接输错了。可以直接搜索题目：',
    '',
    '<SearchButton />',
    '',
    '也可以从主题进入：',
    '',
    // Absolute links: a 404 page is served at whatever address was mistyped.
    ...pages.map((p) => `- <a href={import.meta.env.BASE_URL.replace(/\\/$/, '') + ${JSON.stringify(`/${p.topic.id}/`)}}>${p.topic.title}</a>（${p.questions.length} 道题）`),
  ].join('\n')}\n`;
}
