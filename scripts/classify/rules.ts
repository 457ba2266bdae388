import type { TopicId } from '../lib/types.ts';

/**
 * Keyword rules over the question text, first match wins. The order settles overlaps: a question
 * about a Service's DNS is a Service question even though it mentions pods; cluster scaling is
 * operations even though it says 扩容.
 */
export const RULES: readonly { topic: TopicId; pattern: RegExp }[] = [
  { topic: 'istio', pattern: /istio|服务网格|service ?mesh|envoy|熔断|故障注入|流量镜像|虚拟服务|目标规则|灰度/i },
  { topic: 'etcd', pattern: /etcd|raft/i },
  { topic: 'security', pattern: /rbac|安全|secret|准入|认证|鉴权|授权|podsecurity|serviceaccount|权限|\bcsr\b|证书/i },
  // Creating a pod and a pod stuck in Pending are pod questions even where they mention components or 排查.
  { topic: 'pod', pattern: /pending|创建.{0,8}pod|pod.{0,4}创建/i },
  { topic: 'storage', pattern: /存储|\bpvc?\b|volume|卷|csi|storageclass|持久化|回收策略/i },
  { topic: 'operations', pattern: /集群.{0,6}(扩容|缩容)|(扩容|缩容).{0,6}集群|托管集群|上节点|下节点|节点加入|加入集群|关机维护|脱离集群|停机维护|cordon|drain|jenkins|ci\/?cd|cicid|helm|卡顿|删错|500报错|遇到.{0,10}问题|排查|生产环境|公司的架构|上云|迁移|bootstrap/i },
  { topic: 'network', pattern: /cni|flannel|calico|网络模型|网络策略|networkpolicy|网络是怎么|网络地址|共享宿主机的解析/i },
  { topic: 'observability', pattern: /监控|日志|metric|prometheus|普罗米修斯|efk|告警|指标|可观测|log-?pilot|heapster/i },
  { topic: 'service', pattern: /service|\bsvc\b|ingress|endpoint|kube-proxy|负载均衡|域名|dns|服务发现|外部.{0,4}访问|无头服务|headless|流量.{0,6}进入/i },
  { topic: 'scheduling', pattern: /调度|scheduler|亲和|污点|容忍|taint|toleration|affinity|nodeselector|资源请求|requests|limits|qos|资源控制|oom/i },
  { topic: 'workloads', pattern: /deployment|replica ?set|replication ?controller|\brc\b|daemonset|statefulset|\bhpa\b|\bvpa\b|扩容|缩容|滚动更新|回滚|升级|标签|label|annotation|operator|\bjob\b|有状态/i },
  { topic: 'architecture', pattern: /api-?server|controller-manager|kubelet|组件|架构|informer|minikube|\bexec\b|命名空间的作用|各模块/i },
  { topic: 'pod', pattern: /pod|探针|probe|pause|重启策略|镜像拉取|镜像的下载|init ?container|初始化容器|根容器|sidecar|生命周期/i },
  { topic: 'architecture', pattern: /组件|架构|master|kubelet|api-?server|controller|informer|exec|kubectl|minikube|docker|命名空间|namespace|proxy|集群联邦|kubernetes|k8s|镜像/i },
];
