import { describe, expect, it } from 'vitest';
import {
  ASKED_SEPARATOR,
  combine,
  editDistance,
  nearestWord,
  normaliseQuery,
  packQuestions,
  questionsFirst,
  receivedVocabulary,
  relaxedSearch,
  searchTerms,
  type IndexedQuestion,
} from '../../src/search/relax.ts';
import { compressed } from '../../scripts/search/compress.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryVocabulary, termHomes } from '../../scripts/search/integration.ts';
import { TERMS } from '../../scripts/vocabulary/terms.ts';

interface Result {
  id: string;
  score: number;
  closest?: boolean;
}
const r = (id: string, score = 1): Result => ({ id, score });
const ids = (results: readonly Result[]) => results.map((x) => x.id);
/** A search over a fixed index of queries and their results, as Pagefind answers. */
const searchIn = (index: Record<string, Result[]>) => async (term: string) => ({ results: index[term] ?? [], unfilteredResultCount: (index[term] ?? []).length });

describe('the words of a query, searched one by one', () => {
  it('drop the filler of a spoken question and join characters the segmenter split apart', () => {
    expect(searchTerms('容器挂了会不会自动重启')).toEqual(['容器', '挂了', '自动', '重启']);
    expect(searchTerms('pod 怎么发现 service')).toEqual(['pod', '发现', 'service']);
    expect(searchTerms('就绪探针与存活探针区别')).toEqual(['就绪', '探针', '存活', '区别']);
  });

  it('drop how an English question is framed: difference, process, vs', () => {
    expect(searchTerms('difference between pv and pvc')).toEqual(['pv', 'pvc']);
    expect(searchTerms('pod termination process')).toEqual(['pod', 'termination']);
  });

  it('keep English names whole and leave out a lone character when there are other words', () => {
    expect(searchTerms('kube-proxy 作用')).toEqual(['kube-proxy', '作用']);
    expect(searchTerms('maxSurge')).toEqual(['maxsurge']);
    expect(searchTerms('调度器原理')).toEqual(['调度', '原理']);
  });
});

describe('a query read as the index is written', () => {
  const vocabulary = queryVocabulary([
    {
      id: 'a',
      page: '/pod/',
      topic: 'Pod',
      question: '就绪探针有哪几种探测方式？',
      wordings: [],
      unanswered: false,
      keywords: 'readiness readinessProbe 存储 节点 滚动更新',
      points: '',
      ours: '',
      text: '',
    },
    {
      id: 'b',
      page: '/workloads/',
      topic: '工作负载',
      question: 'StatefulSet 和 Deployment 的区别',
      wordings: [],
      unanswered: false,
      keywords: 'statefulset',
      points: '',
      ours: '',
      text: '',
    },
  ]);

  it('reads Traditional characters, full-width letters and capitals as the site writes them', () => {
    expect(normaliseQuery('持久化存儲 節點', vocabulary).join('')).toBe('持久化存储节点');
    expect(normaliseQuery('滾動更新', vocabulary).join('')).toBe('滚动更新');
    expect(normaliseQuery('ＲＢＡＣ 是什么', vocabulary)).toEqual(['rbac']);
    // A value pasted from a command's output, its brackets dropped: the answer writes `unknown`, not `<unknown>`.
    expect(normaliseQuery('targets 显示 <unknown>', vocabulary)).toEqual(['targets', '显示', 'unknown']);
    // Taiwan's words, where the site uses the mainland ones.
    expect(
      normaliseQuery('叢集 網路', {
        ...vocabulary,
        phrases: [
          ['叢集', '集群'],
          ['網路', '网络'],
        ],
      }),
    ).toEqual(['集群', '网络']);
  });

  it('drops English function words and Chinese filler, so the terms decide', () => {
    expect(normaliseQuery('what is the difference between pv and pvc')).toEqual(['pv', 'pvc']);
    expect(normaliseQuery('删 pod 的时候发生了什么')).toEqual(['删', 'pod']);
    // A rehearsal's frame around the question.
    expect(normaliseQuery('面试官问 pod 之间是怎么通信的 怎么回答')).toEqual(['pod', '之间', '通信']);
    expect(normaliseQuery('面试官让我讲一下 etcd 的 raft')).toEqual(['etcd', 'raft']);
  });

  it('corrects a misspelt Latin name to the nearest word of the site, never a word it holds', () => {
    expect(nearestWord('readyness', vocabulary)).toBe('readiness');
    expect(nearestWord('statefullset', vocabulary)).toBe('statefulset');
    expect(nearestWord('readiness', vocabulary)).toBeUndefined();
    expect(nearestWord('kafka', vocabulary)).toBeUndefined();
    expect(editDistance('deploymet', 'deployment', 2)).toBe(1);
    expect(editDistance('ingres', 'ingress', 1)).toBe(1);
  });

  it('never reads an English word of eight or nine letters as another two edits away (election is not eviction)', () => {
    const english = { t2s: {}, words: ['eviction', 'operator', 'statefulset'] };
    expect(nearestWord('election', english)).toBeUndefined();
    expect(nearestWord('operation', english)).toBeUndefined();
    expect(nearestWord('statefullset', english)).toBe('statefulset');
  });

  it('never reads an English word of four letters as another (Spring Boot is not Spring root)', () => {
    const site = { t2s: {}, words: ['root', 'block', 'ingress'] };
    expect(nearestWord('boot', site)).toBeUndefined();
    expect(nearestWord('lock', site)).toBeUndefined();
    expect(nearestWord('ingres', site)).toBe('ingress');
    expect(normaliseQuery('spring boot 应用优雅停机', site)).toContain('boot');
  });

  it('searches without k8s, kubernetes and 集群 when the query says more: the records need not repeat the name', async () => {
    const asked: string[] = [];
    const search = async (term: string) => {
      asked.push(term);
      return { results: term === '灰度 发布' ? [r('canary')] : [], unfilteredResultCount: 0 };
    };
    const found = await relaxedSearch(search, 'k8s 怎么做灰度发布', undefined, vocabulary);
    expect(asked[0]).toBe('灰度 发布');
    expect(asked.some((term) => term.includes('k8s'))).toBe(false);
    expect(ids(found!.results)).toEqual(['canary']);
  });
});

