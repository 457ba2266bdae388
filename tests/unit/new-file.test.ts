/**
 * A team's new notes file added to published notes: its repeats of published questions join them as 又问
 * and 补充 (the notes' questions and the editors' own), it never takes a main answer, and wordings that
 * only look alike stay apart.
 */
import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../scripts/curation/load.ts';
import { normalise } from '../../scripts/pipeline.ts';
import { sourceFile } from '../support/lines.ts';

const curationText = 'version: 1\n';
const curation = parseCuration(curationText);
const published = sourceFile(
  'published.md',
  [
    '## pod的初始化容器是干什么的?',
    '',
    '在应用容器启动之前按顺序运行，全部成功后才启动应用容器，常用来等依赖就绪。',
    '',
    '## requests 和 limits 有什么区别？',
    '',
    'requests 是调度时预留的量，limits 是运行时的上限。',
    '',
    '## deployment怎么扩容或缩容？',
    '',
    '用 kubectl scale deployment web --replicas=5，或者修改 replicas 字段。',
    '',
  ].join('\n'),
);
const editors = [
  {
    file: 'scheduling.md',
    text: [
      '---',
      'version: Kubernetes 1.35',
      '---',
      '',
      '## 污点有哪三种效果？ {#taint-effects}',
      '',
      '### 要点',
      '',
      '- 三种效果：NoSchedule、PreferNoSchedule 和 NoExecute。',
      '- NoSchedule 只影响新 Pod 的调度，已在节点上运行的 Pod 不受影响。',
      '- NoExecute 还会驱逐已在运行且不容忍它的 Pod，tolerationSeconds 决定还能留多久。',
      '',
      '### 回答',
      '',
      'NoSchedule 不再调度新 Pod，PreferNoSchedule 尽量不调度，NoExecute 还会驱逐已在运行且不容忍的 Pod。',
      '',
      '### 依据',
      '',
      '- [污点和容忍度](https://kubernetes.io/zh-cn/docs/concepts/scheduling-eviction/taint-and-toleration/)',
      '',
    ].join('\n'),
  },
];
const before = normalise([published], curation, curationText, [], {}, editors);
const added = sourceFile(
  'team.md',
  [
    '## 什麼是 Init 容器？',
    '',
    'Init 容器先於應用容器執行。',
    '',
    '## requests 與 limits 的差別',
    '',
    'requests 用於排程，limits 是上限。',
    '',
    '## Deployment 的作用',
    '',
    '管理无状态应用的副本和滚动更新。',
    '',
    '## 污点有哪几种效果？',
    '',
    '三种：NoSchedule、PreferNoSchedule、NoExecute。',
    '',
  ].join('\n'),
);
const after = normalise([published, added], curation, curationText, [], before.anchorLock, editors);
const holding = (line: number) => after.questions.find((q) => q.sources.some((s) => s.file === 'team.md' && s.line === line))!;

describe('a new notes file beside published notes', () => {
  it('joins a paraphrase, in Traditional characters too, to the published question as 又问 and 补充', () => {
    const init = holding(1);
    expect(init.question).toBe(before.questions.find((q) => q.question.includes('初始化容器'))!.question);
    expect(init.wordings).toContain('什麼是 Init 容器？');
    expect(init.primarySource.file).toBe('published.md');
    expect(init.supplements.map((s) => s.source.file)).toContain('team.md');
    expect(holding(5).primarySource.file).toBe('published.md');
  });

  it('joins a question of ours: the new wording is a 又问, its answer a 补充 under ours', () => {
    const taints = holding(13);
    expect(taints.id).toBe('taint-effects');
    expect(taints.wordings).toContain('污点有哪几种效果？');
    expect(taints.supplements.map((s) => s.markdown).join('\n')).toContain('三种：NoSchedule');
  });

  it('keeps apart a wording that only looks alike but names another subject', () => {
    expect(holding(9).sources.map((s) => s.file)).toEqual(['team.md']);
  });

  it('adds no question for a version that joined, and lists every line in the manifest', () => {
    expect(after.questions.length).toBe(before.questions.length + 1);
    const units = after.manifest.units.filter((u) => u.at.startsWith('team.md:')).map((u) => u.at);
    expect(units).toEqual(['team.md:1', 'team.md:5', 'team.md:9', 'team.md:13']);
  });
});

describe('npm run normalize -- --try', () => {
  it('reports the shape, the joins, the new questions and the pages a file would change, from one run that writes nothing', async () => {
    const { tryReport } = await import('../../scripts/emit/try-report.ts');
    const report = tryReport('team.md', after, before.pages);
    expect(report).toMatch(/^try team\.md: shape headings \(标题\), 4 questions/);
    expect(report).toContain('line 13 → joins #taint-effects 「污点有哪三种效果？」');
    expect(report).toContain('line 1 → joins #');
    expect(report).toMatch(/adds 1 new question:\n {2}line 9 → new question 「Deployment 的作用？」/);
    expect(report).toMatch(/pages that would change: .*scheduling\.mdx/);
  });
});
