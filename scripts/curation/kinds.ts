/**
 * Every kind of editorial decision in `sources/curation.yaml`, as one entry each: `key` (its section),
 * `schema` (the section's shape; a mistake is reported at its line), `places` (the notes places it
 * names, each of which must start a question), `apply` (pure functions, one for each pipeline stage
 * the kind acts at: the stage's value in, the new value out), and where needed `check` (other inputs
 * it names) and `forget` (its entries about anchors no question carries: released with a removed notes
 * file, or lost to a problem already reported). The pipeline applies the kinds by iterating this
 * registry at each stage, in registry order: adding a kind is one entry here and its test.
 */
import { z } from 'zod';
import { TOPIC_IDS } from '../classify/topics.ts';
import { correctedBlock } from '../edit/corrections.ts';
import { applyFixes } from '../edit/fixes.ts';
import { placeByLayout } from '../edit/layout.ts';
import type { CuratedAnchor } from '../emit/anchors.ts';
import { SourceError } from '../lib/errors.ts';
import { parsePlace, placeKey } from '../lib/place.ts';
import { NOTES_FILE } from '../lib/read-sources.ts';
import type { CleanUnit, Dropped, ParsedUnit, Question, SourceFile, Topic, TopicId } from '../lib/types.ts';
import { FORMAT_NAMES } from '../parse/index.ts';
import { applyStarts } from '../parse/starts.ts';
import { Anchor, At, Reason } from './fields.ts';

/** The stages a kind can act at, in pipeline order: the value each kind's `apply` takes and returns, and what it may read beside it. */
export interface Stages {
  /** How one notes file is read, before it is parsed. */
  read: { value: { demote: ReadonlySet<string>; format?: string }; context: { file: string } };
  /** One notes file's questions as parsed, before cleaning; an editor's mistake is a problem of the value. */
  units: { value: { units: readonly ParsedUnit[]; problems: readonly SourceError[] }; context: { file: string } };
  /** Every cleaned question, before the versions of one question are found. */
  kept: { value: { units: readonly CleanUnit[]; dropped: readonly Dropped[] }; context: object };
  /** Versions (by notes place) that are one question, and versions that are not. */
  cluster: { value: { merge: readonly (readonly string[])[]; split: readonly (readonly string[])[] }; context: object };
  /** The wordings a published question is known by, when a new notes file's questions join it; `places` are its versions'. */
  join: { value: readonly string[]; context: { places: readonly string[] } };
  /** An editor's choices for one question (its versions at `places`): the version that leads, headings by place, the primary answer. */
  merge: { value: MergeChoice; context: { places: readonly string[] } };
  /** A question's topic page, if an editor chose one. */
  classify: { value: TopicId | undefined; context: { places: readonly string[] } };
  /** The editors' anchors, by notes place. */
  anchors: { value: readonly CuratedAnchor[]; context: object };
  /** The versions of a question whose headings may show as 又问. */
  wordings: { value: readonly CleanUnit[]; context: object };
  /** One published question of the notes. */
  publish: { value: Question; context: object };
  /** Every published question, before the topic pages are laid out; a wrong anchor is a problem of the value. */
  review: { value: { questions: readonly Question[]; problems: readonly SourceError[] }; context: object };
  /** One topic page: the questions an editor placed, by group. */
  layout: {
    value: { placed: ReadonlyMap<string, readonly Question[]>; problems: readonly SourceError[]; warnings: readonly string[] };
    context: { topic: Topic; questions: readonly Question[]; elsewhere: (anchor: string) => string | undefined };
  };
}
export type Stage = keyof Stages;

export interface MergeChoice {
  /** The place of the version an editor's merge names first: its anchor is the id. */
  lead?: string;
  /** An editor's heading by notes place; the lead's, else the first version's with one, is the heading. */
  wordings: ReadonlyMap<string, string>;
  /** The place of the version whose answer is shown first. */
  primary?: string;
}

/** What every `apply` may read beside its stage's context: the line of the curation file where a value of its own section is written. */
interface Lines {
  line: (value: string) => number;
}

type Applies<T> = { [S in Stage]?: (section: T, value: Stages[S]['value'], context: Stages[S]['context'] & Lines) => Stages[S]['value'] };

