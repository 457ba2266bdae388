/**
 * The second editorial pass, as fixture folders: a notes file (notes.md), the editors' decisions
 * (curation.yaml), optionally a published anchor lock (lock.json), next to what the reader must get:
 * the pages the case is about (expected/<page>.mdx), or every problem of the run (expected/problems.txt).
 * `UPDATE_FIXTURES=1 npm run test:unit` rewrites the expectations; read their diff before committing it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../scripts/curation/load.ts';
import { AnchorLockSchema } from '../../scripts/emit/anchors.ts';
import { SourceError, SourceErrors } from '../../scripts/lib/errors.ts';
import { normalise } from '../../scripts/pipeline.ts';
import { sourceFile } from '../support/lines.ts';
import { OTHER_GROUP, TOPICS } from '../../scripts/classify/topics.ts';
import { mostAsked } from '../../scripts/emit/overview-pages.ts';
import { withoutRepeats } from '../../scripts/dedupe/supplements.ts';
import { comparable } from '../../scripts/dedupe/comparable.ts';
import { questionSection } from '../../scripts/emit/topic-page.ts';
import type { Question, TopicPage } from '../../scripts/lib/types.ts';

const fixtures = join(import.meta.dirname, '../fixtures/second-pass');
const update = process.env.UPDATE_FIXTURES === '1';

/** The pages a case shows: its topic pages and the overview pages that list questions. */
const SHOWN = /^(?:[a-z]+(?:\/[a-z0-9-]+)?\.mdx)$/;
const OVERVIEWS = new Set(['index.mdx', '404.mdx']);

describe('second editorial pass', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, () => {
      const dir = join(fixtures, name);
      const read = (f: string) => readFileSync(join(dir, f), 'utf8');
      const curationText = read('curation.yaml');
      const lock = existsSync(join(dir, 'lock.json')) ? AnchorLockSchema.parse(JSON.parse(read('lock.json'))) : {};
      let actual: Map<string, string>;
      try {
        const result = normalise([sourceFile('notes.md', read('notes.md'))], parseCuration(curationText), curationText, [], lock);
        // Pages with a question on them, the overview pages of 高频 and 未校对, and pages kept for moved questions.
        actual = new Map([...result.pages].filter(([page, mdx]) => SHOWN.test(page) && !OVERVIEWS.has(page) && /### |kb-moved|^- \[/m.test(mdx)));
      } catch (error) {
        if (!(error instanceof SourceError || error instanceof SourceErrors)) throw error;
        const problems = error instanceof SourceErrors ? error.errors : [error];
        actual = new Map([['problems.txt', `${problems.map((p) => p.message).join('\n')}\n`]]);
      }
      const expected = join(dir, 'expected');
      const files = (d: string, prefix = ''): string[] =>
        readdirSync(join(expected, d), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
      if (update) {
        // A case names the pages it is about: an update rewrites those, a new case gets every page it shows.
        const named = existsSync(expected) ? new Set(files('')) : undefined;
        mkdirSync(expected, { recursive: true });
        for (const [page, text] of actual) {
          if (named && !named.has(page)) continue;
          mkdirSync(join(expected, page, '..'), { recursive: true });
          writeFileSync(join(expected, page), text);
        }
      }
      expect(existsSync(expected), `${expected} is missing: run with UPDATE_FIXTURES=1 and read it`).toBe(true);
      const wanted = files('');
      for (const page of wanted) expect(actual.get(page), `${name}: ${page}`).toBe(readFileSync(join(expected, page), 'utf8'));
    });
  }
});

describe('高频题', () => {
  const question = (id: string, files: string[], markers: string[] = [], frequent = markers.length > 0 || files.length >= 3): Question => ({
    id,
    aliases: [],
    topic: 'pod',
    question: `${id}？`,
    wordings: [],
    markers,
    answer: '答案。',
    supplements: [],
    diagrams: [],
    notes: [],
    frequent,
    unanswered: false,
    sources: files.map((file) => ({ file, line: 1 })),
    primarySource: { file: files[0] ?? 'editors/pod.md', line: 1 },
    images: [],
  });
  const page = (questions: Question[]): TopicPage => ({ topic: TOPICS.find((t) => t.id === 'pod')!, groups: [{ group: OTHER_GROUP, questions }], questions, placed: 0 });

  it('chooses what the notes mark as often asked first, then the other 高频 ones (three notes files, an editor’s mark), then what more notes files ask', () => {
    const ours = { ...question('ours', [], [], true), own: true };
    const qs = [
      question('three-files', ['a', 'b', 'c']),
      question('two-files', ['a', 'b']),
      ours,
      question('one-file', ['a']),
      question('marked', ['a'], ['这个问题被问到的概率非常大']),
      question('author-note', ['a', 'b'], ['持续更新'], false),
    ];
    expect(mostAsked(page(qs), 3).map((q) => q.id)).toEqual(['three-files', 'ours', 'marked']);
    expect(mostAsked(page(qs), 4).map((q) => q.id)).toEqual(['three-files', 'two-files', 'ours', 'marked']);
    expect(mostAsked(page(qs), 1).map((q) => q.id)).toEqual(['marked']);
  });

  it('shows one 高频 badge, explained with the notes’ own words, and never an author’s note as a badge', () => {
    const mdx = questionSection(question('marked', ['a'], ['重点', '持续更新', '这个问题被问到的概率非常大']), new Set(), (id) => `#${id}`);
    expect(mdx).toContain('markers={["重点","这个问题被问到的概率非常大"]}');
    expect(mdx).not.toContain('持续更新');
    expect(mdx).toMatch(/ frequent /);
  });
});

