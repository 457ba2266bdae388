/** An answer's Markdown is parsed once per run, and the stages that read its tree share it without changing it. */
import { describe, expect, it } from 'vitest';
import { askedPoints, Seen, uniquePoints, withoutRepeats } from '../../scripts/dedupe/supplements.ts';
import { externalLinksReport } from '../../scripts/emit/external-links.ts';
import { toSafeMdx } from '../../scripts/emit/safe-mdx.ts';
import { forgetMarkdownTrees, markdownTree } from '../../scripts/lib/markdown-tree.ts';

const frozen = <T>(value: T): T => {
  if (value && typeof value === 'object') for (const v of Object.values(value)) frozen(v);
  return Object.freeze(value);
};

const answer = [
  '# 镜像拉取策略',
  '',
  '<b>Always</b>：每次都拉取 ![图](https://example.com/a.png)，见 [文档](https://kubernetes.io/docs/) 与 [脚本](javascript:alert(1))。',
  '',
  '1. **IfNotPresent**：本地没有镜像时才拉取，这是标签不为 latest 时的默认策略，节点上已有就直接使用。',
  '2. Never：只用本地镜像',
  '',
  '```mermaid',
  'graph TD; A-->B',
  '```',
].join('\n');

describe('answer trees', () => {
  it('are parsed once for every reader of the same text', () => {
    forgetMarkdownTrees();
    expect(markdownTree(answer)).toBe(markdownTree(answer));
  });

  it('are read, never changed, by the pages, the merge, the repeats and the links report', () => {
    forgetMarkdownTrees();
    // Every reader gets this frozen tree: changing any node of it would throw.
    frozen(markdownTree(answer));
    expect(toSafeMdx(answer)).toContain('#### 镜像拉取策略');
    expect(uniquePoints(answer, new Seen('Never：只用本地镜像'))).not.toContain('Never');
    expect(askedPoints(answer, 'IfNotPresent 是什么？').length).toBeGreaterThan(0);
    expect(withoutRepeats(answer, () => true).removed.length).toBeGreaterThan(0);
    expect(
      externalLinksReport([{ file: 'a.md', line: 1, format: 'heading', rawQuestion: '', question: '', markers: [], answer, unanswered: false, images: [], corrections: [] }]),
    ).toContain('https://kubernetes.io/docs/');
  });
});
