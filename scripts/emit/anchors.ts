import { z } from 'zod';
import { SourceError, SourceErrors } from '../lib/errors.ts';
import { shortHash, slugFor } from './ids.ts';
import { parsePlace } from '../lib/place.ts';

/**
 * Published anchors never go away. The lock file (sources/anchors.lock.json) records each anchor
 * with its home: the notes place of the version whose question it was first published for. A
 * question keeps every anchor whose home it contains: the first as its id, the others (after a
 * merge or an editor's rename) as aliases on the same spot. An editor's anchor (curation
 * `anchors:`) comes first; other new questions get a glossary slug.
 */
export const AnchorLockSchema = z.record(
  z.string().regex(/^[a-z0-9-]{1,40}$/),
  z
    .object({
      home: z.string().regex(/^(?:[^:\s]+:[1-9]\d*|editors#[a-z0-9-]+)$/),
      page: z.string().regex(/^\/[a-z]+\/([a-z0-9-]+\/)?$/),
      /** Pages the question stood on before it moved: each keeps answering links to it (scripts/emit/moved-pages.ts). */
      former: z.array(z.string().regex(/^\/[a-z]+\/([a-z0-9-]+\/)?$/)).optional(),
    })
    .strict(),
);
export type AnchorLock = z.infer<typeof AnchorLockSchema>;

export const LOCK_FILE = 'anchors.lock.json';
const LOCK_HINT = 'the build writes this file: restore it from git (git checkout sources/anchors.lock.json); edit it only to drop an anchor that was never published';

/** The lock file's text as anchors, or every problem in it, each with its line (not a stack trace). */
export function parseAnchorLock(text: string): AnchorLock {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // V8 says where: "… at position 120 (line 5 column 3)" or only "at position 120".
    const message = error instanceof Error ? error.message : String(error);
    const at = /line (\d+)/.exec(message)?.[1] ?? /position (\d+)/.exec(message)?.[1];
    const line = /line \d+/.test(message) ? Number(at) : at ? text.slice(0, Number(at)).split('\n').length : 1;
    throw new SourceError(LOCK_FILE, line, `not valid JSON: ${message}`, LOCK_HINT);
  }
  const parsed = AnchorLockSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const lines = text.split('\n');
  /** The line of the entry an issue is about: its anchor's key. */
  const lineOf = (path: readonly PropertyKey[]) => {
    const key = path[0];
    const i = typeof key === 'string' ? lines.findIndex((l) => l.includes(`${JSON.stringify(key)}:`)) : -1;
    return i < 0 ? 1 : i + 1;
  };
  throw SourceErrors.of(
    parsed.error.issues.map((issue) => new SourceError(LOCK_FILE, lineOf(issue.path), `${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`, LOCK_HINT)),
  );
}

export interface AnchorAssignment {
  id: string;
  aliases: string[];
  /** The glossary said too little and the id carries a hash: an editor should name it in `anchors:`. */
  hashed: boolean;
}

/** An editor's anchor for the question that has a version at `at` (a notes place). */
export interface CuratedAnchor {
  at: string;
  anchor: string;
}

const failPlainly = (at: string, why: string): never => {
  throw new Error(`${at}: ${why}`);
};

/** What a question's anchors are chosen from. */
export interface AnchorRequest {
  /** The heading, which a new anchor is made from. */
  wording: string;
  /** The notes places (file:line) of its versions, the first being the one a new anchor is homed at. */
  homes: readonly string[];
  /** The page it is shown on. */
  page: string;
}

/**
 * Each question with its anchors (`anchor`), and the updated lock. `fail` reports a curated anchor
 * that cannot be used, naming its `at`; the entry is left out and the others still apply. A published
 * anchor whose home starts no question any more is `lost`, as the problem at its home.
 */
export function assignAnchors<T extends AnchorRequest>(
  requests: readonly T[],
  lock: AnchorLock,
  curated: readonly CuratedAnchor[] = [],
  fail: (at: string, why: string) => void = failPlainly,
  /** Anchors of the editors' own questions: never given to a question of the notes. */
  reserved: readonly string[] = [],
  /** The notes files in sources/ now: an anchor whose file was removed is released, not an error. */
  files?: ReadonlySet<string>,
): { anchored: (T & { anchor: AnchorAssignment })[]; lock: AnchorLock; released: string[]; lost: SourceError[] } {
  // Questions are numbered by their place in `requests` while their anchors are chosen.
  const owner = new Map<string, number>();
  requests.forEach(({ homes }, i) => homes.forEach((place) => owner.set(place, i)));
  const claimed: string[][] = requests.map(() => []);
  const released: string[] = [];
  const lost: SourceError[] = [];
  for (const anchor of Object.keys(lock).sort()) {
    const i = owner.get(lock[anchor]!.home);
    if (i === undefined) {
      const home = parsePlace(lock[anchor]!.home);
      // Its notes file is gone: the anchor stays in the lock, so a published link still opens its page.
      if (files && !files.has(home.file)) {
        released.push(anchor);
        continue;
      }
      lost.push(
        new SourceError(
          home.file,
          home.line,
          `published anchor #${anchor} has lost its question; links to it would break`,
          'keep the question in the notes, or merge it into another with curation merge: so its anchor stays an alias',
        ),
      );
      continue;
    }
    claimed[i]!.push(anchor);
  }
  // Versions an editor named apart may merge later (a new notes file): each name stays, one as the id.
  const named = new Map<number, CuratedAnchor[]>();
  const namedAnchors = new Map<string, string>();
  /** Why an editor's anchor for question `i` cannot be used, if it cannot. */
  const unusable = (entry: CuratedAnchor, i: number | undefined): string | undefined => {
    if (i === undefined) return 'no question starts at this notes file and line';
    if (namedAnchors.has(entry.anchor)) return `#${entry.anchor} is already given to ${namedAnchors.get(entry.anchor)}`;
    const published = lock[entry.anchor];
    if (published && owner.get(published.home) !== i) return `#${entry.anchor} is already published for the question at ${published.home}`;
    return undefined;
  };
  for (const entry of curated) {
    const i = owner.get(entry.at);
    const why = unusable(entry, i);
    if (why !== undefined) {
      fail(entry.at, why);
      continue;
    }
    named.set(i!, [...(named.get(i!) ?? []), entry]);
    namedAnchors.set(entry.anchor, entry.at);
  }
  const used = new Set([...Object.keys(lock), ...namedAnchors.keys(), ...reserved]);
  const next: AnchorLock = { ...lock };
  const anchorOf = ({ wording: question, homes, page }: AnchorRequest, i: number): AnchorAssignment => {
    const mine = claimed[i]!;
    const editors = named.get(i) ?? [];
    if (editors.length > 0) {
      for (const { anchor, at } of editors) next[anchor] ??= { home: at, page };
      const id = (editors.find((e) => e.at === homes[0]) ?? editors[0]!).anchor;
      const aliases = [...new Set([...editors.map((e) => e.anchor), ...mine])].filter((a) => a !== id).sort();
      return { id, aliases, hashed: false };
    }
    if (mine.length > 0) {
      // The anchor whose home is the primary version comes first; the rest keep working as aliases.
      const primary = mine.find((a) => lock[a]!.home === homes[0]) ?? mine[0]!;
      return { id: primary, aliases: mine.filter((a) => a !== primary), hashed: false };
    }
    const slug = slugFor(question);
    // The same question lost the version its anchor was homed at (its file removed): it takes the anchor back.
    const reclaimed = released.indexOf(slug);
    if (reclaimed >= 0) {
      released.splice(reclaimed, 1);
      next[slug] = { ...next[slug]!, home: homes[0]! };
      return { id: slug, aliases: [], hashed: false };
    }
    let id = slug;
    for (let n = 0; used.has(id); n++) id = `${slug.slice(0, 33)}-${shortHash(`${question}#${n}`)}`;
    used.add(id);
    next[id] = { home: homes[0]!, page };
    return { id, aliases: [], hashed: id !== slug || slug.startsWith('q-') };
  };
  const anchored = requests.map((request, i) => ({ ...request, anchor: anchorOf(request, i) }));
  for (const { anchor: a, page } of anchored) {
    for (const anchor of [a.id, ...a.aliases]) next[anchor] = { ...next[anchor]!, page };
  }
  const sorted = Object.fromEntries(
    Object.keys(next)
      .sort()
      .map((k) => [k, next[k]!]),
  );
  return { anchored, lock: sorted, released, lost };
}
