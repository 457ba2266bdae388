import { describe, expect, it } from 'vitest';
import { classify } from '../../scripts/classify/index.ts';
import { conflicts, guardSignature } from '../../scripts/dedupe/guards.ts';
import { questionKey } from '../../scripts/dedupe/question-key.ts';
import { groupFor } from '../../scripts/edit/layout.ts';
import { typesetHeading } from '../../scripts/edit/heading.ts';
import { slugFor } from '../../scripts/emit/ids.ts';
import { searchRecord } from '../../scripts/emit/search-records.ts';
import { queryVocabulary } from '../../scripts/search/integration.ts';
import { topicById } from '../../scripts/classify/topics.ts';
import type { CleanUnit, Question } from '../../scripts/lib/types.ts';
import { readQuery } from '../../src/search/relax.ts';
import { VOCABULARY, vocabularyFrom } from '../../scripts/vocabulary/derived.ts';
import { AXES, ASPECTS, CLASSIFY_ORDER, OTHER_NAMES, type Term, TERMS, termPattern } from '../../scripts/vocabulary/terms.ts';

const unit = (question: string, answer = '') => ({ file: 'x.md', line: 1, question, answer }) as unknown as CleanUnit;
const topicOf = (question: string, answer = '') => classify(unit(question, answer), new Map());
const asked = (question: string) => ({ id: 'x', aliases: [], question, wordings: [], unanswered: false, answer: '', supplements: [] }) as unknown as Question;
const keywords = (question: string) => searchRecord(asked(question), topicById('pod')).keywords.split(' ');

