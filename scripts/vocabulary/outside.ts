/**
 * Subjects a Kubernetes interview sits next to that this site does not teach, as data: the search's
 * verdict (src/search/relax.ts, `outsideSubject`) says 「没有找到直接回答这个问题的题目」 for a query
 * asking about one of them that names no Kubernetes term besides, instead of claiming a question that
 * shares its everyday words (分布式事务 is neither etcd's 分布式锁 nor its 事务; 「http 和 https 区别」 is not
 * the probes' HTTP). A query naming a term as well (「redis 集群 部署到 k8s」, 「jvm 内存 在容器里」) is the
 * site's. Each row: the subject as a pattern over the query (Simplified, lower case, as the search reads
 * it), the reason, and a query of readers that asks it (tests/unit/vocabulary.test.ts holds the table to
 * its examples). Read by the search (scripts/search/integration.ts ships the patterns to the browser).
 */
export interface Outside {
  when: RegExp;
  why: string;
  example: string;
}

// prettier-ignore
export const OUTSIDE: readonly Outside[] = [
  { when: /分布式事务|[两三]阶段提交|\b[23]pc\b|\btcc\b|seata/, why: 'distributed transactions across services and databases: not a cluster store\'s', example: '谈谈你对分布式事务的理解' },
  { when: /\bjvm\b|垃圾(回收|收集)(器|算法)|\bjava\b[^，。,]{0,6}(gc|垃圾)|\bgc ?(调优|算法|日志|停顿)|java ?内存模型|类加载(器|机制)?|双亲委派|hashmap|synchronized|volatile|线程池|\bspring ?(boot|cloud|mvc)?\b|mybatis/, why: 'Java and the JVM', example: 'JVM 垃圾回收器有哪些' },
  { when: /\bgoroutine|\bgmp\b|go ?(协程|调度器|语言的?特性)|golang ?(协程|调度)|channel ?(的)?(原理|底层)/, why: 'the Go language', example: 'goroutine 和线程的区别' },
  { when: /https? ?(和|与|跟|对比|vs\.?|还是) ?https?\b|(https|tls|ssl) ?(的)? ?(握手|证书校验)(的)? ?(过程|流程|原理)|粘包|拆包|三次握手|四次挥手|(tcp|udp) ?(和|与|跟|对比|vs\.?) ?(tcp|udp)|osi ?(七层|模型)|(对称|非对称)加密/, why: 'network protocol basics', example: 'http 和 https 区别' },
  { when: /(事务|数据库|mysql) ?隔离级别|索引(的)?(原理|失效|结构|优化)|(mysql|数据库) ?索引|b\+ ?树|分库分表|慢查询|慢 ?sql|sql ?(优化|注入|调优)|连接池|读写分离|主从(复制|同步|延迟|切换)|数据库 ?(的)? ?(备份|死锁|锁|连接数|调优|优化|设计|范式|压力|负载|性能|瓶颈)/, why: 'relational databases (a database run on Kubernetes, named beside a term, is the site\'s)', example: '数据库连接池怎么配置' },
  { when: /缓存(穿透|击穿|雪崩)|redis ?(持久化|哨兵|数据结构|淘汰)|\baof\b|\brdb\b|缓存.{0,6}(一致|双写)|双写|(本地|多级|分布式)缓存/, why: 'caches and Redis', example: '缓存和数据库双写一致性怎么保证' },
  { when: /消息队列|rabbitmq|rocketmq|消息(丢失|重复消费|积压)|kafka ?(的)?(原理|分区|副本)/, why: 'message queues', example: '消息队列怎么保证消息不丢失' },
  { when: /一致性哈希|限流算法|令牌桶|漏桶|分布式 ?id|雪花算法/, why: 'distributed systems techniques in general', example: '一致性哈希解决什么问题' },
  { when: /短链|秒杀|抢红包|高并发(系统|架构)|(设计|搭建)一个.{0,8}系统/, why: 'system design exercises', example: '设计一个短链服务' },
  { when: /中间件|微服务 ?(的)? ?(拆分|划分|边界|怎么拆|如何拆|设计原则)|单体(应用|架构)?(和|与|拆|到)|领域驱动|\bddd\b|(配置|注册)中心|\b(nacos|apollo|eureka|dubbo)\b/, why: 'application architecture and its middleware (the cluster\'s own service discovery and ConfigMaps are the site\'s)', example: '微服务怎么拆分' },
  { when: /前端 ?(性能|优化|框架|工程化?|开发)|浏览器 ?(缓存|渲染|兼容|原理|输入)|页面(加载|渲染)|用户(的)?密码[^，。,]{0,12}(存|加密|哈希|hash|加盐)|接口 ?(的)? ?(安全|幂等|签名|设计|防刷)|幂等|restful|重复提交|跨域|\bcors\b/, why: 'web and API design', example: '如何保证接口安全' },
  { when: /代码(评审|审查|规范)|code ?review|单元测试|测试覆盖率|技术选型|日志级别|\b(log4j|logback|slf4j)\b|异常处理/, why: 'software engineering practice', example: '代码评审怎么做' },
  { when: /nginx ?(的)? ?(负载均衡|反向代理|location|upstream|worker|配置优化)/, why: 'Nginx as a web server (the Ingress controller is the site\'s)', example: 'nginx 负载均衡策略有哪些' },
  { when: /(排序|查找|搜索)算法|快速排序|快排|冒泡排序|二叉树|红黑树|链表|动态规划|时间复杂度|leetcode/, why: 'algorithms and data structures', example: '手写快速排序' },
  { when: /设计模式|单例模式|工厂模式|观察者模式/, why: 'design patterns', example: '单例模式有几种写法' },
  { when: /进程(和|与)线程|线程(和|与)进程|进程调度算法|死锁(的)?(条件|产生)|\bepoll\b|io ?多路复用|零拷贝/, why: 'operating system basics', example: '进程和线程的区别' },
  { when: /带团队|带过团队|(技术|团队|项目)管理|管理经验|职业规划|自我介绍|离职原因|期望薪资|你的(优点|缺点|优缺点)/, why: 'career and management questions', example: '如何带团队 做技术管理' },
];

