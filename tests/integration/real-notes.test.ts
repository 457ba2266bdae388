import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCuration } from '../../scripts/curation/load.ts';
import { diagramNames } from '../../scripts/diagrams/render.ts';
import { readSources } from '../../scripts/lib/read-sources.ts';
import { normalise } from '../../scripts/pipeline.ts';
import { comparable } from '../../scripts/dedupe/comparable.ts';

const root = join(import.meta.dirname, '../..');
const curationPath = join(root, 'sources/curation.yaml');
const committedLock = JSON.parse(readFileSync(join(root, 'sources/anchors.lock.json'), 'utf8')) as Record<string, { home: string; page: string }>;
const result = normalise(
  readSources(join(root, 'sources')),
  loadCuration(curationPath),
  readFileSync(curationPath, 'utf8'),
  diagramNames(join(root, 'src/diagrams')),
  committedLock,
);
const { manifest, pages } = result;
const where = (question: string) => manifest.units.find((u) => u.question === question);

describe('the five real notes files', () => {
  it('yields the questions of each file', () => {
    const perFile = Object.fromEntries(
      ['000', '001', '002', '003', '004'].map((f) => [f, manifest.units.filter((u) => u.at.startsWith(f)).length]),
    );
    expect(perFile).toEqual({ '000': 30, '001': 146, '002': 9, '003': 7, '004': 50 });
  });

  it('fills all twelve topic pages', () => {
    const topics = new Set(manifest.units.map((u) => u.page));
    expect([...topics].sort()).toEqual(
      ['architecture', 'etcd', 'istio', 'network', 'observability', 'operations', 'pod', 'scheduling', 'security', 'service', 'storage', 'workloads'].map((t) => `/${t}/`),
    );
  });

  it.each([
    ['k8s的组件有哪些,作用分别是什么?', '/architecture/'],
    ['etcd集群节点可以设置为偶数个吗，为什么要设置为奇数个呢？', '/etcd/'],
    ['pod的重启策略有哪些？', '/pod/'],
    ['deployment怎么扩容或缩容？', '/workloads/'],
    ['简述 Kubernetes Scheduler 作用及实现原理？', '/scheduling/'],
    ['简述 Kubernetes Service 类型？', '/service/'],
    ['简述 Kubernetes CNI 模型？', '/network/'],
    ['pv的回收策略有哪几种', '/storage/'],
    ['Kubernetes RBAC 及其特点（优势）？', '/security/'],
    ['istio原理介绍', '/istio/'],
    ['k8s是怎么做日志监控的', '/observability/'],
    ['如何扩容和缩容k8s集群', '/operations/'],
  ])('puts 「%s」 on %s', (question, page) => {
    expect(where(question)?.page).toBe(page);
  });

  it("re-joins the PDF-broken sentence in 001's Scheduler answer", () => {
    expect(pages.get('scheduling.mdx')).toContain('负责 Pod 接下来生命周期。');
    expect(pages.get('scheduling.mdx')).not.toMatch(/接下来生\s*\n/);
  });

  it('merges the questions that 001 and 004 carry word for word, keeping both sources', () => {
    const etcd = manifest.units.filter((u) => u.question === 'etcd集群节点可以设置为偶数个吗，为什么要设置为奇数个呢？');
    expect(etcd.map((u) => u.at)).toEqual(['001_764fa187a98efb01.txt:25', '004_bdbb8a9fb5c0a938.txt:515']);
    expect(new Set(etcd.map((u) => u.id)).size).toBe(1);
  });

  it('lists the unanswered questions as 待补充 rather than dropping them', () => {
    const open = manifest.units.filter((u) => u.status === 'unanswered').map((u) => u.question);
    expect(open).toContain('k8s exec 是怎么实现的');
    expect(open).toContain('一个用户请求流量是如何进入k8s集群内部的？');
  });

  it('keeps the monitoring points that were written as headings under 监控报警', () => {
    expect(pages.get('observability.mdx')).toMatch(/## 监控报警[^]*部门用普罗米修斯[^]*安全监控faclo/);
  });

  it('lists every hot-linked image in the manifest and never emits an image', () => {
    const inNotes = readdirSync(join(root, 'sources'))
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(root, 'sources', f), 'utf8').match(/!\[[^\]]*\]\(/g) ?? []);
    expect(manifest.images).toHaveLength(inNotes.length);
    for (const page of pages.values()) expect(page).not.toMatch(/!\[/);
  });

  it('leaves no escape, broken bold, 答： prefix or copy residue in the pages', () => {
    for (const [name, mdx] of pages) {
      const page = mdx.replace(/^<QuestionMeta .*$/gm, '');
      expect(page, name).not.toMatch(/\\\\\d+\./);
      expect(page, name).not.toContain('****');
      expect(mdx, name).not.toMatch(/<QuestionMeta [^\n]*\/>\n\n(?:\[\\\[外链图片[^\n]*\n\n)?答案?[:：]/);
      expect(page, name).not.toContain('复制代码');
      expect(page, name).not.toContain('本文来自互联网用户投稿');
    }
  });

  it('carries interview markers as badges, not as question text', () => {
    expect(where('简单讲一下 pod创建过程')).toBeDefined();
    expect(pages.get('pod.mdx')).toContain('markers={["经常问","必须牢记"]}');
    expect(manifest.units.some((u) => /经常问|必须牢记/.test(u.question))).toBe(false);
  });

  it('links every question with readable words, never a hash', () => {
    const ids = [...pages.values()].flatMap((mdx) => [...mdx.matchAll(/^## .* \{#([a-z0-9-]+)\}$/gm)].map((m) => m[1]!));
    expect(ids).toHaveLength(result.stats.questions);
    expect(result.hashedAnchors).toEqual([]);
    expect(ids.filter((id) => /^q-|-(?=[a-z]*\d)[0-9a-z]{6}$/.test(id))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['restart-policy', 'readiness-vs-liveness', 'max-surge-max-unavailable', 'rolling-update']));
  });

  it('publishes every anchor of the committed lock, and the lock holds every anchor published', () => {
    expect(result.anchorLock).toEqual(committedLock);
    const onPages = new Set([...pages.values()].flatMap((mdx) => [...mdx.matchAll(/\{#([a-z0-9-]+)\}|<span id="([a-z0-9-]+)"/g)].map((m) => m[1] ?? m[2])));
    for (const anchor of Object.keys(committedLock)) expect(onPages, anchor).toContain(anchor);
  });

  it('matches the committed generated pages and manifest byte for byte', () => {
    const docs = join(root, 'src/content/docs');
    const committed = new Map(readdirSync(docs).map((f) => [f, readFileSync(join(docs, f), 'utf8')]));
    expect(committed).toEqual(pages);
    expect(readFileSync(join(root, 'src/data/manifest.json'), 'utf8')).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
  });
});

describe('no repeated text across questions', () => {
  /** Questions whose notes genuinely give the same statements, each needing them in its own answer. */
  const SHARED = [
    ['pv 回收策略', '存储类回收策略', /^pv-reclaim-policy/, /^storageclass-reclaim-policy/],
    ['存活探针方式', '就绪探针方式', /^liveness-probes/, /^readiness-probes/],
    ['pod 生命周期（相位）', 'pod 状态', /^pod-lifecycle/, /^pod-status/],
  ] as const;

  it('has no paragraph or list item of 40+ characters under two different questions, except where both need it', () => {
    const owners = new Map<string, Set<string>>();
    for (const [name, mdx] of pages) {
      if (!manifest.units.some((u) => `${u.page.slice(1, -1)}.mdx` === name)) continue;
      for (const section of mdx.split(/\n## /).slice(1)) {
        const id = /\{#([a-z0-9-]+)\}/.exec(section.split('\n')[0]!)![1]!;
        for (const block of section.split(/\n\s*\n|\n(?=\s*(?:-|\d+\.) )/)) {
          const text = comparable(block);
          if (block.trim().startsWith('<') || block.trim().startsWith('```') || [...text].length < 40) continue;
          (owners.get(text) ?? owners.set(text, new Set()).get(text)!).add(id);
        }
      }
    }
    const repeated = [...owners.entries()]
      .filter(([, ids]) => ids.size > 1)
      .filter(([, ids]) => {
        const [a, b] = [...ids];
        return ids.size > 2 || !SHARED.some(([, , x, y]) => (x.test(a!) && y.test(b!)) || (x.test(b!) && y.test(a!)));
      })
      .map(([text, ids]) => `${[...ids].join(' & ')}: ${text.slice(0, 40)}`);
    expect(repeated).toEqual([]);
  });
});

describe('accuracy notes, interview signals and overview pages', () => {
  const curation = loadCuration(curationPath);

  it('shows each accuracy note of the curation file under its question, marked as ours, with its version', () => {
    expect(curation.notes.length).toBeGreaterThanOrEqual(15);
    for (const note of curation.notes) {
      const unit = manifest.units.find((u) => u.at === note.at)!;
      const section = pages.get(`${unit.page.slice(1, -1)}.mdx`)!.split(`{#${unit.id}}`)[1]!.split('\n## ')[0]!;
      expect(section, note.at).toMatch(/<Aside type="caution" title={"本站勘误：[^"]+"}>/);
      expect(section, note.at).toContain(note.version);
    }
  });

  it('never rewrites the notes: a corrected answer still says what the notes say', () => {
    expect(pages.get('pod.mdx')).toContain('Succeed（成功）');
    expect(pages.get('scheduling.mdx')).toContain('memory: 500G');
  });

  it('lists exactly the 高频 questions on the 高频题 page and exactly the unanswered ones on 待补充', () => {
    const linked = (name: string) => new Set([...pages.get(name)!.matchAll(/\]\(\.\.\/[a-z]+\/#([a-z0-9-]+)\)/g)].map((m) => m[1]));
    const marked = (flag: string) =>
      new Set([...pages.entries()].flatMap(([, mdx]) => [...mdx.matchAll(new RegExp(`{#([a-z0-9-]+)}\\n\\n<QuestionMeta [^\\n]*\\b${flag}\\b`, 'g'))].map((m) => m[1])));
    expect(linked('frequent.mdx')).toEqual(marked('frequent'));
    expect(linked('open.mdx')).toEqual(marked('unanswered'));
    expect(linked('open.mdx').size).toBe(manifest.units.filter((u) => u.status === 'unanswered').length);
  });
});