describe('the vocabulary table', () => {
  const rows = [...TERMS, ...ASPECTS];

  it('is well formed: unique ids, declared axes and topics, kebab-case slugs', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.forms.length, row.id).toBeGreaterThan(0);
      if (row.guard) expect(AXES as readonly string[], row.id).toContain(row.guard.split('=')[0]);
      if (row.topic) expect(CLASSIFY_ORDER, row.id).toContain(row.topic);
      if (row.slug) expect(row.slug, row.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      // A group is one of its topic's page.
      if (row.group) expect(row.topic && topicById(row.topic).groups.map((g) => g.id), row.id).toContain(row.group);
    }
  });

  it('gives each name one spelling: a name is on a row or among the other names, and no word is cased as two names', () => {
    const spellings = [...TERMS.flatMap((t) => (t.name ? [t.name, ...(t.spellings ?? [])] : [])), ...OTHER_NAMES].map((n) => n.toLowerCase());
    expect(spellings.filter((n, i) => spellings.indexOf(n) !== i)).toEqual([]);
    expect(TERMS.filter((t) => t.spellings && !t.name).map((t) => t.id)).toEqual([]);
  });

  it('cases names in headings as upstream writes them, misspellings in another case included', () => {
    expect(typesetHeading('k8s中pod和ETCD的关系是什么')).toBe('Kubernetes 中 Pod 和 etcd 的关系是什么？');
    expect(typesetHeading('apiserver与kubeproxy的区别')).toBe('kube-apiserver 与 kube-proxy 的区别？');
    expect(typesetHeading('Kubenetes 的 nodeport 是什么')).toBe('Kubernetes 的 NodePort 是什么？');
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
  const { outsideSubject, readQuery, symptomSearches } = await import('../../src/search/relax.ts');
  const { EVERYDAY, SYMPTOMS } = await import('../../scripts/vocabulary/symptoms.ts');
  const { OUTSIDE } = await import('../../scripts/vocabulary/outside.ts');
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

  for (const row of EVERYDAY) {
    it(`reads a question asked in everyday words as 「${row.search}」 (${row.why})`, () => {
      expect(typed.colloquial!.some(([q]) => symptomSearches(q, vocabulary).includes(row.search))).toBe(true);
    });
  }

  it('reads no more than a row describes: 不停机 is no maintenance, a cluster of nodes no replicas kept up, a product named before the situation not part of it', () => {
    expect(symptomSearches('节点上的服务如何不停机升级', vocabulary)).not.toContain('节点维护 停机维护');
    expect(symptomSearches('etcd 集群至少几个节点才能可用', vocabulary)).not.toContain('poddisruptionbudget 中断预算');
    // The stretch a row matches is what it describes: mongodb stays a name no question asks about.
    for (const row of EVERYDAY) expect(new RegExp(row.when).exec('mongodb 内存上限怎么设置')?.[0] ?? '').not.toContain('mongodb');
    expect(symptomSearches('怎么限制团队的内存总量', vocabulary)).not.toContain('资源请求 资源限制');
  });

  for (const subject of OUTSIDE) {
    it(`reads 「${subject.example}」 as asking about ${subject.why}, which the site does not teach, unless it names Kubernetes too`, () => {
      expect(outsideSubject(subject.example, vocabulary)).toBe(true);
      expect(outsideSubject(`${subject.example} 在 Pod 里`, vocabulary)).toBe(false);
      expect(outsideSubject(`etcd ${subject.example}`, vocabulary)).toBe(false);
    });
  }

  it('reads a Traditional character that shares its Simplified form with another (誌 and 志, 髮 and 發) as the site writes it', () => {
    expect(readQuery('日誌收集方案', vocabulary)).toContain('日志');
    expect(readQuery('叢集日誌', vocabulary)).toContain('日志');
  });

  it("reads Taiwan's words as the mainland's, but never a word the site writes in the same characters (文件 is no 文档)", () => {
    expect(readQuery('記憶體不足', vocabulary)).toContain('内存');
    expect(readQuery('配置文件怎么挂到容器里', vocabulary)).toContain('文件');
    expect(readQuery('控制平面的核心组件', vocabulary)).toContain('核心');
  });

  it('reads a term the segmenter cut and joined to the next word as the term (回|滚到 → 回滚)', () => {
    expect(readQuery('发版出问题了 怎么快速回滚到上一个版本', vocabulary).split(' ')).toContain('回滚');
    expect(readQuery('发版出问题了 怎么快速回滚到上一个版本', vocabulary).split(' ')).not.toContain('滚到');
    // Only when what is left over is a particle: 主 of 主机 is not (选主 is leader election).
    expect(readQuery('怎么选主机', vocabulary).split(' ')).not.toContain('选主');
  });

  it('reads an outside subject beside only general words as outside (集群, 扩容 and 调度 are not Kubernetes by themselves)', () => {
    expect(outsideSubject('redis 缓存雪崩 集群 扩容', vocabulary)).toBe(true);
    expect(outsideSubject('redis 缓存雪崩 部署到 k8s', vocabulary)).toBe(false);
    expect(outsideSubject('Ingress 配置 http 和 https', vocabulary)).toBe(false);
    expect(outsideSubject('http 探针和 tcp 探针的区别', vocabulary)).toBe(false);
  });

  it("reads no Kubernetes question written in a neighbouring subject's words as outside the site (a set written blind)", () => {
    const { 'kubernetes-in-other-words': asked } = parse(readFileSync(join(root, 'tests/fixtures/search-queries-neighbours.yaml'), 'utf8')) as Record<string, string[]>;
    expect(asked!.length).toBeGreaterThanOrEqual(50);
    expect(asked!.filter((q) => outsideSubject(q, vocabulary))).toEqual([]);
  });

  it("reads the Kubernetes side of a neighbouring word as the site's: idempotent controllers, failing TLS handshakes, session affinity", () => {
    expect(outsideSubject('控制器的调谐为什么要幂等', vocabulary)).toBe(false);
    expect(outsideSubject('tls 握手失败 x509', vocabulary)).toBe(false);
    expect(outsideSubject('会话保持 一致性哈希', vocabulary)).toBe(false);
    expect(outsideSubject('tls 握手的过程', vocabulary)).toBe(true);
  });

  it('recognises a situation whatever the misspelling of the name it holds, and as typed when a correction would hide it', () => {
    expect(symptomSearches('readnessProbe 失败会怎样', vocabulary)).toEqual(symptomSearches('readinessProbe 失败会怎样', vocabulary));
    expect(symptomSearches('readnessProbe 失败会怎样', vocabulary).length).toBeGreaterThan(0);
    expect(symptomSearches('事件里说 0/5 nodes are available', vocabulary).length).toBeGreaterThan(0);
  });

  it('reads an abbreviation only as a whole word: 「ping 不通」 is not an Ingress (ing) that does not answer', () => {
    const ingress = symptomSearches('ing 访问 404', vocabulary);
    expect(ingress.length).toBeGreaterThan(0);
    for (const search of ingress) expect(symptomSearches('两个 pod 之间 ping 不通', vocabulary)).not.toContain(search);
  });

  it('reads no situation into a plain question', () => {
    for (const q of ['pod 的重启策略', 'etcd 为什么是奇数个节点', 'service 有哪几种类型', '什么是 ingress']) expect(symptomSearches(q, vocabulary)).toEqual([]);
  });
});