/** What a kind's `check` may read: the other inputs a curation entry names. */
export interface CheckContext extends Lines {
  sources: readonly SourceFile[];
  /** Names of the diagrams in src/diagrams/. */
  diagramNames: readonly string[];
}

interface KindShape<K extends string, S extends z.ZodType, T, R> {
  key: K;
  schema: S;
  /** The notes places the section names: each must be where a question starts. */
  places: (section: T) => readonly string[];
  apply: Applies<T>;
  /** Mistakes in what the section names beside notes places (a line that is not a heading, a diagram with no source). */
  check?: (section: T, context: CheckContext) => SourceError[];
  /** The section without the anchors no question carries. */
  forget?: (section: T, released: ReadonlySet<string>) => R;
}
export type Kind<K extends string, S extends z.ZodType> = KindShape<K, S, z.output<S>, z.output<S>>;
/** Any kind, as the registry holds it (its section is only ever handed back to its own functions). */
export type AnyKind = KindShape<string, z.ZodType, never, unknown>;
export type Registry = readonly AnyKind[];

/** A kind, typed: its functions read its own section's entries. */
export function kind<K extends string, S extends z.ZodType>(entry: Kind<K, S>): Kind<K, S> {
  return entry;
}

/** A section that lists entries of one shape (most kinds); absent is none. */
const list = <E extends z.ZodType>(entry: E) => z.array(entry).default([]);
const byPlace = <E extends { at: string }, V>(entries: readonly E[], value: (e: E) => V) => new Map(entries.map((e) => [e.at, value(e)] as const));
/** The hint of a curation entry naming a place (or an anchor) that is not a question. */
export const PLACE_HINT = 'name a place as "<notes file>:<line>" of a question heading; `npm run normalize` lists the places in src/data/manifest.json';
const LAYOUT_HINT =
  'layout: lists, per topic, its groups (ids in scripts/classify/topics.ts) and in each the published anchors of its questions in reading order (src/data/permalinks.json lists them)';

/** A problem of the curation file at the line of `value`, in the way the place checks report it. */
const curationProblem = (line: number, value: string, why: string, hint: string) => new SourceError('curation.yaml', line, `${value}: ${why}`, hint);

/** Every question by each of its anchors, its id and its aliases. */
function byAnchor(questions: readonly Question[]): Map<string, Question> {
  return new Map(questions.flatMap((q) => [q.id, ...q.aliases].map((a) => [a, q] as const)));
}

/** The shape of a notes file, where detection picks the wrong one (names in scripts/parse/index.ts). */
const formats = kind({
  key: 'formats',
  schema: list(
    z
      .object({
        file: z
          .string()
          .regex(/^[^:\s/]+$/)
          .regex(NOTES_FILE),
        format: z.enum(FORMAT_NAMES),
      })
      .strict(),
  ),
  places: () => [],
  apply: { read: (entries, value, { file }) => ({ ...value, format: entries.findLast((f) => f.file === file)?.format ?? value.format }) },
});

/** A heading that is really a line of the answer above it. */
const demote = kind({
  key: 'demote',
  schema: list(z.object({ at: At, reason: Reason }).strict()),
  places: () => [],
  apply: { read: (entries, value) => ({ ...value, demote: new Set([...value.demote, ...entries.map((d) => d.at)]) }) },
  check: (entries, { sources, line }) =>
    entries.flatMap(({ at }) => {
      const { file, line: n } = parsePlace(at);
      const text = sources.find((s) => s.file === file)?.lines[n - 1];
      if (text === undefined) return [curationProblem(line(at), at, 'no such notes file or line', PLACE_HINT)];
      return /^ {0,3}#{1,6}(\s|$)/.test(text) ? [] : [curationProblem(line(at), at, 'demote names a line that is not a heading', PLACE_HINT)];
    }),
});

/** The topic page of a question, where the keyword rules pick the wrong one. */
const topics = kind({
  key: 'topics',
  schema: list(z.object({ at: At, topic: z.enum(TOPIC_IDS) }).strict()),
  places: (entries) => entries.map((e) => e.at),
  apply: {
    classify: (entries, topic, { places }) => {
      const chosen = byPlace(entries, (t) => t.topic);
      return topic ?? places.map((at) => chosen.get(at)).find((t) => t !== undefined);
    },
  },
});