describe('what the editors changed stays listed', () => {
  it('lists every repair of the notes’ text in the manifest, with its place and reason', () => {
    const dir = join(fixtures, 'fixes');
    const curationText = readFileSync(join(dir, 'curation.yaml'), 'utf8');
    const { manifest } = normalise([sourceFile('notes.md', readFileSync(join(dir, 'notes.md'), 'utf8'))], parseCuration(curationText), curationText);
    const edits = manifest.corrections.filter((c) => c.kind === 'edit');
    expect(edits.map((c) => [c.at, c.from, c.to])).toEqual([
      ['notes.md:3', '3中', '3种'],
      ['notes.md:5', '部', ''],
      ['notes.md:7', '镜象', '镜像'],
      ['notes.md:9', '。IfNotPresent', '。\nIfNotPresent'],
    ]);
    expect(edits.every((c) => c.why.length >= 4)).toBe(true);
  });

  it('lists look-alike radicals replaced by their ideographs, line by line, so 减小 finds 「减⼩」', () => {
    const dir = join(fixtures, 'look-alike-radicals');
    const curationText = readFileSync(join(dir, 'curation.yaml'), 'utf8');
    const { manifest, search } = normalise([sourceFile('notes.md', readFileSync(join(dir, 'notes.md'), 'utf8'))], parseCuration(curationText), curationText);
    expect(manifest.corrections.filter((c) => c.kind === 'look-alike').map((c) => [c.at, c.from, c.to])).toEqual([
      ['notes.md:1', '⼩', '小'],
      ['notes.md:3', '⽤⾏⽂⼩', '用行文小'],
    ]);
    expect(JSON.stringify(search)).toContain('减小');
    expect(JSON.stringify(search)).not.toMatch(/[\u2F00-\u2FD5]/u);
  });

  it('keeps a merged question of ours as a link target (`{#anchor #merged}`) in the lock and on the page', () => {
    const editors = [
      {
        file: 'pod.md',
        text: '---\nversion: Kubernetes 1.34\n---\n\n## Pod 一直 Terminating 怎么办？ {#pod-stuck-terminating #pod-terminating-fix}\n\n### 要点\n\n- 看 finalizers。\n- 看节点是否失联。\n- 最后才强制删除。\n\n### 回答\n\n先看事件。\n\n### 依据\n\n- [Pod 的生命周期](https://kubernetes.io/zh-cn/docs/concepts/workloads/pods/pod-lifecycle/)\n',
      },
    ];
    const curation = parseCuration('version: 1\n');
    const result = normalise([], curation, '', [], { 'pod-terminating-fix': { home: 'editors#pod-terminating-fix', page: '/pod/' } }, editors);
    expect(result.anchorLock['pod-terminating-fix']).toEqual({ home: 'editors#pod-terminating-fix', page: '/pod/' });
    expect(result.pages.get('pod.mdx')).toContain('<span id="pod-terminating-fix" className="kb-alias" />');
  });
});

describe('a statement shown once', () => {
  it('leaves out only the items of a list the reader reads under another question, never an item shown nowhere else', () => {
    const items = [
      'Pending：Pod 已被集群接受，但还有容器没有准备好运行，包括等待调度和下载镜像的时间。',
      'Running：Pod 已绑定到节点，所有容器都已创建，至少一个容器正在运行或正在启动、重启。',
      'ContainerCreating：容器正在创建中，通常在拉镜像或者挂载卷，这是 kubectl 显示的状态而不是相位。',
    ];
    const markdown = items.map((t, i) => `${i + 1}. ${t}`).join('\n');
    const shown = new Set([comparable(items[0]!), comparable(items[1]!)]);
    const result = withoutRepeats(markdown, (k) => shown.has(k));
    expect(result.removed).toHaveLength(2);
    expect(result.markdown).toContain('ContainerCreating');
    expect(result.markdown).not.toContain('Pending');
  });
});

describe('a new notes file never degrades what is published', () => {
  const a = sourceFile(
    'a.md',
    '## 什么是 Pod？\n\nPod 是 Kubernetes 最小的调度单元，包含一个或多个容器，这些容器总是被一起调度到同一个节点上运行。\n\n## Pod 由哪些部分组成？\n\nPod 由一个 pause 容器和一个或多个业务容器组成，业务容器共享 pause 容器的网络命名空间和挂载的存储卷。\n',
  );
  // Says both answers at once, and at greater length: alike enough to either question to merge.
  const b = sourceFile(
    'b.md',
    '## Pod 是什么？由哪些部分组成？\n\nPod 是 Kubernetes 最小的调度单元，包含一个或多个容器，这些容器总是被一起调度到同一个节点上运行。Pod 由一个 pause 容器和一个或多个业务容器组成，业务容器共享 pause 容器的网络命名空间和挂载的存储卷。\n',
  );
  const none = parseCuration('version: 1\n');

  it('joins at most one published question, and its answer shows as a supplement, not in place of the published one', () => {
    const first = normalise([a], none, '', [], {});
    expect(first.questions).toHaveLength(2);
    const second = normalise([a, b], none, '', [], first.anchorLock);
    expect(second.questions).toHaveLength(2);
    for (const q of second.questions) expect(q.primarySource.file).toBe('a.md');
    expect(second.questions.flatMap((q) => q.supplements.map((s) => s.source.file))).toEqual(['b.md']);
    // Without a published lock (a first build) the same files merge freely.
    expect(normalise([a, b], none, '', [], {}).questions).toHaveLength(1);
  });
});
