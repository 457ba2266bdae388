import { describe, expect, it } from 'vitest';
import { changeOf, notesPageMdx } from '../../scripts/emit/notes-page.ts';
import { notesAnchor, notesLineAnchor } from '../../scripts/lib/place.ts';
import type { Manifest } from '../../scripts/emit/manifest.ts';

describe('笔记来源: a correction shown as the change it made', () => {
  it.each([
    // A misspelt name reads as two whole words, not as the letters that differ.
    ['shceduler', 'scheduler', { before: '', removed: 'shceduler', added: 'scheduler', after: '' }],
    ['由kube-shceduler负责', '由kube-scheduler负责', { before: '由', removed: 'kube-shceduler', added: 'kube-scheduler', after: '负责' }],
    // A character taken out of a long sentence: its neighbours shown, the rest cut with an ellipsis.
    [
      'kube-proxy会监听api-server中从而获取service和endpoint的变化',
      'kube-proxy会监听api-server从而获取service和endpoint的变化',
      { before: '…监听api-server', removed: '中', added: '', after: '从而获取service和…' },
    ],
    ['Docker开源的容器引擎', 'Docker是开源的容器引擎', { before: 'Docker', removed: '', added: '是', after: '开源的容器引擎' }],
    ['3、', '4.', { before: '', removed: '3、', added: '4.', after: '' }],
  ])('%s → %s', (from, to, change) => {
    expect(changeOf(from, to)).toEqual(change);
  });
});

describe('笔记来源 page', () => {
  const manifest: Manifest = {
    units: [{ at: 'team.md:3', question: '什么是 <Pod>？', page: '/pod/basics/', id: 'pod', status: 'published' }],
    dropped: [{ at: 'team.md:1-2', reason: 'preamble', text: '# 我们的笔记\n{author}' }],
    images: [],
    editors: [],
    corrections: [
      { at: 'team.md:4', kind: 'typo', from: 'kubelete 负责', to: 'kubelet 负责', why: '见 curation 第 12 行的 fix' },
      { at: 'team.md:4', kind: 'edit', from: '负责 :', to: '负责:', why: '同 001:240' },
    ],
  };
  const mdx = notesPageMdx(manifest, [
    { file: 'team.md', lines: ['# 我们的笔记', '{author}', '## 什么是 <Pod>？', 'kubelete 负责'] },
    { file: '团队笔记.md', lines: ['没有问答'] },
  ]);

  it('gives each notes file a section 「出处」 can link to, also a file named in Chinese', () => {
    expect(mdx).toContain(`{#${notesAnchor('team.md')}}`);
    expect(notesAnchor('团队笔记.md')).toMatch(/^notes-[0-9a-f]{8}$/);
    expect(mdx).toContain(`{#${notesAnchor('团队笔记.md')}}`);
    expect(notesAnchor('001_764fa187a98efb01.txt')).toBe('notes-001');
  });

  it('lists its questions with links, every correction with the change marked, every dropped line with its reason', () => {
    // Each place a target of its own for 「出处」.
    expect(mdx).toContain(`- <span id="${notesLineAnchor('team.md', 3)}" />第 3 行：[什么是 \\<Pod>？](../pod/basics/#pod)`);
    expect(notesLineAnchor('001_764fa187a98efb01.txt', 264)).toBe('notes-001-l264');
    // Each change told by its kind, in the reader's words; the editors' notes to each other stay in the manifest.
    expect(mdx).toContain('- 第 4 行：<del className="kb-change">kubelete</del><ins className="kb-change">kubelet</ins> 负责（名称拼写错误）');
    expect(mdx).not.toContain('curation');
    // A space taken out is drawn, so the change is seen.
    expect(mdx).toContain('- 第 4 行：负责<del className="kb-change">␣</del>:（复制或排版留下的错字、漏字、多余的字或标点）');
    // Only the counts there are: this file's one question is shown as written, none merged, none unanswered.
    expect(mdx).toContain('归入 1 道题：1 处的问题或答案在题目下照录。');
    expect(mdx).toContain('- 第 1–2 行：笔记开头的标题和说明，不是问答');
    expect(mdx).not.toContain('{author}');
    expect(mdx).toContain('这份笔记没有收录到本站的问答。');
  });
});
