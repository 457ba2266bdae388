import { SourceError } from '../lib/errors.ts';
import type { ParsedUnit, SourceUnit } from '../lib/types.ts';
import { questionText } from './question-text.ts';
import { parsePlace } from '../lib/place.ts';

export interface Start {
  /** `<file>:<line>` inside the answer of another question. */
  at: string;
  question: string;
  /** The line is the notes' own title for the question, not the first line of its answer. */
  title: boolean;
}

/**
 * Questions the notes ran into the answer above them, with no heading of their own (curation
 * `starts:`): the answer is cut at the given line and what follows becomes a question of its own.
 * A start naming no line of an answer is a problem, and the others still apply.
 */
export function applyStarts(units: readonly ParsedUnit[], starts: readonly Start[], lineOf: (at: string) => number): { units: ParsedUnit[]; problems: SourceError[] } {
  const out = [...units];
  const problems: SourceError[] = [];
  for (const start of starts) {
    const { file, line: n } = parsePlace(start.at);
    const index = out.findIndex(({ unit: u }) => u.file === file && u.body.some((l) => l.n === n));
    if (index < 0) {
      problems.push(
        new SourceError(
          'curation.yaml',
          lineOf(start.at),
          `${start.at}: starts names a line that is not inside an answer`,
          'name a line under a question, not a heading or a dropped line',
        ),
      );
      continue;
    }
    const { unit, corrections } = out[index]!;
    const at = unit.body.findIndex((l) => l.n === n);
    const line = unit.body[at]!;
    const raw = start.title ? line.text : '';
    const next: SourceUnit = {
      file,
      line: n,
      lineEnd: n,
      format: unit.format,
      rawQuestion: raw,
      question: start.title ? questionText(raw).question : start.question,
      markers: [],
      body: unit.body.slice(start.title ? at + 1 : at),
    };
    out.splice(index, 1, { unit: { ...unit, body: unit.body.slice(0, at) }, corrections }, { unit: next, corrections: [] });
  }
  return { units: out, problems };
}
