import { describe, expect, it } from 'vitest';
import { questionKey } from '../../scripts/dedupe/question-key.ts';
import { typesetHeading } from '../../scripts/edit/heading.ts';
import { asks, isQuestionLike, questionText } from '../../scripts/parse/question-text.ts';
import { searchTerms } from '../../src/search/relax.ts';

describe('questionText', () => {
  it.each([
    ['14、pod的重启策略有哪些?', 'pod的重启策略有哪些?', []],
    ['.简述 Kubernetes CNI 模型？ ', '简述 Kubernetes CNI 模型？', []],
    ['\\1. 客户端提交 Pod 的配置信息', '客户端提交 Pod 的配置信息', []],
    ['9-istioessgateway', 'istioessgateway', []],
    ['22、使用deployment来创建pod:', '使用deployment来创建pod', []],
    ['简单讲一下 pod创建过程（经常问，必须牢记）', '简单讲一下 pod创建过程', ['经常问', '必须牢记']],
    ['k8s生产中遇到什么特别影响深刻的问题吗？（重点', 'k8s生产中遇到什么特别影响深刻的问题吗？', ['重点']],
    ['command和args参数冲突吗？（1*********）', 'command和args参数冲突吗？', ['1*********']],
    ['Kubernetes PodSecurityPolicy 机制能实现哪些安全策 略？ ', 'Kubernetes PodSecurityPolicy 机制能实现哪些安全策略？', []],
    ['简述 Kubernetes 初始化容器（init container）？', '简述 Kubernetes 初始化容器（init container）？', []],
    ['☆ Pod 的生命周期有哪些阶段', 'Pod 的生命周期有哪些阶段', ['☆']],
    ['Service 有哪几种类型？★★', 'Service 有哪几种类型？', ['★']],
    ['【高频】Pod 一直 Pending 怎么排查？', 'Pod 一直 Pending 怎么排查？', ['高频']],
    ['Ingress 是什么？[常考]', 'Ingress 是什么？', ['常考']],
    ['【面试题】Ingress 是什么？', '【面试题】Ingress 是什么？', []],
  ])('%s', (raw, question, markers) => {
    expect(questionText(raw)).toEqual({ question, markers });
  });
});

describe('the asking-word table, as each of its readers reads it', () => {
  it('asks in a line, names in a title, counts unless the line is a question already', () => {
    expect([asks('Pod 是什么'), isQuestionLike('Pod 是什么'), typesetHeading('Pod 是什么')]).toEqual([true, true, 'Pod 是什么？']);
    expect([asks('Pod 的原理'), isQuestionLike('Pod 的原理'), typesetHeading('Pod 的原理')]).toEqual([false, true, 'Pod 的原理？']);
    expect([asks('以下几个参数'), isQuestionLike('以下几个参数')]).toEqual([false, false]);
    expect(typesetHeading('Pod 有几种状态')).toBe('Pod 有几种状态？');
  });

  it('reads a Traditional line through its Simplified words', () => {
    expect(asks('Pod 與 Deployment 的差別')).toBe(true);
    expect(typesetHeading('requests 與 limits 的差別')).toBe('requests 與 limits 的差別？');
  });

  it('drops the framing words from question keys and queries, not the words that change what is asked', () => {
    expect(questionKey('简述一下 Pod 的重启策略')).toBe(questionKey('Pod 的重启策略是什么？'));
    expect(questionKey('为什么要有 Pod？')).not.toBe(questionKey('什么是 Pod？'));
    expect(searchTerms('谈谈你对 pod 重启策略的理解')).toEqual(['pod', '重启', '策略']);
  });
});
