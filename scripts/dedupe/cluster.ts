import type { CleanUnit } from '../lib/types.ts';
import { forEachCandidate } from './candidates.ts';
import { comparable } from './comparable.ts';
import { bigrams, containment, dice } from './grams.ts';
import { conflicts, groupGuards, groupsConflict, guardSignature, joinGroups, type GroupGuards } from './guards.ts';
import { questionKey } from './question-key.ts';
import { toSimplified } from '../vocabulary/chinese.ts';

/** Why two units were put together. */
export type MergeKind = 'exact' | 'same-question' | 'similar-question' | 'similar-question-and-answer' | 'same-answer' | 'curated' | 'same-subject';

export interface Link {
  /** Index of the unit that joined, and of the unit it was found alike to. */
  unit: number;
  partner: number;
  kind: MergeKind;
  questionSimilarity: number;
  answerSimilarity: number;
}

export interface Cluster {
  /** Unit indices, in source order. */
  members: number[];
  /** One link per join: the pair of units whose likeness brought two groups together. */
  links: Link[];
}

export interface ClusterOptions {
  /** Groups of unit indices an editor merged. */
  merge?: readonly (readonly number[])[];
  /** Groups of unit indices an editor kept apart. */
  split?: readonly (readonly number[])[];
}

/** Thresholds, measured on the labelled pairs in tests/fixtures/duplicate-pairs.yaml. */
export const THRESHOLDS = {
  similarQuestion: 0.7,
  questionWithAnswer: 0.5,
  answerWithQuestion: 0.5,
  sameAnswer: 0.85,
  questionForSameAnswer: 0.2,
  substantialAnswer: 30,
  /** Two full answers that share less than this are about different things, however alike the questions. */
  answerForSameQuestion: 0.25,
  /** Characters a question must keep once its boilerplate is gone to be compared at all. */
  minKey: 3,
};

interface Features {
  key: string;
  exact: string;
  question: Uint32Array;
  answer: Uint32Array;
  guards: string[];
}

/** An answer's words: link and image addresses are not what it says. */
function answerText(markdown: string): string {
  return comparable(markdown.replace(/\]\([^)]*\)/g, ']'));
}

function features(unit: CleanUnit): Features {
  const answer = unit.unanswered ? '' : answerText(unit.answer);
  const key = questionKey(unit.question);
  return {
    key,
    exact: `${comparable(unit.question)}\u0000${answer}`,
    question: bigrams(key),
    answer: bigrams(answer),
    guards: guardSignature(toSimplified(unit.question).toLowerCase()),
  };
}

/** How two units relate, or undefined when they should stay apart. */
export function judge(a: Features, b: Features): Omit<Link, 'unit' | 'partner'> | undefined {
  const questionSimilarity = dice(a.question, b.question);
  const sameKey = a.key !== '' && a.key === b.key;
  // Most pairs are unrelated questions; they are settled before the answers are compared.
  if (questionSimilarity < THRESHOLDS.questionForSameAnswer && !sameKey && a.exact !== b.exact) return undefined;
  const answered = a.answer.length > 0 && b.answer.length > 0;
  const answerSimilarity = answered ? containment(a.answer, b.answer) : 0;
  const result = (kind: MergeKind) => ({ kind, questionSimilarity, answerSimilarity });
  if (a.exact === b.exact) return result('exact');
  // A bare label (「作用」「总结」) says too little to be the same question as anything else.
  if (Math.min([...a.key].length, [...b.key].length) < THRESHOLDS.minKey) return undefined;
  if (conflicts(a.guards, b.guards)) return undefined;
  const substantial = Math.min(a.answer.length, b.answer.length) >= THRESHOLDS.substantialAnswer;
  // Two full answers with almost nothing in common answer different questions, whatever the wording.
  if (substantial && answerSimilarity < THRESHOLDS.answerForSameQuestion) return undefined;
  if (sameKey) return result('same-question');
  if (questionSimilarity >= THRESHOLDS.similarQuestion) return result('similar-question');
  if (questionSimilarity >= THRESHOLDS.questionWithAnswer && answerSimilarity >= THRESHOLDS.answerWithQuestion) {
    return result('similar-question-and-answer');
  }
  if (substantial && answerSimilarity >= THRESHOLDS.sameAnswer && questionSimilarity >= THRESHOLDS.questionForSameAnswer) {
    return result('same-answer');
  }
  return undefined;
}

export function featuresOf(units: readonly CleanUnit[]): Features[] {
  return units.map(features);
}

/**
 * Clusters units that ask the same question. A cluster never holds two units whose guard terms
 * disagree (so liveness and readiness questions cannot be chained together through a third), nor
 * two units an editor split; editors' merges come first and override the guards.
 */
export function clusterUnits(units: readonly CleanUnit[], options: ClusterOptions = {}): Cluster[] {
  const feats = featuresOf(units);
  const parent = units.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const members = new Map<number, number[]>(units.map((_, i) => [i, [i]]));
  const guards = new Map<number, GroupGuards>(feats.map((f, i) => [i, groupGuards(f.guards)]));
  const splits = new Map<number, Set<number>>(units.map((_, i) => [i, new Set()]));
  options.split?.forEach((group, g) => group.forEach((i) => splits.get(i)!.add(g)));
  const links: Link[] = [];

  const compatible = (ra: number, rb: number, curated: boolean) => {
    const sb = splits.get(rb)!;
    if ([...splits.get(ra)!].some((g) => sb.has(g))) return false;
    return curated || !groupsConflict(guards.get(ra)!, guards.get(rb)!);
  };
  const union = (i: number, j: number, link: Omit<Link, 'unit' | 'partner'>, curated = false) => {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj || !compatible(ri, rj, curated)) return;
    const [keep, gone] = ri < rj ? [ri, rj] : [rj, ri];
    parent[gone] = keep;
    members.get(keep)!.push(...members.get(gone)!);
    members.delete(gone);
    // An editor's merge says the version is the anchor's question: the anchor's terms speak for both.
    guards.set(keep, curated ? guards.get(ri)! : joinGroups(guards.get(keep)!, guards.get(gone)!));
    guards.delete(gone);
    splits.set(keep, new Set([...splits.get(keep)!, ...splits.get(gone)!]));
    splits.delete(gone);
    const joined = Math.max(i, j);
    links.push({ unit: joined, partner: Math.min(i, j), ...link });
  };

  for (const group of options.merge ?? []) {
    for (const other of group.slice(1)) {
      union(group[0]!, other, { kind: 'curated', questionSimilarity: dice(feats[group[0]!]!.question, feats[other]!.question), answerSimilarity: 0 }, true);
    }
  }
  forEachCandidate(
    feats.map((f) => f.question),
    feats.map((f) => f.answer),
    (i, j) => {
      if (find(i) === find(j)) return;
      const verdict = judge(feats[i]!, feats[j]!);
      if (verdict) union(i, j, verdict);
    },
  );

  return [...members.values()]
    .map((m) => m.sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!)
    .map((m) => {
      const inCluster = new Set(m);
      return { members: m, links: links.filter((l) => inCluster.has(l.unit)) };
    });
}
