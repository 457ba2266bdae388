import { describe, expect, it } from 'vitest';
import { assignIds, slugFor } from '../../scripts/emit/ids.ts';

describe('question ids', () => {
  it('reads as the terms the question is about', () => {
    expect(slugFor('pod的重启策略有哪些？')).toBe('pod-restart-policy');
    expect(slugFor('就绪探针与存活探针区别是什么？')).toBe('readiness-liveness-vs');
  });

  it('is short ASCII, unique and the same on every run', () => {
    const questions = ['pod的重启策略有哪些?', '简述 Kubernetes 中 Pod 的重启策略？', '部门用普罗米修斯', 'Pod的实现'];
    const ids = assignIds(questions);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(assignIds(questions)).toEqual(ids);
  });
});
