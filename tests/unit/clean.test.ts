import { describe, expect, it } from 'vitest';
import { dropAnswerPrefix } from '../../scripts/clean/answer-prefix.ts';
import { splitGluedLabels } from '../../scripts/clean/glued-labels.ts';
import { repairPdfSpaces } from '../../scripts/clean/han-spaces.ts';
import { repairBold } from '../../scripts/clean/bold.ts';
import { unescapeListMarkers } from '../../scripts/clean/escapes.ts';
import { cleanUnit } from '../../scripts/clean/index.ts';
import { normaliseBullets } from '../../scripts/clean/lists.ts';
import { takeMarkerLine } from '../../scripts/clean/markers.ts';
import { dropNoiseLines } from '../../scripts/clean/noise-lines.ts';
import { toMarkdown } from '../../scripts/clean/paragraphs.ts';
import { joinPdfBreaks } from '../../scripts/clean/pdf-breaks.ts';
import { unwrapProseFences } from '../../scripts/clean/prose-fences.ts';
import type { SourceUnit } from '../../scripts/lib/types.ts';
import { lines, texts } from '../support/lines.ts';
import { questionText } from '../../scripts/parse/question-text.ts';

describe('joinPdfBreaks', () => {
  it('re-joins the Scheduler answer of notes 001 that the PDF broke mid-word across blank lines', () => {
    const broken = lines(
      'Kubernetes Scheduler 是负责 Pod 调度的重要功能模块，Kubernetes Scheduler 在整个系统中承担了 \n\n“承上启下”的重要功能，“承上”是指它负责接收 Controller Manager 创建的新 Pod，为其调度至目标 \n\nNode；“启下”是指调度完成后，目标 Node 上的 kubelet 服务进程接管后继工作，负责 Pod 接下来生 \n\n命周期。 ',
    );
    expect(texts(joinPdfBreaks(broken))).toEqual([
      'Kubernetes Scheduler 是负责 Pod 调度的重要功能模块，Kubernetes Scheduler 在整个系统中承担了“承上启下”的重要功能，“承上”是指它负责接收 Controller Manager 创建的新 Pod，为其调度至目标 Node；“启下”是指调度完成后，目标 Node 上的 kubelet 服务进程接管后继工作，负责 Pod 接下来生命周期。',
    ]);
  });

  it('joins a sentence of notes 000 broken after a comma', () => {
    const broken = lines('一个容器会被设计为运行一个进程,除非进程本身产生子进程,\n\n这样,由于不能将多个进程聚集在同一个单独的容器中。');
    expect(texts(joinPdfBreaks(broken))).toEqual(['一个容器会被设计为运行一个进程,除非进程本身产生子进程,这样,由于不能将多个进程聚集在同一个单独的容器中。']);
  });

  it('keeps separate labelled items and short lines apart', () => {
    const items = lines(
      '可移植: 支持公有云、私有云、混合云、多重云(multi-cloud)、\n\n可扩展: 模块化,、插件化、可挂载、可组合、\n\n简单：支持 REST 风格的 HTTP+JSON API \n\n安全：支持 HTTPS 方式的访问',
    );
    expect(texts(joinPdfBreaks(items)).filter(Boolean)).toHaveLength(4);
  });

  it('keeps labels with spaces (`4 节点：`, `Pod Autoscaler Controller ：`) on their own lines', () => {
    const list = lines(
      '3 节点：标准的3 节点etcd 集群只能容忍1台机器宕机，挂掉 1 台此时等于2个节点的情况，如果再挂 1 台，就和 2节点的情形一致了，一直选，一直增加任期，但就是选不出来，服务也就不可用了\n4 节点：最大容忍1台服务器宕机',
    );
    expect(texts(joinPdfBreaks(list))).toHaveLength(2);
    const pdf = lines('Job Controller：管理维护 Job，为 Job 创建一次性任务 Pod，保证完成 Job 指定完成的任务数 \n\n目。 \n\nPod Autoscaler Controller ：实现 Pod 的自动伸缩 ');
    expect(texts(joinPdfBreaks(pdf)).filter(Boolean)).toEqual([
      'Job Controller：管理维护 Job，为 Job 创建一次性任务 Pod，保证完成 Job 指定完成的任务数目。',
      'Pod Autoscaler Controller ：实现 Pod 的自动伸缩',
    ]);
  });

  it('joins the tail of a word the PDF split even when it ends in a colon (`两种节点亲和` / `力表达：`)', () => {
    const pdf = lines('NodeAffinity 亲和性调度：亲和性调度机制极大的扩展了 Pod 的调度能力，目前有两种节点亲和 \n\n力表达： ');
    expect(texts(joinPdfBreaks(pdf))).toEqual(['NodeAffinity 亲和性调度：亲和性调度机制极大的扩展了 Pod 的调度能力，目前有两种节点亲和力表达：']);
  });

  it('does not join lines that an author ended without punctuation (003, no PDF trailing space)', () => {
    const prose = lines('容器的本质是一种特殊的进程,如果映射到系统中,容器镜像就是这个系统里的“.exe”安装包\n\n那么 Kubernetes 呢?Kubernetes 就是操作系统');
    expect(texts(joinPdfBreaks(prose)).filter(Boolean)).toHaveLength(2);
  });

  it('joins a line wrapped at about 130 columns inside a Yuque fence, and only that', () => {
    const fenced = lines(
      '2、每一个pod都有一个特殊的被称为"根容器"的pause容器，也称info容器，pause容器对应的镜像属于k8s平台的一部分，除了pause容器，每个pod还\n包含一个或多个跑业务相关组件的应用容器；\n#注意：kubectl run 在旧版本中创建的是deployment，但在新的版本中创建的是pod则其创建过程不涉及deployment\n如果是单独的创建一个pod，则其创建过程是这样的：',
    );
    expect(texts(joinPdfBreaks(fenced))).toHaveLength(3);
  });

  it('leaves code alone', () => {
    const code = lines('```yaml\nname: a,\nvalue: b\n```');
    expect(texts(joinPdfBreaks(code))).toEqual(['```yaml', 'name: a,', 'value: b', '```']);
  });
});

