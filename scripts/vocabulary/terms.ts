import type { TopicId } from '../lib/types.ts';

/**
 * The Kubernetes vocabulary, as data: one row per term, read by heading casing (`name`),
 * classification (`topic`), the topic pages' groups (`group`), anchors (`slug`), the merge guards
 * (`guard`), question keys (`key`) and search records (`search`, `abbr`, `home`). Adding a term is
 * adding a row here; scripts/vocabulary/derived.ts builds what each of those reads from the rows.
 *
 * How the rows are read:
 * - `name`: the term's name as upstream writes it (kubernetes.io, etcd.io, istio.io). A heading's
 *   Latin word that is the name in any case, or one of its `spellings` (k8s, apiserver), or one of its
 *   misspellings in scripts/vocabulary/typos.ts, is written so (`pod` → Pod, `ETCD` → etcd,
 *   `Kubenetes` → Kubernetes); answers keep the notes' casing. Names no row holds are OTHER_NAMES.
 * - `forms` are the ways notes and readers write the term, Chinese and English, longest first (a
 *   form claims its stretch of a question, so 存活探针 is one term, not 存活 and 探针). Matching
 *   ignores case; Traditional text is read through `toSimplified` first, so a Traditional form needs
 *   no row. A Latin form of up to three letters (pv, rc, hpa) matches only as a whole word, unless it
 *   ends in `*` (Pod* also matches PodDisruptionBudget). A RegExp
 *   is for a phrase that needs context (创建…pod).
 * - `topic`: a question naming the term belongs to that topic. Topics are tried in CLASSIFY_ORDER;
 *   `weak` terms (pod, 镜像, k8s …) decide only when no other term of any topic does.
 * - `group`: on its topic's page, a question nobody placed that names the term goes to that group
 *   (scripts/classify/topics.ts): a group's words are its own pattern's phrases and its rows' forms,
 *   and groups are tried from the last to the first, the later, advanced groups being the specific ones.
 * - `slug`: the term's part of a question's anchor (`pod的重启策略有哪些？` → `pod-restart-policy`).
 * - `guard`: the term is a value on a guard axis (`axis` or `axis=value` when rows share a value).
 *   Two questions with different values on an axis never merge: liveness ≠ readiness, PV ≠
 *   StorageClass. On an axis with a single value, having the term versus not having it differs too.
 * - `key`: question keys read the term's Latin forms (and the listed variants) as this word, so the
 *   English and the Chinese wording of one question compare equal.
 * - `search`: words added to the search record of a question naming the term (never to its page):
 *   the names readers type that the notes may not use.
 * - `abbr`: the short names readers type (sts, cm, netpol): added to the search words, and a query
 *   that is or holds one as a whole word is read as the term's English name.
 * - `distinct`: the forms name different things that place, group and guard as one (requests and
 *   limits, 污点 and 容忍, a topic's phrases): search does not read one form as another (no synonyms),
 *   and each form's home is its own.
 * - `home`: the anchor of the question that introduces the term, shown first for a query that is the
 *   term alone (`hpa`, `滚动更新`). Without it, the question asking 「什么是 X？」 or 「X 是什么？」 of
 *   one of its forms is the home, if the site has one (scripts/search/integration.ts).
 */
export interface Term {
  id: string;
  name?: string;
  spellings?: readonly string[];
  forms: readonly (string | RegExp)[];
  topic?: TopicId;
  weak?: true;
  group?: string;
  slug?: string;
  guard?: string;
  key?: string;
  keyVariants?: readonly string[];
  search?: string;
  abbr?: readonly string[];
  distinct?: true;
  home?: string;
}

/** The order topics are tried in: the specific before the general (a Service's DNS is a Service question though it mentions pods). */
// prettier-ignore
export const CLASSIFY_ORDER: readonly TopicId[] = [
  'istio', 'etcd', 'security', 'pod', 'storage', 'operations', 'network', 'observability', 'service', 'scheduling', 'workloads', 'architecture',
];

/** The guard axes, in the order a signature lists them. */
// prettier-ignore
export const AXES = [
  'probe', 'difference', 'ask', 'storage-object', 'pod-phase', 'plugin', 'scaling-scope', 'headless', 'how', 'change', 'security', 'volume-property', 'ingress',
] as const;

