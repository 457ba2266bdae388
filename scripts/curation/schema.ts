import { z } from 'zod';
import { TOPIC_IDS } from '../classify/topics.ts';
import { FORMAT_NAMES } from '../parse/index.ts';

/** `<notes file>:<line>`, the place a question (or a heading) starts in `sources/`. */
const At = z.string().regex(/^[^:\s]+\.(txt|md):[1-9]\d*$/, 'expected "<notes file>:<line>", e.g. "001_764fa187a98efb01.txt:1715"');
const Reason = z.string().min(4, 'give the reason in a few words');
/** A question's anchor as it appears in links: short lowercase ASCII words joined by hyphens. */
export const Anchor = z
  .string()
  .max(40)
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'expected lowercase ASCII words joined by hyphens, e.g. "restart-policy"');

export const CurationSchema = z
  .object({
    version: z.literal(1),
    /** The shape of a notes file, where detection picks the wrong one (names in scripts/parse/index.ts). */
    formats: z
      .array(z.object({ file: z.string().regex(/^[^:\s/]+\.(txt|md)$/), format: z.enum(FORMAT_NAMES) }).strict())
      .default([]),
    demote: z.array(z.object({ at: At, reason: Reason }).strict()).default([]),
    topics: z.array(z.object({ at: At, topic: z.enum(TOPIC_IDS) }).strict()).default([]),
    drop: z.array(z.object({ at: At, reason: Reason }).strict()).default([]),
    merge: z.array(z.object({ at: z.array(At).min(2), reason: Reason }).strict()).default([]),
    split: z.array(z.object({ at: z.array(At).min(2), reason: Reason }).strict()).default([]),
    /** The version whose answer is shown first, where the fullest is not the one that answers the heading. */
    primary: z.array(z.object({ at: At, reason: Reason }).strict()).default([]),
    canonical: z.array(z.object({ at: At, question: z.string().min(2).max(60, 'a heading has at most 60 characters') }).strict()).default([]),
    /** A question the notes run into the answer above it, without a heading: it starts at this line. */
    starts: z
      .array(
        z
          .object({
            at: At,
            question: z.string().min(2).max(60),
            /** The line at `at` is the notes' own title for the question (shown as 又问), not answer text. */
            title: z.boolean().default(false),
            reason: Reason,
          })
          .strict(),
      )
      .default([]),
    /** Reading order: for each topic, its groups (ids from scripts/classify/topics.ts) and their questions' anchors in order. */
    layout: z.partialRecord(z.enum(TOPIC_IDS), z.record(z.string(), z.array(Anchor))).default({}),
    anchors: z.array(z.object({ at: At, anchor: Anchor }).strict()).default([]),
    notes: z
      .array(
        z
          .object({
            at: At,
            /** What the note corrects, for the aside's title (「本站勘误：镜像拉取的默认策略」). */
            title: z.string().min(2).max(30).optional(),
            version: z.string().min(3),
            text: z.string().min(10),
            /** The official page the correction rests on. */
            url: z.string().url().optional(),
            /** The notes' statement it corrects, quoted (src/data/accuracy.md lists it). */
            statement: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    /** Questions an editor checked against the official documentation, with when, by whom and against which versions. */
    reviews: z
      .array(
        z
          .object({
            date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2026-11-23'),
            reviewer: z.string().min(2),
            versions: z.string().min(3),
            questions: z.array(Anchor).min(1),
          })
          .strict(),
      )
      .default([]),
    diagrams: z
      .array(z.object({ at: At, diagram: z.string().regex(/^[a-z0-9-]+$/), caption: z.string().min(4) }).strict())
      .default([]),
  })
  .strict();

export type Curation = z.infer<typeof CurationSchema>;