/** A question left out, with the reason (it stays listed in the manifest). */
const drop = kind({
  key: 'drop',
  schema: list(z.object({ at: At, reason: Reason }).strict()),
  places: (entries) => entries.map((e) => e.at),
  apply: {
    kept: (entries, { units, dropped }) => {
      const reasons = byPlace(entries, (d) => d.reason);
      const reasonOf = (u: CleanUnit) => reasons.get(placeKey(u));
      return {
        units: units.filter((u) => !reasonOf(u)),
        dropped: [
          ...dropped,
          ...units.flatMap((u) => {
            const note = reasonOf(u);
            return note ? [{ file: u.file, line: u.line, endLine: u.line, reason: 'curation' as const, text: u.rawQuestion, note }] : [];
          }),
        ],
      };
    },
  },
});

/** Versions that are one question; the first leads (its anchor and wording). */
const merge = kind({
  key: 'merge',
  schema: list(z.object({ at: z.array(At).min(2), reason: Reason }).strict()),
  places: (entries) => entries.flatMap((e) => e.at),
  apply: {
    cluster: (entries, value) => ({ ...value, merge: [...value.merge, ...entries.map((m) => m.at)] }),
    merge: (entries, choice, { places }) => ({ ...choice, lead: choice.lead ?? entries.map((m) => m.at[0]!).find((at) => places.includes(at)) }),
  },
});

/** Versions that are different questions, whatever the similarity rules say. */
const split = kind({
  key: 'split',
  schema: list(z.object({ at: z.array(At).min(2), reason: Reason }).strict()),
  places: (entries) => entries.flatMap((e) => e.at),
  apply: { cluster: (entries, value) => ({ ...value, split: [...value.split, ...entries.map((s) => s.at)] }) },
});

/** The version whose answer is shown first, where the fullest is not the one that answers the heading. */
const primary = kind({
  key: 'primary',
  schema: list(z.object({ at: At, reason: Reason }).strict()),
  places: (entries) => entries.map((e) => e.at),
  apply: {
    merge: (entries, choice, { places }) => {
      const chosen = new Set(entries.map((p) => p.at));
      return { ...choice, primary: choice.primary ?? places.find((at) => chosen.has(at)) };
    },
  },
});

/** A version whose heading is a course chapter or article section title, not a way to ask: not shown as 又问 (the manifest keeps it). */
const unasked = kind({
  key: 'unasked',
  schema: list(z.object({ at: At, reason: Reason }).strict()),
  places: (entries) => entries.map((e) => e.at),
  apply: {
    wordings: (entries, units) => {
      const titles = new Set(entries.map((u) => u.at));
      return units.filter((u) => !titles.has(placeKey(u)));
    },
  },
});

/** The heading as an editor words it. */
const canonical = kind({
  key: 'canonical',
  schema: list(z.object({ at: At, question: z.string().min(2).max(60, 'a heading has at most 60 characters') }).strict()),
  places: (entries) => entries.map((e) => e.at),
  apply: {
    join: (entries, wordings, { places }) => {
      const worded = byPlace(entries, (c) => c.question);
      return [...wordings, ...places.flatMap((at) => worded.get(at) ?? [])];
    },
    merge: (entries, choice, { places }) => {
      const mine = entries.filter((c) => places.includes(c.at));
      return mine.length === 0 ? choice : { ...choice, wordings: new Map([...choice.wordings, ...mine.map((c) => [c.at, c.question] as const)]) };
    },
  },
});

