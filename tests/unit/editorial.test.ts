/** The editorial pass: lists, commands, misspelt names, headings, starts, reading order and 又问. */
import { describe, expect, it } from 'vitest';
import { commandsToCode } from '../../scripts/clean/commands.ts';
import { normaliseNumbering } from '../../scripts/clean/numbering.ts';
import { joinPdfBreaks } from '../../scripts/clean/pdf-breaks.ts';
import { toMarkdown } from '../../scripts/clean/paragraphs.ts';
import { fixTypos } from '../../scripts/clean/typos.ts';
import { repairBoldLines } from '../../scripts/clean/bold.ts';
import { dropRepeatedQuestion } from '../../scripts/clean/repeated-question.ts';
import { parseCuration } from '../../scripts/curation/load.ts';
import { typesetHeading } from '../../scripts/edit/heading.ts';
import { toSafeMdx } from '../../scripts/emit/safe-mdx.ts';
import { normalise } from '../../scripts/pipeline.ts';
import { lines, sourceFile, texts } from '../support/lines.ts';

const numbered = (text: string) => normaliseNumbering('a.md', lines(text));

describe('lists in every numbering style', () => {
  it.each([
    ['1、甲\n2、乙', ['1. 甲', '2. 乙']],
    ['1.甲\n2.乙', ['1. 甲', '2. 乙']],
    ['1)甲\n2)乙', ['1. 甲', '2. 乙']],
    ['1\\)甲\n2\\)乙', ['1. 甲', '2. 乙']],
    ['（1）甲\n（2）乙', ['1. 甲', '2. 乙']],
    ['①甲\n②乙', ['1. 甲', '2. 乙']],
    ['一、甲\n二、乙', ['1. 甲', '2. 乙']],
  ])('%j becomes a Markdown ordered list', (input, expected) => {
    expect(texts(numbered(input).lines)).toEqual(expected);
  });

  it('renders as an ordered list, not paragraphs', () => {
    expect(toSafeMdx(toMarkdown(numbered('1)甲\n2)乙').lines))).toBe('1. 甲\n2. 乙');
  });

  it('renumbers a counter that repeats (1、2、2、3) and lists the repair', () => {
    const result = numbered('1、甲\n2、乙\n2、丙\n3、丁');
    expect(texts(result.lines)).toEqual(['1. 甲', '2. 乙', '3. 丙', '4. 丁']);
    expect(result.corrections).toEqual([
      expect.objectContaining({ line: 3, kind: 'numbering', from: '2、', to: '3.' }),
      expect.objectContaining({ line: 4, kind: 'numbering', from: '3、', to: '4.' }),
    ]);
  });

  it('nests a second style under the item it follows, and goes on counting after a paragraph', () => {
    expect(texts(numbered('1、甲\n(1)子一\n(2)子二\n2、乙\n说明\n3、丙').lines)).toEqual(['1. 甲', '   1. 子一', '   2. 子二', '2. 乙', '说明', '3. 丙']);
  });

  it('leaves version numbers and code alone', () => {
    expect(texts(numbered('1.24 版本移除了 dockershim\n```\n1、不是列表\n```').lines)).toEqual(['1.24 版本移除了 dockershim', '```', '1、不是列表', '```']);
  });
});

describe('commands pasted as prose', () => {
  it('become a sh code block, and a numbered step keeps its number with the command as code', () => {
    const out = texts(
      commandsToCode(lines('综上所述：\n1. kubectl cordon node01   #设置节点不可调度\nkubectl drain node01 --ignore-daemonsets\nkubectl uncordon node01\n命令背后的原理')),
    );
    expect(out).toEqual([
      '综上所述：',
      '1. `kubectl cordon node01` #设置节点不可调度',
      '```sh',
      'kubectl drain node01 --ignore-daemonsets',
      'kubectl uncordon node01',
      '```',
      '命令背后的原理',
    ]);
  });

  it('leave a Chinese sentence that starts with a command name as text', () => {
    expect(texts(commandsToCode(lines('kubectl drain 命令的语法如下：')))).toEqual(['kubectl drain 命令的语法如下：']);
  });
});

