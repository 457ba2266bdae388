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
  const cards = pages.map(
    (p) =>
      `  <LinkCard title=${JSON.stringify(p.topic.title)} href=${JSON.stringify(`${p.topic.id}/`)} description=${JSON.stringify(`${p.questions.length} 道题 · ${p.topic.description}`)} />`,
  );
  return `${[
    '---',
    // The page's own title (the tab reads 「… | K8s 面试知识库」): what the site is, not its name again.
    'title: Kubernetes 面试题，按主题整理',
    'description: 面向中文工程师的 Kubernetes 面试题库：由多份面试笔记整理而成，每道题一个答案、一个可分享的链接。',
    'template: splash',
    'pagefind: false',
    'hero:',
    `  tagline: ${JSON.stringify(`${total} 道 Kubernetes 面试题，按 ${pages.length} 个主题整理：${total - ours} 道整理自 ${noteFiles} 份面试笔记，${ours} 道由本站编辑编写。`)}`,
    '---',
    '',
    "import { CardGrid, LinkCard } from '@astrojs/starlight/components';",
    '',
    '## 从这里开始',
    '',
    '<CardGrid>',
    `  <LinkCard title=${JSON.stringify(ui('kbNav.frequent'))} href="frequent/" description=${JSON.stringify(`${pages.reduce((n, p) => n + mostAsked(p).length, 0)} 道各主题最常被问到的题目，附要点，可用练习模式自测`)} />`,
    `  <LinkCard title=${JSON.stringify(ui('kbNav.cram'))} href="cram/" description=${JSON.stringify(`全部 ${total} 道题的要点一页读完，考前复习用，也可下载 PDF`)} />`,
    `  <LinkCard title=${JSON.stringify(ui('kbNav.open'))} href="open/" description=${JSON.stringify(`${pages.reduce((n, p) => n + p.questions.filter((q) => q.unanswered).length, 0)} 道笔记中只有问题、还没有答案的题目`)} />`,
    '</CardGrid>',
    '',
    '## 各主题高频题',
    '',
    // Every topic shows its most-asked questions, so the start of the site is not one topic's list.
    ...pages.flatMap((p) => {
      const top = mostAsked(p, HOME_PER_TOPIC);
      return top.length === 0 ? [] : [`- **${toSafeInline(p.topic.title)}**：${top.map((q) => `[${toSafeInline(q.question)}](${questionLink(where, q.id, 0)})`).join('；')}`];
    }),
    '',
    `每个主题更多的高频题，连同要点，见[高频题](frequent/)；可以打开练习模式自测。`,
    '',
    '## 按主题浏览',
    '',
    '<CardGrid>',
    ...cards,
    '</CardGrid>',
    '',
    '## 关于本站',
    '',
    `本站的题目一部分由 ${noteFiles} 份中文 Kubernetes 面试笔记自动整理而来：解析每份笔记中的问题与答案，清理 PDF 与博客复制留下的断行、转义和乱码格式，把不同笔记里的同一道题合并为一题：采用最完整的答案，其他笔记多出的内容以「补充」列出并注明出处。每道题下方注明它出自哪份笔记的哪一行；笔记里没有答案的题目标为「待补充」，不会被删掉。笔记过时或有误的地方，本站在答案下方以「本站勘误」注明，并写出适用的版本；示意图由本站绘制。每道题最先列出本站编辑写的「要点」；笔记没有答案或只有片段的题目由本站编辑撰写「本站解答」，笔记里缺少的常见面试题（共 ${ours} 道）整题由本站编辑编写，标为「本站编写」。本站编写的内容都标明版本和所依据的官方文档页面，笔记原文照录在后。`,
    '',
    against
      ? `要点、本站解答与勘误已对照 ${against}的官方文档（kubernetes.io、etcd.io、istio.io、helm.sh）核对；笔记原文照录，核对中发现的错误在原处以「本站勘误」标出${unreviewed > 0 ? `。另有 ${unreviewed} 道题尚未核对或有待处理的问题，列在[未校对的题目](unreviewed/)中` : ''}。`
      : `题目尚未对照官方文档校对，列在[未校对的题目](unreviewed/)中。`,
    '',
    '按 <kbd>Ctrl</kbd> + <kbd>K</kbd>（Mac 上为 <kbd>⌘</kbd> + <kbd>K</kbd>）或点击页面顶部的搜索框，可以用中文、英文术语（如 readiness、svc、maxSurge）或整句问题搜索全部题目。',
  ].join('\n')}\n`;
}