/** A question the notes run into the answer above it, without a heading: it starts at this line (inside an answer). */
const starts = kind({
  key: 'starts',
  schema: list(
    z
      .object({
        at: At,
        question: z.string().min(2).max(60),
        /** The line at `at` is the notes' own title for the question (shown as 又问), not answer text. */
        title: z.boolean().default(false),
        reason: Reason,
      })
      .strict(),
  ),
  places: () => [],
  apply: {
    units: (entries, value, { file, line }) => {
      const started = applyStarts(
        value.units,
        entries.filter((st) => st.at.startsWith(`${file}:`)),
        line,
      );
      return { units: started.units, problems: [...value.problems, ...started.problems] };
    },
    // The heading an editor gave a started question, unless its place has a canonical one.
    merge: (entries, choice, { places }) => {
      const mine = entries.filter((st) => places.includes(st.at) && !choice.wordings.has(st.at));
      return mine.length === 0 ? choice : { ...choice, wordings: new Map([...mine.map((st) => [st.at, st.question] as const), ...choice.wordings]) };
    },
  },
});

/** A repair of visible damage on one line of an answer (a stray fragment, a cut sentence, a glued list, a typo), listed in the manifest. */
const fixes = kind({
  key: 'fixes',
  schema: list(z.object({ at: At, from: z.string().min(1), to: z.string(), reason: Reason }).strict()),
  places: () => [],
  apply: {
    units: (entries, value, { file, line }) => {
      const fixed = applyFixes(
        value.units,
        entries.filter((f) => f.at.startsWith(`${file}:`)),
        line,
      );
      return { units: fixed.units, problems: [...value.problems, ...fixed.problems] };
    },
  },
});

/** The readable anchor of a question's link. */
const anchors = kind({
  key: 'anchors',
  schema: list(z.object({ at: At, anchor: Anchor }).strict()),
  places: (entries) => entries.map((e) => e.at),
  apply: { anchors: (entries, named) => [...named, ...entries] },
});

/** An accuracy note in our own words, after the block whose words it corrects. */
const notes = kind({
  key: 'notes',
  schema: list(
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
  ),
  places: (entries) => entries.map((e) => e.at),
  apply: {
    publish: (entries, q) => {
      const places = new Set(q.sources.map(placeKey));
      const primaryAt = placeKey(q.primarySource);
      // Versions merged into one question can each carry the same correction of the same words: the reader
      // needs it once. The same correction of other words (another version's sentence) stands after those.
      const mine = entries
        .filter((n) => places.has(n.at))
        .filter((n, k, all) => all.findIndex((m) => m.title === n.title && m.text === n.text && m.statement === n.statement) === k)
        .map(({ at, ...note }) => ({ ...note, corrects: correctedBlock(note.statement, at, q.answer, q.supplements, primaryAt) }));
      return { ...q, notes: [...q.notes, ...mine] };
    },
  },
});

/** Questions an editor checked against the official documentation (by anchor), when, by whom, against which versions. */
const reviews = kind({
  key: 'reviews',
  schema: list(
    z
      .object({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2026-11-23'),
        reviewer: z.string().min(2),
        versions: z.string().min(3),
        questions: z.array(Anchor).min(1),
      })
      .strict(),
  ),
  places: () => [],
  apply: {
    // Each question's latest review; a question nobody reviewed stays 未校对.
    review: (entries, { questions, problems }, { line }) => {
      const known = byAnchor(questions);
      const latest = new Map<Question, Question['review']>();
      const wrong: SourceError[] = [];
      for (const { questions: anchors, ...review } of entries) {
        for (const anchor of anchors) {
          const q = known.get(anchor);
          if (!q) {
            wrong.push(curationProblem(line(anchor), anchor, `reviews: #${anchor} is not a published question`, PLACE_HINT));
            continue;
          }
          const current = latest.get(q) ?? q.review;
          if (!current || current.date <= review.date) latest.set(q, review);
        }
      }
      return { questions: questions.map((q) => (latest.has(q) ? { ...q, review: latest.get(q) } : q)), problems: [...problems, ...wrong] };
    },
  },
  forget: (entries, released) => entries.map((r) => ({ ...r, questions: r.questions.filter((a) => !released.has(a)) })).filter((r) => r.questions.length > 0),
});

