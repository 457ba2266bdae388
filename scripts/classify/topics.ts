import type { Topic, TopicGroup, TopicId } from '../lib/types.ts';

/**
 * Each topic page's groups (its subtopics), in reading order: basic before advanced. Where the
 * curation file's `layout:` places a question, that wins; a question nobody placed goes to the group
 * whose pattern its question (else its answer) matches, trying the groups from the last to the
 * first, since the later, advanced groups are the specific ones; else to 「其他问题」.
 */
const GROUPS: Record<TopicId, readonly TopicGroup[]> = {
  architecture: [
    { id: 'basics', title: '基本概念', pattern: /是什么|什么是|特点|优势|概念|命名空间|namespace/i },
    { id: 'containers', title: 'Kubernetes 与容器', pattern: /docker|容器|镜像/i },
    { id: 'components', title: '集群架构与组件', pattern: /组件|架构|kubelet|minikube|联邦|集群管理|master|node/i },
    { id: 'apiserver', title: 'kube-apiserver 与组件通信', pattern: /api-?server|informer|通信|exec|proxy|端口|list-?watch/i },
  ],
  etcd: [
    { id: 'basics', title: '基本概念', pattern: /是什么|特点|场景|etcd/i },
    { id: 'members', title: '集群节点数', pattern: /节点|奇数|偶数|规模|多少个/ },
    { id: 'replication', title: '数据同步', pattern: /同步|复制|raft|一致/i },
  ],
  pod: [
    { id: 'basics', title: '基本概念', pattern: /是什么|什么是|特点|用途|原理|为什么|静态/ },
    { id: 'config', title: '配置与策略', pattern: /策略|重启|镜像|拉取|command|args|entrypoint|policy/i },
    { id: 'internals', title: '底层实现与容器', pattern: /pause|根容器|infra|共享|命名空间|init ?container|初始化容器|sidecar|实现/i },
    { id: 'create', title: '创建与终止', pattern: /创建|终止|删除|销毁|退出/ },
    { id: 'lifecycle', title: '生命周期与状态', pattern: /生命周期|状态|相位|phase|阶段/i },
    { id: 'probes', title: '健康检查', pattern: /探针|probe|健康|存活|就绪|liveness|readiness/i },
    { id: 'troubleshooting', title: '排障', pattern: /pending|排查|故障|not ?ready|0\/1|起不来|crashloop/i },
  ],
  workloads: [
    { id: 'controllers', title: '控制器类型', pattern: /replication|replica ?set|deployment|statefulset|daemonset|\brc\b|\brs\b|控制器|job/i },
    { id: 'labels', title: '标签与注解', pattern: /标签|label|注解|annotation|选择器|selector/i },
    { id: 'updates', title: '更新与回滚', pattern: /更新|升级|回滚|发布|部署策略|maxsurge|maxunavailable|rollout/i },
    { id: 'scaling', title: '扩缩容', pattern: /扩容|缩容|扩缩|伸缩|\bhpa\b|\bvpa\b|autoscal/i },
    { id: 'extension', title: '扩展', pattern: /operator|crd|自定义资源/i },
  ],
  scheduling: [
    { id: 'scheduler', title: '调度器原理', pattern: /调度器|scheduler|调度算法|调度过程|调度原理|预选|优选/i },
    { id: 'policies', title: '调度策略', pattern: /亲和|污点|容忍|nodeselector|affinity|taint|指定节点|调度策略|nodename/i },
    { id: 'resources', title: '资源请求与限制', pattern: /requests|limits|资源/i },
    { id: 'qos', title: 'QoS 与 OOM', pattern: /qos|oom|驱逐|服务质量/i },
    { id: 'scale', title: '集群规模与 Pod 分布', pattern: /规模|上限|均衡|分布|打散|110/ },
  ],
  service: [
    { id: 'basics', title: '基本概念', pattern: /是什么|作用|关联|selector|选择/i },
    { id: 'types', title: '类型与访问', pattern: /类型|nodeport|loadbalancer|externalname|外部|访问/i },
    { id: 'proxy', title: 'kube-proxy 与负载均衡', pattern: /kube-?proxy|负载均衡|iptables|ipvs|endpoint/i },
    { id: 'dns', title: 'DNS 与服务发现', pattern: /dns|域名|服务发现|coredns/i },
    { id: 'headless', title: 'Headless Service', pattern: /headless|无头/i },
    { id: 'ingress', title: 'Ingress 与流量入口', pattern: /ingress|入口|七层|流量.{0,4}进入/i },
  ],
  network: [
    { id: 'model', title: '网络模型与 CNI', pattern: /模型|cni|原理/i },
    { id: 'plugins', title: '网络插件与数据路径', pattern: /flannel|calico|插件|路径|通信|overlay|bgp/i },
    { id: 'policy', title: '网络策略', pattern: /网络策略|networkpolicy|隔离/i },
    { id: 'host', title: '主机网络与 DNS', pattern: /主机|宿主机|hostnetwork|dns|解析/i },
  ],
  storage: [
    { id: 'volumes', title: '存储卷与持久化', pattern: /卷|volume|持久化|emptydir|hostpath|共享存储/i },
    { id: 'pv', title: 'PV 与 PVC', pattern: /\bpvc?\b|访问模式|生命周期|persistentvolume/i },
    { id: 'provisioning', title: '存储供应与 CSI', pattern: /storageclass|存储类|供应|动态|csi/i },
    { id: 'reclaim', title: '回收策略', pattern: /回收/ },
    { id: 'practice', title: '扩容与生产实践', pattern: /扩容|生产|后端|选型/ },
  ],
  security: [
    { id: 'overview', title: '安全机制概览', pattern: /安全|认证|授权|鉴权/ },
    { id: 'rbac', title: 'RBAC 授权', pattern: /rbac|角色|role/i },
    { id: 'secret', title: 'Secret 敏感数据', pattern: /secret|敏感|密码|证书|token/i },
    { id: 'admission', title: '准入控制与 Pod 安全', pattern: /准入|podsecurity|psp|安全策略|安全上下文|admission/i },
  ],
  istio: [
    { id: 'basics', title: '基本原理', pattern: /istio|原理|架构|组件|服务网格|sidecar/i },
    { id: 'traffic', title: '流量治理与可观测性', pattern: /流量|熔断|故障注入|镜像|重试|超时|灰度|可观测|虚拟服务|目标规则|virtualservice|destinationrule/i },
    { id: 'gateway', title: '入口网关', pattern: /gateway|网关|入口/i },
  ],
  observability: [
    { id: 'monitoring', title: '监控组件', pattern: /cadvisor|metrics[- ]?server|heapster|监控组件|kubelet/i },
    { id: 'metrics', title: '监控指标与告警', pattern: /指标|告警|报警|prometheus|监控/i },
    { id: 'logging', title: '日志收集方案', pattern: /日志|efk|elk|fluentd|filebeat|sidecar|log-?pilot/i },
  ],
  operations: [
    { id: 'cluster', title: '集群架构与扩缩容', pattern: /架构|集群.{0,6}(扩容|缩容)|托管|规模/ },
    { id: 'nodes', title: '节点上下线与维护', pattern: /节点|node|drain|cordon|维护|加入|下线|上线/i },
    { id: 'release', title: '发布与 CI/CD', pattern: /helm|ci\/?cd|jenkins|gitlab|发布/i },
    { id: 'stateful', title: '有状态应用', pattern: /有状态|迁移|上云/ },
    { id: 'troubleshooting', title: '故障排查', pattern: /排查|故障|500|卡顿|不通|删错|误删|访问不了/ },
    { id: 'experience', title: '生产问题经验', pattern: /遇到|生产|经验/ },
  ],
};

