import { z } from 'zod';
import { NOTES_FILE } from '../lib/read-sources.ts';
import { TOPIC_IDS } from '../classify/topics.ts';
import { FORMAT_NAMES } from '../parse/index.ts';
import { parsePlace } from '../lib/place.ts';

/** `<notes file>:<line>`, the place a question (or a heading) starts in `sources/`. */
const At = z.string().regex(/^[^:\s]+\.(txt|md):[1-9]\d*$/, 'expected "<notes file>:<line>", e.g. "001_764fa187a98efb01.txt:1715"');
const Reason = z.string().min(4, 'give the reason in a few words');
/** A question's anchor as it appears in links: short lowercase ASCII words joined by hyphens. */
export const Anchor = z
  .string()
  .max(40)
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'expected lowercase ASCII words joined by hyphens, e.g. "restart-policy"');

/**
 * One kind of editorial decision: the shape of an entry, and the notes places an entry names (each
 * must be a question of the notes; `[]` for kinds that name files, lines inside answers or anchors,
 * which their own stage checks). Adding a kind is one row here and the stage that reads it.
 */
function kind<S extends z.ZodType>(entry: S, places: (entry: z.infer<S>) => readonly string[]) {
  return { entry, places };
}

export const KINDS = {
  /** The shape of a notes file, where detection picks the wrong one (names in scripts/parse/index.ts). */
  formats: kind(
    z
      .object({
        file: z
          .string()
          .regex(/^[^:\s/]+$/)
          .regex(NOTES_FILE),
        format: z.enum(FORMAT_NAMES),
      })
      .strict(),
    () => [],
  ),
  /** A heading that is really a line of the answer above it (checked as a heading line by the pipeline). */
  demote: kind(z.object({ at: At, reason: Reason }).strict(), () => []),
  /** The topic page of a question, where the keyword rules pick the wrong one. */
  topics: kind(z.object({ at: At, topic: z.enum(TOPIC_IDS) }).strict(), (e) => [e.at]),
  /** A question left out, with the reason (it stays listed in the manifest). */
  drop: kind(z.object({ at: At, reason: Reason }).strict(), (e) => [e.at]),
  /** Versions that are one question; the first leads (its anchor and wording). */
  merge: kind(z.object({ at: z.array(At).min(2), reason: Reason }).strict(), (e) => e.at),
  /** Versions that are different questions, whatever the similarity rules say. */
  split: kind(z.object({ at: z.array(At).min(2), reason: Reason }).strict(), (e) => e.at),
  /** The version whose answer is shown first, where the fullest is not the one that answers the heading. */
  primary: kind(z.object({ at: At, reason: Reason }).strict(), (e) => [e.at]),
  /** A version whose heading is a course chapter or article section title, not a way to ask: not shown as 又问 (the manifest keeps it). */
  unasked: kind(z.object({ at: At, reason: Reason }).strict(), (e) => [e.at]),
  /** The heading as an editor words it. */
  canonical: kind(z.object({ at: At, question: z.string().min(2).max(60, 'a heading has at most 60 characters') }).strict(), (e) => [e.at]),
  /** A question the notes run into the answer above it, without a heading: it starts at this line (inside an answer). */
  starts: kind(
    z
      .object({
        at: At,
        question: z.string().min(2).max(60),
        /** The line at `at` is the notes' own title for the question (shown as 又问), not answer text. */
        title: z.boolean().default(false),
        reason: Reason,
      })
      .strict(),
    () => [],
  ),
  /** A repair of visible damage on one line of an answer (a stray fragment, a cut sentence, a glued list, a typo), listed in the manifest. */
  fixes: kind(z.object({ at: At, from: z.string().min(1), to: z.string(), reason: Reason }).strict(), () => []),
  /** The readable anchor of a question's link. */
  anchors: kind(z.object({ at: At, anchor: Anchor }).strict(), (e) => [e.at]),
  /** An accuracy note in our own words. */
  notes: kind(
    z
      .object({
        at: At,
        /** What the note corrects, for the aside's title (「本站勘误：镜像拉取的默认策略」). */
        title: z.string().min(2).max(30).optional(),
        version: z.string().min(3),
        text: z.string().min(10),
        /** The official page the correction rests on. */
        url: z.url().optional(),
        /** The notes' statement it corrects, quoted (src/data/accuracy.md lists it). */
        statement: z.string().optional(),
      })
      .strict(),
    (e) => [e.at],
  ),
  /** Questions an editor checked against the official documentation (by anchor), when, by whom, against which versions. */
  reviews: kind(
    z
      .object({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2026-11-23'),
        reviewer: z.string().min(2),
        versions: z.string().min(3),
        questions: z.array(Anchor).min(1),
      })
      .strict(),
    () => [],
  ),
  /** A known problem of a question an editor has not fixed yet (by anchor): until it is, the question is not claimed as checked. */
  problems: kind(z.object({ anchor: Anchor, problem: Reason }).strict(), () => []),
  /** One of our diagrams under a question's answer. */
  diagrams: kind(z.object({ at: At, diagram: z.string().regex(/^[a-z0-9-]+$/), caption: z.string().min(4) }).strict(), (e) => [e.at]),
};

