import { describe, expect, it } from 'vitest';
import { assignAnchors } from '../../scripts/emit/anchors.ts';
import { slugFor } from '../../scripts/emit/ids.ts';

describe('question anchors', () => {
  it('read as the terms the question is about', () => {
    expect(slugFor('pod的重启策略有哪些？')).toBe('pod-restart-policy');
    expect(slugFor('就绪探针与存活探针区别是什么？')).toBe('readiness-liveness-vs');
  });

  it('are short ASCII, unique, and recorded in the lock for new questions', () => {
    const { anchors, lock } = assignAnchors(['pod的重启策略有哪些?', '简述 Kubernetes 中 Pod 的重启策略？', 'Pod的实现'], [['a:1'], ['b:2'], ['c:3']], ['/pod/', '/pod/', '/pod/'], {});
    const ids = anchors.map((a) => a.id);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(Object.keys(lock).sort()).toEqual([...ids].sort());
  });

  it('never change once published, even when the wording changes', () => {
    const lock = { 'restart-policy': { home: 'a:1', page: '/pod/' } };
    expect(assignAnchors(['容器重启策略（新措辞）'], [['a:1']], ['/pod/'], lock).anchors).toEqual([{ id: 'restart-policy', aliases: [] }]);
  });

  it('keep working as aliases when two published questions merge', () => {
    const lock = { 'restart-policy': { home: 'a:1', page: '/pod/' }, 'pod-restart': { home: 'b:2', page: '/pod/' } };
    expect(assignAnchors(['pod的重启策略有哪些?'], [['b:2', 'a:1']], ['/pod/'], lock).anchors).toEqual([{ id: 'pod-restart', aliases: ['restart-policy'] }]);
  });

  it('refuse to drop an anchor whose question disappeared, naming the notes place', () => {
    expect(() => assignAnchors(['别的题？'], [['c:3']], ['/pod/'], { gone: { home: 'a.md:7', page: '/pod/' } })).toThrow('a.md:7: published anchor #gone has lost its question');
  });
});