/** A known problem of a question an editor has not fixed yet (by anchor): until it is, the question is not claimed as checked. */
const problems = kind({
  key: 'problems',
  schema: list(z.object({ anchor: Anchor, problem: Reason }).strict()),
  places: () => [],
  apply: {
    review: (entries, { questions, problems: wrong }, { line }) => {
      const known = byAnchor(questions);
      const listed = new Map<Question, string[]>();
      const unknown: SourceError[] = [];
      for (const { anchor, problem } of entries) {
        const q = known.get(anchor);
        if (q) listed.set(q, [...(listed.get(q) ?? []), problem]);
        else unknown.push(curationProblem(line(anchor), anchor, `problems: #${anchor} is not a published question`, PLACE_HINT));
      }
      return {
        questions: questions.map((q) => (listed.has(q) ? { ...q, problems: [...(q.problems ?? []), ...listed.get(q)!] } : q)),
        problems: [...wrong, ...unknown],
      };
    },
  },
  forget: (entries, released) => entries.filter((p) => !released.has(p.anchor)),
});

/** One of our diagrams under a question's answer. */
const diagrams = kind({
  key: 'diagrams',
  schema: list(z.object({ at: At, diagram: z.string().regex(/^[a-z0-9-]+$/), caption: z.string().min(4) }).strict()),
  places: (entries) => entries.map((e) => e.at),
  apply: {
    publish: (entries, q) => {
      const places = new Set(q.sources.map(placeKey));
      return { ...q, diagrams: [...q.diagrams, ...entries.filter((d) => places.has(d.at)).map((d) => ({ name: d.diagram, caption: d.caption }))] };
    },
  },
  check: (entries, { diagramNames, line }) =>
    entries.flatMap(({ diagram }) =>
      diagramNames.includes(diagram)
        ? []
        : [new SourceError('curation.yaml', line(diagram), `diagram "${diagram}" has no source src/diagrams/${diagram}.mmd`, 'add the .mmd file or fix the name')],
    ),
});

/** Reading order: for each topic, its groups (ids from scripts/classify/topics.ts) and their questions' anchors in order. */
const layout = kind({
  key: 'layout',
  schema: z.partialRecord(z.enum(TOPIC_IDS), z.record(z.string(), z.array(Anchor))).default({}),
  places: () => [],
  apply: {
    layout: (section, value, { topic, questions, elsewhere, line }) => {
      const wrong: SourceError[] = [];
      const warnings: string[] = [];
      const mine = placeByLayout(
        topic,
        questions,
        section[topic.id] ?? {},
        (v, why) => wrong.push(new SourceError('curation.yaml', line(v), `${v}: ${why}`, LAYOUT_HINT)),
        elsewhere,
        (message) => warnings.push(message),
      );
      return {
        placed: new Map([...value.placed, ...[...mine].map(([g, qs]) => [g, [...(value.placed.get(g) ?? []), ...qs]] as const)]),
        problems: [...value.problems, ...wrong],
        warnings: [...value.warnings, ...warnings],
      };
    },
  },
  forget: (section, released) =>
    Object.fromEntries(
      Object.entries(section).map(([topic, groups]) => [topic, Object.fromEntries(Object.entries(groups).map(([g, anchors]) => [g, anchors.filter((a) => !released.has(a))]))]),
    ),
});

/** Every kind, in the order their sections are validated and, at a stage several act at, applied. */
export const KINDS = [formats, demote, topics, drop, merge, split, primary, unasked, canonical, starts, fixes, anchors, notes, reviews, problems, diagrams, layout] as const;

/** The curation as the pipeline applies it: each kind's section, where its values are written, and the registry. */
export interface Curated {
  curation: Readonly<Record<string, unknown>>;
  /** The line of the curation file where `value` is written in `section`. */
  line: (value: string, section: string) => number;
  kinds: Registry;
}

/** A stage's value after every kind that acts at `stage` has applied its section, in registry order. */
export function applyKinds<S extends Stage>(stage: S, curated: Curated, value: Stages[S]['value'], context: Stages[S]['context']): Stages[S]['value'] {
  let out = value;
  for (const k of curated.kinds) {
    const apply = k.apply[stage] as ((section: unknown, value: Stages[S]['value'], context: Stages[S]['context'] & Lines) => Stages[S]['value']) | undefined;
    if (apply) out = apply(curated.curation[k.key], out, { ...context, line: (v: string) => curated.line(v, k.key) });
  }
  return out;
}