type Lists = { [K in keyof typeof KINDS]: z.ZodDefault<z.ZodArray<(typeof KINDS)[K]['entry']>> };
const lists = Object.fromEntries(Object.entries(KINDS).map(([key, k]) => [key, z.array(k.entry).default([])])) as unknown as Lists;

export const CurationSchema = z
  .object({
    version: z.literal(1),
    ...lists,
    /** Reading order: for each topic, its groups (ids from scripts/classify/topics.ts) and their questions' anchors in order. */
    layout: z.partialRecord(z.enum(TOPIC_IDS), z.record(z.string(), z.array(Anchor))).default({}),
  })
  .strict();

export type Curation = z.infer<typeof CurationSchema>;

/** Every notes place the curation file names, with the kind that names it. */
export function curatedPlaces(curation: Curation): [kind: string, at: string][] {
  return (Object.keys(KINDS) as (keyof typeof KINDS)[]).flatMap((key) =>
    (curation[key] as unknown[]).flatMap((entry) => (KINDS[key].places as (e: unknown) => readonly string[])(entry).map((at) => [key, at] as [string, string])),
  );
}

/**
 * The curation without the entries about notes files that are no longer in `sources/`: a removed file
 * takes its editorial decisions with it (named in one warning per file), while a wrong line in a file
 * that is there stays an error. A merge or split keeps the places of the files still there, if two remain.
 */
export function withoutRemovedFiles(curation: Curation, files: ReadonlySet<string>): { curation: Curation; warnings: string[] } {
  const removed = new Map<string, number>();
  const present = (at: string) => {
    const { file } = parsePlace(at);
    if (files.has(file)) return true;
    removed.set(file, (removed.get(file) ?? 0) + 1);
    return false;
  };
  const pruned = { ...curation } as Record<string, unknown>;
  for (const key of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
    pruned[key] = (curation[key] as Record<string, unknown>[]).flatMap((entry) => {
      if (typeof entry.file === 'string' && !present(`${entry.file}:1`)) return [];
      if (typeof entry.at === 'string') return present(entry.at) ? [entry] : [];
      if (Array.isArray(entry.at)) {
        const at = (entry.at as string[]).filter(present);
        return at.length >= 2 ? [{ ...entry, at }] : [];
      }
      return [entry];
    });
  }
  const warnings = [...removed]
    .sort()
    .map(([file, n]) => `${file} is not in sources/ any more: ${n} curation entr${n === 1 ? 'y' : 'ies'} about it ignored (remove them from curation.yaml)`);
  return { curation: pruned as Curation, warnings };
}

/** The curation without the anchors released with a removed notes file (reviews, problems, layout name anchors). */
export function withoutReleasedAnchors(curation: Curation, released: ReadonlySet<string>): Curation {
  if (released.size === 0) return curation;
  const kept = (anchors: readonly string[]) => anchors.filter((a) => !released.has(a));
  return {
    ...curation,
    reviews: curation.reviews.map((r) => ({ ...r, questions: kept(r.questions) })).filter((r) => r.questions.length > 0),
    problems: curation.problems.filter((p) => !released.has(p.anchor)),
    layout: Object.fromEntries(
      Object.entries(curation.layout).map(([topic, groups]) => [topic, Object.fromEntries(Object.entries(groups).map(([g, anchors]) => [g, kept(anchors)]))]),
    ),
  };
}
