/**
 * What readers type when something is wrong, and the words of the questions that treat it: a query
 * that reads as a symptom is also searched as those words, and what they find comes first. Each row
 * is a situation, written as the pattern that recognises it in a query (Simplified, lower case, as the
 * search reads it) and the search that answers it, with the reason; tests/fixtures/search-queries-typed.yaml
 * holds a query of each under `symptoms`. Read by the search (scripts/search/integration.ts ships them
 * to the reader's browser in kb-query.json.gz).
 */
export interface Symptom {
  /** The situation, in a query. */
  when: RegExp;
  /** The search that finds the questions treating it. */
  search: string;
  why: string;
}

// prettier-ignore
export const SYMPTOMS: readonly Symptom[] = [
  // First: etcd's full database, and a node's full memory (节点内存满了), are not a node's full disk, a row after.
  { when: /etcd[^，。,]{0,10}(满|空间|写不进|写不了|nospace|quota|配额)|database space exceeded|\bnospace\b/, search: 'etcd 空间 配额', why: 'etcd out of space: quota, compaction and defragmentation' },
  { when: /(哪个|哪些|谁)[^，。,]{0,6}(pod|容器|进程|应用)[^，。,]{0,10}(占|用|吃|耗)|(内存|cpu|资源)[^，。,]{0,10}(打满|满了|很高|飙高|飙升|占用高|吃满)[^，。,]{0,16}(哪个|哪些|谁)/, search: 'kubectl top', why: 'finding the pod that uses a node\'s memory or CPU' },
  { when: /(持久卷|pvc?\b|存储卷|卷|存储|数据盘)[^，。,]{0,8}(满|不够|不足|写不进)/, search: 'pv 扩容', why: 'a full volume is grown: PV/PVC expansion' },
  { when: /(节点|磁盘|硬盘|node|根分区)[^，。,]{0,8}(满|不够|不足)/, search: '节点磁盘满', why: 'a full node disk: kubelet garbage collection and eviction' },
  { when: /(启动|起来|运行)之?前[^，。,]{0,12}(等|先|依赖|准备)|等[^，。,]{0,10}(先|起来|就绪|启动|准备好)|依赖[^，。,]{0,6}(先启动|就绪|起来)/, search: '初始化容器', why: 'waiting for a dependency before the app starts: init containers' },
  { when: /证书[^，。,]{0,6}(过期|到期|失效)|x509|certificate[^，。,]{0,10}expired/, search: '证书过期 续期', why: 'expired cluster certificates: kubectl and the control plane stop talking' },
  // A taint first: the scheduler's message names it, and the Pending row would read the same query as any unscheduled pod.
  { when: /(taint|污点|untolerated)[^，。,]{0,16}(调度|pending|不上|不到)|(调度|pending|不上|不到)[^，。,]{0,16}(taint|污点|untolerated)/, search: '污点 效果 容忍', why: 'a pod kept off nodes by their taints' },
  { when: /(?<!(pvc?|卷|volume)[^，。,]{0,8})pending|调度不上|调度不到|无法调度|调度失败|insufficient|nodes are available|didn't match/, search: 'pod pending', why: 'a pod the scheduler cannot place: resources, affinity, volumes' },
  { when: /拖垮|压垮|拖死|整台机器|(系统|kubelet|节点)[^，。,]{0,6}预留/, search: 'allocatable 预留', why: 'pods starving the node itself: system and kube reservations' },
  // Before the rows of load and slowness, which the same words (打满, 慢, 超时) also name.
  { when: /throttl|cpu[^，。,]{0,8}(限流|节流|被限|受限|被压)/, search: 'cpu limits 超限', why: 'CPU throttled by its limit (CFS quota)' },
  { when: /(dns|域名|解析)[^，。,]{0,10}(慢|超时|\d ?秒|几秒|延迟)/, search: 'dns 解析 超时', why: 'slow or timing-out name lookups: ndots, conntrack races, NodeLocal DNSCache' },
  { when: /(启动|起来)[^，。,]{0,4}(很慢|太慢|慢|很久|要好久|几分钟|时间长)/, search: '启动探针 慢启动', why: 'an app slow to start, killed or kept unready by its probes: startupProbe' },
  { when: /就绪探针[^，。,]{0,6}(失败|不过|没过|一直)|readiness[^，。,]{0,8}(fail|失败)|\b0\/1\b|running[^，。,]{0,8}(not ready|未就绪|不就绪)/, search: 'running ready', why: 'a running pod that never becomes ready' },
  { when: /exec[^，。,]{0,8}(进不去|失败|报错|不了|不行)|没有 ?(shell|bash|sh)\b|distroless/, search: 'kubectl debug 临时容器', why: 'a container one cannot exec into: ephemeral debug containers' },
  { when: /(发版|发布|上线|更新|滚动|升级|重启|部署)[^，。,]{0,12}(502|503|5xx|报错|连接被拒|拒绝连接|connection refused|中断|断流|丢请求|掉请求)/, search: '滚动更新 业务不中断', why: 'errors while a new version rolls out: readiness, preStop and graceful shutdown' },
  { when: /(机器|服务器|宿主机|物理机|虚拟机|节点)[^，。,]{0,8}(维护|维修|下线|关机|(?<!不)停机|升级内核|换硬件|换盘)/, search: '节点维护 停机维护', why: 'a machine taken down for maintenance: cordon, drain and graceful node shutdown' },
  { when: /扛不住|打满|高峰|流量大|流量激增|突增|负载高|撑不住/, search: '自动扩容机制', why: 'load beyond capacity: autoscaling' },
  { when: /(kubectl|apiserver|api server|集群|命令)[^，。,]{0,12}(慢|卡|半天|超时|很久)/, search: '集群卡顿', why: 'a slow cluster or API server' },
  { when: /(误删|删了|删掉了|手滑|删错|不小心删)[^，。,]{0,12}(命名空间|namespace|ns\b)|(命名空间|namespace|ns\b)[^，。,]{0,8}(误删|删了|删掉了|删错)/, search: '误删 namespace', why: 'a namespace deleted by mistake' },
  { when: /(一直|反复|不停|老是|总是|频繁)[^，。,]{0,4}重启|重启次数|crashloop/, search: 'crashloopbackoff', why: 'a container restarting again and again' },
  { when: /拉不下来|拉取失败|拉不到|拉镜像失败|(拉|pull)[^，。,]{0,8}镜像[^，。,]{0,4}(报|失败|出错|unauthorized|denied|401|403)|imagepull|errimagepull/, search: 'imagepullbackoff', why: 'an image that cannot be pulled' },
  { when: /oom|内存溢出|内存爆|被杀|137/, search: 'oomkilled', why: 'a container killed for memory' },
  // Before the 5xx row: an error the reader sees at the Ingress is first the Ingress's rules and backends.
  { when: /(\bingress|\bing\b|入口)[^，。,]{0,16}(40[34]|50[0234]|5xx|bad gateway|不生效|不通|访问不了|路由不)/, search: 'ingress 404 502 503 排查', why: 'errors through an Ingress: rules that do not match, backends that are not ready' },
  { when: /\b50[0234]\b|报错 ?5\d\d|5xx|网关错误|bad gateway/, search: '500 错误 排查', why: 'HTTP 5xx from an application in the cluster' },
  { when: /notready|not ready|节点[^，。,]{0,4}(挂了|掉线|失联|不可用)/, search: '节点 notready', why: 'a node that is NotReady' },
  { when: /(service|svc|clusterip|服务)[^，。,]{0,10}(连不上|不通|访问不了|访问不到|无法访问|没有响应|没响应)|(连不上|访问不了|访问不到)[^，。,]{0,8}(service|svc|clusterip)/, search: 'service 访问不通', why: 'a Service that does not answer: endpoints, selectors, kube-proxy' },
  { when: /(pod|容器)[^，。,]{0,12}(不通|连不上|访问不了|访问不到|无法访问)/, search: 'pod 网络不通', why: 'pods that cannot reach each other: network policy or the network plugin' },
  { when: /(滚动更新|更新|发布|发版|上线|rollout|deployment)[^，。,]{0,8}(卡住|卡着|卡在|不动|没反应|一直不完成)/, search: '上线卡住', why: 'a rollout that does not progress' },
  { when: /(域名|dns|nslookup)[^，。,]{0,8}(失败|不了|不通|报错|解析不到)|解析不到|解析失败|解析不了|解析不出/, search: 'dns 解析失败', why: 'names that do not resolve in the cluster' },
  { when: /(hpa|自动扩缩容?|自动扩容|autoscal)[^，。,]{0,10}(不扩|不缩|不生效|没反应|不工作|失效|unknown)|(不扩容|扩不出来|扩不起来)[^，。,]{0,10}(hpa|副本)/, search: 'hpa 不生效 排查', why: 'an HPA that does not scale: metrics unknown, requests unset' },
  // Most members lost first: one member down is replaced, a lost quorum is restored from a snapshot.
  { when: /etcd[^，。,]{0,10}(挂了|坏了|宕机|故障|down)[^，。,]{0,4}(两|2|多数|一半|大多数)|quorum|多数成员/, search: 'etcd quorum 多数成员故障', why: 'etcd that lost most of its members' },
  { when: /etcd[^，。,]{0,10}(挂了|坏了|宕机|故障|down|损坏)[^，。,]{0,4}(一|1|单)?[个台]?(节点|成员|member)|etcd[^，。,]{0,6}(节点|成员|member)[^，。,]{0,6}(挂了|坏了|宕机|故障|损坏)/, search: '替换故障的 etcd 成员', why: 'one etcd member down: remove it, then add a new one' },
  { when: /evicted|被驱逐|驱逐了/, search: '节点压力驱逐 evicted', why: 'pods evicted by node pressure' },
  { when: /(注入|sidecar|istio)[^，。,]{0,12}(起不来|启动失败|连不上|不结束|卡住)/, search: 'sidecar 启动和退出顺序', why: 'a sidecar that starts after, or outlives, its app' },
];

/**
 * Kubernetes questions asked in everyday words, not about trouble: 程序 for a workload, 机器 for a node, no term named
 * (「怎么让程序分散到不同机器上」). Read as the situations are, after them; tests/fixtures/search-queries-typed.yaml holds a
 * query of each under `colloquial`.
 */
// prettier-ignore
export const EVERYDAY: readonly Symptom[] = [
  // A team's or a namespace's total is a quota, not a container's limit.
  { when: /(?<!(?:团队|命名空间|namespace|租户|配额|总量).*)(?!.*(?:团队|命名空间|namespace|租户|配额|总量))((最多|上限|限制)[^，。,]{0,10}(内存|cpu|处理器)|(内存|cpu|处理器)[^，。,]{0,6}(上限|最多用))/, search: '资源请求 资源限制', why: 'how much memory and CPU a program may use: requests and limits' },
  { when: /(分散|打散|均匀|平均)[^，。,]{0,12}(机器|节点|主机|服务器|可用区|机房)/, search: '均匀分布 不同节点', why: 'replicas spread over machines and zones: topology spread constraints' },
  { when: /(之间|互相|彼此)[^，。,]{0,8}(找到|发现)|怎么找到(对方|别的服务|其他服务)/, search: '服务发现 找到对方', why: 'how programs find each other: Services and DNS' },
  { when: /(限制|隔离|控制|禁止|管控)[^，。,]{0,10}(之间|互相|彼此)[^，。,]{0,6}(访问|通信|调用|网络)|(之间|互相|彼此)[^，。,]{0,6}(的)?(访问|通信|网络访问)[^，。,]{0,6}(限制|控制|隔离|禁止)|(限制|控制)[^，。,]{0,6}网络访问|网络(访问)?(隔离|限制)/, search: '网络策略 网络隔离', why: 'which programs may talk to which: NetworkPolicy' },
  { when: /至少[^，。,]{0,10}(实例|副本|pod)[^，。,]{0,8}(运行|可用|在跑|活着|在线)/, search: 'poddisruptionbudget 中断预算', why: 'keeping enough replicas up through maintenance: PodDisruptionBudget' },
  // Reading a program's log, not collecting the cluster's (日志收集) nor the API server's audit log.
  { when: /(查看|看一下|看看|怎么看|查)[^，。,]{0,10}(?<!审计)日志(?!收集|采集|方案|系统|平台)|(?<!审计|收集的?|采集的?)日志[^，。,]{0,4}(怎么看|在哪看|在哪里看|怎么查|去哪看)/, search: 'kubectl logs 容器日志', why: "reading a program's log: kubectl logs and the node's log files" },
  { when: /(决定|选择|挑选|选出|挑)[^，。,]{0,14}(哪台|哪个节点|哪个机器|哪一台|哪个服务器)/, search: 'kube-scheduler 选出节点', why: 'how the scheduler picks a machine: filtering and scoring' },
];
