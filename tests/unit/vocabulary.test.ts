import { describe, expect, it } from 'vitest';
import { classify } from '../../scripts/classify/index.ts';
import { conflicts, guardSignature } from '../../scripts/dedupe/guards.ts';
import { questionKey } from '../../scripts/dedupe/question-key.ts';
import { slugFor } from '../../scripts/emit/ids.ts';
import { searchRecord } from '../../scripts/emit/search-records.ts';
import { topicById } from '../../scripts/classify/topics.ts';
import type { CleanUnit, Question } from '../../scripts/lib/types.ts';
import { AXES, ASPECTS, CLASSIFY_ORDER, TERMS, termPattern } from '../../scripts/vocabulary/terms.ts';

const unit = (question: string, answer = '') => ({ file: 'x.md', line: 1, question, answer }) as unknown as CleanUnit;
const topicOf = (question: string, answer = '') => classify(unit(question, answer), new Map());
const keywords = (question: string) =>
  searchRecord({ id: 'x', aliases: [], question, wordings: [], unanswered: false, answer: '', supplements: [] } as unknown as Question, topicById('pod')).keywords.split(' ');

describe('the vocabulary table', () => {
  const rows = [...TERMS, ...ASPECTS];

  it('is well formed: unique ids, declared axes and topics, kebab-case slugs', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.forms.length, row.id).toBeGreaterThan(0);
      if (row.guard) expect(AXES as readonly string[], row.id).toContain(row.guard.split('=')[0]);
      if (row.topic) expect(CLASSIFY_ORDER, row.id).toContain(row.topic);
      if (row.slug) expect(row.slug, row.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    }
  });

  it('matches a short Latin form only as a word, unless the row says it may be part of one', () => {
    const pv = TERMS.find((t) => t.id === 'pv')!;
    expect(termPattern(pv).test('PV 和 PVC 的区别')).toBe(true);
    expect(termPattern(pv).test('kube-apvserver')).toBe(false);
    expect(topicOf('PodTemplate 是什么？')).toBe('pod');
    expect(topicOf('什么是 PodDisruptionBudget？')).toBe('workloads');
  });

  it('places a question by its most specific term, and by its answer when the question names none', () => {
    expect(topicOf('Service 的 DNS 名称里有 Pod 吗？')).toBe('service');
    expect(topicOf('如何限制一个命名空间能使用的资源总量？')).toBe('scheduling');
    expect(topicOf('这个东西有什么用？', 'StatefulSet 给每个副本稳定的名字')).toBe('workloads');
    expect(topicOf('ConfigMap 更新后 Pod 会自动更新吗？')).toBe('pod');
  });

  it('reads Traditional questions through their Simplified terms, for topics, anchors, guards and search', () => {
    expect(topicOf('持久化存儲有哪些方式？')).toBe('storage');
    expect(slugFor('節點的污點是什麼？')).toBe(slugFor('节点的污点是什么？'));
    expect(keywords('存活探針是什麼？')).toContain('livenessProbe');
  });

  it('keeps look-alike questions apart on their guard axes and lets English and Chinese wordings compare equal', () => {
    expect(conflicts(guardSignature('存活探针的作用'), guardSignature('就绪探针的作用'))).toBe(true);
    expect(conflicts(guardSignature('pv 的回收策略'), guardSignature('storageclass 的回收策略'))).toBe(true);
    expect(conflicts(guardSignature('pv 和 pvc 是什么'), guardSignature('pvc 是什么'))).toBe(false);
    expect(questionKey('什么是 livenessProbe？')).toBe(questionKey('什么是存活探针？'));
    expect(questionKey('kube-apiserver 的作用')).toBe(questionKey('apiserver 的作用'));
  });

  it('gives a question the English names readers search for', () => {
    expect(keywords('有状态应用怎么部署？')).toEqual(expect.arrayContaining(['statefulset', 'sts']));
    expect(keywords('Pod 的终止过程？')).toContain('SIGTERM');
  });
});

describe('the vocabulary as the search reads it', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { parse } = await import('yaml');
  const { queryVocabulary } = await import('../../scripts/search/integration.ts');
  const { readQuery, symptomSearches } = await import('../../src/search/relax.ts');
  const { SYMPTOMS } = await import('../../scripts/vocabulary/symptoms.ts');
  const { englishName } = await import('../../scripts/vocabulary/terms.ts');
  const root = join(import.meta.dirname, '../..');
  const records = JSON.parse(readFileSync(join(root, 'src/data/search.json'), 'utf8'));
  const vocabulary = queryVocabulary(records);
  const typed = parse(readFileSync(join(root, 'tests/fixtures/search-queries-typed.yaml'), 'utf8')) as Record<string, [string, unknown][]>;

  for (const term of TERMS.filter((t) => t.abbr)) {
    it(`reads ${term.abbr!.join(', ')} as ${term.id}: a search word of its questions, and its English name in a query`, () => {
      const named = typeof term.forms[0] === 'string' ? term.forms[0] : term.id;
      for (const abbr of term.abbr!) {
        expect(keywords(`${named} 是什么？`)).toContain(abbr);
        const name = englishName(term);
        expect(readQuery(abbr, vocabulary)).toBe(name && !name.includes(' ') ? name : abbr);
      }
      // A typed query of the abbreviations set uses it (tests/browser/search.test.ts measures where it lands).
      expect(typed.abbreviations!.some(([q]) => term.abbr!.some((a) => new RegExp(`(^|\\s)${a}(\\s|$)`).test(q)))).toBe(true);
    });
  }

  for (const symptom of SYMPTOMS) {
    it(`recognises the situation 「${symptom.search}」 (${symptom.why}) in a typed query`, () => {
      expect(typed.symptoms!.some(([q]) => symptomSearches(q, vocabulary).includes(symptom.search))).toBe(true);
    });
  }

  it('reads no situation into a plain question', () => {
    for (const q of ['pod 的重启策略', 'etcd 为什么是奇数个节点', 'service 有哪几种类型', '什么是 ingress']) expect(symptomSearches(q, vocabulary)).toEqual([]);
  });
});