describe('the questions a query names', () => {
  const titled = (id: string, title: string) => ({ id, score: 1, data: async () => ({ meta: { title } }) });

  it('come first, the most specific first; the rest keep the order Pagefind gave', async () => {
    const results = [
      titled('gateway', '什么是 istio-ingressgateway？'),
      titled('vs', 'Service 和 Ingress 有什么区别？'),
      titled('ingress', '什么是 Ingress？'),
      titled('other', '负载均衡'),
    ];
    expect(ids(await questionsFirst(results, ['ingress']))).toEqual(['ingress', 'vs', 'gateway', 'other']);
  });

  it('put a question that asks what the thing is first, a Latin name counting as one word', async () => {
    const results = [titled('deny', '如何为命名空间配置默认拒绝的网络策略？'), titled('policy', '什么是网络策略（NetworkPolicy）？')];
    expect(ids(await questionsFirst(results, ['网络', '策略']))).toEqual(['policy', 'deny']);
  });

  it("count the notes' other wordings (又问) too, after the questions that name every word themselves", async () => {
    const asked = (id: string, title: string, wordings: string) => ({ id, score: 1, data: async () => ({ meta: { title, asked: wordings } }) });
    const results = [
      asked('surge', '滚动更新的 maxSurge 和 maxUnavailable 是什么意思？', ''),
      asked('other', 'Pod 的终止过程是怎样的？', ''),
      asked('update', 'Deployment 的更新过程是怎样的？', '简述 deployment 升级过程；Deployment 的滚动更新是怎么进行的？'),
    ];
    expect(ids(await questionsFirst(results, ['滚动', '更新']))).toEqual(['surge', 'update', 'other']);
  });

  it('leave the order alone when no question names every word, or the words are only k8s and 集群', async () => {
    const results = [titled('a', '滚动更新的 maxSurge 是什么？'), titled('b', 'Deployment 的更新过程是怎样的？')];
    expect(ids(await questionsFirst(results, ['回滚']))).toEqual(['a', 'b']);
    expect(ids(await questionsFirst(results, ['k8s', '集群']))).toEqual(['a', 'b']);
  });
});

