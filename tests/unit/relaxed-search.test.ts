import { describe, expect, it } from 'vitest';
import { combine, relaxedSearch, searchTerms } from '../../src/search/relax.ts';

interface Result {
  id: string;
  score: number;
}
const r = (id: string, score = 1): Result => ({ id, score });
const ids = (results: readonly Result[]) => results.map((x) => x.id);

describe('the words of a query, searched one by one', () => {
  it('drop the filler of a spoken question and join characters the segmenter split apart', () => {
    expect(searchTerms('容器挂了会不会自动重启')).toEqual(['容器', '挂了', '自动', '重启']);
    expect(searchTerms('pod 怎么发现 service')).toEqual(['pod', '发现', 'service']);
    expect(searchTerms('就绪探针与存活探针区别')).toEqual(['就绪', '探针', '存活', '区别']);
  });

  it('keep English names whole and leave out a lone character when there are other words', () => {
    expect(searchTerms('kube-proxy 作用')).toEqual(['kube-proxy', '作用']);
    expect(searchTerms('maxSurge')).toEqual(['maxsurge']);
    expect(searchTerms('调度器原理')).toEqual(['调度', '原理']);
  });
});

describe('combining the records of each word', () => {
  it('keeps the full query first, then ranks records by the rare words they hold', () => {
    const common = [r('a'), r('b'), r('c'), r('d')];
    const rare = [r('c'), r('e')];
    const third = [r('c'), r('e'), r('b')];
    expect(ids(combine([r('x')], [common, rare, third]))).toEqual(['x', 'c', 'e', 'b']);
  });

  it('offers nothing for a record that holds only one of the words', () => {
    expect(combine([], [[r('a')], []])).toEqual([]);
    expect(ids(combine([], [[r('a'), r('b')], [r('b')]]))).toEqual(['b']);
  });

  it('weighs a word by how much it counts in each record', () => {
    expect(ids(combine([], [[r('a', 1), r('b', 9)], [r('a', 1), r('b', 9)]]))).toEqual(['b', 'a']);
  });
});

describe('relaxed search', () => {
  const index: Record<string, Result[]> = {
    容器挂了会不会自动重启: [],
    容器: [r('oom'), r('restart-policy'), r('pause')],
    挂了: [r('volumes')],
    自动: [r('restart-policy'), r('hpa')],
    重启: [r('restart-policy')],
    重启策略: [r('restart-policy'), r('liveness'), r('status')],
  };
  const search = async (term: string) => ({ results: index[term] ?? [], unfilteredResultCount: (index[term] ?? []).length });

  it('finds the question a whole spoken sentence asks, when the full query finds nothing', async () => {
    const response = await relaxedSearch(search, '容器挂了会不会自动重启');
    expect(ids(response!.results)).toEqual(['restart-policy']);
    expect(response!.unfilteredResultCount).toBe(1);
  });

  it('leaves a query that already finds enough as Pagefind answered it', async () => {
    expect(ids((await relaxedSearch(search, '重启策略'))!.results)).toEqual(['restart-policy', 'liveness', 'status']);
  });
});
