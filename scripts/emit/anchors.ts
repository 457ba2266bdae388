import { z } from 'zod';
import { SourceError } from '../lib/errors.ts';
import { shortHash, slugFor } from './ids.ts';

/**
 * Published anchors never go away. The lock file (sources/anchors.lock.json) records each anchor
 * with its home: the notes place of the version whose question it was first published for. A
 * question keeps every anchor whose home it contains: the first as its id, the others (after a
 * merge) as aliases on the same spot. New questions get a fresh glossary slug.
 */
export const AnchorLockSchema = z.record(
  z.string().regex(/^[a-z0-9-]{1,40}$/),
  z.object({ home: z.string().regex(/^[^:\s]+:[1-9]\d*$/), page: z.string().regex(/^\/[a-z]+\/$/) }).strict(),
);
export type AnchorLock = z.infer<typeof AnchorLockSchema>;

export interface AnchorAssignment {
  id: string;
  aliases: string[];
}

/**
 * `questions[i]` is the canonical wording and `homes[i]` the notes places (file:line) of question i,
 * the first being its primary version. Returns each question's anchors and the updated lock.
 */
export function assignAnchors(
  questions: readonly string[],
  homes: readonly (readonly string[])[],
  pages: readonly string[],
  lock: AnchorLock,
): { anchors: AnchorAssignment[]; lock: AnchorLock } {
  const owner = new Map<string, number>();
  homes.forEach((places, i) => places.forEach((place) => owner.set(place, i)));
  const claimed: string[][] = questions.map(() => []);
  for (const anchor of Object.keys(lock).sort()) {
    const i = owner.get(lock[anchor]!.home);
    if (i === undefined) {
      throw new SourceError(lock[anchor]!.home.split(':')[0]!, Number(lock[anchor]!.home.split(':')[1]), `published anchor #${anchor} has lost its question; links to it would break`);
    }
    claimed[i]!.push(anchor);
  }
  const used = new Set(Object.keys(lock));
  const next: AnchorLock = { ...lock };
  const anchors = questions.map((question, i) => {
    const mine = claimed[i]!;
    if (mine.length > 0) {
      // The anchor whose home is the primary version comes first; the rest keep working as aliases.
      const primary = mine.find((a) => lock[a]!.home === homes[i]![0]) ?? mine[0]!;
      return { id: primary, aliases: mine.filter((a) => a !== primary) };
    }
    let id = slugFor(question);
    for (let n = 0; used.has(id); n++) id = `${slugFor(question).slice(0, 33)}-${shortHash(`${question}#${n}`)}`;
    used.add(id);
    next[id] = { home: homes[i]![0]!, page: pages[i]! };
    return { id, aliases: [] };
  });
  anchors.forEach((a, i) => {
    for (const anchor of [a.id, ...a.aliases]) next[anchor] = { ...next[anchor]!, page: pages[i]! };
  });
  const sorted = Object.fromEntries(Object.keys(next).sort().map((k) => [k, next[k]!]));
  return { anchors, lock: sorted };
}