describe('damage that is not formatting', () => {
  it('shows `_<portname>._<protocol>` and `a*b*c` literally, never as italics', () => {
    const mdx = toSafeMdx('格式为：_<portname>._<protocol>.<servicename>，以及 a*b*c');
    expect(mdx).not.toMatch(/(^|[^\\])[_*][^\\]/);
    expect(mdx).toContain('\\_\\<portname>.\\_\\<protocol>');
  });

  it('keeps **bold** as bold', () => {
    expect(toSafeMdx('**流量管理：** 说明')).toBe('**流量管理：** 说明');
  });

  it('removes a heading the copy injected mid-sentence into its own answer, and rejoins the sentence', () => {
    const q = '如何扩容和缩容k8s集群';
    const result = dropRepeatedQuestion('a.md', q, lines('扩容节点join命令即可，缩\n\n如何扩容和缩容k8s集群 容，先将节点标记为不可调度'));
    expect(texts(result.lines)).toEqual(['扩容节点join命令即可，缩容，先将节点标记为不可调度']);
    expect(result.corrections).toEqual([expect.objectContaining({ line: 3, kind: 'page-header' })]);
    // A first line that repeats the question after a full stop is the author's, and stays.
    expect(texts(dropRepeatedQuestion('a.md', q, lines('上文。\n如何扩容和缩容k8s集群 的答案如下')).lines)).toHaveLength(2);
  });

  it('shows `**注意：**正文` as bold, not as asterisks', () => {
    const markdown = toMarkdown(repairBoldLines(lines('**注意：**Service 的 ClusterIP 只能在集群内访问。')));
    expect(toSafeMdx(markdown)).toBe('**注意**：Service 的 ClusterIP 只能在集群内访问。');
  });

  it('never takes a `---` rule after a link for more of its address', () => {
    expect(texts(joinPdfBreaks(lines('详见 https://kubernetes.io/docs/concepts/services-networking/service/\n\n---')))).toEqual([
      '详见 https://kubernetes.io/docs/concepts/services-networking/service/',
      '',
      '---',
    ]);
  });

  it('rejoins an address the copy split over two lines', () => {
    expect(texts(joinPdfBreaks(lines('见 https://kubernetes.io/docs/concepts/\nworkloads/pods/')))).toEqual(['见 https://kubernetes.io/docs/concepts/workloads/pods/']);
    expect(texts(joinPdfBreaks(lines('当然你也可以查看htt \n\nps://github.com/prometheus/node_exporter#enabled-by-default ')))).toEqual([
      '当然你也可以查看https://github.com/prometheus/node_exporter#enabled-by-default',
    ]);
  });
});

describe('misspelt names', () => {
  it('are fixed from the table and each fix is listed with its place', () => {
    const { text, corrections } = fixTypos('kubenetes 里的 RoleRinding 与 kunelet', 'a.md', 7);
    expect(text).toBe('Kubernetes 里的 RoleBinding 与 kubelet');
    expect(corrections.map((c) => [c.line, c.from, c.to])).toEqual([
      [7, 'kubenetes', 'Kubernetes'],
      [7, 'RoleRinding', 'RoleBinding'],
      [7, 'kunelet', 'kubelet'],
    ]);
  });

  it('never touch a correct word that contains a misspelling', () => {
    expect(fixTypos('Succeeded 与 kube-proxy', 'a.md', 1).corrections).toEqual([]);
  });
});

describe('headings an editor would write', () => {
  it.each([
    ['pod是什么?', 'Pod 是什么？'],
    ['k8s中命名空间的作用是什么?', 'Kubernetes 中命名空间的作用是什么？'],
    ['kube-api-server的端口是多少?各个pod是如何访问kube-api-server的?', 'kube-apiserver 的端口是多少？各个 Pod 是如何访问 kube-apiserver 的？'],
    ['pod的重启策略有哪些', 'Pod 的重启策略有哪些？'],
    ['简述 ETCD 及其特点？ ', '简述 etcd 及其特点？'],
    ['Kubernetes中Pod的状态(phase)有哪些', 'Kubernetes 中 Pod 的状态（phase）有哪些？'],
    ['当 Pod 的状态显示为 Running 状态，但前面的状态为 0/1 时，', '当 Pod 的状态显示为 Running 状态，但前面的状态为 0/1 时'],
  ])('%j → %j', (raw, heading) => {
    expect(typesetHeading(raw)).toBe(heading);
  });
});

describe('statements the notes give under two questions', () => {
  it('are shown once, under the question met first, and the later one links there', () => {
    const shared = 'Retain：保留，删除 PVC 后 PV 仍然存在并被视为已释放，管理员需要手动回收其中的数据与底层存储资源。';
    const notes = sourceFile(
      'a.md',
      `## pv的回收策略有哪几种？\n\n${shared}\n\nRecycle：已弃用。\n\n## storageclass的回收策略有哪些？\n\n${shared}\n\n动态创建的 PV 默认继承存储类的回收策略，默认 Delete。\n`,
    );
    const text = 'version: 1\nanchors:\n  - { at: "a.md:1", anchor: pv-reclaim }\n  - { at: "a.md:7", anchor: sc-reclaim }\n';
    const page = normalise([notes], parseCuration(text), text).pages.get('storage.mdx')!;
    expect(page.split(shared).length - 1).toBe(1);
    const later = page.split('{#sc-reclaim}')[1]!;
    expect(later).toContain('动态创建的 PV 默认继承存储类的回收策略');
    expect(later).toContain('<SeeAlso href={"../storage/#pv-reclaim"}');
  });
});