describe('a query that is one term alone', () => {
  const known: Record<string, IndexedQuestion> = {
    surge: ['滚动更新的 maxSurge 和 maxUnavailable 是什么意思？', '', '', '/workloads/updates/#max-surge-max-unavailable', ''],
    update: ['Deployment 的更新过程是怎样的？', '', '', '/workloads/updates/#rolling-update', ''],
    fin: ['什么是 Finalizer？资源为什么会一直卡在 Terminating？', '', '', '/architecture/lifecycle/#finalizers', ''],
    svc: ['Service 是什么？如何与 Pod 关联？', '', '', '/service/basics/#service-role-pod', ''],
    types: ['Service 有哪几种类型？', '', '', '/service/basics/#service-types', ''],
  };

  it("finds each term's home: the vocabulary's `home`, else the question whose first clause asks what the term's name is, for every form", () => {
    const homes = termHomes(known);
    expect(homes['滚动更新']).toBe('update');
    expect(homes['service']).toBe('svc');
    expect(homes['svc']).toBe('svc');
    // 「说说 Kubernetes 的架构」: the components question; the distinct phrases that once shared 架构's row (exec, informer) have no home.
    const parts = termHomes({ ...known, parts: ['Kubernetes 有哪些核心组件，各自有什么作用？', '', '', '/architecture/components/#components', ''] });
    expect([parts['架构'], parts['组件']]).toEqual(['parts', 'parts']);
    expect([parts['exec'], parts['informer']]).toEqual([undefined, undefined]);
  });

  it('opens with the question introducing the term, wherever Pagefind put it; a query of two terms is ranked as before', async () => {
    const vocabulary = { t2s: {}, words: [], questions: known, homes: termHomes(known) };
    expect(ids(await questionsFirst([r('surge'), r('types'), r('update')], ['滚动', '更新'], vocabulary))[0]).toBe('update');
    expect(ids(await questionsFirst([r('types'), r('svc')], ['service'], vocabulary))[0]).toBe('svc');
    expect(ids(await questionsFirst([r('svc'), r('types')], ['service', '类型'], vocabulary))[0]).toBe('types');
  });

  it('finds a home in a question asking what a term is for, or what kinds of it there are, a policy as its 策略; never a facet of it', () => {
    const more: Record<string, IndexedQuestion> = {
      ...known,
      probes: ['就绪探针有哪几种探测方式？', '', '', '/pod/probes/#readiness-probes', ''],
      params: ['就绪探针有哪些属性参数？', '', '', '/pod/probes/#readiness-params', ''],
      pull: ['Pod 的镜像拉取策略有哪几种？', '', '', '/pod/config/#image-pull-policy', ''],
      proxy: ['kube-proxy 有什么作用？', '', '', '/service/proxy/#kube-proxy-role', ''],
      dnsPolicy: ['Pod 的 DNS 策略有哪几种？', '', '', '/network/host/#pod-dns-policy', ''],
    };
    const homes = termHomes(more);
    for (const form of ['就绪探针', 'readiness', 'readinessprobe']) expect(homes[form], form).toBe('probes');
    for (const form of ['imagepullpolicy', '镜像拉取']) expect(homes[form], form).toBe('pull');
    expect(homes['kube-proxy']).toBe('proxy');
    // 「DNS 策略」 is a facet of DNS, not what DNS is; `OOM*` (a prefix form) is the word oom.
    expect(homes['dns']).toBeUndefined();
    expect(termHomes({ oom: ['遇到过容器 OOM 吗？', '', '', '/scheduling/qos/#oom', ''] })['oom']).toBe('oom');
  });

  it('reads a home through a gloss, a place, a trait, a closing 模型, how it works, or a pair; a question on the term alone outranks one on a pair', () => {
    const q = (title: string, anchor: string): IndexedQuestion => [title, '', '', `/x/#${anchor}`, ''];
    const homes = termHomes({
      ns: q('命名空间（Namespace）有什么作用？', 'namespace-role'),
      flannel: q('Flannel 在 Kubernetes 中有什么作用？', 'flannel'),
      ds: q('DaemonSet 有哪些特性？', 'daemonset'),
      cni: q('什么是 CNI 模型？', 'cni'),
      three: q('Kubernetes 的 CRI、CNI、CSI 分别是什么？', 'cri-cni-csi'),
      vpa: q('VPA 是如何工作的？有哪些更新模式？', 'vpa-how'),
      pair: q('什么是 PV 和 PVC？', 'pv-pvc'),
    });
    expect([homes['namespace'], homes['命名空间'], homes['ns']]).toEqual(['ns', 'ns', 'ns']);
    expect([homes['flannel'], homes['daemonset'], homes['ds'], homes['vpa']]).toEqual(['flannel', 'ds', 'ds', 'vpa']);
    expect([homes['cni'], homes['csi'], homes['pv'], homes['pvc']]).toEqual(['cni', 'three', 'pair', 'pair']);
  });

  it('puts a question whose other wording (又问) names every word but the aspects after one whose own wording does, before the rest', async () => {
    const known: Record<string, IndexedQuestion> = {
      restart: ['不改镜像，如何让 Deployment 的所有 Pod 滚动重启？', '', '', '', ''],
      commands: ['更新 Deployment 有哪些命令？', '', '', '', ''],
      update: ['Deployment 的更新过程是怎样的？', ['简述 deployment 的更新过程', 'Deployment 的滚动更新是怎么进行的？'].join(ASKED_SEPARATOR), '', '', ''],
    };
    const results = [r('restart', 9), r('commands', 8), r('update', 7)];
    expect(ids(await questionsFirst(results, ['deployment', '滚动', '更新', '原理'], { t2s: {}, words: [], questions: known }))[0]).toBe('update');
  });

  it("puts the term's home first when its record names the query's other words too (「cj 定时任务」)", async () => {
    const known: Record<string, IndexedQuestion> = {
      overlap: ['CronJob 任务重叠或错过调度时间会怎样？', '', 'cronjob 定时任务', '', ''],
      cronjob: ['什么是 CronJob？schedule 和时区如何设置？', '', 'cronjob cj 定时任务 计划任务', '', ''],
    };
    const vocabulary = { t2s: {}, words: [], questions: known, synonyms: { cronjob: ['定时任务'] }, homes: { cronjob: 'cronjob' } };
    expect(ids(await questionsFirst([r('overlap', 9), r('cronjob', 8)], ['cronjob', '定时', '任务'], vocabulary))).toEqual(['cronjob', 'overlap']);
  });

  it('puts the home of a query of one term and plain words first among the questions naming it all', async () => {
    const titled = (id: string, title: string) => ({ id, score: 1, data: async () => ({ meta: { title } }) });
    const vocabulary = { t2s: {}, words: [], questions: {}, homes: { pending: 'pod' } };
    const results = [titled('pvc', 'PVC 一直 Pending 如何排查？'), titled('pod', 'Pod 一直处于 Pending 状态有哪些原因，如何排查？'), titled('other', 'Pending 是什么状态？')];
    expect(ids(await questionsFirst(results, ['pending', '排查'], vocabulary))).toEqual(['pod', 'pvc', 'other']);
    // The subject as typed: 集群 asks of a cluster, not of Kubernetes in general.
    const scaling = [titled('auto', 'Kubernetes 如何自动扩容？'), titled('cluster', '如何扩容和缩容 Kubernetes 集群？')];
    expect(ids(await questionsFirst(scaling, ['集群', '扩容']))[0]).toBe('cluster');
  });

  it("names a published question as every term's home in the vocabulary table", () => {
    const lock = JSON.parse(readFileSync(join(import.meta.dirname, '../../sources/anchors.lock.json'), 'utf8')) as Record<string, unknown>;
    for (const term of TERMS.filter((t) => t.home)) expect(Object.keys(lock), term.id).toContain(term.home);
  });
});