describe('repairBold', () => {
  it.each([
    ['**HPA ****原理 **', '**HPA 原理**'],
    ['**CNI Plugin ****和**** IPAM****（****IP Address Management****）****Plugin****。 **', '**CNI Plugin 和 IPAM（IP Address Management）Plugin。**'],
    ['**ingress: **', '**ingress:**'],
    ['静态模式 ***\\***：**集群管理员手工创建许多 PV', '静态模式 ：集群管理员手工创建许多 PV'],
    ['在整个调度过程中涉及**三个对象**： ', '在整个调度过程中涉及**三个对象**：'],
  ])('%s', (broken, fixed) => {
    expect(repairBold(broken)).toBe(fixed);
  });
});

describe('line cleaners', () => {
  it('unescapes `\\1.` list markers from the editor export', () => {
    expect(texts(unescapeListMarkers(lines('\\1. 客户端提交 Pod 的配置信息\n   \\- 编写自定义 Operator')))).toEqual(['1. 客户端提交 Pod 的配置信息', '   - 编写自定义 Operator']);
  });

  it('drops a leading 答： or 答案： only at the start of the answer', () => {
    expect(texts(dropAnswerPrefix(lines('答：kubelet部署在每个node节点上的\n答：不是前缀')))).toEqual(['kubelet部署在每个node节点上的', '答：不是前缀']);
    expect(texts(dropAnswerPrefix(lines('答案：通过标签选择器。')))).toEqual(['通过标签选择器。']);
  });

  it('drops separators, reposting disclaimers, article sources and copy-button residue, recording each', () => {
    const { lines: kept, dropped } = dropNoiseLines(
      '003.txt',
      lines('正文\n————————————————\n文章来源:https://blog.csdn.net/x\n本文来自互联网用户投稿,该文观点仅代表作者本人\nyaml复制代码'),
    );
    expect(texts(kept)).toEqual(['正文']);
    expect(dropped.map((d) => d.reason)).toEqual(['separator', 'article-source', 'reposting-disclaimer', 'copy-button-residue']);
  });

  it('takes 「（这个问题被问到的概率非常大）」 out of the answer as a marker', () => {
    const result = takeMarkerLine(lines('\n（这个问题被问到的概率非常大）\n\n答：一个pod一开始创建的时候'));
    expect(result.markers).toEqual(['这个问题被问到的概率非常大']);
    expect(takeMarkerLine(lines('（此问题被问到的概率高达90%，所以可以自己准备几个自己在生产环境中遇到的问题进行讲解）')).markers).toEqual([
      '此问题被问到的概率高达90%，所以可以自己准备几个自己在生产环境中遇到的问题进行讲解',
    ]);
    expect(texts(result.lines).filter(Boolean)).toEqual(['答：一个pod一开始创建的时候']);
  });

  it("reads an answer's first-line marker with the same words as a question's: 「（必考）」 is a badge in both places, 「（持续更新）」 and 「（必须先删除 PVC）」 stay text", () => {
    expect(takeMarkerLine(lines('（必考）\n答案')).markers).toEqual(['必考']);
    expect(questionText('Pod 的生命周期？（必考）').markers).toEqual(['必考']);
    expect(takeMarkerLine(lines('（持续更新）\n答案')).markers).toEqual([]);
    expect(takeMarkerLine(lines('（必须先删除 PVC）\n答案')).markers).toEqual([]);
    expect(questionText('如何删除 PV？（必须先删除 PVC）').markers).toEqual([]);
  });

  it('turns pasted bullet characters and Yuque double bullets into list items', () => {
    expect(texts(normaliseBullets(lines('  • 容器:Pod中可以有一个或多个容器\n- - HPA 用于根据应用程序的 CPU 使用率')))).toEqual([
      '- 容器:Pod中可以有一个或多个容器',
      '- HPA 用于根据应用程序的 CPU 使用率',
    ]);
    expect(texts(normaliseBullets(lines('1. **Horizontal Pod Autoscaler (HPA)**:\n\n- - HPA 用于水平扩展\n  - HPA 主要关注的是水平扩展')))).toEqual([
      '1. **Horizontal Pod Autoscaler (HPA)**:',
      '',
      '   - HPA 用于水平扩展',
      '   - HPA 主要关注的是水平扩展',
    ]);
  });
});