describe('curation: starts, layout and other wordings', () => {
  const notes = sourceFile(
    'a.md',
    '## pod的重启策略有哪些\n\nAlways、OnFailure、Never\n\n## pod是什么?\n\nPod 是最小的部署单元。\n\n6-istio流量管理\n\nIstio 可以按版本分配流量。\n',
  );
  const two = sourceFile('b.md', '## 什么是pod\n\nPod 是最小的部署单元。\n');

  it("starts a question where the notes lack a heading, with the editor's wording, and keeps the notes' title as 又问", () => {
    const text = 'version: 1\nstarts:\n  - at: "a.md:9"\n    question: Istio 如何管理流量？\n    title: true\n    reason: 课程标题没有标题标记\n';
    const result = normalise([notes], parseCuration(text), text);
    const istio = result.pages.get('istio.mdx')!;
    expect(istio).toMatch(/^### Istio 如何管理流量？ \{#[a-z-]+\}$/m);
    expect(istio).toContain('wordings={["istio流量管理"]}');
    expect(result.pages.get('pod.mdx')).not.toContain('Istio 可以按版本分配流量');
  });

  it('names the curation line and gives a hint when a start is not inside an answer', () => {
    const text = 'version: 1\nstarts:\n  - at: "a.md:1"\n    question: 这不是答案里的行？\n    reason: 测试错误提示\n';
    expect(() => normalise([notes], parseCuration(text), text)).toThrow(/curation\.yaml:3: a\.md:1: starts names a line that is not inside an answer\n {2}hint: /);
  });

  it('names every start that is not inside an answer in one run', () => {
    const wrong = (at: string) => `  - at: "${at}"\n    question: 这不是答案里的行？\n    reason: 测试错误提示\n`;
    const text = `version: 1\nstarts:\n${wrong('a.md:1')}${wrong('a.md:5')}`;
    expect(() => normalise([notes], parseCuration(text), text)).toThrow(/^curation\.yaml:3: a\.md:1: starts [^\n]+\n {2}hint: [^\n]+\ncuration\.yaml:6: a\.md:5: starts /);
  });

  it("groups a page by the editor's layout, two levels, and places a question nobody listed by its wording", () => {
    const text = 'version: 1\nanchors:\n  - { at: "a.md:1", anchor: restart-policy }\n  - { at: "a.md:5", anchor: pod }\nlayout:\n  pod:\n    config: [restart-policy]\n';
    const page = normalise([notes], parseCuration(text), text).pages.get('pod.mdx')!;
    const headings = [...page.matchAll(/^(##+) (.*?) \{#([a-z-]+)\}$/gm)].map((m) => `${m[1]} ${m[3]}`);
    expect(headings).toEqual(['## group-basics', '### pod', '## group-config', '### restart-policy']);
  });

  it('warns, and places by wording, when a question the layout names is now on another page', () => {
    const text = 'version: 1\nanchors:\n  - { at: "a.md:1", anchor: restart-policy }\nlayout:\n  service:\n    basics: [restart-policy]\n';
    const result = normalise([notes], parseCuration(text), text);
    expect(result.pages.get('pod.mdx')).toContain('{#restart-policy}');
    expect(result.unplaced).toEqual([expect.stringContaining('layout.service.basics: #restart-policy is now on /pod/')]);
  });

  it('rejects a layout entry that names no question of the page', () => {
    const text = 'version: 1\nlayout:\n  pod:\n    config: [no-such-anchor]\n';
    expect(() => normalise([notes], parseCuration(text), text)).toThrow(/no-such-anchor is not a published question/);
  });

  it("shows the other versions' wording under a merged question (又问), never the heading again", () => {
    const one = sourceFile('a.md', '## pod是什么?\n\nPod 是最小的部署单元。\n');
    const page = normalise([one, two], parseCuration('version: 1\n'), 'version: 1\n').pages.get('pod.mdx')!;
    expect(page).toMatch(/### Pod 是什么？ \{#pod\}\n\n<AlsoAsked wordings=\{\["什么是pod"\]\} \/>/);
  });
});