describe('a term the segmenter cuts', () => {
  it('is read whole when the vocabulary knows it (调度|器), and left cut when it does not', () => {
    const vocabulary = { t2s: {}, words: [], synonyms: { 调度器: ['kube-scheduler'], 服务发现: ['service discovery'] } };
    expect(normaliseQuery('调度器原理', vocabulary)).toEqual(['调度器', '原理']);
    // Two words stay two: Pagefind finds more by them than by the phrase.
    expect(normaliseQuery('服务发现', vocabulary)).toEqual(['服务', '发现']);
    expect(normaliseQuery('调度器原理')).not.toContain('调度器');
  });

  it('is read whole when it is a term of one form, with no synonyms (持久|化)', () => {
    const vocabulary = { t2s: {}, words: [], synonyms: {}, names: ['持久化'] };
    expect(normaliseQuery('k8s里redis集群怎么做持久化', vocabulary)).toEqual(['k8s', 'redis', '集群', '持久化']);
    expect(normaliseQuery('怎么做持久化', { t2s: {}, words: [] })).toContain('化');
  });

  it('is read whole when the second word makes the first a longer form of itself (准入|控制器), not when it makes another thing', () => {
    const vocabulary = { t2s: {}, words: [], synonyms: { 准入控制器: ['准入', '准入控制'], 准入: ['准入控制', '准入控制器'], 服务发现: ['dns', '域名'] } };
    expect(normaliseQuery('介绍一下准入控制器', vocabulary)).toEqual(['准入控制器']);
    expect(normaliseQuery('服务发现', vocabulary)).toEqual(['服务', '发现']);
    // A character before a word (高|可用) too.
    expect(normaliseQuery('如何保证集群的高可用', { t2s: {}, words: [], synonyms: { 高可用: ['ha'] } })).toContain('高可用');
  });

  it("opens with the term's home found by another of its forms when the query's form does not find it", async () => {
    const known: Record<string, IndexedQuestion> = {
      flow: ['kube-apiserver 处理一个请求要经过哪些阶段？', '', '', '', ''],
      ingress: ['Ingress 控制器是什么？', '', '', '', ''],
      pod: ['创建一个 Pod 的主要流程是怎样的？', '', '', '', ''],
      admission: ['Kubernetes 的准入控制机制是什么？', '', '', '', ''],
    };
    const search = searchIn({ 准入控制器: [r('flow'), r('pod'), r('ingress')], 准入: [r('admission'), r('flow')], 准入控制: [r('admission')] });
    const vocabulary = { t2s: {}, words: [], questions: known, synonyms: { 准入控制器: ['准入', '准入控制'] }, homes: { 准入控制器: 'admission', 准入: 'admission' } };
    expect(ids((await relaxedSearch(search, '准入控制器', undefined, vocabulary))!.results)[0]).toBe('admission');
  });
});

