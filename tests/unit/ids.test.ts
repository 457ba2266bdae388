import { describe, expect, it } from 'vitest';
import { assignAnchors } from '../../scripts/emit/anchors.ts';
import { slugFor } from '../../scripts/emit/ids.ts';

/** Questions as the pipeline asks for their anchors: a heading and its versions' places, on a page. */
const asked = (page: string, ...questions: [wording: string, homes: string[]][]) => questions.map(([wording, homes]) => ({ wording, homes, page }));

describe('question anchors', () => {
  it('read a Traditional question as its Simplified terms', () => {
    expect(slugFor('Pod 的重啟策略有哪些？')).toBe(slugFor('Pod 的重启策略有哪些？'));
  });

  it('read as the terms the question is about', () => {
    expect(slugFor('pod的重启策略有哪些？')).toBe('pod-restart-policy');
    expect(slugFor('就绪探针与存活探针区别是什么？')).toBe('readiness-liveness-vs');
  });

  it('are short ASCII, unique, and recorded in the lock for new questions', () => {
    const { anchored, lock } = assignAnchors(asked('/pod/', ['pod的重启策略有哪些?', ['a:1']], ['简述 Kubernetes 中 Pod 的重启策略？', ['b:2']], ['Pod的实现', ['c:3']]), {});
    const ids = anchored.map((q) => q.anchor.id);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(Object.keys(lock).sort()).toEqual([...ids].sort());
  });

  it('never change once published, even when the wording changes', () => {
    const lock = { 'restart-policy': { home: 'a:1', page: '/pod/' } };
    expect(assignAnchors(asked('/pod/', ['容器重启策略（新措辞）', ['a:1']]), lock).anchored[0]!.anchor).toEqual({ id: 'restart-policy', aliases: [], hashed: false });
  });

  it('keep working as aliases when two published questions merge', () => {
    const lock = { 'restart-policy': { home: 'a:1', page: '/pod/' }, 'pod-restart': { home: 'b:2', page: '/pod/' } };
    expect(assignAnchors(asked('/pod/', ['pod的重启策略有哪些?', ['b:2', 'a:1']]), lock).anchored[0]!.anchor).toEqual({
      id: 'pod-restart',
      aliases: ['restart-policy'],
      hashed: false,
    });
  });

  it("take an editor's name first, and keep the published one as an alias", () => {
    const lock = { 'pod-restart-policy': { home: 'a:1', page: '/pod/' } };
    const { anchored, lock: next } = assignAnchors(asked('/pod/', ['pod的重启策略有哪些?', ['a:1', 'b:2']]), lock, [{ at: 'b:2', anchor: 'restart-policy' }]);
    expect(anchored[0]!.anchor).toEqual({ id: 'restart-policy', aliases: ['pod-restart-policy'], hashed: false });
    expect(Object.keys(next).sort()).toEqual(['pod-restart-policy', 'restart-policy']);
  });

  it('flag a new anchor that needed a hash, so an editor names it', () => {
    const { anchor } = assignAnchors(asked('/operations/', ['公司的架构是什么样的？', ['a:1']]), {}).anchored[0]!;
    expect(anchor.hashed).toBe(true);
    expect(anchor.id).toMatch(/^q-[0-9a-z]{6}$/);
  });

  it("refuse an editor's anchor that another question published or that is given twice", () => {
    const lock = { 'restart-policy': { home: 'a:1', page: '/pod/' } };
    expect(() => assignAnchors(asked('/pod/', ['甲？', ['a:1']], ['乙？', ['b:2']]), lock, [{ at: 'b:2', anchor: 'restart-policy' }])).toThrow(
      'b:2: #restart-policy is already published for the question at a:1',
    );
    expect(() =>
      assignAnchors(asked('/pod/', ['甲？', ['a:1']], ['乙？', ['b:2']]), {}, [
        { at: 'a:1', anchor: 'same' },
        { at: 'b:2', anchor: 'same' },
      ]),
    ).toThrow('b:2: #same is already given to a:1');
  });

  it("name every editor's anchor that cannot be used, and give the others", () => {
    const problems: string[] = [];
    const curated = [
      { at: 'a:1', anchor: 'same' },
      { at: 'b:2', anchor: 'same' },
      { at: 'x:9', anchor: 'other' },
      { at: 'c:3', anchor: 'third' },
    ];
    const { anchored } = assignAnchors(asked('/pod/', ['甲？', ['a:1']], ['乙？', ['b:2']], ['丙？', ['c:3']]), {}, curated, (at, why) => problems.push(`${at}: ${why}`));
    expect(problems).toEqual(['b:2: #same is already given to a:1', 'x:9: no question starts at this notes file and line']);
    expect([anchored[0]!.anchor.id, anchored[2]!.anchor.id]).toEqual(['same', 'third']);
  });

  it('refuse to drop an anchor whose question disappeared, naming the notes place', () => {
    const { lost } = assignAnchors(asked('/pod/', ['别的题？', ['c:3']]), { gone: { home: 'a.md:7', page: '/pod/' } });
    expect(lost.map((p) => p.message)).toEqual([expect.stringMatching(/^a\.md:7: published anchor #gone has lost its question/)]);
  });
});
