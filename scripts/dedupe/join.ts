/**
 * A new notes file's questions finding the published questions they repeat. The notes published so far
 * were merged by the similarity rules (cluster.ts), which need the wordings to be alike; a new file words
 * the same question its own way (「requests 與 limits 的差別」, 「pause 容器的作用」), so its questions are
 * also matched by subject (subject.ts) against each published question's heading and other wordings,
 * the editors' own questions included. A question joins only the one question it clearly repeats: the
 * same words, or the same subject nearer than any other; where its versions point at two questions it
 * joins neither, and an editor is told.
 */
import { comparable } from './comparable.ts';
import { closeness, JOIN, sameSubject, subjectOf, subjectsOf } from './subject.ts';

export interface JoinTarget {
  /** How the caller names the question: a cluster's index, an editor's anchor. */
  key: string;
  /** Its heading and every other wording it is published with. */
  wordings: readonly string[];
}

export interface Joiner {
  /** The versions' questions, as the notes word them. */
  questions: readonly string[];
  /** Where the first version is, for the editor's warning. */
  place: string;
}

export interface JoinResult {
  /** Joiner index → the target key it joins, with how close the nearest wording was. */
  joins: Map<number, { key: string; closeness: number }>;
  /** Joins not made because a new question's versions repeat two published questions. */
  refused: string[];
}

export function joinPublished(joiners: readonly Joiner[], targets: readonly JoinTarget[]): JoinResult {
  const exact = new Map<string, Set<string>>();
  for (const t of targets) for (const w of t.wordings) exact.set(comparable(w), (exact.get(comparable(w)) ?? new Set()).add(t.key));
  const subjects = targets.map((t) => ({ key: t.key, subjects: subjectsOf(t.wordings) }));
  const joins: JoinResult['joins'] = new Map();
  const refused: string[] = [];
  joiners.forEach((joiner, i) => {
    const found = new Map<string, number>();
    for (const question of joiner.questions) {
      const same = exact.get(comparable(question));
      if (same?.size === 1) {
        found.set([...same][0]!, 1);
        continue;
      }
      const asked = subjectOf(question);
      if (!asked) continue;
      const scored = subjects
        .map(({ key, subjects: ss }) => ({ key, score: Math.max(0, ...ss.filter((s) => sameSubject(asked, s)).map((s) => closeness(asked, s))) }))
        .filter((c) => c.score > 0)
        .sort((a, b) => b.score - a.score);
      const [best, next] = scored;
      if (best && best.score >= JOIN.closeness && (!next || best.score - next.score >= JOIN.margin)) found.set(best.key, Math.max(found.get(best.key) ?? 0, best.score));
    }
    if (found.size === 1) {
      const [key, score] = [...found][0]!;
      joins.set(i, { key, closeness: score });
    } else if (found.size > 1) {
      refused.push(`${joiner.place} 「${joiner.questions[0]}」 repeats several published questions (${[...found.keys()].join(', ')}): it is shown on its own; merge it with one of them under merge: in curation.yaml`);
    }
  });
  return { joins, refused };
}
