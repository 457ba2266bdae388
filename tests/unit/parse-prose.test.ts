import { describe, expect, it } from 'vitest';
import { parseProse } from '../../scripts/parse/prose.ts';
import { sourceFile } from '../support/lines.ts';

// Real shape of notes 003, a blog article with pseudo-headings.
const SNIPPET = `K8s知识点总结_part2

发布时间:2024年01月22日

为什么我们会需要 Pod?

容器的本质是一种特殊的进程

那么 Kubernetes 呢?Kubernetes 就是操作系统

Pod 又是怎么被“创建”出来的呢?

答案是:Pod,其实是一组共享了某些资源的容器

具体的说:

Pod 里的所有容器,共享的是同一个 Network Namespace

Pod的实现:

在 Kubernetes 项目里,Pod 的实现需要使用一个中间容器

Pod的基本概念

Pod的用途

Pod可用于:

  • 运行单个容器应用程序。`;

describe('parseProse', () => {
  const result = parseProse(sourceFile('003.txt', SNIPPET));

  it('finds the pseudo-headings and only them', () => {
    expect(result.units.map((u) => u.question)).toEqual(['为什么我们会需要 Pod?', 'Pod 又是怎么被“创建”出来的呢?', 'Pod的实现', 'Pod的用途']);
  });

  it('keeps intro lines such as 具体的说: and Pod可用于: in the answer', () => {
    const body = result.units.flatMap((u) => u.body.map((l) => l.text));
    expect(body).toContain('具体的说:');
    expect(body).toContain('Pod可用于:');
    expect(body).toContain('那么 Kubernetes 呢?Kubernetes 就是操作系统');
  });

  it('drops the article title and publish date as preamble and a bare group title with its reason', () => {
    expect(result.dropped.map((d) => [d.line, d.endLine, d.reason])).toEqual([
      [1, 3, 'preamble'],
      [23, 23, 'group-title'],
    ]);
  });
});
