import { SourceError } from '../lib/errors.ts';
import { parsePlace } from '../lib/place.ts';
import type { ParsedUnit } from '../lib/types.ts';

export interface Fix {
  /** `<file>:<line>`: the notes line that holds `from`. */
  at: string;
  /** The damaged text, exactly as the line has it. */
  from: string;
  /** What a reader sees instead: `''` removes it, a line break starts a new line (a glued list item). */
  to: string;
  reason: string;
}

/**
 * An editor's repairs of damage the cleaners cannot tell from text (curation `fixes:`): a stray
 * fragment, a sentence cut off, a list glued into one line, a typo. Each repair is one exact
 * replacement on one line of an answer or of a question heading, listed in the manifest with its reason.
 */
export function applyFixes(units: readonly ParsedUnit[], fixes: readonly Fix[], lineOf: (at: string) => number): { units: ParsedUnit[]; problems: SourceError[] } {
  const problems: SourceError[] = [];
  const out = [...units];
  for (const fix of fixes) {
    const { file, line: n } = parsePlace(fix.at);
    const correction = { file, line: n, kind: 'edit' as const, from: fix.from, to: fix.to, why: fix.reason };
    // A misspelt heading (shown as 又问): the fix applies to the question's own line.
    const titled = out.findIndex(({ unit: u }) => u.file === file && u.line === n && u.rawQuestion.includes(fix.from));
    if (titled >= 0) {
      const { unit, corrections } = out[titled]!;
      const next = { ...unit, rawQuestion: unit.rawQuestion.replace(fix.from, () => fix.to), question: unit.question.replace(fix.from, () => fix.to) };
      out[titled] = { unit: next, corrections: [...corrections, correction] };
      continue;
    }
    const index = out.findIndex(({ unit: u }) => u.file === file && u.body.some((l) => l.n === n));
    const unit = out[index]?.unit;
    const at = unit?.body.findIndex((l) => l.n === n && l.text.includes(fix.from)) ?? -1;
    if (!unit || at < 0) {
      const why = !unit ? 'fixes names a line that is neither a question nor inside an answer' : `fixes: the line does not contain 「${fix.from}」`;
      problems.push(
        new SourceError(
          'curation.yaml',
          lineOf(fix.at),
          `${fix.at}: ${why}`,
          "copy `from` exactly from that notes line (npm run normalize lists each question's lines in src/data/manifest.json)",
        ),
      );
      continue;
    }
    const line = unit.body[at]!;
    const replaced = line.text.replace(fix.from, () => fix.to);
    const body = [...unit.body.slice(0, at), ...replaced.split('\n').map((text) => ({ n, text })), ...unit.body.slice(at + 1)];
    out[index] = { unit: { ...unit, body }, corrections: [...out[index]!.corrections, correction] };
  }
  return { units: out, problems };
}