describe('interview sentences', () => {
  it('are read without their framing, and 不同, 差别 ask as 区别 does', () => {
    expect(normaliseQuery('谈谈你对 pod 的理解')).toEqual(['pod']);
    expect(normaliseQuery('介绍下 coredns 的作用')).toEqual(['coredns', '作用']);
    expect(normaliseQuery('daemonset 和 deployment 有什么不同')).toEqual(['daemonset', 'deployment', '区别']);
    expect(normaliseQuery('讲一下 etcd 在 k8s 中的作用')).toEqual(['etcd', 'k8s', '作用']);
  });

  it('read 不同 as a comparison only where it asks one, not before what it qualifies', () => {
    expect(normaliseQuery('pod 反亲和 打散到不同节点')).not.toContain('区别');
    expect(normaliseQuery('pod 反亲和 打散到不同节点')).not.toContain('不同');
    expect(normaliseQuery('configmap 和 secret 不同之处')).toContain('区别');
  });

  it('name a term by its singular when the query writes it plural (finalizers)', async () => {
    const known: Record<string, IndexedQuestion> = {
      ns: ['Namespace 删除时卡在 Terminating 怎么排查？', '', '', '', ''],
      fin: ['什么是 Finalizer？资源为什么会一直卡在 Terminating？', '', '', '', ''],
    };
    expect(ids(await questionsFirst([r('ns', 9), r('fin', 8)], ['finalizers', '资源'], { t2s: {}, words: [], questions: known }))[0]).toBe('fin');
  });

  it('put the question asking about the terms named before questions sharing only the framing word', async () => {
    // Pagefind's order: the question holding 区别 and the word limits in passing first.
    const known: Record<string, IndexedQuestion> = {
      quota: ['ResourceQuota 和 LimitRange 有什么区别？', '', '', '', ''],
      vpa: ['HPA 与 VPA 有什么区别？', '', '', '', ''],
      resources: ['requests 和 limits 如何影响 Pod 调度？', '', '', '', ''],
    };
    const results = [r('quota', 9), r('vpa', 8), r('resources', 2)];
    expect(ids(await questionsFirst(results, ['requests', 'limits', '区别'], { t2s: {}, words: [], questions: known }))).toEqual(['resources', 'quota', 'vpa']);
  });

  it('ranks by the questions the vocabulary lists, without fetching a result', async () => {
    const fetched: string[] = [];
    const result = (id: string) => ({ id, score: 1, data: async () => (fetched.push(id), { meta: { title: id } }) });
    const known: Record<string, IndexedQuestion> = { a: ['Pod 的重启策略有哪些？', '', '', '', ''], b: ['什么是 Pod？', '', '', '', ''] };
    expect(ids(await questionsFirst([result('a'), result('b')], ['pod'], { t2s: {}, words: [], questions: known }))).toEqual(['b', 'a']);
    expect(fetched).toEqual([]);
  });

  it('also offer the questions naming every term when the whole sentence finds other records enough', async () => {
    const known: Record<string, IndexedQuestion> = {
      x: ['Kubernetes 的 API 组和版本是怎么组织的？', '', '', '', ''],
      y: ['容器报 CreateContainerConfigError 等错误怎么查？', '', '', '', ''],
      z: ['什么是 Helm？', '', '', '', ''],
      both: ['Pod 如何使用 ConfigMap、Secret？', '', '', '', ''],
    };
    const index: Record<string, Result[]> = { 'configmap secret 区别': [r('x'), r('y'), r('z')], 'configmap secret': [r('both'), r('x')] };
    const search = searchIn(index);
    const found = await relaxedSearch(search, '说一下 configmap 和 secret 的区别', undefined, { t2s: {}, words: [], questions: known });
    expect(ids(found!.results)[0]).toBe('both');
  });

  it('never leaves a query without results: when no question holds two of its words, the questions naming one, marked as the closest only', async () => {
    const known: Record<string, IndexedQuestion> = {
      dns: ['Service 和 Pod 的 DNS 域名格式是什么？', '', '', '', ''],
      headless: ['Headless Service 和普通 Service 有何区别？', '', '', '', ''],
      'etcd-wal': ['etcd 的数据是如何持久化的？', '', '', '', ''],
      volumes: ['Kubernetes 有哪些存储卷？', '持久化存储怎么选', '', '', ''],
      statefulset: ['StatefulSet 如何做数据持久化？', '', '', '', ''],
      pvc: ['PVC 是如何与 PV 绑定的？', '', '', '', ''],
    };
    const vocabulary = { t2s: {}, words: [], questions: known };
    const index: Record<string, Result[]> = {
      // Answers that mention Redis in passing: no question is about it.
      redis: [r('dns'), r('headless')],
      持久: [r('pvc'), r('etcd-wal'), r('volumes'), r('statefulset')],
    };
    const found = await relaxedSearch(searchIn(index), 'k8s 里跑 redis 集群怎么做持久化', undefined, vocabulary);
    expect(ids(found!.results)).toEqual(['etcd-wal', 'volumes', 'statefulset']);
    expect(found!.results.every((result) => result.closest === true)).toBe(true);
    // Words no question names: nothing to offer.
    expect((await relaxedSearch(searchIn({ 量子: [r('dns')], 纠缠: [r('pvc')] }), '量子 纠缠', undefined, vocabulary))!.results).toEqual([]);
    // Where a question holds two of the words, the results are answers as before.
    const both = await relaxedSearch(searchIn({ ...index, 持久: [r('headless'), r('volumes')] }), 'k8s 里跑 redis 集群怎么做持久化', undefined, vocabulary);
    expect(ids(both!.results)).toEqual(['headless']);
    expect(both!.results[0]!.closest).toBeUndefined();
  });

  it('also searches a query without what it asks of its subject (流程, 原理): the question wording it otherwise joins those ranked', async () => {
    const known: Record<string, IndexedQuestion> = {
      etcd: ['如何升级 etcd？', '', '', '', ''],
      api: ['升级前如何找出已弃用的 API？', '', '', '', ''],
      install: ['部署集群有哪些方式？', '', '', '', ''],
      kubeadm: ['如何用 kubeadm 升级 Kubernetes 集群？', '', '', '', ''],
    };
    const index: Record<string, Result[]> = { '升级 流程': [r('etcd'), r('api'), r('install')], 升级: [r('kubeadm'), r('etcd')] };
    const search = searchIn(index);
    const found = await relaxedSearch(search, 'k8s 集群升级流程', undefined, { t2s: {}, words: [], questions: known });
    expect(ids(found!.results)).toContain('kubeadm');
    expect(ids(found!.results)[0]).toBe('kubeadm');
  });
});

