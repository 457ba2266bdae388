import { toSimplified } from '../vocabulary/chinese.ts';
import { VOCABULARY } from '../vocabulary/derived.ts';

const MAX_LENGTH = 40;

/** FNV-1a, for a short stable suffix when the vocabulary's slugs say too little. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(0, 6);
}

/**
 * A short ASCII anchor for a question an editor has not named (curation `anchors:`), built from the
 * vocabulary's slugs for the terms it is about (`pod的重启策略有哪些？` → `pod-restart-policy`), so a
 * link reads well when pasted into a chat.
 */
export function slugFor(asked: string, vocabulary = VOCABULARY): string {
  // Traditional questions are read in their Simplified form, as the vocabulary is written.
  const question = toSimplified(asked);
  const found: { at: number; end: number; slug: string }[] = [];
  for (const [pattern, slug] of vocabulary.slugs) {
    // Each stretch of the question names one term: 存活探针 is liveness, not liveness and probe.
    const match = [...question.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].find((m) => !found.some((f) => m.index < f.end && m.index + m[0].length > f.at));
    if (match && !found.some((f) => f.slug === slug)) found.push({ at: match.index, end: match.index + match[0].length, slug });
  }
  found.sort((a, b) => a.at - b.at);
  let slug = '';
  for (const { slug: part } of found) {
    const next = slug ? `${slug}-${part}` : part;
    if (next.length > MAX_LENGTH - 7) break;
    slug = next;
  }
  return slug || `q-${shortHash(asked)}`;
}
