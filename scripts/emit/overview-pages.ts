import type { Question, TopicPage } from '../lib/types.ts';
import { toSafeInline } from './safe-mdx.ts';

function listByTopic(pages: readonly TopicPage[], keep: (q: Question) => boolean): string[] {
  return pages.flatMap((page) => {
    const questions = page.questions.filter(keep);
    if (questions.length === 0) return [];
    return [
      `## ${page.topic.title}`,
      '',
      // Relative links: the overview pages sit next to the topic pages under any base path.
      ...questions.map((q) => `- [${toSafeInline(q.question)}](../${page.topic.id}/#${q.id})`),
      '',
    ];
  });
}

function overview(title: string, description: string, intro: string, body: string[]): string {
  return `${['---', `title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(description)}`, 'pagefind: false', '---', '', intro, '', ...body].join('\n').trimEnd()}\n`;
}

/** 高频题: every question the notes mark as often asked, or that three or more notes carry. */
export function frequentPageMdx(pages: readonly TopicPage[]): string {
  const count = pages.reduce((n, p) => n + p.questions.filter((q) => q.frequent).length, 0);
  return overview(
    '高频题',
    '面试中最常被问到的 Kubernetes 问题，按主题列出。',
    `共 ${count} 道。收录标准：笔记原文标注为「经常问」「重点」「必须牢记」「被问到的概率很大」等，或同一道题被三份及以上笔记收录。`,
    listByTopic(pages, (q) => q.frequent),
  );
}

/** 待补充: every question the notes ask but never answer, so nobody mistakes them for answered. */
export function openQuestionsPageMdx(pages: readonly TopicPage[]): string {
  const count = pages.reduce((n, p) => n + p.questions.filter((q) => q.unanswered).length, 0);
  return overview(
    '待补充的题目',
    '笔记中提出了、但还没有答案的面试题。',
    `共 ${count} 道。这些题目在笔记里只有问题、没有答案，站内照原样列出并标为「待补充」。`,
    listByTopic(pages, (q) => q.unanswered),
  );
}

/** 未校对: questions no editor has checked against current documentation yet, such as those of a new notes file. */
export function unreviewedPageMdx(pages: readonly TopicPage[]): string {
  const count = pages.reduce((n, p) => n + p.questions.filter((q) => !q.review).length, 0);
  return overview(
    '未校对的题目',
    '还没有对照当前官方文档校对过的题目。',
    count > 0
      ? `共 ${count} 道。这些题目来自笔记，本站编辑还没有对照 kubernetes.io 等官方文档核对；阅读时请多加留意，发现错误欢迎纠错。`
      : '目前没有未校对的题目：每道题都已对照官方文档校对。',
    listByTopic(pages, (q) => !q.review),
  );
}
