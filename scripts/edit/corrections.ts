import { fixTypos } from '../clean/typos.ts';
import { comparable } from '../dedupe/comparable.ts';
import { placeKey } from '../lib/place.ts';
import type { AccuracyNote, Question, Supplement, TopicPage } from '../lib/types.ts';

const sourceOf = (s: Supplement) => placeKey(s.source);

/** The block says the quoted words (as the page shows them: misspelt names fixed; 「……」 skips words). */
export function quotes(block: string, statement: string): boolean {
  const text = comparable(block);
  let from = 0;
  for (const piece of fixTypos(statement, '', 0).text.split(/…+|\.{3,}/)) {
    const at = text.indexOf(comparable(piece), from);
    if (at < 0) return false;
    from = at + comparable(piece).length;
  }
  return true;
}

/**
 * The block of the answer a correction is about, so its aside stands right after it: the one that
 * holds the quoted statement, else the version the correction is filed under, else the main answer.
 */
export function correctedBlock(statement: string | undefined, at: string, answer: string, supplements: readonly Supplement[], primaryAt: string): 'answer' | string {
  if (statement) {
    if (quotes(answer, statement)) return 'answer';
    const holder = supplements.find((s) => quotes(s.markdown, statement));
    if (holder) return sourceOf(holder);
  }
  if (at === primaryAt) return 'answer';
  return supplements.some((s) => sourceOf(s) === at) ? at : 'answer';
}

/** The text of the block a correction stands after. */
function blockOf(q: Question, corrects: string): string {
  return corrects === 'answer' ? q.answer : (q.supplements.find((s) => sourceOf(s) === corrects)?.markdown ?? '');
}

/** The block of `q` that says the words, if any. */
function holderIn(q: Question, statement: string): string | undefined {
  if (quotes(q.answer, statement)) return 'answer';
  const s = q.supplements.find((x) => quotes(x.markdown, statement));
  return s ? sourceOf(s) : undefined;
}

/**
 * A correction goes where the words it corrects stand: when a statement the notes repeat is shown
 * under another question (scripts/edit/repeats.ts), its correction follows it there, once.
 */
export function followCorrections(pages: readonly TopicPage[]): TopicPage[] {
  const all = pages.flatMap((p) => p.questions);
  const moved = new Map<Question, AccuracyNote[]>();
  const left = new Map<Question, AccuracyNote[]>();
  for (const q of all) {
    for (const n of q.notes) {
      if (!n.statement || quotes(blockOf(q, n.corrects), n.statement)) continue;
      // Where the notes' repeat now stands (the question this one links to), else any question showing the words.
      const linked = new Set((q.seeAlso ?? []).map((o) => o.id));
      const shows = (other: Question) => other !== q && holderIn(other, n.statement!) !== undefined;
      const target = all.find((other) => linked.has(other.id) && shows(other)) ?? all.find(shows);
      if (!target) continue;
      left.set(q, [...(left.get(q) ?? []), n]);
      // The question the words moved to may correct them already.
      const same = (m: AccuracyNote) => m.title === n.title || (m.statement !== undefined && (quotes(m.statement, n.statement!) || quotes(n.statement!, m.statement)));
      if (target.notes.some(same) || moved.get(target)?.some(same)) continue;
      moved.set(target, [...(moved.get(target) ?? []), { ...n, corrects: holderIn(target, n.statement)! }]);
    }
  }
  if (left.size === 0 && moved.size === 0) return [...pages];
  const next = new Map(all.map((q) => [q, left.has(q) || moved.has(q) ? { ...q, notes: [...q.notes.filter((n) => !left.get(q)?.includes(n)), ...(moved.get(q) ?? [])] } : q]));
  return pages.map((page) => ({
    ...page,
    questions: page.questions.map((q) => next.get(q)!),
    groups: page.groups.map((g) => ({ ...g, questions: g.questions.map((q) => next.get(q)!) })),
  }));
}

/** Corrections that quote words the page does not show where the aside stands (a misquote, or words no question shows). */
export function unquotedCorrections(questions: readonly Question[]): string[] {
  return questions.flatMap((q) =>
    q.notes
      .filter((n) => n.statement !== undefined && !quotes(blockOf(q, n.corrects), n.statement))
      .map((n) => `correction 「${n.title ?? q.question}」 on /${q.topic}/#${q.id} quotes words the page does not show: 「${n.statement}」 (fix its statement: in curation.yaml)`),
  );
}
