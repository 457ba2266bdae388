import { describe, expect, it } from 'vitest';
import { answeredBy, answers, highlight } from '../../src/search/match.ts';

const marks = (text: string, query: string) =>
  highlight(text, query)
    .filter((s) => s.marked)
    .map((s) => s.text);

describe('marking the query in an excerpt', () => {
  it('marks a Chinese term whole, not a word or a character at a time', () => {
    expect(marks('滚动更新的 maxSurge 是什么意思？deployment的滚动更新策略', '滚动更新')).toEqual(['滚动更新', '滚动更新']);
    expect(marks('存活探针有哪几种探测方式？', '探针')).toEqual(['探针']);
    expect(marks('就绪探针的参数', '就绪探针参数')).toEqual(['就绪探针', '参数']);
  });

  it('keeps the text as it was, marks and all', () => {
    const text = 'Service、Endpoints 和 kube-proxy 各起什么作用？';
    expect(
      highlight(text, 'kube-proxy 作用')
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
    expect(marks(text, 'kube-proxy 作用')).toEqual(['kube-proxy', '作用']);
  });

  it('marks English words whole and in any case, camel-case parts and plurals too, but not inside other words', () => {
    expect(marks('更新的 maxSurge 和 maxUnavailable', 'maxsurge')).toEqual(['maxSurge']);
    expect(marks('pods 与 DaemonSet（ds）', 'ds')).toEqual(['ds']);
    expect(marks('restartPolicy 字段', 'restart')).toEqual(['restart']);
    expect(marks('LivenessProbe 探测', 'probes')).toEqual(['Probe']);
  });

  it('marks nothing for words of no meaning and characters standing alone', () => {
    expect(marks('Kubernetes 是怎么做日志收集的？如何收集', '如何做红烧肉')).toEqual([]);
  });
});

describe('whether a result answers the query', () => {
  const restart = {
    title: 'Pod 的重启策略有哪些？',
    keywords: '相关术语：restartPolicy Always OnFailure Never',
    content: 'Pod 的重启策略有哪些？ 当容器异常退出时，kubelet 会根据 restartPolicy 自动重启容器……',
  };

  it('answers when it holds every word of the query, wherever', () => {
    expect(answers('kubelet 自动', restart)).toBe(true);
    expect(answers('restartPolicy', restart)).toBe(true);
  });

  const isTerm = (word: string) => ['容器', '持久化', '存储卷'].includes(word);

  it('answers a spoken question when it holds half of its words and its question or search words hold one', () => {
    expect(answers('容器挂了会不会自动重启', restart, { isTerm })).toBe(true);
    expect(answers('容器挂了会不会自动恢复', { ...restart, title: 'Pod 有哪些状态？', keywords: '' }, { isTerm })).toBe(false);
  });

  it('reads the English words a Chinese sentence says of an error (unauthorized, bug) as what went wrong, not its subject', () => {
    const rollback = {
      title: 'Deployment 回滚用什么命令？',
      keywords: '回滚 rollback rollout undo',
      content: 'Deployment 回滚用什么命令？ kubectl rollout undo 回到上一个版本……发版',
    };
    expect(answers('发版后出bug kubectl rollout怎么回滚', rollback, { asked: (w) => ['kubectl', 'rollout'].includes(w) })).toBe(true);
    expect(answers('发版后出 mongo kubectl rollout怎么回滚', rollback, { asked: (w) => ['kubectl', 'rollout'].includes(w) })).toBe(false);
  });

  it('answers a query in everyday words only, naming no Kubernetes term, by a question asking about them, not an answer using them', () => {
    const mirroring = {
      title: 'Istio 的流量镜像有什么用？不改代码能拿到哪些监控数据？',
      keywords: '相关术语：istio 服务网格',
      content: 'Istio 的流量镜像有什么用？不改代码能拿到哪些监控数据？ 把线上流量复制一份发给新版本，不影响响应，用来在真实请求下提高发布质量……',
    };
    // Every word held, but only one of three in its question; a word said of an error does not make it a Kubernetes query.
    expect(answers('代码有bug怎么提高质量', { ...mirroring, content: `${mirroring.content} bug` }, { isTerm })).toBe(false);
    expect(answers('如何提高代码质量', mirroring, { isTerm })).toBe(false);
    // Two of four words held, one in its question.
    expect(answers('订单超时自动取消怎么实现', { title: '如何配置超时和重试？', keywords: '', content: '超时和重试……自动重试' }, { isTerm })).toBe(false);
    // With a term besides, or an everyday word of running software, the words decide as before.
    expect(answers('容器 提高 质量', { ...mirroring, content: `${mirroring.content} 容器` }, { isTerm })).toBe(true);
    expect(answers('如何提高程序质量', { ...mirroring, content: `${mirroring.content} 程序` }, { isTerm, running: ['程序'] })).toBe(true);
    expect(answers('如何提高程序质量', { ...mirroring, content: `${mirroring.content} 程序` }, { isTerm })).toBe(false);
    // A question asking about them answers, in any form of a term (供给 ↔ 供应).
    const provisioning = { title: 'Kubernetes 支持哪些存储供应模式？', keywords: '', content: 'Kubernetes 支持哪些存储供应模式？ 静态和动态两种……' };
    const forms = (word: string) => ({ 供给: ['供应'], 供应: ['供给'] })[word] ?? [];
    expect(answers('动态存储供给的原理是什么', provisioning, { isTerm, forms })).toBe(true);
    expect(answers('动态存储供给的原理是什么', provisioning, { isTerm })).toBe(false);
  });

  it('does not answer words it only resembles, nor a question on something else', () => {
    expect(answers('asdf', { title: 'PSP 能实现哪些策略？', keywords: '', content: 'MustRunAsNonRoot' })).toBe(false);
    expect(answers('如何做红烧肉', restart)).toBe(false);
    expect(answers('ds', { title: '什么是 Pod？', keywords: '', content: 'pods 和 nodes' })).toBe(false);
  });

  it('does not answer a Chinese query about a name no question asks about, though an answer mentions it in passing', () => {
    const incident = { title: '生产中遇到过哪些问题？如何排查解决？', keywords: '', content: '……MySQL 主从延迟导致……如何排查解决' };
    const askedAbout = (word: string) => ['kubelet', 'restartpolicy'].includes(word);
    expect(answers('mysql 主从延迟怎么解决', incident)).toBe(true);
    expect(answers('mysql 主从延迟怎么解决', incident, { asked: askedAbout })).toBe(false);
    expect(answers('kubelet 自动', restart, { asked: askedAbout })).toBe(true);
  });

  it('answers a query naming an application beside two Kubernetes terms the result holds, not beside one', () => {
    const workloads = {
      title: 'Deployment 和 StatefulSet 有什么区别？',
      keywords: '',
      content: '无状态应用用 Deployment 部署，有状态应用（如 MySQL）用 StatefulSet 部署，它给每个副本稳定的标识和存储。',
    };
    const askedAbout = (word: string) => ['mysql', 'deployment', 'statefulset', 'oom'].includes(word);
    const isTerm = (word: string) => ['deployment', 'statefulset', 'oom'].includes(word);
    const elsewhere = { ...workloads, content: workloads.content.replace('（如 MySQL）', '') };
    expect(answers('mysql 部署在 k8s 上用 statefulset 还是 deployment', elsewhere, { asked: askedAbout, isTerm })).toBe(true);
    // Without the vocabulary's terms, or with one term only, the application is the subject, and a result never naming it answers another question.
    expect(answers('mysql 部署在 k8s 上用 statefulset 还是 deployment', elsewhere, { asked: askedAbout })).toBe(false);
    const oom = { title: '容器被 OOMKilled 怎么排查？', keywords: '', content: '容器内存超过 limits 被 OOM 杀死……' };
    expect(answers('mysql oom 怎么 dump', oom, { asked: askedAbout, isTerm })).toBe(false);
  });

  it('takes none of the closest questions, found by one word of the query, to answer it', () => {
    const volumes = { title: 'Kubernetes 有哪些存储卷，分别有什么作用？', keywords: '', content: '持久化数据用 PV 和 PVC……' };
    expect(answeredBy('持久化', [volumes], { isTerm })).toBe(true);
    expect(answeredBy('持久化', [{ ...volumes, closest: true }], { isTerm })).toBe(false);
  });

  it('answers a query running an application on Kubernetes by name (k8s, kubernetes) with what Kubernetes does for it', () => {
    const exposing = {
      title: '生产环境暴露服务时，NodePort、LoadBalancer、Ingress 和 Gateway API 如何选择？',
      keywords: '',
      content: '把服务暴露给集群外访问：NodePort 在每个节点开端口，LoadBalancer 由云厂商分配外部地址……',
    };
    const askedAbout = (word: string) => ['nodeport', 'ingress'].includes(word);
    const isTerm = (word: string) => ['nodeport', 'ingress', 'k8s', 'kubernetes'].includes(word);
    expect(answers('kafka 跑在 k8s 上怎么暴露给集群外访问', exposing, { asked: askedAbout, isTerm })).toBe(true);
    expect(answers('kafka 跑在 kubernetes 上怎么暴露给集群外访问', exposing, { asked: askedAbout, isTerm })).toBe(true);
    // Not naming Kubernetes, the application is the subject: 集群 is anyone's cluster.
    expect(answers('kafka 集群怎么暴露给外部访问', exposing, { asked: askedAbout, isTerm })).toBe(false);
    // The application is not a word the answer must hold: the others judge.
    const graceful = {
      title: '如何让 Pod 优雅退出，删除或更新时不丢请求？',
      keywords: '',
      content: '应用收到 SIGTERM 后优雅退出：部署时设置 preStop 和 terminationGracePeriodSeconds……',
    };
    expect(answers('spring boot 应用部署到 k8s 怎么做优雅停机', graceful, { asked: askedAbout, isTerm })).toBe(true);
  });

  it('answers a detail no question names beside a name questions ask about, when the result holds both', () => {
    const traffic = { title: '跨节点的 Pod 之间如何通信？', keywords: '', content: 'Calico 用 BGP 分发路由，跨子网时可用 IPIP 模式封装。' };
    const askedAbout = (word: string) => ['calico'].includes(word);
    expect(answers('Calico BGP 模式和 IPIP 模式', traffic, { asked: askedAbout })).toBe(true);
    // The details alone are not the site's subject; a result that never names one of them does not answer.
    expect(answers('ipip 和 bgp 模式', traffic, { asked: askedAbout })).toBe(false);
    expect(answers('Calico BGP 模式和 IPIP 模式', { ...traffic, content: 'Calico 用 BGP 分发路由。' }, { asked: askedAbout })).toBe(false);
  });

  it('answers a query naming an API field as the API writes it, though no question names it, and without the aspect asked of it', () => {
    const affinity = { title: 'Pod 亲和性与反亲和性如何配置？', keywords: '', content: '用 podAntiAffinity 把副本打散到不同节点……' };
    const askedAbout = (word: string) => ['affinity'].includes(word);
    expect(answers('podAntiAffinity 打散到不同节点', affinity, { asked: askedAbout })).toBe(true);
    expect(answers('podAntiAffinity 的用法', affinity, { asked: askedAbout })).toBe(true);
    // A name in passing, as a product writes it, is still not the site's subject.
    expect(answers('mysql 打散', { ...affinity, content: '把 MySQL 副本打散到不同节点' }, { asked: askedAbout })).toBe(false);
  });

  it('takes a result the search marks as treating the situation as an answer, whatever words it shares', () => {
    const oom = { title: '遇到过容器 OOM 吗？怎么处理的？', keywords: 'oom', content: '容器被 OOMKilled……调大 limits' };
    expect(answers('服务隔一阵就挂', oom)).toBe(false);
    expect(answers('服务隔一阵就挂', { ...oom, treats: true })).toBe(true);
  });

  it('reads three Latin words in a row as an English phrase (an error message), not as names each answer must hold', () => {
    const helm = { title: 'Helm 如何升级和回滚 Release？', keywords: 'helm', content: 'helm upgrade 卡在 pending-upgrade 时……' };
    const askedAbout = (word: string) => ['helm', 'upgrade'].includes(word);
    expect(answers('helm upgrade 失败 another operation in progress', helm, { asked: askedAbout })).toBe(true);
    // A name alone beside Chinese words still must be held.
    expect(answers('helm 失败 argo', helm, { asked: askedAbout })).toBe(false);
    // Nor do names in a row make a phrase of the whole query.
    expect(answers('mysql redis kafka 对比', helm, { asked: askedAbout })).toBe(false);
    // A message pasted beside Chinese words that ask something is one too, with no name of the site's beside it …
    const pull = { title: 'Pod 镜像拉取失败（ImagePullBackOff）如何排查？', keywords: '', content: '镜像拉不下来时先看 Events……' };
    expect(answers('back-off pulling image harbor.example.com/app/api v1.2 镜像拉 不下来', pull, { asked: askedAbout })).toBe(true);
    expect(answers('unable to connect to the server 镜像拉 不下来', pull, { asked: askedAbout })).toBe(true);
    // … but names in a row are still names, k8s and all.
    expect(answers('mysql redis kafka mongodb 镜像拉', pull, { asked: askedAbout })).toBe(false);
    expect(
      answers('k8s pv pvc 是啥 关系', { title: '什么是 PV 和 PVC？', keywords: 'pv pvc', content: 'PV 是集群里的一块存储，PVC 是对存储的申请……' }, { asked: askedAbout }),
    ).toBe(true);
  });

  it('finds a hyphenated name written as its words', () => {
    const sd = { title: 'Prometheus 如何发现监控目标？', keywords: '', content: '用 Prometheus Operator 的 ServiceMonitor 声明……' };
    expect(answers('ServiceMonitor prometheus-operator', sd)).toBe(true);
  });

  it('does not judge a query of filler only', () => {
    expect(answers('什么', restart)).toBe(true);
  });
});
