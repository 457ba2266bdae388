import { describe, expect, it } from 'vitest';
import { parseHeadings } from '../../scripts/parse/headings.ts';
import { parseSource } from '../../scripts/parse/index.ts';
import { sourceFile } from '../support/lines.ts';

// Shapes from notes 001, 002 and 004.
const SNIPPET = `---
title: 2、K8S基础(二)
tag:
  - 面试
---

# ETCD

## 简述 ETCD 及其特点？ 

etcd 是 CoreOS 团队发起的开源项目

# 

## pod的重启策略有哪些？（经常问）

\`\`\`
# 这不是标题
Always: 当容器终止退出后，总是重启容器
\`\`\`

# .简述 Kubernetes 初始化容器（init container）？ 

初始化容器

## 

### 1.3 Pod生命周期（课程Pod章节）

生命周期

## 一个用户请求流量是如何进入k8s集群内部的？

## pod的存活探针有哪几种？（必须记住3种探测方式，重点，经常问）

exec`;

describe('parseHeadings', () => {
  const result = parseHeadings(sourceFile('001.md', SNIPPET));
  const questions = result.units.map((u) => u.question);

  it('turns headings into questions without numbering, escapes or markers', () => {
    expect(questions).toEqual([
      '简述 ETCD 及其特点？',
      'pod的重启策略有哪些？',
      '简述 Kubernetes 初始化容器（init container）？',
      'Pod生命周期（课程Pod章节）',
      '一个用户请求流量是如何进入k8s集群内部的？',
      'pod的存活探针有哪几种？',
    ]);
  });

  it('keeps interview markers as metadata', () => {
    expect(result.units[1]!.markers).toEqual(['经常问']);
    expect(result.units[5]!.markers).toEqual(['必须记住3种探测方式', '重点', '经常问']);
  });

  it('ignores # lines inside code fences', () => {
    expect(result.units[1]!.body.map((l) => l.text)).toContain('# 这不是标题');
  });

  it('drops front matter, group titles and empty headings, each with its reason', () => {
    expect(result.dropped.map((d) => [d.line, d.reason])).toEqual([
      [1, 'front-matter'],
      [7, 'group-title'],
      [13, 'empty-heading'],
      [26, 'empty-heading'],
    ]);
  });

  it('keeps a question with no answer as a unit', () => {
    expect(result.units[4]!.body.every((l) => l.text.trim() === '')).toBe(true);
  });

  it('treats a demoted heading as a line of the answer above it', () => {
    const notes = sourceFile('001.md', '# 监控报警\n\n# 部门用普罗米修斯\n\n# 安全监控faclo\n');
    const demoted = parseHeadings(notes, { demote: new Set(['001.md:3', '001.md:5']) });
    expect(demoted.units).toHaveLength(1);
    expect(demoted.units[0]!.body.map((l) => l.text).filter(Boolean)).toEqual(['部门用普罗米修斯', '安全监控faclo']);
  });

  it('takes back the end of a question the PDF pushed onto the next line', () => {
    const cut = parseHeadings(sourceFile('001.md', '# 简述 Kubernetes kubelet 监控 Worker 节点资源是使用什么  \n\n组件来实现的？ \n\nkubelet 使用 cAdvisor\n\n# 下一题？\n'));
    expect(cut.units[0]).toMatchObject({ question: '简述 Kubernetes kubelet 监控 Worker 节点资源是使用什么组件来实现的？', line: 1, lineEnd: 3 });
    expect(cut.units[0]!.body.map((l) => l.text).filter(Boolean)).toEqual(['kubelet 使用 cAdvisor']);
  });

  it('reads `## 一、` Chinese numbering', () => {
    const units = parseSource(sourceFile('002.txt', '## 一、创建一个 pod 的过程\n\n情况一\n\n## 二、k8s 核心组件的功能\n\nmaster')).units;
    expect(units.map((u) => [u.format, u.question])).toEqual([
      ['chinese-numbered', '创建一个 pod 的过程'],
      ['chinese-numbered', 'k8s 核心组件的功能'],
    ]);
  });

  it('names the line of an unclosed code fence', () => {
    expect(() => parseHeadings(sourceFile('bad.md', '## 问题？\n\n```yaml\na: 1\n'))).toThrow('bad.md:3: code fence opened here is never closed');
  });
});