describe('splitGluedLabels and repairPdfSpaces', () => {
  it('puts a label glued to the previous sentence back on its own line', () => {
    expect(texts(splitGluedLabels(lines('…负责清理回收。Daemon Set Controller ：'))).filter(Boolean)).toEqual(['…负责清理回收。', 'Daemon Set Controller ：']);
  });

  it('drops spaces between Chinese characters on PDF lines only', () => {
    expect(texts(repairPdfSpaces(lines('与消息发布和订 阅类似 \n有问题卡 负载高')))).toEqual(['与消息发布和订阅类似 ', '有问题卡 负载高']);
  });
});

describe('unwrapProseFences', () => {
  it('splits a fence that mixes config lines and prose into code and text', () => {
    const mixed = lines('```\nreplicas: 3\nmaxSurge：25%\n\n通过计算我们得出，3*25%=0.75。\n```');
    expect(texts(unwrapProseFences(mixed))).toEqual(['```yaml', 'replicas: 3', 'maxSurge：25%', '```', '', '通过计算我们得出，3*25%=0.75。']);
  });

  it('keeps shell commands with Chinese comments fenced as bash', () => {
    const shell = lines('```plain\n#查看k8s集群设置的域名后缀\ncat  /etc/kubernetes/kubelet.conf \t#kubeadm安装的k8s集群\nsvc-nginx.default\t#带命名空间写法\n```');
    expect(texts(unwrapProseFences(shell))[0]).toBe('```bash');
  });

  it('keeps a prose line under a list item as a paragraph of that item', () => {
    const nested = lines('```\n   Pod删除：\n      2. 将 pod 标记为“Terminating”状态\n         Pod执行PreStop定义的内容\n```');
    expect(texts(unwrapProseFences(nested))).toEqual(['Pod删除：', '2. 将 pod 标记为“Terminating”状态', '   Pod执行PreStop定义的内容']);
  });

  it('unwraps a fence that holds a Chinese prose list (notes 001)', () => {
    const fenced = lines('```\nAlways: 当容器终止退出后，总是重启容器，默认策略就是Always。\nOnFailure: 当容器异常退出，退出状态码非0时，才重启容器。\n```');
    expect(texts(unwrapProseFences(fenced))).toEqual(['Always: 当容器终止退出后，总是重启容器，默认策略就是Always。', 'OnFailure: 当容器异常退出，退出状态码非0时，才重启容器。']);
  });

  it('keeps real YAML fenced and labels it', () => {
    const yaml = lines('```\napiVersion: v1\nkind: Pod\nmetadata:\n  name: mypod\n```');
    expect(texts(unwrapProseFences(yaml))).toEqual(['```yaml', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: mypod', '```']);
  });

  it('keeps commands with Chinese comments fenced', () => {
    const urls = lines('```\nhttp://<kube-api-server>:<api-sever-port>/api/v1/nodes/node名称/proxy/pods  \t#查看指定node的所有pod信息\n```');
    expect(texts(unwrapProseFences(urls))[0]).toBe('```text');
  });

  it('unwraps a `text` fence of Chinese prose even when a sentence starts with kubectl', () => {
    const prose = lines('```text\n要使一个节点脱离集群调度可以使用kubectl cordon <node-name> 命令使节点不可调度。\nkubectl drain 命令的语法如下：\n```');
    expect(texts(unwrapProseFences(prose))[0]).toBe('要使一个节点脱离集群调度可以使用kubectl cordon <node-name> 命令使节点不可调度。');
  });
});

describe('toMarkdown', () => {
  it('gives each line of the notes its own paragraph but keeps lists and tables together', () => {
    expect(toMarkdown(lines('1、首先，用户提交\n2、apiserver验证\n- a\n- b\n| x | y |\n| - | - |'))).toBe(
      '1、首先，用户提交\n\n2、apiserver验证\n\n- a\n- b\n\n| x | y |\n| - | - |',
    );
  });
});

describe('cleanUnit', () => {
  const unit = (body: string): SourceUnit => ({
    file: '004.md',
    line: 1,
    lineEnd: 1,
    format: 'heading',
    rawQuestion: '## q',
    question: 'q',
    markers: [],
    body: lines(body, 2),
  });

  it('marks an answer that is only （待补充） as unanswered', () => {
    expect(cleanUnit(unit('\n（待补充）\n')).unit).toMatchObject({ unanswered: true, answer: '' });
    expect(cleanUnit(unit('')).unit.unanswered).toBe(true);
  });

  it('keeps a partial answer that ends in （待补充） as an answer', () => {
    expect(cleanUnit(unit('按F12直接查看是哪个节点异常，然后看服务器pod状态。（待补充）')).unit.unanswered).toBe(false);
  });

  it('lists hot-linked images with their line', () => {
    const { images } = cleanUnit(unit('\n![img](https://cdn.nlark.com/yuque/0/2024/png/1.png)')).unit;
    expect(images).toEqual([{ file: '004.md', line: 3, alt: 'img', url: 'https://cdn.nlark.com/yuque/0/2024/png/1.png' }]);
  });
});
