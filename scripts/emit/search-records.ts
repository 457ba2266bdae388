import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Question, Topic } from '../lib/types.ts';
import { toSimplified } from '../vocabulary/chinese.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Words readers type that the notes do not: English names and abbreviations for the Chinese terms
 * (and the other way round), added to a question's search record, never to its page.
 */
const GLOSSARY: readonly [RegExp, string][] = [
  [/存活探针|liveness/i, '存活探针 liveness livenessProbe 健康检查'],
  [/就绪探针|readiness/i, '就绪探针 readiness readinessProbe 健康检查'],
  [/启动探针|startup/i, '启动探针 startupProbe'],
  [/探针|probe|健康检查|健康监测/i, '探针 probe 健康检查'],
  [/service|服务发现/i, 'service svc 服务'],
  [/无头|headless/i, 'headless 无头服务 clusterIP None'],
  [/ingress/i, 'ingress 入口 七层'],
  [/endpoint/i, 'endpoints ep'],
  [/statefulset|有状态/i, 'statefulset sts 有状态'],
  [/daemonset/i, 'daemonset ds 守护进程集'],
  [/deployment/i, 'deployment deploy 部署'],
  [/replicaset|replica set|\brs\b/i, 'replicaset rs 副本集'],
  [/replication ?controller|\brc\b/i, 'replicationcontroller rc'],
  [/\bhpa\b|自动扩容|水平/i, 'hpa 水平扩缩容 autoscaling'],
  [/\bvpa\b/i, 'vpa 垂直扩缩容'],
  [/滚动更新|升级|更新过程/, '滚动更新 rolling update maxSurge maxUnavailable'],
  [/回滚/, '回滚 rollback rollout undo'],
  [/\bpvc?\b|持久卷|存储卷|volume/i, 'pv pvc persistentvolume 持久卷 存储卷'],
  [/存储类|storageclass/i, 'storageclass sc 存储类'],
  [/configmap/i, 'configmap cm 配置'],
  [/secret/i, 'secret 密钥'],
  [/rbac|角色/i, 'rbac role rolebinding 权限'],
  [/qos|服务质量|服务级别/i, 'qos guaranteed burstable besteffort 服务质量'],
  [/污点|容忍|taint|toleration/i, '污点 taint 容忍 toleration'],
  [/亲和|affinity/i, '亲和性 affinity 反亲和 nodeAffinity'],
  [/调度|scheduler/i, '调度 scheduler kube-scheduler'],
  [/api-?server/i, 'apiserver kube-apiserver api-server'],
  [/kubelet/i, 'kubelet'],
  [/kube-proxy/i, 'kube-proxy iptables ipvs'],
  [/etcd/i, 'etcd raft'],
  [/cni|网络插件|flannel|calico/i, 'cni 网络插件'],
  [/网络策略|networkpolicy/i, 'networkpolicy 网络策略 np'],
  [/命名空间|namespace/i, 'namespace ns 命名空间'],
  [/pending/i, 'pending 挂起 一直 pending 排查'],
  [/重启策略/, 'restartPolicy 重启策略 Always OnFailure Never'],
  [/终止/, '终止 优雅终止 graceful SIGTERM SIGKILL preStop terminationGracePeriodSeconds 宽限期'],
  [/镜像拉取|镜像的下载/, 'imagePullPolicy 镜像拉取策略 IfNotPresent'],
  [/初始化容器|init ?container/i, 'initContainers init 容器 初始化容器'],
  [/pause|根容器|infra/i, 'pause 根容器 infra 容器'],
  [/监控|prometheus|普罗米修斯/i, '监控 prometheus 普罗米修斯 metrics'],
  [/日志/, '日志 logging efk fluentd'],
  [/istio|服务网格/i, 'istio 服务网格 service mesh envoy sidecar'],
  [/helm/i, 'helm chart 包管理'],
  [/operator/i, 'operator crd 控制器'],
  [/oom/i, 'oom OOMKilled 内存溢出'],
  [/requests|limits|资源请求|限制/i, 'requests limits 资源请求 资源限制 cpu 内存'],
  [/drain|cordon|脱离集群|维护/i, 'drain cordon 驱逐 节点维护'],
];

export interface SearchRecord {
  id: string;
  page: string;
  topic: string;
  question: string;
  /** The notes' other wordings of the question (又问): weighed like the question. */
  wordings: string[];
  /** The notes carry no answer yet (待补充): said in the result's title. */
  unanswered: boolean;
  keywords: string;
  text: string;
}

function plainText(markdown: string): string {
  return toString(parser.parse(markdown) as Root, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}

/** One search record per question: its wording, the glossary's words for it, and its answer as text. */
export function searchRecord(question: Question, topic: Topic): SearchRecord {
  const written = [question.question, ...question.wordings].join(' ');
  const asked = toSimplified(written);
  const keywords = GLOSSARY.filter(([pattern]) => pattern.test(asked)).map(([, words]) => words);
  // A question written in Traditional characters is also found by its Simplified words.
  if (asked !== written) keywords.unshift(asked);
  return {
    id: question.id,
    page: `/${topic.id}/`,
    topic: topic.title,
    question: question.question,
    wordings: question.wordings,
    unanswered: question.unanswered,
    keywords: [...new Set(keywords.join(' ').split(' '))].join(' '),
    text: [question.answer, ...question.supplements.map((s) => s.markdown)].map(plainText).join(' '),
  };
}
