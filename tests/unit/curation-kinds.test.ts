/** The curation kinds are a registry: a kind is one entry, read, checked and applied through it; its applies change nothing they are given. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { applyKinds, kind, KINDS, type Curated } from '../../scripts/curation/kinds.ts';
import { At } from '../../scripts/curation/fields.ts';
import { parseCuration } from '../../scripts/curation/load.ts';
import { CurationSchema } from '../../scripts/curation/schema.ts';
import { normalise } from '../../scripts/pipeline.ts';
import type { Question } from '../../scripts/lib/types.ts';
import { sourceFile } from '../support/lines.ts';

const notes = sourceFile('a.md', '## pod的重启策略有哪些？\n\nAlways、OnFailure、Never\n\n## pod的镜像拉取策略有哪几种？\n\nAlways、IfNotPresent、Never\n');
const anchors = 'version: 1\nanchors:\n  - { at: "a.md:1", anchor: restart-policy }\n  - { at: "a.md:5", anchor: image-pull-policy }\n';

/** A kind no real curation file has: a badge on the question whose version starts at `at`. */
const badges = kind({
  key: 'badges',
  schema: z.array(z.object({ at: At, badge: z.string().min(2) }).strict()).default([]),
  places: (entries) => entries.map((e) => e.at),
  apply: {
    publish: (entries, q) => {
      const mine = entries.filter((e) => q.sources.some((s) => `${s.file}:${s.line}` === e.at));
      return mine.length === 0 ? q : { ...q, markers: [...q.markers, ...mine.map((e) => e.badge)] };
    },
  },
});
const kinds = [...KINDS, badges];

describe('a curation kind is one entry of the registry', () => {
  it('is read, its places checked and its apply run at its stage, from that entry alone', () => {
    const text = `${anchors}badges:\n  - { at: "a.md:1", badge: 必考 }\n`;
    // Without the entry, the section is not part of the curation file.
    expect(() => parseCuration(text)).toThrow(/^curation\.yaml:1: \(top level\): Unrecognized key: "badges"/);
    const result = normalise([notes], parseCuration(text, kinds), text, [], {}, [], kinds);
    expect(result.questions.find((q) => q.id === 'restart-policy')!.markers).toEqual(['必考']);
    expect(result.questions.find((q) => q.id === 'image-pull-policy')!.markers).toEqual([]);
  });

  it("reports its mistakes with the curation file's line and a hint, all at once", () => {
    expect(() => parseCuration(`${anchors}badges:\n  - { at: "a.md:1", badge: x }\n`, kinds)).toThrow(/^curation\.yaml:6: badges\.0\.badge: .*\n {2}hint: /);
    const text = `${anchors}badges:\n  - { at: "a.md:3", badge: 必考 }\n  - { at: "a.md:4", badge: 常考 }\n`;
    expect(() => normalise([notes], parseCuration(text, kinds), text, [], {}, [], kinds)).toThrow(
      /^curation\.yaml:6: a\.md:3: no question starts at this notes file and line\n {2}hint: [^\n]+\ncuration\.yaml:7: a\.md:4: no question starts/,
    );
  });

  it('names the wrong anchors of reviews, problems and layout in one run', () => {
    const text = `${anchors}reviews:\n  - { date: "2026-11-23", reviewer: 编辑, versions: Kubernetes 1.34, questions: [gone] }\nproblems:\n  - { anchor: lost, problem: 答案漏了一种策略 }\nlayout:\n  pod:\n    config: [missing]\n`;
    expect(() => normalise([notes], parseCuration(text), text)).toThrow(
      /^curation\.yaml:6: gone: reviews: [^\n]+\n {2}hint: [^\n]+\ncuration\.yaml:8: lost: problems: [^\n]+\n {2}hint: [^\n]+\ncuration\.yaml:11: missing: layout\.pod\.config: #missing is not a published question\n {2}hint: layout: /,
    );
  });

  it('holds every section of the curation file, layout too', () => {
    expect(KINDS.map((k) => k.key)).toContain('layout');
    expect(Object.keys(CurationSchema.shape)).toEqual(['version', ...KINDS.map((k) => k.key)]);
  });
});

