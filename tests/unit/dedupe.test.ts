import { describe, expect, it } from 'vitest';
import { clusterUnits } from '../../scripts/dedupe/cluster.ts';
import { conflicts, guardSignature } from '../../scripts/dedupe/guards.ts';
import { chooseWording, mergeCluster } from '../../scripts/dedupe/merge.ts';
import { questionKey } from '../../scripts/dedupe/question-key.ts';
import { Seen, uniquePoints } from '../../scripts/dedupe/supplements.ts';
import type { CleanUnit } from '../../scripts/lib/types.ts';

let line = 0;
const unit = (question: string, answer: string, file = '001.md'): CleanUnit => ({
  file,
  line: ++line,
  format: 'heading',
  rawQuestion: question,
  question,
  markers: [],
  answer,
  unanswered: answer === '',
  images: [],
  corrections: [],
});
const together = (units: CleanUnit[]) => clusterUnits(units).length === 1;

const RESTART = 'Always：当容器终止退出后，总是重启容器，默认策略。\n\nOnFailure：当容器异常退出（退出状态码非0）时，才重启容器。\n\nNever：当容器终止退出，从不重启容器。';
const PROBES =
  'exec：在容器内执行命令，退出码为0则成功。\n\nhttpGet：对容器的IP、端口和路径发送HTTP请求，返回200-400为成功。\n\ntcpSocket：与容器的IP、端口建立TCP连接，能建立则成功。';

describe('questionKey', () => {
  it('reduces reworded questions to what they ask', () => {
    expect(questionKey('pod的重启策略有哪些？')).toBe(questionKey('简述 Kubernetes 中 Pod 的重启策略？'));
    expect(questionKey('pod一致处于pending状态')).toBe(questionKey('pod一直处于 pending 状态'));
  });
});

describe('guard terms', () => {
  it.each([
    ['pod的存活探针有哪几种？', 'pod的就绪探针有哪几种？'],
    ['存活探针的属性参数有哪几个？', 'pod的存活探针有哪几种？'],
    ['pv的回收策略有哪几种', '存储类的资源回收策略'],
    ['pod的生命周期有哪几种？', 'pod状态一般有哪些？'],
    ['简述 Kubernetes CNI 模型？', 'Kubernetes CSI 模型？'],
    ['deployment怎么扩容或缩容？', '如何扩容和缩容k8s集群'],
    ['deployment怎么扩容或缩容？', 'deployment更新的命令有哪些？'],
    ['service的类型有哪几种', '无头service和普通的service有什么区别'],
  ])('keeps 「%s」 and 「%s」 apart', (a, b) => {
    expect(conflicts(guardSignature(a.toLowerCase()), guardSignature(b.toLowerCase()))).toBe(true);
  });

  it('lets reworded versions through', () => {
    expect(conflicts(guardSignature('pod的重启策略有哪些？'), guardSignature('简述 kubernetes 中 pod 的重启策略？'))).toBe(false);
  });
});

describe('clusterUnits', () => {
  it('merges reworded versions of one question across notes', () => {
    expect(together([unit('pod的重启策略有哪些？', RESTART, '000.txt'), unit('简述 Kubernetes 中 Pod 的重启策略？', RESTART.replace('默认策略', '默认值'), '001.md')])).toBe(true);
  });

  it('keeps liveness and readiness probe kinds apart even with identical answers', () => {
    expect(together([unit('pod的存活探针有哪几种？', PROBES), unit('pod的就绪探针有哪几种？', PROBES)])).toBe(false);
  });

  it('never chains two look-alikes together through a third version', () => {
    const clusters = clusterUnits([unit('pod的存活探针有哪几种？', PROBES), unit('探针有哪几种？', PROBES), unit('pod的就绪探针有哪几种？', PROBES)]);
    const withLiveness = clusters.find((c) => c.members.includes(0))!;
    expect(withLiveness.members).not.toContain(2);
  });

  it('keeps apart two full answers that share almost nothing, however alike the questions', () => {
    expect(
      together([
        unit('Pod的生命周期', '创建：提交到API服务器时创建。\n\n运行：调度到节点上时运行。\n\n删除：容器被停止，资源被释放。'),
        unit('pod的生命周期有哪几种？', 'Pending：已创建但镜像未就绪。\n\nRunning：所有容器已创建，至少一个运行。\n\nUnknown：无法获取状态。'),
      ]),
    ).toBe(false);
  });

  it('follows an editor: merge overrides the rules, split overrides them too', () => {
    const units = [unit('pod的存活探针有哪几种？', PROBES), unit('pod的就绪探针有哪几种？', PROBES)];
    expect(clusterUnits(units, { merge: [[0, 1]] })).toHaveLength(1);
    const same = [unit('pod的重启策略有哪些？', RESTART), unit('pod的重启策略有哪些?', `${RESTART}\n\n补一句。`)];
    expect(clusterUnits(same, { split: [[0, 1]] })).toHaveLength(2);
  });
});

