import type { CleanUnit, TopicId } from '../lib/types.ts';
import { toSimplified } from '../vocabulary/chinese.ts';
import { CLASSIFY_ORDER, TERMS, termPattern } from '../vocabulary/terms.ts';

/** Every topic's terms as one pattern, in CLASSIFY_ORDER: first the specific terms, then the weak ones. */
const RULES: readonly { topic: TopicId; pattern: RegExp }[] = [false, true].flatMap((weak) =>
  CLASSIFY_ORDER.flatMap((topic) => {
    const terms = TERMS.filter((t) => t.topic === topic && Boolean(t.weak) === weak);
    return terms.length === 0 ? [] : [{ topic, pattern: new RegExp(terms.map((t) => termPattern(t).source).join('|'), 'i') }];
  }),
);

/** The topic for a unit: the curation file's override, else the first rule matching its question, else its answer. */
export function classify(unit: CleanUnit, overrides: ReadonlyMap<string, TopicId>): TopicId | undefined {
  const override = overrides.get(`${unit.file}:${unit.line}`);
  if (override) return override;
  // Traditional notes are classified as their Simplified reading.
  const [question, answer] = [toSimplified(unit.question), toSimplified(unit.answer)];
  return RULES.find((r) => r.pattern.test(question))?.topic ?? RULES.find((r) => r.pattern.test(answer))?.topic;
}