/**
 * Forms of the vocabulary too general to make a query about an outside subject a Kubernetes one: 「redis 集群」,
 * 「hashmap 扩容」, 「go 的 gmp 调度」 and 「mysql master」 are not the site's. Every other form of a term (Pod, etcd,
 * 存活探针, 污点, 容器) is.
 */
// prettier-ignore
export const GENERIC_FORMS: ReadonlySet<string> = new Set([
  '集群', '扩容', '缩容', '扩缩', '伸缩', '调度', '升级', '更新', '回滚', '安全', '认证', '鉴权', '授权', '权限', '证书', '回收', '存储', '网络', '监控', '指标',
  '告警', '日志', '问题', '故障', '排查', '架构', '组件', '元件', '状态', '删除', '删错', '迁移', '维护', '角色', '阶段', '相位', '终止', '标签', '水平', '奇数', '偶数',
  '上云', '卡顿', '供应', '供给', '域名', '节点', '卷', 'master', 'proxy', 'controller',
]);

/**
 * Everyday words of running software on machines, as a query's words (程序, not 小程序 or 程序员). A query in everyday
 * words that names one of them may be a Kubernetes question asked without its terms (「怎么查看程序的日志」, 「怎么让程序分散
 * 到不同机器上」) and is judged by its words, as any other; one naming none of them and no term (「订单超时自动取消怎么实现」,
 * 「如何提高代码质量」) only by a result whose question asks about its words (src/search/match.ts). Without this list, 5 of 30
 * Kubernetes questions in everyday words, written blind, were judged unanswered.
 */
// prettier-ignore
export const RUNNING_WORDS: readonly string[] = [
  '程序', '应用', '机器', '服务器', '实例', '部署', '镜像', '集群', '节点', '日志', '监控', '告警', '指标', '权限', '调度', '扩容', '缩容',
  '伸缩', '扩缩', '回滚', '域名', '证书', '存储', '网络',
];