describe('the questions on the terms of a query', () => {
  // Enough other questions that a term named by a few of them singles those out.
  const others: Record<string, IndexedQuestion> = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`other-${i}`, [`其他问题 ${i}？`, '', '', '', '']]));

  it("are ranked with the few records the whole query finds: a term and what is asked of it open with the term's home", async () => {
    const known: Record<string, IndexedQuestion> = {
      ...others,
      autoscaling: ['Kubernetes 的自动扩容机制是怎样的？', '', '', '', ''],
      'hpa-vpa': ['HPA 与 VPA 有什么区别？', '', '', '', ''],
      'vpa-how': ['VPA 是如何工作的？有哪些更新模式？', '', '', '', ''],
    };
    const search = searchIn({ 'vpa 原理': [r('autoscaling')], vpa: [r('hpa-vpa'), r('vpa-how')], 原理: [r('autoscaling')] });
    const found = await relaxedSearch(search, 'vpa 的原理', undefined, { t2s: {}, words: [], questions: known, homes: { vpa: 'vpa-how' } });
    expect(ids(found!.results)[0]).toBe('vpa-how');
  });

  it('ask Pagefind once for each search, however many of the steps need it', async () => {
    const asked: string[] = [];
    const index: Record<string, Result[]> = { 'vpa 原理': [r('autoscaling')], vpa: [r('hpa-vpa'), r('vpa-how')], 原理: [r('autoscaling')] };
    const search = async (term: string) => (asked.push(term), { results: index[term] ?? [], unfilteredResultCount: (index[term] ?? []).length });
    await relaxedSearch(search, 'vpa 的原理', undefined, { t2s: {}, words: [], questions: { ...others, 'vpa-how': ['VPA 是如何工作的？', '', '', '', ''] } });
    expect(asked.length).toBeGreaterThan(1);
    expect(asked).toEqual([...new Set(asked)]);
  });

  it('include the questions naming two of three terms when none names all three, the one asking what they are first', async () => {
    const known: Record<string, IndexedQuestion> = {
      ...others,
      snapshot: ['如何给 PV 做快照，又如何从已有 PVC 恢复数据？', '', '', '', ''],
      binding: ['PVC 是如何与 PV 绑定的？', '', '', '', ''],
      'pv-pvc': ['什么是 PV 和 PVC？', '', '', '', ''],
      class: ['StorageClass 有哪些关键字段？', '', '', '', ''],
    };
    const search = searchIn({
      'pv pvc storageclass 关系': [],
      pv: [r('snapshot'), r('binding'), r('pv-pvc')],
      pvc: [r('snapshot'), r('binding'), r('pv-pvc')],
      storageclass: [r('class')],
      关系: [r('other-1')],
    });
    const found = await relaxedSearch(search, 'pv pvc storageclass 三者的关系', undefined, { t2s: {}, words: [], questions: known });
    expect(ids(found!.results)[0]).toBe('pv-pvc');
  });
});

