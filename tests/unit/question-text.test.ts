import { describe, expect, it } from 'vitest';
import { questionText } from '../../scripts/parse/question-text.ts';

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
