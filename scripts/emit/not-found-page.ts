import type { TopicPage } from '../lib/types.ts';
import { ui } from './ui.ts';

/** The 404 page: in Chinese, with the search dialog one click away and the topics listed. */
export function notFoundPageMdx(pages: readonly TopicPage[]): string {
  return `${[
    '---',
    `title: ${ui('kb.notFoundTitle')}`,
    `description: ${ui('kb.notFoundDescription')}`,
    'template: splash',
    'pagefind: false',
    'editUrl: false',
    '---',
    '',
    "import SearchButton from '../../components/SearchButton.astro';",
    '',
    ui('kb.notFoundSearch'),
    '',
    '<SearchButton />',
    '',
    ui('kb.notFoundTopics'),
    '',
    // Absolute links: a 404 page is served at whatever address was mistyped.
    ...pages.map(
      (p) =>
        `- <a href={import.meta.env.BASE_URL.replace(/\\/$/, '') + ${JSON.stringify(`/${p.topic.id}/`)}}>${p.topic.title}</a>${ui('kb.questionCount', { count: p.questions.length })}`,
    ),
  ].join('\n')}\n`;
}