describe('a new term is one row', () => {
  // PodDisruptionBudget as a row of its own, and the table without it: what the row alone brings.
  const pdb: Term = {
    id: 'pdb',
    name: 'PodDisruptionBudget',
    forms: ['PodDisruptionBudget', 'PDB', '中断预算'],
    topic: 'workloads',
    group: 'release',
    slug: 'pdb',
    search: 'poddisruptionbudget 中断预算 驱逐',
    abbr: ['pdb'],
  };
  const without = vocabularyFrom(TERMS.filter((t) => t.id !== 'pdb'));
  const withRow = vocabularyFrom([...TERMS.filter((t) => t.id !== 'pdb'), pdb]);
  const question = 'PDB 有什么用？';
  const workloads = topicById('workloads');

  it('is what the real table is built from', () => {
    expect(vocabularyFrom(TERMS)).toEqual(VOCABULARY);
  });

  it('cases its name in a heading', () => {
    expect(typesetHeading('poddisruptionbudget有什么用', without)).toBe('poddisruptionbudget 有什么用？');
    expect(typesetHeading('poddisruptionbudget有什么用', withRow)).toBe('PodDisruptionBudget 有什么用？');
  });

  it('places a question naming it in its topic and, on the topic page, in its group', () => {
    expect(classify(unit(question), new Map(), without)).toBeUndefined();
    expect(classify(unit(question), new Map(), withRow)).toBe('workloads');
    expect(groupFor(workloads, asked(question), without).id).toBe('other');
    expect(groupFor(workloads, asked(question), withRow).id).toBe('release');
    // A later, more specific group still wins: the PDB of a scaling question is scene-setting.
    expect(groupFor(workloads, asked('HPA 扩容时 PDB 起什么作用？'), withRow).id).toBe('scaling');
  });

  it('names the anchor of a question about it', () => {
    expect(slugFor(question, without)).toMatch(/^q-/);
    expect(slugFor(question, withRow)).toBe('pdb');
    expect(slugFor('中断预算的作用', withRow)).toBe('pdb-role');
  });

  it('gives the question its search words, and reads its abbreviation in a query as its English name', () => {
    const record = searchRecord(asked(question), workloads, '/workloads/', withRow);
    expect(record.keywords.split(' ')).toEqual(expect.arrayContaining(['poddisruptionbudget', '中断预算', '驱逐', 'pdb']));
    expect(searchRecord(asked(question), workloads, '/workloads/', without).keywords).toBe('');
    expect(readQuery('pdb', queryVocabulary([record], withRow))).toBe('poddisruptionbudget');
    expect(readQuery('pdb', queryVocabulary([record], without))).toBe('pdb');
  });
});
