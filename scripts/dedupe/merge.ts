import type { CleanUnit, Supplement } from '../lib/types.ts';
import { TYPOS, typoPattern } from '../vocabulary/typos.ts';
import { comparable } from './comparable.ts';
import { Seen, uniquePoints } from './supplements.ts';

/** A misspelling or slip of the typo table, in any case: a version without one is preferred as the canonical wording. */
const TYPO = typoPattern(TYPOS, 'i');

export interface MergedQuestion {
  question: string;
  /** Index (into the cluster's units) of the version whose wording is used. */
  wordingFrom: number;
  /** Index of the version whose answer is shown first. */
  primary: number;
  answer: string;
  supplements: Supplement[];
  markers: string[];
  unanswered: boolean;
}

function formatting(markdown: string): number {
  return /^\s*(?:[-*+]|\d+\.)\s|^\|.*\|$|^```/m.test(markdown) ? 1.25 : 1;
}

/** The fullest answer, with a bonus for lists, tables and code; ties go to the earlier source. */
export function choosePrimary(units: readonly CleanUnit[]): number {
  let best = 0;
  let bestScore = -1;
  units.forEach((u, i) => {
    const score = u.unanswered ? 0 : [...comparable(u.answer)].length * formatting(u.answer);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** A complete question without typos, preferably phrased as a question and not as `简述 …`. */
export function chooseWording(units: readonly CleanUnit[], primary: number): number {
  const score = (u: CleanUnit, i: number) =>
    (TYPO.test(u.question) ? -10 : 0) + (/[?？]$/.test(u.question) ? 2 : 0) + (/^简述/.test(u.question) ? -1 : 0) + ([...u.question].length >= 6 ? 1 : 0) + (i === primary ? 1 : 0);
  let best = 0;
  units.forEach((u, i) => {
    if (score(u, i) > score(units[best]!, best)) best = i;
  });
  return best;
}

/** One question from a cluster of versions: the canonical wording, the primary answer, and what the others add. */
export function mergeCluster(units: readonly CleanUnit[], canonical?: string, preferred = -1): MergedQuestion {
  const primary = preferred >= 0 && !units[preferred]!.unanswered ? preferred : choosePrimary(units);
  const wordingFrom = chooseWording(units, primary);
  const seen = new Seen(units[primary]!.answer);
  const supplements: Supplement[] = [];
  units.forEach((u, i) => {
    if (i === primary || u.unanswered) return;
    const markdown = uniquePoints(u.answer, seen);
    if (markdown === '') return;
    supplements.push({ source: { file: u.file, line: u.line }, markdown });
    seen.add(markdown);
  });
  return {
    question: canonical ?? units[wordingFrom]!.question,
    wordingFrom,
    primary,
    answer: units[primary]!.answer,
    supplements,
    markers: [...new Set(units.flatMap((u) => u.markers))],
    // 待补充 until some version answers it in full.
    unanswered: units.every((u) => u.unanswered || u.incomplete),
  };
}
