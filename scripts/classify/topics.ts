import type { Topic, TopicId } from '../lib/types.ts';

/** The twelve topic pages, in reading order; each is one page at `/<id>/`. */
export const TOPICS: readonly Topic[] = [
  { id: 'architecture', title: '架构与核心组件', description: 'Kubernetes 的整体架构、控制面与节点组件（api-server、controller-manager、scheduler、kubelet、kube-proxy）及基本概念。' },
  { id: 'etcd', title: 'etcd', description: 'etcd 的特点、适用场景、集群节点数与数据同步。' },
  { id: 'pod', title: 'Pod', description: 'Pod 的原理与特点、pause 容器、探针、重启与镜像拉取策略、创建与终止过程、生命周期与状态。' },
  { id: 'workloads', title: '工作负载与发布', description: 'Deployment、ReplicaSet、DaemonSet、StatefulSet、HPA、标签，以及滚动更新、扩缩容与回滚。' },
  { id: 'scheduling', title: '调度与资源', description: '调度器的原理与算法、亲和性与污点、资源请求与限制、QoS。' },
  { id: 'service', title: 'Service 与服务发现', description: 'Service 的类型、Endpoints、kube-proxy、DNS、无头服务与 Ingress。' },
  { id: 'network', title: '网络', description: 'Kubernetes 网络模型、CNI、flannel、Calico 与 NetworkPolicy。' },
  { id: 'storage', title: '存储', description: '存储卷、PV/PVC、StorageClass、访问模式、回收策略与 CSI。' },
  { id: 'security', title: '安全', description: '认证、授权与准入控制、RBAC、Secret、PodSecurityPolicy。' },
  { id: 'istio', title: 'Istio 与服务网格', description: 'Istio 的原理、流量管理、熔断、故障注入与可观测性。' },
  { id: 'observability', title: '监控与日志', description: '集群监控指标、Prometheus、Metrics Server、日志收集（EFK、sidecar、log-pilot）。' },
  { id: 'operations', title: '运维与排障', description: '节点维护与扩缩容、集群搭建、CI/CD、Helm，以及生产环境中的故障排查。' },
];

export const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

export function topicById(id: TopicId): Topic {
  return TOPICS.find((t) => t.id === id)!;
}
