import { toSimplified } from '../vocabulary/chinese.ts';

/**
 * Short ASCII anchors for questions an editor has not named (curation `anchors:`), built from a
 * glossary of the terms a question is about (`pod的重启策略有哪些？` → `pod-restart-policy`), so a
 * link reads well when pasted into a chat.
 */
const GLOSSARY: readonly [RegExp, string][] = [
  [/存活探针|liveness/i, 'liveness'],
  [/就绪探针|readiness/i, 'readiness'],
  [/启动探针|startup/i, 'startup'],
  [/探针|probe/i, 'probe'],
  [/健康检查|健康监测/, 'health-check'],
  [/重启策略/, 'restart-policy'],
  [/镜像拉取|镜像的下载/, 'image-pull-policy'],
  [/初始化容器|init ?container/i, 'init-container'],
  [/pause|根容器|infra/i, 'pause'],
  [/静态 ?pod/i, 'static'],
  [/pending/i, 'pending'],
  [/创建/, 'create'],
  [/终止|删除/, 'termination'],
  [/生命周期/, 'lifecycle'],
  [/状态|相位/, 'status'],
  [/属性参数|参数/, 'params'],
  [/区别|不同/, 'vs'],
  [/原理|实现/, 'how'],
  [/特点|特性|优势/, 'features'],
  [/作用|功能|用途/, 'role'],
  [/组件/, 'components'],
  [/共享/, 'shared'],
  [/命名空间|namespace/i, 'namespace'],
  [/etcd/i, 'etcd'],
  [/奇数|偶数/, 'odd-members'],
  [/api-?server/i, 'apiserver'],
  [/controller-manager/i, 'controller-manager'],
  [/scheduler|调度/i, 'scheduling'],
  [/kubelet/i, 'kubelet'],
  [/kube-proxy/i, 'kube-proxy'],
  [/kubectl/i, 'kubectl'],
  [/deployment/i, 'deployment'],
  [/statefulset|有状态/i, 'statefulset'],
  [/daemonset/i, 'daemonset'],
  [/replica ?set|\brs\b/i, 'replicaset'],
  [/replication ?controller|\brc\b/i, 'rc'],
  [/\bhpa\b/i, 'hpa'],
  [/\bvpa\b/i, 'vpa'],
  [/滚动更新/, 'rolling-update'],
  [/更新|升级/, 'update'],
  [/回滚/, 'rollback'],
  [/扩容|缩容|扩缩/, 'scaling'],
  [/标签|label/i, 'labels'],
  [/annotation/i, 'annotations'],
  [/headless|无头/i, 'headless'],
  [/ingress/i, 'ingress'],
  [/service|svc/i, 'service'],
  [/endpoint/i, 'endpoints'],
  [/域名|dns/i, 'dns'],
  [/负载均衡/, 'load-balancing'],
  [/外部/, 'external'],
  [/cni/i, 'cni'],
  [/csi/i, 'csi'],
  [/flannel/i, 'flannel'],
  [/calico/i, 'calico'],
  [/网络策略/, 'network-policy'],
  [/网络/, 'network'],
  [/storageclass|存储类/i, 'storageclass'],
  [/pvc/i, 'pvc'],
  [/\bpv\b|pv的|pv存储/i, 'pv'],
  [/存储卷|volume|卷/i, 'volumes'],
  [/访问模式/, 'access-modes'],
  [/回收策略/, 'reclaim-policy'],
  [/持久化/, 'persistence'],
  [/存储/, 'storage'],
  [/rbac/i, 'rbac'],
  [/secret/i, 'secret'],
  [/准入/, 'admission'],
  [/podsecuritypolicy/i, 'psp'],
  [/安全/, 'security'],
  [/istio/i, 'istio'],
  [/熔断/, 'circuit-breaking'],
  [/故障注入/, 'fault-injection'],
  [/sidecar|边车/i, 'sidecar'],
  [/监控|指标/, 'monitoring'],
  [/日志/, 'logging'],
  [/operator/i, 'operator'],
  [/helm/i, 'helm'],
  [/亲和/, 'affinity'],
  [/污点|容忍/, 'taints'],
  [/qos/i, 'qos'],
  [/oom/i, 'oom'],
  [/资源请求|requests|限制|limits/i, 'resources'],
  [/节点|node/i, 'node'],
  [/排查|问题|故障/, 'troubleshooting'],
  [/集群/, 'cluster'],
  [/pod/i, 'pod'],
  [/docker|容器/i, 'container'],
];

const MAX_LENGTH = 40;

/** FNV-1a, for a short stable suffix when the glossary says too little. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(0, 6);
}

export function slugFor(asked: string): string {
  // Traditional questions are read in their Simplified form, as the glossary is written.
  const question = toSimplified(asked);
  const found: { at: number; end: number; slug: string }[] = [];
  for (const [pattern, slug] of GLOSSARY) {
    // Each stretch of the question names one term: 存活探针 is liveness, not liveness and probe.
    const match = [...question.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].find(
      (m) => !found.some((f) => m.index < f.end && m.index + m[0].length > f.at),
    );
    if (match && !found.some((f) => f.slug === slug)) found.push({ at: match.index, end: match.index + match[0].length, slug });
  }
  found.sort((a, b) => a.at - b.at);
  let slug = '';
  for (const { slug: part } of found) {
    const next = slug ? `${slug}-${part}` : part;
    if (next.length > MAX_LENGTH - 7) break;
    slug = next;
  }
  return slug || `q-${shortHash(asked)}`;
}
