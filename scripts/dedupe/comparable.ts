import { toSimplified } from '../vocabulary/chinese.ts';

const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** Text compared without case, spaces, punctuation or Markdown markup, so full- and half-width copies match. */
export function comparable(text: string): string {
  let result = cache.get(text);
  if (result === undefined) {
    // Traditional notes compare as their Simplified reading: 「調度器」 is 「调度器」.
    result = toSimplified(text.normalize('NFKC'))
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]/gu, '');
    // The same answers are compared again and again while clustering and merging.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, result);
  }
  return result;
}
