/** Review state: a question an editor checked carries its review; any other shows 未校对 and is listed. */
import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../scripts/curation/load.ts';
import { normalise } from '../../scripts/pipeline.ts';
import { sourceFile } from '../support/lines.ts';

const notes = sourceFile('a.md', '## pod的重启策略有哪些？\n\nAlways、OnFailure、Never\n\n## pod的镜像拉取策略有哪几种？\n\nAlways、IfNotPresent、Never\n');
const curation = (extra: string) => `version: 1\nanchors:\n  - { at: "a.md:1", anchor: restart-policy }\n  - { at: "a.md:5", anchor: image-pull-policy }\n${extra}`;

describe('reviews', () => {
  it('mark a question nobody reviewed 未校对, list it on /unreviewed/, and say on its page what was checked', () => {
    const text = curation('reviews:\n  - { date: "2026-11-23", reviewer: 编辑, versions: Kubernetes 1.34, questions: [restart-policy] }\n');
    const { pages, accuracy } = normalise([notes], parseCuration(text), text);
    const pod = pages.get('pod.mdx')!;
    expect(pod).toMatch(/\{#image-pull-policy\}\n\n<QuestionMeta [^\n]*\bunreviewed\b/);
    expect(pod).not.toMatch(/\{#restart-policy\}\n\n<QuestionMeta [^\n]*\bunreviewed\b/);
    expect(pod).toContain(
      '本主题的要点、本站解答与勘误已对照 Kubernetes 1.34（2026-11-23）的官方文档核对；笔记原文照录，核对中发现的错误在原处以「本站勘误」标出。另有 1 道题尚未核对或有待处理的问题',
    );
    expect(pages.get('unreviewed.mdx')).toContain('](../pod/#image-pull-policy)');
    expect(pages.get('unreviewed.mdx')).not.toContain('#restart-policy');
    expect(accuracy).toMatch(/### Pod 的镜像拉取策略有哪几种？\n\n- 链接：[^\n]*\n- 状态：\*\*未校对\*\*/);
  });

  it('reject a review naming no published question, at its line', () => {
    const text = curation('reviews:\n  - date: "2026-11-23"\n    reviewer: 编辑\n    versions: Kubernetes 1.34\n    questions: [no-such-question]\n');
    expect(() => normalise([notes], parseCuration(text), text)).toThrow(/curation\.yaml:\d+: no-such-question: reviews: #no-such-question is not a published question/);
  });

  it('reject a date that is not a date', () => {
    expect(() => parseCuration(curation('reviews:\n  - { date: "23.11.2026", reviewer: 编辑, versions: Kubernetes 1.34, questions: [restart-policy] }\n'))).toThrow(
      /reviews\.0\.date: expected a date/,
    );
  });
});