describe('a situation the query describes', () => {
  const vocabulary = { t2s: {}, words: ['oom', 'throttling'], symptoms: [['oom|被杀', 'oomkilled'] as [string, string]] };
  const search = searchIn({ oomkilled: [r('oom')], '容器 oom': [r('limits')], 'jvm oom dump 堆': [], jvm: [], oom: [r('oom')], dump: [], 堆: [] });

  it('marks the questions treating it as answering the query', async () => {
    const found = await relaxedSearch(search, '容器 oom 了', undefined, vocabulary);
    expect(found!.results.filter((x) => (x as { treats?: boolean }).treats).map((x) => x.id)).toEqual(['oom']);
  });

  it('puts first the question treating it, and the next only when its wording names what the situation is searched by', async () => {
    const known: Record<string, IndexedQuestion> = {
      crash: ['Pod 处于 CrashLoopBackOff 该如何排查？', '', '', '', ''],
      alerts: ['生产集群应该配置哪些关键告警？', '', '', '', ''],
      policy: ['Pod 的重启策略有哪些？', '', '', '', ''],
    };
    const restarts = { t2s: {}, words: [], questions: known, symptoms: [['一直重启', 'crashloopbackoff'] as [string, string]] };
    const found = await relaxedSearch(searchIn({ crashloopbackoff: [r('crash'), r('alerts')], 'pod 重启': [r('policy'), r('crash')] }), 'pod 一直重启', undefined, restarts);
    expect(ids(found!.results)).toEqual(['crash', 'policy']);
  });

  it('does not, when the query names in Latin letters something no question asks about beside it (dump)', async () => {
    const found = await relaxedSearch(search, 'jvm oom 怎么 dump 堆', undefined, vocabulary);
    expect(ids(found!.results)).toContain('oom');
    expect(found!.results.some((x) => (x as { treats?: boolean }).treats)).toBe(false);
  });
});

describe('combining the records of each word', () => {
  it('keeps the full query first, then ranks records by the rare words they hold', () => {
    const common = [r('a'), r('b'), r('c'), r('d')];
    const rare = [r('c'), r('e')];
    const third = [r('c'), r('e'), r('b')];
    expect(ids(combine([r('x')], [common, rare, third]))).toEqual(['x', 'c', 'e', 'b']);
  });

  it('offers nothing for a record that holds only one of the words', () => {
    expect(combine([], [[r('a')], []])).toEqual([]);
    expect(ids(combine([], [[r('a'), r('b')], [r('b')]]))).toEqual(['b']);
  });

  it('weighs a word by how much it counts in each record', () => {
    expect(
      ids(
        combine(
          [],
          [
            [r('a', 1), r('b', 9)],
            [r('a', 1), r('b', 9)],
          ],
        ),
      ),
    ).toEqual(['b', 'a']);
  });
});

