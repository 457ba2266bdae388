/**
 * Pagefind answers a query only with records that hold every one of its words, so a reader who
 * types a whole question (`容器挂了会不会自动重启`, `pod 怎么发现 service`) gets nothing. When the
 * full query finds fewer than a few records, this adds the records that hold most of its words,
 * rarer words counting more, after the ones that hold them all.
 *
 * Shipped to readers as it is (types stripped) beside Pagefind's own module: no imports.
 */

/** The part of a Pagefind result this needs; the rest passes through untouched. */
export interface PagefindResult {
  id: string;
  score: number;
}

export interface PagefindResponse<R extends PagefindResult> {
  results: R[];
  unfilteredResultCount: number;
}

type Search<R extends PagefindResult, S extends PagefindResponse<R>> = (term: string, options?: unknown) => Promise<S | null>;

/** With this many records the full query has answered well enough. */
const ENOUGH = 3;
/** At most this many words are searched one by one. */
const MAX_TERMS = 8;

/** Words of a spoken question that say nothing about Kubernetes and rarely stand in the notes. */
const FILLER = new Set([
  '的', '了', '吗', '呢', '吧', '啊', '呀', '是', '有', '和', '与', '跟', '及', '在', '把', '被', '会', '能', '要', '就', '都', '还', '也', '又',
  '不会', '会不会', '能不能', '可不可以', '可以', '怎么', '怎样', '怎么样', '如何', '什么', '哪些', '哪个', '哪几种', '几种', '为什么', '为啥',
  '一下', '一个', '请', '说说', '讲讲', '讲', '说', '简述', '介绍', '问题', '一般', '到底', '是否',
]);

const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The words of a query worth searching one by one: English words and names kept whole
 * (`kube-proxy`, `maxSurge`), Chinese split into words with filler dropped, single characters
 * that the segmenter split off a word it does not know (`重|启`, `探|针`) joined back together,
 * and a lone character left out when there are other words.
 */
export function searchTerms(query: string): string[] {
  const words: string[] = [];
  for (const chunk of query.split(/\s+/).filter(Boolean)) {
    if (!HAN.test(chunk)) {
      if (!FILLER.has(chunk.toLowerCase())) words.push(chunk);
      continue;
    }
    let run = '';
    const flush = () => {
      if (run) words.push(run);
      run = '';
    };
    for (const { segment, isWordLike } of segmenter.segment(chunk)) {
      if (!isWordLike || FILLER.has(segment.toLowerCase())) flush();
      else if ([...segment].length === 1 && HAN.test(segment)) run += segment;
      else {
        flush();
        words.push(segment);
      }
    }
    flush();
  }
  const unique = [...new Set(words.map((w) => w.toLowerCase()))];
  const meaningful = unique.length > 1 ? unique.filter((w) => !([...w].length === 1 && HAN.test(w))) : unique;
  return meaningful.slice(0, MAX_TERMS);
}

/**
 * The records of the full query first, in Pagefind's order; then the records that hold at least
 * half of the words, and two at least, ranked by how rare each word they hold is and how much it
 * weighs in them (a word in the question counts more than one in passing).
 */
export function combine<R extends PagefindResult>(strict: readonly R[], perTerm: readonly (readonly R[])[]): R[] {
  const counted = perTerm.filter((results) => results.length > 0);
  const most = Math.max(0, ...counted.map((results) => results.length));
  const found = new Map<string, { result: R; words: number; weight: number }>();
  for (const results of counted) {
    const rarity = Math.log(1 + most / results.length);
    const best = Math.max(...results.map((r) => r.score)) || 1;
    for (const result of results) {
      const entry = found.get(result.id) ?? { result, words: 0, weight: 0 };
      entry.words += 1;
      entry.weight += rarity * (result.score / best);
      found.set(result.id, entry);
    }
  }
  const shown = new Set(strict.map((r) => r.id));
  const candidates = [...found.values()].filter((e) => !shown.has(e.result.id));
  // Two words at least: one word alone (`量子` of `量子纠缠`) is too weak a sign of the reader's question.
  const needed = Math.max(2, Math.ceil(perTerm.length / 2));
  const more = candidates
    .filter((e) => e.words >= needed)
    .sort((a, b) => b.weight - a.weight || (a.result.id < b.result.id ? -1 : 1))
    .map((e) => e.result);
  return [...strict, ...more];
}

/** Pagefind's `search`, relaxed as described above when the full query finds too little. */
export async function relaxedSearch<R extends PagefindResult, S extends PagefindResponse<R>>(
  search: Search<R, S>,
  query: string,
  options?: unknown,
): Promise<S | null> {
  const strict = await search(query, options);
  if (!strict || typeof query !== 'string' || strict.results.length >= ENOUGH) return strict;
  const terms = searchTerms(query);
  if (terms.length < 2) return strict;
  const perTerm = await Promise.all(terms.map((term) => search(term, options)));
  const results = combine(strict.results, perTerm.map((response) => response?.results ?? []));
  return { ...strict, results, unfilteredResultCount: results.length };
}
