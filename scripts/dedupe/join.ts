/**
 * A new notes file's questions finding the published questions they repeat. The notes published so far
 * were merged by the similarity rules (cluster.ts), which need the wordings to be alike; a new file words
 * the same question its own way (「requests 與 limits 的差別」, 「pause 容器的作用」), so its questions are
 * also matched by subject (subject.ts) against each published question's heading and other wordings,
 * the editors' own questions included. A question joins only the one question it clearly repeats: the
 * same words, or the same subject nearer than any other.
 */
import { comparable } from './comparable.ts';
import { closeness, JOIN, sameSubject, subjectOf, subjectsOf, type Subject } from './subject.ts';

export interface JoinTarget {
  /** How the caller names the question: a cluster's index, an editor's anchor. */
  key: string;
  /** Its heading and every other wording it is published with. */
  wordings: readonly string[];
}

export interface Join {
  /** The target it joins. */
  key: string;
  /** How close the nearest wording was (1 for the same words). */
  closeness: number;
}

/** For each question, the one published question it clearly repeats, if any. */
export function joinPublished(questions: readonly string[], targets: readonly JoinTarget[]): (Join | undefined)[] {
  const exact = new Map<string, Set<string>>();
  for (const t of targets) for (const w of t.wordings) exact.set(comparable(w), (exact.get(comparable(w)) ?? new Set()).add(t.key));
  // The published wordings by subject: a question is compared only with those naming its terms and asking the same.
  const bySubject = new Map<string, { key: string; subject: Subject }[]>();
  for (const t of targets) {
    for (const subject of subjectsOf(t.wordings)) {
      const k = `${subject.terms}|${subject.asks}`;
      bySubject.set(k, [...(bySubject.get(k) ?? []), { key: t.key, subject }]);
    }
  }
  return questions.map((question) => {
    const same = exact.get(comparable(question));
    if (same?.size === 1) return { key: [...same][0]!, closeness: 1 };
    const asked = subjectOf(question);
    if (!asked) return undefined;
    const nearest = new Map<string, number>();
    for (const { key, subject } of bySubject.get(`${asked.terms}|${asked.asks}`) ?? []) {
      if (sameSubject(asked, subject)) nearest.set(key, Math.max(nearest.get(key) ?? 0, closeness(asked, subject)));
    }
    const scored = [...nearest]
      .map(([key, c]) => ({ key, closeness: c }))
      .filter((c) => c.closeness > 0)
      .sort((a, b) => b.closeness - a.closeness);
    const [best, next] = scored;
    // Near enough, and clearly nearer than any other: two equally near candidates are a question for an editor.
    return best && best.closeness >= JOIN.closeness && (!next || best.closeness - next.closeness >= JOIN.margin) ? best : undefined;
  });
}