/** Kubernetes terms and the phrases that place a question. */
// prettier-ignore
export const TERMS: readonly Term[] = [
  // ── Pod: probes and container settings ──
  { id: 'both-probes', forms: [/(存活|liveness)[^]*(就绪|readiness)|(就绪|readiness)[^]*(存活|liveness)/], guard: 'probe' },
  { id: 'liveness', forms: ['存活探针', 'livenessProbe', 'liveness', '存活'], topic: 'pod', weak: true, group: 'probes', slug: 'liveness', guard: 'probe', key: '存活探针', search: '存活探针 liveness livenessProbe 健康检查 存活检查 探活' },
  { id: 'readiness', forms: ['就绪探针', 'readinessProbe', 'readiness', '就绪'], topic: 'pod', weak: true, group: 'probes', slug: 'readiness', guard: 'probe', key: '就绪探针', search: '就绪探针 readiness readinessProbe 健康检查 就绪检查 流量 不中断' },
  { id: 'startup', forms: ['启动探针', 'startupProbe', 'startup'], topic: 'pod', weak: true, group: 'probes', slug: 'startup', key: '启动探针', search: '启动探针 startupProbe' },
  { id: 'probe', forms: ['探针', 'probe'], topic: 'pod', weak: true, group: 'probes', slug: 'probe', search: '探针 probe 健康检查' },
  { id: 'health-check', forms: ['健康检查', '健康监测'], topic: 'pod', weak: true, slug: 'health-check', search: '探针 probe 健康检查' },
  { id: 'restart-policy', forms: ['重启策略', 'restartPolicy'], topic: 'pod', weak: true, slug: 'restart-policy', search: 'restartPolicy 重启策略 重起策略 Always OnFailure Never 挂了 自动拉起 自动重启 崩溃 restart policy' },
  { id: 'image-pull-policy', forms: ['镜像拉取', '镜像的下载', 'imagePullPolicy'], topic: 'pod', weak: true, slug: 'image-pull-policy', key: '拉取策略', keyVariants: ['下载策略'], search: 'imagePullPolicy 镜像拉取策略 IfNotPresent 镜像下载 拉镜像 pull image policy' },
  { id: 'init-container', forms: ['初始化容器', 'initContainers', 'init container', 'init 容器'], topic: 'pod', weak: true, group: 'internals', slug: 'init-container', key: '初始化容器', search: 'initContainers init 容器 初始化容器 init 启动前 初始化 container' },
  { id: 'pause', forms: ['pause', '根容器', 'infra'], topic: 'pod', weak: true, group: 'internals', slug: 'pause', search: 'pause 根容器 infra 容器 基础容器 infrastructure container' },
  // Read by search only: a container's first process (PID 1) reaps zombies and receives the stop signal (「容器里 pid1 和僵尸进程」).
  { id: 'pid-one', forms: ['1 号进程', '1号进程', 'PID 1', 'pid1', '僵尸进程'], search: 'pid1 pid 1号进程 init 僵尸进程 zombie 信号 tini dumb-init' },
  { id: 'static-pod', forms: [/静态 ?pod/], slug: 'static' },
  { id: 'crash-loop', forms: ['CrashLoopBackOff'], topic: 'pod', slug: 'crash-loop', search: 'crashloopbackoff 反复重启 一直重启 起不来 排查' },
  { id: 'lifecycle-hooks', forms: ['postStart', 'preStop', '生命周期钩子', '钩子'], topic: 'pod', slug: 'hooks', search: 'poststart prestop hook 钩子 优雅退出' },
  { id: 'pending', forms: ['Pending'], topic: 'pod', group: 'troubleshooting', slug: 'pending', search: 'pending 挂起 一直 pending 排查 起不来 启动不了 调度不上 调度失败 stuck', home: 'pod-pending' },
  { id: 'pod-create', forms: [/创建.{0,8}pod|pod.{0,4}创建/], topic: 'pod' },
  { id: 'sidecar', name: 'Sidecar', forms: ['sidecar', '边车'], topic: 'pod', weak: true, group: 'internals', slug: 'sidecar' },
  { id: 'phase', forms: ['生命周期', '相位', '阶段'], topic: 'pod', weak: true, group: 'lifecycle', slug: 'lifecycle', guard: 'pod-phase' },
  { id: 'status', forms: ['状态'], slug: 'status', guard: 'pod-phase' },
  { id: 'termination', forms: ['terminationGracePeriodSeconds', '优雅退出', '终止', '删除'], slug: 'termination', search: '终止 优雅终止 graceful SIGTERM SIGKILL preStop terminationGracePeriodSeconds 宽限期 删 删除 停止 下线 terminate delete 发生了什么' },

  // ── Istio and the service mesh ──
  { id: 'istio', name: 'Istio', forms: ['Istio', '服务网格', 'service mesh', 'servicemesh', 'Envoy'], topic: 'istio', group: 'basics', slug: 'istio', search: 'istio 服务网格 service mesh envoy sidecar 网格 mesh' },
  { id: 'circuit-breaking', forms: ['熔断'], topic: 'istio', group: 'traffic', slug: 'circuit-breaking' },
  { id: 'fault-injection', forms: ['故障注入'], topic: 'istio', group: 'traffic', slug: 'fault-injection' },
  { id: 'istio-traffic', forms: ['流量镜像', '虚拟服务', '目标规则', '灰度'], topic: 'istio', group: 'traffic', distinct: true },

  // ── etcd ──
  { id: 'etcd', name: 'etcd', forms: ['etcd', 'raft'], topic: 'etcd', group: 'basics', slug: 'etcd', search: 'etcd raft snapshot', distinct: true },
  { id: 'odd-members', forms: ['奇数', '偶数'], slug: 'odd-members', search: '奇数 偶数 odd even 节点数' },

  // ── Security ──
  { id: 'rbac', name: 'RBAC', forms: ['RBAC'], topic: 'security', slug: 'rbac', guard: 'security', search: 'rbac role rolebinding 权限' , abbr: ['rbac'] },
  { id: 'rbac-role', forms: ['角色'], search: 'rbac role rolebinding 权限' },
  { id: 'psp', name: 'PodSecurityPolicy', forms: ['PodSecurityPolicy'], topic: 'security', slug: 'psp', guard: 'security' , abbr: ['psp'] },
  { id: 'secret', name: 'Secret', forms: ['Secret'], topic: 'security', group: 'secret', slug: 'secret', guard: 'security', search: 'secret 密钥 密码 敏感配置 敏感信息 凭据 证书 token password credentials' },
  { id: 'admission', forms: ['准入控制器', '准入控制', '准入'], topic: 'security', group: 'admission', slug: 'admission', guard: 'security', home: 'admission' },
  { id: 'pod-security-admission', forms: ['Pod Security Admission', 'Pod 安全准入', 'Pod 安全性准入'], topic: 'security', slug: 'psa', guard: 'security', search: 'pod security admission psa 安全准入 podsecurity', abbr: ['psa'] },
  { id: 'serviceaccount', name: 'ServiceAccount', forms: ['ServiceAccount', 'service account', '服务账号', '服务账户'], topic: 'security', group: 'authn', slug: 'serviceaccount', search: 'serviceaccount 服务账号 token 令牌', abbr: ['sa'] },
  { id: 'security', forms: ['安全', '认证', '鉴权', '授权', 'podsecurity', 'ServiceAccount', '权限', 'csr', '证书'], topic: 'security', slug: 'security', distinct: true },

  // ── Storage ──
  { id: 'storageclass', name: 'StorageClass', forms: ['StorageClass', '存储类'], topic: 'storage', group: 'provisioning', slug: 'storageclass', guard: 'storage-object', search: 'storageclass sc 存储类 storage class' , abbr: ['sc'], home: 'storageclass' },
  { id: 'pvc', name: 'PVC', forms: ['PVC', /pvc/], topic: 'storage', group: 'pv', slug: 'pvc', guard: 'storage-object=pv', search: 'pv pvc persistentvolume 持久卷 存储卷 持久卷声明 claim' , abbr: ['pvc'] },
  { id: 'pv', name: 'PV', forms: ['PV', 'pv的', 'pv存储', 'persistent volume', 'persistentvolume', '持久卷'], topic: 'storage', group: 'pv', slug: 'pv', guard: 'storage-object=pv', search: 'pv pvc persistentvolume 持久卷 存储卷' , abbr: ['pv'] },
  { id: 'volumes', forms: ['存储卷', 'volume', '卷'], topic: 'storage', group: 'volumes', slug: 'volumes', search: 'pv pvc persistentvolume 持久卷 存储卷' },
  { id: 'access-modes', forms: ['访问模式'], topic: 'storage', group: 'pv', slug: 'access-modes', guard: 'volume-property', search: '访问模式 access mode' },
  { id: 'reclaim-policy', forms: ['回收策略'], topic: 'storage', slug: 'reclaim-policy', search: '回收策略 reclaim policy' },
  { id: 'reclaim', forms: ['回收'], guard: 'volume-property' },
  { id: 'persistence', forms: ['持久化'], topic: 'storage', group: 'volumes', slug: 'persistence', search: '持久化 数据保存 不丢 数据不丢失 persistent storage' },
  { id: 'storage', forms: ['存储'], topic: 'storage', slug: 'storage' },
  // Words only: notes write 供应 and readers 供给 (动态供给) for provisioning; 高可用 is HA.
  { id: 'provisioning', forms: ['供应', '供给', 'provisioning'] },
  { id: 'high-availability', forms: ['高可用', 'HA'] },

  // ── Operations ──
  { id: 'cluster-scaling', forms: [/(集群|节点).{0,6}(扩容|缩容)|(扩容|缩容).{0,6}(集群|节点)/], guard: 'scaling-scope' },
  { id: 'workload-scaling', forms: [/(deployment|pod|副本).{0,6}(扩容|缩容)|(扩容|缩容).{0,6}(deployment|pod|副本)/], guard: 'scaling-scope' },
  { id: 'cluster-resize', forms: [/集群.{0,6}(扩容|缩容)|(扩容|缩容).{0,14}集群/, '托管集群'], topic: 'operations', group: 'cluster', search: '扩容集群 加机器 加节点 机器不够 add node' },
  { id: 'node-maintenance', forms: ['drain', 'cordon', '脱离集群', '关机维护', '停机维护', '下节点'], topic: 'operations', group: 'nodes', search: 'drain cordon 驱逐 节点维护 下线 节点下线 停机维护 维修 drain node' },
  { id: 'node-join', forms: ['上节点', '节点加入', '加入集群'], topic: 'operations', search: '节点加入 加入集群 kubeadm join' },
  { id: 'maintenance', forms: ['维护'], search: 'drain cordon 驱逐 节点维护' },
  { id: 'helm', name: 'Helm', forms: ['Helm'], topic: 'operations', group: 'release', slug: 'helm', search: 'helm chart 包管理 包管理器 package' },
  { id: 'cicd', forms: ['jenkins', /ci\/?cd/, 'cicid'], topic: 'operations', group: 'release' },
  { id: 'troubleshooting', forms: ['排查'], topic: 'operations', group: 'troubleshooting', slug: 'troubleshooting' },
  { id: 'production', forms: ['卡顿', '删错', '500报错', /遇到.{0,10}问题/, '生产环境', '公司的架构', '上云', '迁移', 'bootstrap'], topic: 'operations', distinct: true },

  // ── Network ──
  { id: 'cni', name: 'CNI', forms: ['CNI', '网络插件'], topic: 'network', slug: 'cni', guard: 'plugin', search: 'cni 网络插件' },
  { id: 'csi', name: 'CSI', forms: ['CSI'], topic: 'storage', slug: 'csi', guard: 'plugin' },
  { id: 'cri', name: 'CRI', forms: ['CRI', 'containerd', 'dockershim'], topic: 'architecture', slug: 'cri', guard: 'plugin', search: 'cri containerd cri-o 容器运行时 runtime' },
  { id: 'flannel', name: 'Flannel', forms: ['flannel'], topic: 'network', group: 'plugins', slug: 'flannel', search: 'cni 网络插件' },
  { id: 'calico', name: 'Calico', forms: ['calico'], topic: 'network', group: 'plugins', slug: 'calico', search: 'cni 网络插件' },
  { id: 'network-policy', name: 'NetworkPolicy', forms: ['网络策略', 'NetworkPolicy'], topic: 'network', group: 'policy', slug: 'network-policy', search: 'networkpolicy 网络策略 np 网络隔离 访问控制 isolation network policy' , abbr: ['netpol', 'np'] },
  { id: 'network', forms: ['网络'], slug: 'network' },
  { id: 'network-model', forms: ['网络模型', '网络是怎么', '网络地址', '共享宿主机的解析'], topic: 'network', search: '网络模型 通信 互通 pod 之间通信 network model', distinct: true },

  // ── Observability ──
  { id: 'monitoring', forms: ['监控', '指标', 'Prometheus', '普罗米修斯', 'metric', '告警', '可观测', 'heapster'], topic: 'observability', slug: 'monitoring', search: '监控 prometheus 普罗米修斯 metrics', distinct: true },
  { id: 'logging', forms: ['日志', 'EFK', /log-?pilot/], topic: 'observability', group: 'logging', slug: 'logging', search: '日志 logging efk fluentd' },

  // ── Service and service discovery ──
  { id: 'headless', name: 'Headless', forms: ['无头服务', '无头', 'Headless'], topic: 'service', group: 'headless', slug: 'headless', guard: 'headless', key: '无头', search: 'headless 无头服务 clusterIP None 无 clusterIP' },
  { id: 'ingress', name: 'Ingress', forms: ['Ingress'], topic: 'service', group: 'ingress', slug: 'ingress', guard: 'ingress', search: 'ingress 入口 七层' , abbr: ['ing'] },
  { id: 'kube-proxy', name: 'kube-proxy', spellings: ['kubeproxy'], forms: ['kube-proxy', 'kubeproxy'], topic: 'service', group: 'proxy', slug: 'kube-proxy', key: 'kubeproxy', keyVariants: ['kubeproxys'], search: 'kube-proxy iptables ipvs 负载均衡 流量转发' },
  // Read by search only: a query about controllers and their loop is the site's (「控制器为什么要幂等」); each form names only itself.
  { id: 'control-loop', forms: ['控制器', '控制循环', '调谐', 'reconcile'], distinct: true },
  // Read by search only: how controllers and schedulers elect one active instance (a Lease, held like a lock) is the site's
  // (「controller 选主用的什么锁」); etcd's own Raft election is written Leader 选举 and stays apart.
  { id: 'leader-election', forms: ['领导者选举', 'leader election', 'leader-elect', '选主'], search: 'leader election leader-elect 选主 选举 主备 lease 租约 锁 resourcelock' },
  // Read by search only: a query about sticking a client to one backend is the site's (Service sessionAffinity, Istio's consistent hash).
  { id: 'session-affinity', forms: ['sessionAffinity', '会话保持', '会话亲和', '会话粘滞', '粘性会话'] },
  { id: 'service', name: 'Service', forms: ['Service', 'svc'], topic: 'service', slug: 'service', search: 'service svc 服务' , abbr: ['svc'] },
  { id: 'endpoints', name: 'Endpoints', forms: ['Endpoint'], topic: 'service', group: 'proxy', slug: 'endpoints', search: 'endpoints ep' , abbr: ['ep', 'eps'] },
  { id: 'dns', name: 'DNS', forms: ['域名', 'CoreDNS', 'DNS', '服务发现'], topic: 'service', slug: 'dns', search: 'service svc 服务 dns coredns 域名 域名解析 解析 服务发现 找到对方 互相访问 发现 discovery' },
  { id: 'discovery', forms: [/发现.{0,6}(service|服务)/], search: '服务发现 找到对方 互相访问 discovery' },
  { id: 'load-balancing', forms: ['负载均衡'], topic: 'service', group: 'proxy', slug: 'load-balancing' },
  { id: 'external-access', forms: [/外部.{0,4}访问/, /流量.{0,6}进入/], topic: 'service', search: '外部访问 集群外 外面 对外暴露 expose nodeport' },

  // ── Scheduling and resources ──
  { id: 'scheduling', name: 'kube-scheduler', forms: ['kube-scheduler', 'scheduler', '调度器', '调度'], topic: 'scheduling', slug: 'scheduling', search: '调度 scheduler kube-scheduler schedule 调度器' },
  { id: 'affinity', forms: ['亲和', 'affinity'], topic: 'scheduling', group: 'policies', slug: 'affinity', search: '亲和性 affinity 反亲和 nodeAffinity 指定节点 只跑在 某些机器 固定节点 nodeSelector' },
  { id: 'taints', forms: ['污点', '容忍', 'taint', 'toleration'], topic: 'scheduling', group: 'policies', slug: 'taints', search: '污点 taint 容忍 toleration 不调度 专用节点 dedicated' },
  { id: 'node-selector', forms: ['nodeSelector'], topic: 'scheduling', group: 'policies' },
  { id: 'qos', name: 'QoS', forms: ['QoS', '服务质量', '服务级别'], topic: 'scheduling', slug: 'qos', search: 'qos guaranteed burstable besteffort 服务质量 classes 服务等级' },
  { id: 'oom', name: 'OOM', forms: ['OOM*'], topic: 'scheduling', slug: 'oom', search: 'oom OOMKilled 内存溢出 内存爆了 内存不足 被杀 killed out of memory', home: 'oom' },
  { id: 'resources', forms: ['资源请求', '资源控制', 'requests', 'limits', /资源.{0,6}限制|限制.{0,10}资源/], topic: 'scheduling', group: 'resources', slug: 'resources', search: 'requests limits 资源请求 资源限制 cpu 内存 限制内存 内存限制 限制 cpu 配额 quota' },

  // ── Workloads and releases ──
  { id: 'deployment', name: 'Deployment', forms: ['Deployment'], topic: 'workloads', group: 'controllers', slug: 'deployment', search: 'deployment deploy 部署' , abbr: ['deploy'] },
  { id: 'statefulset', name: 'StatefulSet', forms: ['StatefulSet', '有状态'], topic: 'workloads', group: 'statefulset', slug: 'statefulset', search: 'statefulset sts 有状态 持久化' , abbr: ['sts'], home: 'deployment-vs-statefulset' },
  { id: 'daemonset', name: 'DaemonSet', forms: ['DaemonSet'], topic: 'workloads', group: 'controllers', slug: 'daemonset', search: 'daemonset ds 守护进程集 每个节点 一个节点一个 每台机器' , abbr: ['ds'] },
  { id: 'replicaset', name: 'ReplicaSet', forms: ['ReplicaSet', 'replica set', 'rs'], topic: 'workloads', group: 'controllers', slug: 'replicaset', key: 'rs', search: 'replicaset rs 副本集' , abbr: ['rs'] },
  { id: 'rc', name: 'ReplicationController', forms: ['ReplicationController', 'replication controller', 'rc'], topic: 'workloads', group: 'controllers', slug: 'rc', key: 'rc', search: 'replicationcontroller rc' , abbr: ['rc'] },
  { id: 'hpa', name: 'HPA', forms: ['HPA', '自动扩容', '水平'], topic: 'workloads', group: 'scaling', slug: 'hpa', search: 'hpa 水平扩缩容 autoscaling 自动加实例 自动扩缩 流量大了 弹性伸缩 autoscale' , abbr: ['hpa'], home: 'autoscaling' },
  { id: 'vpa', name: 'VPA', forms: ['VPA'], topic: 'workloads', group: 'scaling', slug: 'vpa', search: 'vpa 垂直扩缩容' , abbr: ['vpa'] },
  { id: 'job', name: 'Job', forms: ['Job'], topic: 'workloads', group: 'batch' },
  { id: 'cronjob', name: 'CronJob', forms: ['CronJob', '定时任务'], search: 'cronjob cj 定时任务 计划任务 crontab 定时执行 周期执行', abbr: ['cj'] },
  { id: 'rolling-update', forms: ['滚动更新', 'rolling update'], topic: 'workloads', group: 'updates', slug: 'rolling-update', search: '滚动更新 rolling update maxSurge maxUnavailable 发版 发布 不中断 零停机 平滑升级 不停机', home: 'rolling-update' },
  { id: 'rollback', forms: ['回滚'], topic: 'workloads', group: 'updates', slug: 'rollback', guard: 'change', search: '回滚 rollback rollout undo 回退 撤回 退回 上一个版本 revert 发版 发布' },
  { id: 'scaling', forms: ['扩容', '缩容', '扩缩', '伸缩'], topic: 'workloads', group: 'scaling', slug: 'scaling', guard: 'change' },
  { id: 'upgrade', forms: ['升级'], topic: 'workloads', group: 'updates', slug: 'update', guard: 'change=update', search: '滚动更新 rolling update maxSurge maxUnavailable 发版 发布 不中断 零停机 平滑升级 不停机' },
  // 更新 alone is too common to place a question (ConfigMap 更新后…), but it still tells updates from rollbacks.
  { id: 'update', forms: ['更新'], slug: 'update', guard: 'change', search: '滚动更新 rolling update maxSurge maxUnavailable' },
  { id: 'labels', forms: ['标签', 'label'], topic: 'workloads', group: 'labels', slug: 'labels', search: '标签 label selector 选择器' },
  { id: 'annotations', forms: ['annotation'], topic: 'workloads', group: 'labels', slug: 'annotations' },
  { id: 'pdb', name: 'PodDisruptionBudget', forms: ['PodDisruptionBudget', 'Pod Disruption Budget', 'PDB', '干扰预算', '中断预算'], topic: 'workloads', group: 'release', slug: 'pdb', search: 'poddisruptionbudget 干扰预算 中断预算 drain 驱逐 可用', abbr: ['pdb'] },
  { id: 'crd', name: 'CRD', forms: ['CustomResourceDefinition', 'CRD', '自定义资源'], topic: 'architecture', slug: 'crd', search: 'crd customresourcedefinition 自定义资源 扩展 api', abbr: ['crd'] },
  { id: 'operator', name: 'Operator', forms: ['Operator'], topic: 'workloads', group: 'extension', slug: 'operator', search: 'operator crd 控制器' },

  // ── Architecture and components ──
  { id: 'apiserver', name: 'kube-apiserver', spellings: ['kube-api-server', 'api-server', 'apiserver'], forms: ['kube-apiserver', 'api-server', 'apiserver'], topic: 'architecture', group: 'apiserver', slug: 'apiserver', key: 'apiserver', search: 'apiserver kube-apiserver api-server' },
  { id: 'controller-manager', name: 'kube-controller-manager', forms: ['controller-manager'], topic: 'architecture', slug: 'controller-manager' },
  { id: 'kubelet', name: 'kubelet', forms: ['kubelet'], topic: 'architecture', group: 'components', slug: 'kubelet', search: 'kubelet' },
  { id: 'components', forms: ['各组件', '组件', '元件', '各模块'], topic: 'architecture', group: 'components', slug: 'components', search: '组件 component 架构 architecture', home: 'components' },
  { id: 'architecture', forms: ['informer', 'List-Watch', '声明式', 'minikube', 'exec', '命名空间的作用'], topic: 'architecture', distinct: true },
  // 「说说 Kubernetes 的架构」 is answered by its components.
  { id: 'k8s-architecture', forms: ['架构'], topic: 'architecture', home: 'components' },
  { id: 'kubectl', name: 'kubectl', forms: ['kubectl'], topic: 'architecture', weak: true, slug: 'kubectl' },
  { id: 'namespace', name: 'Namespace', forms: ['命名空间', 'Namespace'], topic: 'architecture', weak: true, group: 'basics', slug: 'namespace', search: 'namespace ns 命名空间 隔离' , abbr: ['ns'] },
  // Read by search only: readers ask whether a changed configuration takes effect without a restart in all these words.
  { id: 'config-reload', forms: ['自动生效', '热更新', '热加载', '动态更新', '热重载'], search: '自动生效 热更新 热加载 动态更新 热重载 reload 重新加载' },
  { id: 'configmap', name: 'ConfigMap', forms: ['ConfigMap'], search: 'configmap cm 配置' , abbr: ['cm'], home: 'configmap-secret-in-pod' },
  { id: 'node', name: 'Node', forms: ['节点', 'node'], slug: 'node', search: '节点 node 机器 宿主机' },
  { id: 'problem', forms: ['问题', '故障'], slug: 'troubleshooting' },
  { id: 'cluster', forms: ['集群'], slug: 'cluster' },
  { id: 'pod', name: 'Pod', forms: ['Pod*'], topic: 'pod', weak: true, slug: 'pod', abbr: ['po'] },
  { id: 'docker', name: 'Docker', forms: ['Docker'], topic: 'architecture', weak: true, group: 'containers', slug: 'container' },
  { id: 'container', forms: ['容器'], slug: 'container' },
  { id: 'federation', forms: ['集群联邦', 'kubefed'], topic: 'architecture', weak: true, slug: 'federation' },
  { id: 'kubernetes', name: 'Kubernetes', spellings: ['k8s'], forms: ['master', 'controller', 'proxy', 'kubernetes', 'k8s', '镜像'], topic: 'architecture', weak: true, distinct: true },
];

