import type { Topic, TopicGroup, TopicId } from '../lib/types.ts';

/**
 * Each topic page's groups (its subtopics), in reading order: basic before advanced. Where the
 * curation file's `layout:` places a question, that wins; a question nobody placed goes to the last
 * group whose words its question (else its answer) says, since the later, advanced groups are the
 * specific ones; else to 「其他问题」 (scripts/edit/layout.ts). A group's words are the phrases of its
 * `pattern` here, which name no term, and the forms of the terms whose `group` it is in
 * scripts/vocabulary/terms.ts: a new term names its group on its own row.
 */
const GROUPS: Record<TopicId, readonly TopicGroup[]> = {
  architecture: [
    { id: 'basics', title: '基本概念', pattern: /是什么|什么是|特点|优势|概念/ },
    { id: 'containers', title: 'Kubernetes 与容器', pattern: /容器|镜像/ },
    { id: 'components', title: '集群架构与组件', pattern: /架构|minikube|联邦|集群管理|master|node/i },
    { id: 'apiserver', title: 'kube-apiserver 与组件通信', pattern: /通信|exec|proxy|端口/i },
    { id: 'api-model', title: '声明式 API 与对象模型', pattern: /声明式|spec|status|api ?组|api 版本|crd|自定义资源|乐观|resourceversion/i },
    { id: 'controllers', title: '控制器与 List-Watch', pattern: /控制器|controller|list-?watch|informer|调谐|reconcile/i },
    { id: 'lifecycle', title: '删除、Finalizer 与垃圾回收', pattern: /finalizer|垃圾回收|级联|ownerreference|terminating/i },
    { id: 'ha', title: '控制平面高可用与故障', pattern: /高可用|\bha\b|选主|leader|宕机|挂了/i },
  ],
  etcd: [
    { id: 'basics', title: '基本概念', pattern: /是什么|特点|场景/ },
    { id: 'internals', title: '数据模型与 API', pattern: /mvcc|watch|lease|租约|分布式锁|revision|wal/i },
    { id: 'replication', title: '数据同步与 Raft', pattern: /同步|复制|raft|一致|选举|脑裂/i },
    { id: 'members', title: '集群节点数与拓扑', pattern: /节点|奇数|偶数|规模|多少个|成员|拓扑|learner/i },
    { id: 'backup', title: '备份与恢复', pattern: /备份|恢复|snapshot|灾难|quorum/i },
    { id: 'maintenance', title: '维护、升级与安全', pattern: /压缩|碎片|compact|defrag|配额|quota|升级|tls|证书/i },
    { id: 'performance', title: '性能与监控', pattern: /性能|监控|延迟|磁盘|leader.{0,4}切换/i },
  ],
  pod: [
    { id: 'basics', title: '基本概念', pattern: /是什么|什么是|特点|用途|原理|为什么|静态/ },
    { id: 'config', title: '配置与策略', pattern: /策略|重启|镜像|拉取|command|args|entrypoint|policy/i },
    { id: 'internals', title: '底层实现与容器', pattern: /共享|命名空间|实现/ },
    { id: 'create', title: '创建与终止', pattern: /创建|终止|删除|销毁|退出/ },
    { id: 'lifecycle', title: '生命周期与状态', pattern: /状态|phase/i },
    { id: 'probes', title: '健康检查', pattern: /健康/ },
    { id: 'troubleshooting', title: '排障', pattern: /排查|故障|not ?ready|0\/1|起不来|crashloop/i },
  ],
  workloads: [
    { id: 'controllers', title: '控制器类型', pattern: /replication|控制器|工作负载/i },
    { id: 'statefulset', title: 'StatefulSet 与有状态应用', pattern: /volumeclaimtemplates/i },
    { id: 'batch', title: 'Job 与 CronJob', pattern: /cronjob|定时任务|批处理/i },
    { id: 'labels', title: '标签与注解', pattern: /注解|选择器|selector/i },
    { id: 'updates', title: '更新与回滚', pattern: /更新|发布|部署策略|maxsurge|maxunavailable|rollout/i },
    { id: 'release', title: '平滑发布与可用性', pattern: /零停机|不中断|蓝绿|金丝雀|灰度/i },
    { id: 'scaling', title: '扩缩容', pattern: /autoscal/i },
    { id: 'extension', title: '扩展', pattern: /crd|自定义资源/i },
  ],
  scheduling: [
    { id: 'scheduler', title: '调度器原理', pattern: /调度器|scheduler|调度算法|调度过程|调度原理|预选|优选/i },
    { id: 'policies', title: '调度策略', pattern: /指定节点|调度策略|nodename/i },
    { id: 'resources', title: '资源请求与限制', pattern: /资源/ },
    { id: 'qos', title: 'QoS 与 OOM', pattern: /qos|oom|服务质量/i },
    { id: 'eviction', title: '优先级、抢占与驱逐', pattern: /优先级|抢占|驱逐|priority|preempt|evict/i },
    { id: 'scale', title: '集群规模与 Pod 分布', pattern: /规模|上限|均衡|分布|打散|110/ },
  ],
  service: [
    { id: 'basics', title: '基本概念', pattern: /是什么|作用|关联|selector|选择/i },
    { id: 'types', title: '类型与访问', pattern: /类型|nodeport|loadbalancer|externalname|外部|访问/i },
    { id: 'proxy', title: 'kube-proxy 与负载均衡', pattern: /iptables|ipvs|nftables/i },
    { id: 'traffic', title: '流量策略与源 IP', pattern: /externaltrafficpolicy|internaltrafficpolicy|源 ?ip|拓扑感知|trafficdistribution/i },
    { id: 'dns', title: 'DNS 与服务发现', pattern: /dns|域名|服务发现|coredns/i },
    { id: 'headless', title: 'Headless Service' },
    { id: 'ingress', title: 'Ingress 与流量入口', pattern: /入口|七层|流量.{0,4}进入/ },
    { id: 'gateway', title: 'Gateway API 与入口演进', pattern: /gateway ?api|httproute|gatewayclass|ingress-nginx.{0,6}退役/i },
  ],
  network: [
    { id: 'model', title: '网络模型与 CNI', pattern: /模型|cni|原理/i },
    { id: 'plugins', title: '网络插件', pattern: /cilium|插件|overlay|bgp/i },
    { id: 'datapath', title: 'Pod 通信路径', pattern: /路径|通信|跨节点|同节点|snat|mtu|连通|ping/i },
    { id: 'policy', title: '网络策略', pattern: /隔离/ },
    { id: 'host', title: '主机网络与 DNS', pattern: /主机|宿主机|hostnetwork|dns|解析/i },
  ],
  storage: [
    { id: 'volumes', title: '存储卷与持久化', pattern: /emptydir|hostpath|共享存储/i },
    { id: 'pv', title: 'PV 与 PVC', pattern: /生命周期/ },
    { id: 'provisioning', title: '存储供应与 CSI', pattern: /供应|动态|csi/i },
    { id: 'reclaim', title: '回收策略', pattern: /回收/ },
    { id: 'practice', title: '扩容、快照与生产实践', pattern: /扩容|快照|snapshot|生产|后端|选型|本地/i },
    { id: 'troubleshooting', title: '排障', pattern: /pending|terminating|multi-attach|排查|挂载失败/i },
  ],
  security: [
    { id: 'overview', title: '安全机制概览', pattern: /安全|鉴权/ },
    { id: 'authn', title: '认证与服务账号', pattern: /认证|token|kubeconfig/i },
    { id: 'rbac', title: '授权与 RBAC', pattern: /rbac|角色|role|授权/i },
    { id: 'secret', title: 'Secret 敏感数据', pattern: /敏感|密码|加密/ },
    { id: 'admission', title: '准入控制与 Pod 安全', pattern: /podsecurity|psp|安全策略|admission|pod 安全/i },
    { id: 'hardening', title: 'Pod 与容器安全加固', pattern: /securitycontext|安全上下文|特权|privileged|seccomp|apparmor|selinux|capabilit/i },
    { id: 'audit', title: '审计与镜像供应链', pattern: /审计|audit|镜像|供应链|签名/i },
  ],
  istio: [
    { id: 'basics', title: '基本原理', pattern: /原理|架构|组件|sidecar/i },
    { id: 'dataplane', title: '数据面模式（Sidecar 与 Ambient）', pattern: /ambient|数据面|ztunnel|waypoint/i },
    { id: 'traffic', title: '流量治理与可观测性', pattern: /流量|镜像|重试|超时|可观测|virtualservice|destinationrule/i },
    { id: 'gateway', title: '入口与出口', pattern: /gateway|网关|入口|出口|egress|serviceentry/i },
    { id: 'security', title: 'mTLS 与安全策略', pattern: /mtls|认证|授权|证书|authorizationpolicy|peerauthentication|jwt/i },
    { id: 'ops', title: '排障与运维', pattern: /排查|503|升级|资源开销|运维/i },
  ],
  observability: [
    { id: 'monitoring', title: '监控组件', pattern: /cadvisor|metrics[- ]?server|heapster|监控组件|kubelet/i },
    { id: 'prometheus', title: 'Prometheus', pattern: /prometheus|普罗米修斯|promql|指标类型/i },
    { id: 'metrics', title: '关键指标、告警与事件', pattern: /指标|告警|报警|监控|事件|event/i },
    { id: 'logging', title: '日志收集方案', pattern: /elk|fluentd|filebeat|sidecar/i },
    { id: 'tracing', title: '分布式追踪', pattern: /追踪|tracing|trace|opentelemetry/i },
  ],
  operations: [
    { id: 'cluster', title: '集群架构与扩缩容', pattern: /架构|托管|规模/ },
    { id: 'nodes', title: '节点上下线与维护', pattern: /节点|node|维护|加入|下线|上线/i },
    { id: 'lifecycle', title: '证书与版本升级', pattern: /证书|升级|upgrade|版本/i },
    { id: 'release', title: '发布与 CI/CD', pattern: /gitlab|gitops|发布/i },
    { id: 'stateful', title: '有状态应用', pattern: /有状态|迁移|上云/ },
    { id: 'backup', title: '备份与恢复', pattern: /备份|恢复|velero/i },
    { id: 'troubleshooting', title: '故障排查', pattern: /故障|500|卡顿|不通|删错|误删|访问不了/ },
    { id: 'experience', title: '生产问题经验', pattern: /遇到|生产|经验/ },
  ],
};