describe('relaxed search', () => {
  const index: Record<string, Result[]> = {
    容器挂了会不会自动重启: [],
    容器: [r('oom'), r('restart-policy'), r('pause')],
    挂了: [r('volumes')],
    自动: [r('restart-policy'), r('hpa')],
    重启: [r('restart-policy')],
    // The query as Pagefind is asked it: in words, as the segmenter splits it.
    '重启 策略': [r('restart-policy'), r('liveness'), r('status')],
  };
  const search = searchIn(index);

  it('finds the question a whole spoken sentence asks, when the full query finds nothing', async () => {
    const response = await relaxedSearch(search, '容器挂了会不会自动重启');
    expect(ids(response!.results)).toEqual(['restart-policy']);
    expect(response!.unfilteredResultCount).toBe(1);
  });

  it('leaves a query that already finds enough as Pagefind answered it', async () => {
    expect(ids((await relaxedSearch(search, '重启策略'))!.results)).toEqual(['restart-policy', 'liveness', 'status']);
  });
});

describe('the vocabulary a query is read with', () => {
  it('knows the forms of each term the records use, so a query in one names a question written in another', async () => {
    const vocabulary = queryVocabulary([
      { id: 'a', page: '/pod/', topic: 'Pod', question: 'Pod 的重启策略有哪些？', wordings: [], unanswered: false, keywords: 'restartPolicy', points: '', ours: '', text: '' },
    ]);
    expect(vocabulary.synonyms?.['restartpolicy']).toEqual(['重启策略']);
    const titled = (id: string, title: string, asked = '') => ({ id, score: 1, data: async () => ({ meta: { title, asked } }) });
    const results = [titled('job', '什么是 Job？', 'Job 的 Pod 为什么不能用 restartPolicy: Always？'), titled('restart', 'Pod 的重启策略有哪些？')];
    expect(ids(await questionsFirst(results, ['restartpolicy'], vocabulary))).toEqual(['restart', 'job']);
  });

  it('never reads one of a row of distinct things as another: 认证 is not 授权, 镜像 is not Kubernetes; each stays a term of the query', async () => {
    const record = (id: string, question: string) => ({
      id,
      page: '/security/',
      topic: '安全',
      question,
      wordings: [],
      unanswered: false,
      keywords: '',
      points: '',
      ours: '',
      text: '',
    });
    const vocabulary = queryVocabulary([record('authn', 'Kubernetes 有哪些认证方式？'), record('authz', '授权模式有哪些？'), record('image', '镜像拉取失败怎么办？')]);
    expect(vocabulary.synonyms?.['认证']).toEqual([]);
    expect(vocabulary.synonyms?.['授权']).toEqual([]);
    expect(vocabulary.synonyms?.['镜像']).toEqual([]);
    const titled = (id: string, title: string) => ({ id, score: 1, data: async () => ({ meta: { title } }) });
    // The authorisation question came first from Pagefind; the one naming 认证 is the answer.
    expect(ids(await questionsFirst([titled('authz', '授权模式有哪些？'), titled('authn', 'Kubernetes 有哪些认证方式？')], ['认证', '方式'], vocabulary))[0]).toBe('authn');
  });

  it("puts a question naming the query's one term before those Pagefind put first that only mention it (「cm 热更新」)", async () => {
    const titled = (id: string, title: string) => ({ id, score: 1, data: async () => ({ meta: { title } }) });
    const results = [titled('volumes', 'Kubernetes 有哪些存储卷？'), titled('dns', 'CoreDNS 是如何工作的？'), titled('cm', 'Pod 如何使用 ConfigMap？修改后会自动生效吗？')];
    expect(ids(await questionsFirst(results, ['configmap', '热', '更新']))[0]).toBe('cm');
  });
});

describe('the vocabulary as the browser receives it', () => {
  const questions: Record<string, IndexedQuestion> = {
    b: ['什么是 Service？', '', 'service svc', '/network/service/#what-is-service', '网络'],
    a: ['Pod 的重启策略有哪些？', '容器挂了会自动重启吗？', 'restartpolicy', '/pod/lifecycle/#restart-policy', 'Pod'],
  };
  const sent = { t2s: { 滾: '滚' }, words: ['service'], questions: packQuestions(questions) };

  it('reads every question back, from the gzip the build writes and from JSON a host already unpacked', async () => {
    const gzip = await compressed(Buffer.from(JSON.stringify(sent)));
    for (const bytes of [gzip, new TextEncoder().encode(JSON.stringify(sent))]) {
      const read = await receivedVocabulary(bytes.slice().buffer);
      expect(read.questions).toEqual(questions);
      expect(read.t2s).toEqual({ 滾: '滚' });
    }
  });

  it('is compressed to the same bytes every build', async () => {
    const text = Buffer.from(JSON.stringify(sent));
    expect(Buffer.from(await compressed(text)).equals(Buffer.from(await compressed(text)))).toBe(true);
  });
});