/**
 * Names a heading is cased by that no row holds: tools, field values and objects no question is
 * placed, anchored or kept apart by (Jenkins, NodePort), and the words every field uses (IP,
 * API). A row of TERMS takes its name with it, so a name is here or on a row, never both.
 */
// prettier-ignore
export const OTHER_NAMES: readonly string[] = [
  'Endpoint', 'EndpointSlice', 'NodePort', 'ClusterIP', 'LoadBalancer', 'ExternalName', 'IP', 'API',
  'kubeadm', 'Minikube', 'CoreDNS', 'containerd', 'iptables', 'IPVS', 'istiod', 'Envoy', 'Prometheus', 'Grafana', 'Heapster', 'Jenkins',
];

/** What a question asks about a term: not Kubernetes names, but they name an anchor and keep look-alike questions apart. */
// prettier-ignore
export const ASPECTS: readonly Term[] = [
  { id: 'create', forms: ['创建'], slug: 'create' },
  { id: 'params', forms: ['属性参数', '参数'], slug: 'params', guard: 'ask' },
  { id: 'command', forms: [/命令有|什么命令|命令是|的命令/], guard: 'ask' },
  { id: 'process', forms: ['过程', '流程', '步骤'], guard: 'ask' },
  { id: 'strategy', forms: ['策略'], guard: 'ask' },
  { id: 'kinds', forms: ['哪几种', '哪些', '方式', '类型'], guard: 'ask' },
  { id: 'difference', forms: ['区别', '不同', '差异', 'vs'], slug: 'vs', guard: 'difference', search: '区别 difference vs 不同 对比' },
  { id: 'how', forms: ['原理', '实现'], slug: 'how', guard: 'how' },
  { id: 'features', forms: ['特点', '特性', '优势'], slug: 'features' },
  { id: 'role', forms: ['作用', '功能', '用途'], slug: 'role' },
  { id: 'shared', forms: ['共享'], slug: 'shared' },
  { id: 'external', forms: ['外部'], slug: 'external' },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** A form as a pattern source: short Latin forms (pv, rc, hpa) as whole words. */
function formSource(form: string | RegExp): string {
  if (typeof form !== 'string') return form.source;
  if (form.endsWith('*')) return escape(form.slice(0, -1));
  const source = escape(form).replace(/ /g, ' ?');
  return /^[a-z0-9]{1,3}$/i.test(form) ? `\\b${source}\\b` : source;
}

/** The English name a row's abbreviations stand for: its first Latin form (sts → statefulset). */
export function englishName(term: Term): string | undefined {
  // A prefix form (`Pod*`) names the word before its `*`.
  return term.forms
    .map((f) => (typeof f === 'string' ? f.replace(/\*$/, '') : f))
    .find((f): f is string => typeof f === 'string' && /^[a-z][a-z ]*$/i.test(f))
    ?.toLowerCase();
}

/** Every row's forms as one case-insensitive pattern. */
export function termPattern(term: Term, flags = 'i'): RegExp {
  return new RegExp(term.forms.map(formSource).join('|'), flags);
}