/** The twelve topic pages, in reading order; each is one page at `/<id>/`. */
export const TOPICS: readonly Topic[] = [
  { id: 'architecture', title: '架构与核心组件', description: 'Kubernetes 的整体架构、控制面与节点组件（api-server、controller-manager、scheduler、kubelet、kube-proxy）及基本概念。', groups: GROUPS.architecture },
  { id: 'etcd', title: 'etcd', description: 'etcd 的特点、适用场景、集群节点数与数据同步。', groups: GROUPS.etcd },
  { id: 'pod', title: 'Pod', description: 'Pod 的原理与特点、pause 容器、探针、重启与镜像拉取策略、创建与终止过程、生命周期与状态。', groups: GROUPS.pod },
  { id: 'workloads', title: '工作负载与发布', description: 'Deployment、ReplicaSet、DaemonSet、StatefulSet、HPA、标签，以及滚动更新、扩缩容与回滚。', groups: GROUPS.workloads },
  { id: 'scheduling', title: '调度与资源', description: '调度器的原理与算法、亲和性与污点、资源请求与限制、QoS。', groups: GROUPS.scheduling },
  { id: 'service', title: 'Service 与服务发现', description: 'Service 的类型、Endpoints、kube-proxy、DNS、无头服务与 Ingress。', groups: GROUPS.service },
  { id: 'network', title: '网络', description: 'Kubernetes 网络模型、CNI、flannel、Calico 与 NetworkPolicy。', groups: GROUPS.network },
  { id: 'storage', title: '存储', description: '存储卷、PV/PVC、StorageClass、访问模式、回收策略与 CSI。', groups: GROUPS.storage },
  { id: 'security', title: '安全', description: '认证、授权与准入控制、RBAC、Secret、PodSecurityPolicy。', groups: GROUPS.security },
  { id: 'istio', title: 'Istio 与服务网格', description: 'Istio 的原理、流量管理、熔断、故障注入与可观测性。', groups: GROUPS.istio },
  { id: 'observability', title: '监控与日志', description: '集群监控指标、Prometheus、Metrics Server、日志收集（EFK、sidecar、log-pilot）。', groups: GROUPS.observability },
  { id: 'operations', title: '运维与排障', description: '节点维护与扩缩容、集群搭建、CI/CD、Helm，以及生产环境中的故障排查。', groups: GROUPS.operations },
];

/** Where a question goes when no topic's words fit it: the general page, 架构与核心组件 (and normalize says so). */
export const DEFAULT_TOPIC: TopicId = 'architecture';

export const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

/** Where a question nobody placed and no pattern fits is shown. */
export const OTHER_GROUP: TopicGroup = { id: 'other', title: '其他问题', pattern: /$^/ };

export function topicById(id: TopicId): Topic {
  return TOPICS.find((t) => t.id === id)!;
}
