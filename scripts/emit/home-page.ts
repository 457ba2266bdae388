import type { TopicPage } from '../lib/types.ts';
import { mostAsked } from './overview-pages.ts';
import { questionLink } from './pagination.ts';
import { reviewedAgainst } from './review-state.ts';
import { toSafeInline } from './safe-mdx.ts';
import { ui } from './ui.ts';

/** How many of each topic's most-asked questions the home page lists. */
const HOME_PER_TOPIC = 2;

/** The home page: what the site is, and a card per topic with its question count. */
export function homePageMdx(pages: readonly TopicPage[], noteFiles: number, where: ReadonlyMap<string, string>): string {
  const total = pages.reduce((n, p) => n + p.questions.length, 0);
  const all = pages.flatMap((p) => p.questions);
  const against = reviewedAgainst(all);
  const unreviewed = all.filter((q) => !q.review).length;
  const ours = all.filter((q) => q.own).length;
  const open = all.filter((q) => q.unanswered).length;
  const cards = pages.map(
    (p) =>
      `  <LinkCard title=${JSON.stringify(p.topic.title)} href=${JSON.stringify(`${p.topic.id}/`)} description=${JSON.stringify(ui('kbHome.topicCard', { count: p.questions.length, description: p.topic.description }))} />`,
  );
  return `${[
    '---',
    // The page's own title (the tab reads 「… | K8s 面试知识库」): what the site is, not its name again.
    `title: ${ui('kbHome.title')}`,
    `description: ${ui('kbHome.description')}`,
    'template: splash',
    'pagefind: false',
    'hero:',
    `  tagline: ${JSON.stringify(ui('kbHome.tagline', { total, topics: pages.length, fromNotes: total - ours, notes: noteFiles, ours }))}`,
    '---',
    '',
    "import { CardGrid, LinkCard } from '@astrojs/starlight/components';",
    '',
    `## ${ui('kbHome.start')}`,
    '',
    '<CardGrid>',
    `  <LinkCard title=${JSON.stringify(ui('kbNav.frequent'))} href="frequent/" description=${JSON.stringify(ui('kbHome.frequentCard', { count: pages.reduce((n, p) => n + mostAsked(p).length, 0) }))} />`,
    `  <LinkCard title=${JSON.stringify(ui('kbNav.cram'))} href="cram/" description=${JSON.stringify(ui('kbHome.cramCard', { total }))} />`,
    // 待补充 only while the notes leave some question unanswered: a card saying 「0 道」 offers nothing to open.
    ...(open > 0 ? [`  <LinkCard title=${JSON.stringify(ui('kbNav.open'))} href="open/" description=${JSON.stringify(ui('kbHome.openCard', { count: open }))} />`] : []),
    '</CardGrid>',
    '',
    `## ${ui('kbHome.frequentHeading')}`,
    '',
    // Every topic shows its most-asked questions, so the start of the site is not one topic's list.
    ...pages.flatMap((p) => {
      const top = mostAsked(p, HOME_PER_TOPIC);
      return top.length === 0
        ? []
        : [
            `- ${ui('kbHome.topicFrequent', { topic: toSafeInline(p.topic.title), questions: top.map((q) => `[${toSafeInline(q.question)}](${questionLink(where, q.id, 0)})`).join(ui('kb.wordingSeparator')) })}`,
          ];
    }),
    '',
    ui('kbHome.frequentMore'),
    '',
    `## ${ui('kbHome.topicsHeading')}`,
    '',
    '<CardGrid>',
    ...cards,
    '</CardGrid>',
    '',
    `## ${ui('kbHome.aboutHeading')}`,
    '',
    ui('kbHome.about', { notes: noteFiles, ours }),
    '',
    against ? ui(unreviewed > 0 ? 'kbHome.reviewedOpen' : 'kbHome.reviewed', { against, open: unreviewed }) : ui('kbHome.reviewNone'),
    '',
    ui('kbHome.search'),
  ].join('\n')}\n`;
}
