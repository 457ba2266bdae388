import { describe, expect, it } from 'vitest';
import { topicById } from '../../scripts/classify/topics.ts';
import { MAX_QUESTIONS_PER_PAGE, MAX_TEXT_PER_PAGE, questionPages, topicParts } from '../../scripts/emit/pagination.ts';
import { topicPageFiles } from '../../scripts/emit/topic-page.ts';
import type { Question, TopicPage } from '../../scripts/lib/types.ts';

const question = (id: string, aliases: string[] = [], seeAlso?: Question['seeAlso']): Question => ({
  id,
  aliases,
  topic: 'pod',
  question: `问题 ${id}？`,
  wordings: [],
  markers: [],
  answer: `答案 ${id}`,
  supplements: [],
  diagrams: [],
  notes: [],
  ...(seeAlso ? { seeAlso } : {}),
  frequent: false,
  unanswered: false,
  sources: [{ file: 'a.md', line: 1 }],
  primarySource: { file: 'a.md', line: 1 },
  images: [],
});

function podPage(sizes: number[]): TopicPage {
  const topic = topicById('pod');
  const groups = sizes.map((n, g) => ({
    group: topic.groups[g]!,
    questions: Array.from({ length: n }, (_, i) => question(`g${g}-q${i}`, i === 0 ? [`old-g${g}`] : [])),
  }));
  return { topic, groups, questions: groups.flatMap((g) => g.questions), placed: 0 };
}

describe('a topic past the reading budget', () => {
  it('stays one page while within it', () => {
    const page = podPage([10, MAX_QUESTIONS_PER_PAGE - 10]);
    expect(topicParts(page)).toEqual([]);
    expect([...topicPageFiles(page, questionPages([page])).keys()]).toEqual(['pod.mdx']);
  });

  it('splits a page of few questions when their text is past the budget: 要点 and our answers count', () => {
    const page = podPage([4, 4]);
    expect(topicParts(page)).toEqual([]);
    const long = 'x'.repeat(Math.ceil(MAX_TEXT_PER_PAGE / 8) + 1);
    const heavy = { ...page, questions: page.questions.map((q) => ({ ...q, editors: { points: [long], refs: [], version: 'Kubernetes 1.34', at: 'editors/pod.md:1' } })) };
    heavy.groups = page.groups.map((g) => ({ ...g, questions: heavy.questions.filter((q) => g.questions.some((o) => o.id === q.id)) }));
    expect(topicParts(heavy).map((p) => p.path)).toEqual(['/pod/basics/', '/pod/config/']);
  });

  it('splits into its groups’ pages, a large group into parts, each within the budget', () => {
    const page = podPage([MAX_QUESTIONS_PER_PAGE + 5, 3]);
    const parts = topicParts(page);
    expect(parts.map((p) => p.path)).toEqual(['/pod/basics/', '/pod/basics-2/', '/pod/config/']);
    for (const part of parts) expect(part.questions.length).toBeLessThanOrEqual(MAX_QUESTIONS_PER_PAGE);
    expect(parts.flatMap((p) => p.questions)).toEqual(page.questions);
    const files = topicPageFiles(page, questionPages([page]));
    expect([...files.keys()]).toEqual(['pod.mdx', 'pod/basics.mdx', 'pod/basics-2.mdx', 'pod/config.mdx']);
    expect(files.get('pod/basics-2.mdx')).toContain('### 问题 g0-q34？ {#g0-q34}');
    expect(files.get('pod/basics-2.mdx')).toMatch(/^title: "Pod：基本概念（2\/2）"$/m);
  });

  it('keeps every anchor the topic page had on its index, leading to the question’s page, and the question’s page in the lock', () => {
    const page = podPage([MAX_QUESTIONS_PER_PAGE + 5, 3]);
    const where = questionPages([page]);
    const index = topicPageFiles(page, where).get('pod.mdx')!;
    for (const q of page.questions) for (const id of [q.id, ...q.aliases]) expect(index).toContain(`<span id="${id}" className="kb-moved" />`);
    expect(index).toContain('[问题 g1-q0？](../pod/config/#g1-q0)');
    expect(where.get('old-g1')).toBe('/pod/config/');
    expect(where.get('g0-q34')).toBe('/pod/basics-2/');
  });

  it('links between split pages relative to where each page stands', () => {
    const page = podPage([MAX_QUESTIONS_PER_PAGE + 1, 1]);
    page.groups[1]!.questions[0] = question('g1-q0', [], [{ id: 'g0-q0', topic: 'pod', question: '问题 g0-q0？' }]);
    page.questions.splice(-1, 1, page.groups[1]!.questions[0]!);
    const files = topicPageFiles(page, questionPages([page]));
    expect(files.get('pod/config.mdx')).toContain('href={"../../pod/basics/#g0-q0"}');
    expect(files.get('pod/config.mdx')).toContain("from '../../../components/Answer.astro'");
  });
});
