import type { CleanUnit, TopicId } from '../lib/types.ts';
import { toSimplified } from '../vocabulary/chinese.ts';
import { VOCABULARY } from '../vocabulary/derived.ts';

/**
 * The topic for a unit: the curation file's override, else the first topic whose terms its question
 * names (the vocabulary's topics, in the order they are tried), else its answer.
 */
export function classify(unit: CleanUnit, overrides: ReadonlyMap<string, TopicId>, vocabulary = VOCABULARY): TopicId | undefined {
  const override = overrides.get(`${unit.file}:${unit.line}`);
  if (override) return override;
  // Traditional notes are classified as their Simplified reading.
  const [question, answer] = [toSimplified(unit.question), toSimplified(unit.answer)];
  return vocabulary.topics.find((r) => r.pattern.test(question))?.topic ?? vocabulary.topics.find((r) => r.pattern.test(answer))?.topic;
}