/** The twelve topic pages, in reading order; each is one page at `/<id>/`. */
// prettier-ignore
const PAGES: readonly Omit<Topic, 'groups'>[] = [
  { id: 'architecture', title: '架构与核心组件', description: 'Kubernetes 的整体架构、控制面与节点组件（api-server、controller-manager、scheduler、kubelet、kube-proxy）及基本概念。' },
  { id: 'etcd', title: 'etcd', description: 'etcd 的特点、适用场景、集群节点数与数据同步。' },
  { id: 'pod', title: 'Pod', description: 'Pod 的原理与特点、pause 容器、探针、重启与镜像拉取策略、创建与终止过程、生命周期与状态。' },
  { id: 'workloads', title: '工作负载与发布', description: 'Deployment、ReplicaSet、DaemonSet、StatefulSet、HPA、标签，以及滚动更新、扩缩容与回滚。' },
  { id: 'scheduling', title: '调度与资源', description: '调度器的原理与算法、亲和性与污点、资源请求与限制、QoS。' },
  { id: 'service', title: 'Service 与服务发现', description: 'Service 的类型、Endpoints、kube-proxy、DNS、无头服务与 Ingress。' },
  { id: 'network', title: '网络', description: 'Kubernetes 网络模型、CNI、flannel、Calico 与 NetworkPolicy。' },
  { id: 'storage', title: '存储', description: '存储卷、PV/PVC、StorageClass、访问模式、回收策略与 CSI。' },
  { id: 'security', title: '安全', description: '认证、授权与准入控制、RBAC、Secret、Pod 安全准入（取代已移除的 PodSecurityPolicy）。' },
  { id: 'istio', title: 'Istio 与服务网格', description: 'Istio 的原理、流量管理、熔断、故障注入与可观测性。' },
  { id: 'observability', title: '监控与日志', description: '集群监控指标、Prometheus、Metrics Server、日志收集（EFK、sidecar、log-pilot）。' },
  { id: 'operations', title: '运维与排障', description: '节点维护与扩缩容、集群搭建、CI/CD、Helm，以及生产环境中的故障排查。' },
];

export const TOPICS: readonly Topic[] = PAGES.map((page) => ({ ...page, groups: GROUPS[page.id] }));

/** Where a question goes when no topic's words fit it: the general page, 架构与核心组件 (and normalize says so). */
export const DEFAULT_TOPIC: TopicId = 'architecture';

export const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

/** Where a question nobody placed and no pattern fits is shown. */
export const OTHER_GROUP: TopicGroup = { id: 'other', title: '其他问题' };

export function topicById(id: TopicId): Topic {
  return TOPICS.find((t) => t.id === id)!;
}