describe('applying a kind', () => {
  const question = (id: string): Question => ({
    id,
    aliases: [],
    topic: 'pod',
    question: `${id}？`,
    wordings: [],
    markers: [],
    answer: '答案。',
    supplements: [],
    diagrams: [],
    notes: [],
    frequent: false,
    unanswered: false,
    sources: [{ file: 'a.md', line: 1 }],
    primarySource: { file: 'a.md', line: 1 },
    images: [],
  });
  const frozen = <T>(value: T): T => {
    if (value && typeof value === 'object') for (const v of Object.values(value)) frozen(v);
    return Object.freeze(value);
  };

  it('returns new questions and leaves the ones it was given as they were', () => {
    const text = `${anchors}reviews:\n  - { date: "2026-11-23", reviewer: 编辑, versions: Kubernetes 1.34, questions: [a] }\nproblems:\n  - { anchor: b, problem: 答案漏了一种策略 }\n`;
    const curated: Curated = { curation: parseCuration(text), line: () => 1, kinds: KINDS };
    const given = frozen([question('a'), question('b')]);
    const { questions, problems } = applyKinds('review', curated, { questions: given, problems: [] }, {});
    expect(problems).toEqual([]);
    expect(questions[0]!.review).toEqual({ date: '2026-11-23', reviewer: '编辑', versions: 'Kubernetes 1.34' });
    expect(questions[1]!.problems).toEqual(['答案漏了一种策略']);
    expect(given[0]!.review).toBeUndefined();
    expect(given[1]!.problems).toBeUndefined();
  });

  it('leaves the curation and the notes as they were, whatever kinds apply', () => {
    const a = sourceFile(
      'a.md',
      '## pod的重启策略有哪些\n\nAlways、OnFailure、Never\n\n## pod是什么?\n\nPod 是最小的部署单元。\n\n6-istio流量管理\n\nIstio 可以按版本分配流量。\n',
    );
    const b = sourceFile('b.md', '## 什么是pod\n\nPod 是最小的部署单元。\n');
    const text = [
      'version: 1',
      'anchors:\n  - { at: "a.md:1", anchor: restart-policy }\n  - { at: "a.md:5", anchor: pod }',
      'canonical:\n  - { at: "a.md:1", question: Pod 的重启策略有哪些？ }',
      'merge:\n  - { at: ["a.md:5", "b.md:1"], reason: 同一个问题 }',
      'starts:\n  - { at: "a.md:9", question: Istio 如何管理流量？, title: true, reason: 课程标题没有标题标记 }',
      'fixes:\n  - { at: "a.md:3", from: "Never", to: "Never（从不）", reason: 补全说明 }',
      'notes:\n  - { at: "a.md:1", version: Kubernetes 1.34, text: 重启策略作用于 Pod 内的所有容器。 }',
      'reviews:\n  - { date: "2026-11-23", reviewer: 编辑, versions: Kubernetes 1.34, questions: [restart-policy] }',
      'problems:\n  - { anchor: pod, problem: 答案过于简略 }',
      'layout:\n  pod:\n    config: [restart-policy]',
      '',
    ].join('\n');
    // Changing any of these while applying a kind would throw.
    const { pages } = normalise(frozen([a, b]), frozen(parseCuration(text)), text);
    expect(pages.get('pod.mdx')).toMatch(/### Pod 的重启策略有哪些？ \{#restart-policy\}/);
    expect(pages.get('pod.mdx')).toContain('Never（从不）');
    expect(pages.get('istio.mdx')).toMatch(/^### Istio 如何管理流量？/m);
  });

  it('names every wrong anchor of every kind at its stage at once', () => {
    const text = `${anchors}reviews:\n  - { date: "2026-11-23", reviewer: 编辑, versions: Kubernetes 1.34, questions: [x] }\nproblems:\n  - { anchor: y, problem: 答案漏了一种策略 }\n`;
    const curated: Curated = { curation: parseCuration(text), line: () => 1, kinds: KINDS };
    const { problems } = applyKinds('review', curated, { questions: [question('a')], problems: [] }, {});
    expect(problems.map((p) => p.message.split('\n')[0])).toEqual([
      'curation.yaml:1: x: reviews: #x is not a published question',
      'curation.yaml:1: y: problems: #y is not a published question',
    ]);
  });
});
