import type { CleanUnit, TopicId } from '../lib/types.ts';
import { RULES } from './rules.ts';
import { toSimplified } from '../vocabulary/chinese.ts';

/** The topic for a unit: the curation file's override, else the first rule matching its question, else its answer. */
export function classify(unit: CleanUnit, overrides: ReadonlyMap<string, TopicId>): TopicId | undefined {
  const override = overrides.get(`${unit.file}:${unit.line}`);
  if (override) return override;
  // Traditional notes are classified as their Simplified reading.
  const [question, answer] = [toSimplified(unit.question), toSimplified(unit.answer)];
  return RULES.find((r) => r.pattern.test(question))?.topic ?? RULES.find((r) => r.pattern.test(answer))?.topic;
}
