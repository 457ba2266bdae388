import { describe, expect, it } from 'vitest';
import { parseNumbered } from '../../scripts/parse/numbered.ts';
import { sourceFile } from '../support/lines.ts';

// Real snippet from notes 000: numbered answers inside numbered questions.
const SNIPPET = `Bootstrap

kubernetes(k8s)面试之2024

1、什么是k8s?
K8s是kubernetes的简称,其本质是一个开源的容器编排系统

2、kubelet的功能、作用是什么?

答:kubelet部署在每个node节点上的,它主要有4个功能:

1、节点管理。

2、pod管理。

3、简述Kubernetes和Docker的关系?

Docker开源的容器引擎

4、使用deployment来创建pod:

1、首先,用户使用kubectl create命令或者kubectl apply命令提交了要创建一个deployment资源请求;`;

describe('parseNumbered', () => {
  const result = parseNumbered(sourceFile('000.txt', SNIPPET));

  it('finds each numbered question once, in order, with its line', () => {
    expect(result.units.map((u) => [u.line, u.question])).toEqual([
      [5, '什么是k8s?'],
      [8, 'kubelet的功能、作用是什么?'],
      [16, '简述Kubernetes和Docker的关系?'],
      [20, '使用deployment来创建pod'],
    ]);
  });

  it('keeps numbered items inside an answer as answer lines, even when the number could be the next question', () => {
    const kubelet = result.units[1]!;
    expect(kubelet.body.map((l) => l.text)).toContain('1、节点管理。');
    expect(kubelet.body.map((l) => l.text)).toContain('2、pod管理。');
    expect(result.units[3]!.body.map((l) => l.text).join('')).toContain('1、首先');
  });

  it('records the title lines before the first question as a dropped preamble', () => {
    expect(result.dropped).toEqual([expect.objectContaining({ line: 1, endLine: 3, reason: 'preamble' })]);
  });
});