describe('merging a cluster', () => {
  it('shows the fullest answer first and carries only the points the other versions add', () => {
    const short = unit('pod的重启策略有哪些?', 'Always：当容器终止退出后，总是重启容器，默认策略。\n\n注意：Job 只能用 OnFailure 或 Never。', '000.txt');
    const full = unit('简述 Kubernetes 中 Pod 的重启策略？', RESTART, '001.md');
    const merged = mergeCluster([short, full]);
    expect(merged.answer).toBe(RESTART);
    expect(merged.supplements).toEqual([{ source: { file: '000.txt', line: short.line }, markdown: '注意：Job 只能用 OnFailure 或 Never。' }]);
  });

  it('prefers wording without typos, phrased as a question', () => {
    const versions = [unit('pod一致处于pending状态一般有哪些情况，怎么排查？', 'a'), unit('pod一直处于pending状态一般有哪些情况，怎么排查？', 'a')];
    expect(chooseWording(versions, 0)).toBe(1);
  });

  it('leaves out a bare lead-in whose items were all shown, and keeps what a longer one says before its announcement', () => {
    const seen = new Seen('DaemonSet一般使用的场景有:\n\n在去做每个节点的日志收集工作;\n\n监控每个节点的的运行状态;');
    expect(uniquePoints('因此，在定义 yaml 文件中，不支持定义 replicas。\n\n它的一般使用场景如下：\n\n在去做每个节点的日志收集工作。', seen)).toBe(
      '因此，在定义 yaml 文件中，不支持定义 replicas。',
    );
    expect(
      uniquePoints('可以通过pod.spec.restartPolicy字段配置重启容器的策略，重启策略如下3种配置：\n\n- Always：当容器终止退出后，总是重启容器，默认策略。', new Seen(RESTART)),
    ).toBe('可以通过pod.spec.restartPolicy字段配置重启容器的策略。');
  });

  it('does not define a term again in other words (Always / OnFailure / Never explained twice)', () => {
    const again = 'Always: 当容器终止退出后,总是重启容器。\n\nOnFailure: 当容器异常退出,退出状态码非0时,才重启容器。\n\n重启有指数退避，最长 5 分钟。';
    expect(uniquePoints(again, new Seen('Always ：当容器失效时，由 kubelet 自动重启该容器；\n\nOnFailure ：当容器终止运行且退出码不为 0 时重启。'))).toBe(
      '重启有指数退避，最长 5 分钟。',
    );
  });

  it('compares statements without their list numbering or 答： (1、甲 is - 甲)', () => {
    expect(uniquePoints('1、每个 Pod 都有一个唯一的 IP 地址和主机名。', new Seen('- 每个 Pod 都有一个唯一的 IP 地址和主机名。'))).toBe('');
  });

  it('repeats nothing: a point already shown is not carried again', () => {
    expect(uniquePoints('- Always：当容器终止退出后，总是重启容器，默认策略。\n- 新的一点：重启有指数退避。', new Seen(RESTART))).toBe('- 新的一点：重启有指数退避。');
  });
});
