import { classify } from './classify/index.ts';
import { DEFAULT_TOPIC, TOPICS } from './classify/topics.ts';
import { cleanUnit } from './clean/index.ts';
import { curationLine } from './curation/load.ts';
import { applyKinds, KINDS, PLACE_HINT, type Curated, type Registry } from './curation/kinds.ts';
import { curatedPlaces, withoutPlaces, withoutAnchors, withoutRemovedFiles, type Curation } from './curation/schema.ts';
import { clusterUnits, type Cluster, type Link } from './dedupe/cluster.ts';
import { joinPublished } from './dedupe/join.ts';
import { subjectOf } from './dedupe/subject.ts';
import { bigrams, dice } from './dedupe/grams.ts';
import { choosePrimary, mergeCluster } from './dedupe/merge.ts';
import { homePageMdx } from './emit/home-page.ts';
import { assignAnchors, type AnchorAssignment, type AnchorLock } from './emit/anchors.ts';
import { buildManifest, type Manifest } from './emit/manifest.ts';
import { contradictionWarnings, mergeReport, mergeWarnings } from './emit/merge-report.ts';
import { externalLinksReport } from './emit/external-links.ts';
import { notFoundPageMdx } from './emit/not-found-page.ts';
import { frequentPageMdx, openQuestionsPageMdx, unreviewedPageMdx } from './emit/overview-pages.ts';
import { cramPageMdx } from './emit/cram-page.ts';
import { notesPageMdx } from './emit/notes-page.ts';
import { accuracyReport } from './emit/accuracy-report.ts';
import { searchRecord, type SearchRecord } from './emit/search-records.ts';
import { topicPageFiles } from './emit/topic-page.ts';
import { questionPages } from './emit/pagination.ts';
import { withMovedQuestions } from './emit/moved-pages.ts';
import { attempt, SourceError, SourceErrors } from './lib/errors.ts';
import { forgetMarkdownTrees } from './lib/markdown-tree.ts';
import { parsePlace, placeKey } from './lib/place.ts';
import type { CleanUnit, DiagramPlace, Dropped, EditorsFile, Question, SourceFile, TopicId, TopicPage } from './lib/types.ts';
import { parseSource } from './parse/index.ts';
import { asks, frequencyMarks } from './parse/question-text.ts';
import { followCorrections, unquotedCorrections } from './edit/corrections.ts';
import { stripHtml } from './parse/html.ts';
import { readMarkdown } from './parse/markdown.ts';
import { typesetHeading } from './edit/heading.ts';
import { layoutTopic } from './edit/layout.ts';
import { dropRepeats } from './edit/repeats.ts';
import { comparable } from './dedupe/comparable.ts';
import { contradictions } from './dedupe/contradictions.ts';
import { applyEditors, isEditorsHome } from './editors/apply.ts';
import { parseEditors, type EditorsSource } from './editors/read.ts';
import { isFragment } from './editors/fragment.ts';

/** Why two versions of a question were judged alike, with the versions themselves. */
export interface VersionLink extends Omit<Link, 'unit' | 'partner'> {
  unit: CleanUnit;
  partner: CleanUnit;
}

export interface PublishedQuestion {
  question: Question;
  units: readonly CleanUnit[];
  /** One link per join of its versions (none for a question of one version). */
  links: readonly VersionLink[];
  /** Indices into `units` of the version whose wording and whose answer are used. */
  wordingFrom: number;
  primary: number;
}

export interface NormaliseResult {
  /** Generated pages, keyed by path under `src/content/docs/`. */
  pages: Map<string, string>;
  manifest: Manifest;
  /** A readable list of every merge, for editors. */
  report: string;
  /** Every external address in the notes, with its places; never fetched by the build. */
  externalLinks: string;
  /** The anchor lock with this run's new anchors added. */
  anchorLock: AnchorLock;
  /** One search record per question (src/data/search.json), indexed from the /q/ pages. */
  search: SearchRecord[];
  /** Each diagram under each question that shows it (src/data/diagrams.json), for the 查看大图 pages. */
  diagrams: DiagramPlace[];
  /** Every question with its review state, corrections, versions and sources (src/data/accuracy.md). */
  accuracy: string;
  /** Each notes file's shape and how many questions it gave. */
  files: FileReport[];
  /** Every published question, the notes' and ours, in reading order. */
  questions: Question[];
  /** Questions without our 要点, or whose notes give only a fragment and no answer of ours stands above it. */
  editorsMissing: string[];
  /** Questions no topic's keywords fit (placed on the default topic), and layout entries whose question moved page: an editor should look. */
  unplaced: string[];
  /** Merges worth a second look. */
  warnings: string[];
  /** Supplements that say something the main answer contradicts (a default, a count): an accuracy note should say which is right. */
  contradictions: string[];
  /** New questions whose anchor needed a hash because the glossary said too little (name them in `anchors:`). */
  hashedAnchors: string[];
  stats: {
    files: number;
    units: number;
    questions: number;
    merged: number;
    mergesByKind: Record<string, number>;
    dropped: number;
    unanswered: number;
    /** The editorial pass, by kind: what was split, started, worded, placed and corrected. */
    editorial: Record<string, number>;
  };
}

const key = (file: string, line: number) => placeKey({ file, line });

/** 高频: the notes say it is often asked, or three or more notes files carry it. */
function isFrequent(markers: readonly string[], units: readonly CleanUnit[]): boolean {
  return frequencyMarks(markers).length > 0 || new Set(units.map((u) => u.file)).size >= 3;
}

/** The notes' other wordings of a question (又问), from the versions whose headings ask it: each distinct one, never the heading itself. */
function otherWordings(heading: string, units: readonly CleanUnit[], lead: string): string[] {
  const seen = new Set([comparable(heading), comparable(typesetHeading(heading)), comparable(lead)]);
  const out: string[] = [];
  for (const u of units) {
    const wording = u.question.trim();
    // The same words typeset (k8s → Kubernetes, pod → Pod) are not another wording.
    const k = comparable(typesetHeading(wording));
    // A question an editor started where the notes had no title has no wording of the notes to show.
    if (wording === '' || u.rawQuestion === '' || seen.has(k) || seen.has(comparable(wording))) continue;
    seen.add(k);
    out.push(wording);
  }
  return out;
}

/**
 * A heading of the notes that is a statement, not a question (`每个节点的 Pod 数量不超过110，…`, `…通常涉及以下
 * 几种方法`), says part of the answer: an editor's question replaces it as the heading, and the
 * statement opens the answer it belongs to, where a reader looks for it.
 */
function statementLead(unit: CleanUnit, heading: string): string {
  const wording = unit.question.trim();
  // A heading that asks (「请解释一下…的区别」「怎么使一个 node 脱离集群调度…」) is a wording (又问), not part of the answer.
  if (unit.rawQuestion === '' || /[？?]$/.test(wording) || asks(wording) || [...wording].length <= 30 || comparable(wording) === comparable(heading)) return '';
  return wording;
}

/** The answer with its lead statement in front: run into the first paragraph where the statement stops mid-sentence. */
function withLead(lead: string, answer: string): string {
  if (lead === '') return answer;
  const startsParagraph = answer !== '' && !/^(?:[-*+]\s|\d+\.\s|```|\||#|>|!\[)/.test(answer);
  return /[，,]$/.test(lead) && startsParagraph ? `${lead}${answer}` : `${lead}\n\n${answer}`.trim();
}

/**
 * A supplement contradicting the answer with no correction of ours is a known problem too; a question
 * with a known problem is not claimed as checked (its review is withdrawn).
 */
function withdrawReviews(questions: readonly Question[], contradicted: ReadonlyMap<string, string[]>): Question[] {
  return questions.map((q) => {
    const found = q.notes.length === 0 ? (contradicted.get(q.id) ?? []) : [];
    const problems = found.length > 0 ? [...(q.problems ?? []), ...found] : q.problems;
    if (!problems) return q;
    const { review: _withdrawn, ...rest } = q;
    return { ...rest, problems };
  });
}

/** A mistake in the curation file, reported at the line where `value` is written (in `section`, when given). */
function curationProblem(curationText: string, value: string, why: string, section?: string): SourceError {
  return new SourceError('curation.yaml', curationLine(curationText, value, section), `${value}: ${why}`, PLACE_HINT);
}

/**
 * Every place the curation file names must be a question of the notes, and whatever else a kind names
 * must exist (its `check`); all wrong ones are reported at once, kind by kind, and the curation goes on
 * without the wrong places. A place in a notes file that could not be read is left out unreported: which
 * questions that file has is not known.
 */
function checkCuration<C extends Readonly<Record<string, unknown>>>(
  curation: C,
  curationText: string,
  kinds: Registry,
  { sources, diagramNames, unitKeys, unread }: { sources: readonly SourceFile[]; diagramNames: readonly string[]; unitKeys: ReadonlySet<string>; unread: ReadonlySet<string> },
): { curation: C; problems: SourceError[] } {
  const wrong = curatedPlaces(curation, kinds).filter(([, at]) => !unitKeys.has(at));
  const problems = kinds.flatMap((kind) => [
    ...(kind.check?.(curation[kind.key] as never, { sources, diagramNames, line: (value) => curationLine(curationText, value, kind.key) }) ?? []),
    ...wrong
      .filter(([section, at]) => section === kind.key && !unread.has(parsePlace(at).file))
      .map(([section, at]) => curationProblem(curationText, at, 'no question starts at this notes file and line', section)),
  ]);
  return { curation: withoutPlaces(curation, new Set(wrong.map(([, at]) => at)), kinds), problems };
}

/** Every non-blank line of every notes file must be in a unit or in the dropped list. */
function checkNothingLost(sources: readonly SourceFile[], covered: ReadonlySet<string>): void {
  for (const source of sources) {
    source.lines.forEach((text, i) => {
      if (text.trim() !== '' && !covered.has(key(source.file, i + 1))) {
        throw new SourceError(source.file, i + 1, 'this line reached neither a page nor the manifest (normaliser bug)');
      }
    });
  }
}

/** What the normaliser read in one notes file: its shape, and how many questions it took. */
export interface FileReport {
  file: string;
  format: string;
  label: string;
  questions: number;
}

/** The curation as the stages apply it: its sections, the lines where their values are written, the registry of kinds. */
function curatedFrom(curation: Readonly<Record<string, unknown>>, curationText: string, kinds: Registry): Curated {
  return { curation, line: (value, section) => curationLine(curationText, value, section), kinds };
}

/** One notes file as read: its questions cleaned, what was dropped, the places of the lines either holds, and the editors' mistakes in it. */
interface NotesFile {
  cleaned: CleanUnit[];
  dropped: Dropped[];
  covered: string[];
  report: FileReport;
  problems: readonly SourceError[];
}

/** One notes file parsed and cleaned; a file that cannot be parsed throws its problem. */
function notesFile(raw: SourceFile, curated: Curated): NotesFile {
  // Markdown first (what only the syntax tree knows: references, contents lists), then the blog's wrapping.
  const markdown = readMarkdown(raw);
  const html = stripHtml(markdown.source);
  const how = applyKinds('read', curated, { demote: new Set<string>() }, { file: raw.file });
  const parsed = parseSource(html.source, { demote: how.demote }, how.format);
  const edited = applyKinds('units', curated, { units: parsed.units.map((unit) => ({ unit, corrections: [] })), problems: [] }, { file: raw.file });
  const results = edited.units.map(({ unit, corrections }) => ({ unit, corrections, result: cleanUnit(unit) }));
  return {
    cleaned: results.map(({ corrections, result }) => ({ ...result.unit, corrections: [...corrections, ...result.unit.corrections] })),
    dropped: [...markdown.dropped, ...html.dropped, ...parsed.dropped, ...results.flatMap(({ result }) => result.dropped)],
    covered: edited.units.flatMap(({ unit }) => [
      ...Array.from({ length: unit.lineEnd - unit.line + 1 }, (_, i) => key(unit.file, unit.line + i)),
      ...unit.body.map((l) => key(unit.file, l.n)),
    ]),
    report: { file: raw.file, format: parsed.format.name, label: parsed.format.label, questions: edited.units.length },
    problems: edited.problems,
  };
}

/**
 * Parses and cleans every notes file. A file that cannot be parsed is `unread`, its problem among
 * `problems`, and the others are still read, so one run names every problem; so are the editors'
 * mistakes at this stage (`fixes:`, `starts:`), whose entries are left out. Fails if any non-blank line
 * of a file read reaches neither a unit nor the dropped list (a normaliser bug).
 */
export function unitsOf(
  sources: readonly SourceFile[],
  curation: Curation,
  curationText = '',
  kinds: Registry = KINDS,
): { cleaned: CleanUnit[]; dropped: Dropped[]; files: FileReport[]; problems: SourceError[]; unread: string[] } {
  const curated = curatedFrom(curation, curationText, kinds);
  const read = sources.map((raw) => ({ raw, ...attempt(() => notesFile(raw, curated)) }));
  const notes = read.flatMap(({ raw, value }) => (value ? [{ raw, ...value }] : []));
  const dropped = notes.flatMap((n) => n.dropped);
  const covered = new Set(notes.flatMap((n) => n.covered));
  for (const d of dropped) for (let n = d.line; n <= d.endLine; n++) covered.add(key(d.file, n));
  checkNothingLost(
    notes.map((n) => n.raw),
    covered,
  );
  return {
    cleaned: notes.flatMap((n) => n.cleaned),
    dropped,
    files: notes.map((n) => n.report),
    problems: read.flatMap(({ value, problems }) => value?.problems ?? problems),
    unread: read.flatMap(({ raw, value }) => (value ? [] : [raw.file])),
  };
}

/** What the reading stage hands on, and every problem it found. */
interface Reading {
  notes: ReturnType<typeof unitsOf>;
  /** The editors' files, unless one could not be read. */
  editors: EditorsFile[] | undefined;
  /** The curation without the places that start no question. */
  curation: Curation;
  problems: SourceError[];
}

/** The notes files and the editors' files read, and the places the curation names checked against the notes' questions. */
function readStage(
  sources: readonly SourceFile[],
  curation: Curation,
  curationText: string,
  diagramNames: readonly string[],
  editorsSources: readonly EditorsSource[],
  kinds: Registry,
): Reading {
  const notes = unitsOf(sources, curation, curationText, kinds);
  const editors = attempt(() => parseEditors(editorsSources));
  const checked = checkCuration(curation, curationText, kinds, {
    sources,
    diagramNames,
    unitKeys: new Set(notes.cleaned.map((u) => key(u.file, u.line))),
    unread: new Set(notes.unread),
  });
  return { notes, editors: editors.value, curation: checked.curation, problems: [...notes.problems, ...editors.problems, ...checked.problems] };
}

/**
 * Every problem of the reading stage, for a run that cannot reach the pipeline because an input is
 * unreadable (normalize.ts: the lock file, the curation file or a notes file): the notes files that
 * could be read, the editors' files and the places the curation names. Without a curation the notes
 * are not read (it says how to read them); the editors' files are.
 */
export function readingProblems(
  sources: readonly SourceFile[],
  curation: Curation | undefined,
  curationText: string,
  diagramNames: readonly string[],
  editorsSources: readonly EditorsSource[],
  kinds: Registry = KINDS,
): readonly SourceError[] {
  if (!curation) return attempt(() => parseEditors(editorsSources)).problems;
  // A notes file that could not be decoded is as good as removed: what the curation says of it is not checked.
  const { curation: present } = withoutRemovedFiles(curation, new Set(sources.map((s) => s.file)), kinds);
  return readStage(sources, present, curationText, diagramNames, editorsSources, kinds).problems;
}

interface MergedQuestionDraft {
  units: readonly CleanUnit[];
  links: readonly VersionLink[];
  merge: ReturnType<typeof mergeCluster>;
  /** The version whose anchor is the question's id: the one an editor's merge names first, else the primary. */
  lead: number;
  /** An editor worded the heading. */
  curated: boolean;
}

/** The versions of one question, in the notes' order, and why each joined: what the cluster and join stages hand on. */
interface Versions {
  units: readonly CleanUnit[];
  links: readonly VersionLink[];
}

/** A cluster of the similarity rules (numbers into `kept`) as the versions themselves. */
function versionsOf(cluster: Cluster, kept: readonly CleanUnit[]): Versions {
  return { units: cluster.members.map((i) => kept[i]!), links: cluster.links.map((l) => ({ ...l, unit: kept[l.unit]!, partner: kept[l.partner]! })) };
}

/** Versions that ask the same question, found by the similarity rules and the editors' merges and splits. */
function clusterStage(kept: readonly CleanUnit[], curated: Curated, published: ReadonlySet<string>): { clusters: Versions[]; refused: string[] } {
  const index = new Map(kept.map((u, i) => [key(u.file, u.line), i]));
  const indices = (ats: readonly string[]) => ats.map((at) => index.get(at)).filter((i): i is number => i !== undefined);
  const curatedGroups = applyKinds('cluster', curated, { merge: [], split: [] }, {});
  const merge = curatedGroups.merge.map(indices);
  const split = curatedGroups.split.map(indices);
  // A notes file nothing was published from yet may join a question of the published files, never join two
  // of them into one: the questions the published files make on their own are kept apart.
  const known = kept.flatMap((u, i) => (published.has(u.file) ? [i] : []));
  if (known.length === 0 || known.length === kept.length) return { clusters: clusterUnits(kept, { merge, split }).map((c) => versionsOf(c, kept)), refused: [] };
  const position = new Map(known.map((i, k) => [i, k]));
  const onlyKnown = (groups: number[][]) => groups.map((g) => g.flatMap((i) => (position.has(i) ? [position.get(i)!] : [])));
  const alone = clusterUnits(
    known.map((i) => kept[i]!),
    { merge: onlyKnown(merge), split: onlyKnown(split) },
  );
  // The merges the similarity rules alone would make: a new version bridging two published questions is refused, and said.
  const ownerOf = new Map(alone.flatMap((c, k) => c.members.map((m) => [known[m]!, k] as const)));
  const refused = clusterUnits(kept, { merge, split }).flatMap((c) => {
    const questions = new Set(c.members.flatMap((i) => (ownerOf.has(i) ? [ownerOf.get(i)!] : [])));
    const fresh = c.members.filter((i) => !published.has(kept[i]!.file));
    if (questions.size < 2 || fresh.length === 0) return [];
    const heads = [...questions].map((k) => `「${kept[known[alone[k]!.members[0]!]!]!.question}」`);
    return [
      `${placeKey(kept[fresh[0]!]!)} 「${kept[fresh[0]!]!.question}」 is like ${heads.length} published questions (${heads.join('、')}): they stay apart (merge them under merge: in curation.yaml if they are one)`,
    ];
  });
  const clusters = clusterUnits(kept, { merge, split: [...split, alone.map((c) => known[c.members[0]!]!)] }).map((c) => versionsOf(c, kept));
  return { clusters: detachUnlike(clusters, published), refused };
}

/**
 * A new file's version that joined a published question only because the wordings look alike (「Deployment 的作用」
 * and 「deployment怎么扩容或缩容？」) stands alone when the two name different Kubernetes terms; the same question
 * asked in the same words, or an editor's merge, stays.
 */
function detachUnlike(clusters: readonly Versions[], published: ReadonlySet<string>): Versions[] {
  const terms = (u: CleanUnit) => subjectOf(u.question)?.terms;
  return clusters.flatMap((c) => {
    const known = c.units.filter((u) => published.has(u.file));
    if (known.length === 0 || known.length === c.units.length) return [c];
    const strong = new Set(c.links.filter((l) => l.kind === 'exact' || l.kind === 'same-question' || l.kind === 'curated').flatMap((l) => [l.unit, l.partner]));
    const unlike = c.units.filter((u) => {
      if (published.has(u.file) || strong.has(u)) return false;
      const mine = terms(u);
      return mine !== undefined && !known.some((k) => terms(k) === mine);
    });
    if (unlike.length === 0) return [c];
    const gone = new Set(unlike);
    return [
      { units: c.units.filter((u) => !gone.has(u)), links: c.links.filter((l) => !gone.has(l.unit) && !gone.has(l.partner)) },
      ...unlike.map((u) => ({ units: [u], links: [] })),
    ];
  });
}

/**
 * A new notes file's questions join the published questions they repeat (dedupe/join.ts): a question of
 * the notes (its cluster takes the new versions in), or one of ours (`own`, folded in after the editors'
 * stage). Only files nothing was published from join, and only where a lock says what was published.
 */
function joinStage(
  clusters: readonly Versions[],
  kept: readonly CleanUnit[],
  curated: Curated,
  published: ReadonlySet<string>,
  homes: ReadonlySet<string>,
  editors: readonly EditorsFile[],
): { clusters: Versions[]; own: Map<string, Versions>; refused: string[] } {
  if (published.size === 0) return { clusters: [...clusters], own: new Map(), refused: [] };
  // Versions that come together stay in the notes' order.
  const order = new Map(kept.map((u, i) => [u, i]));
  const inOrder = (units: readonly CleanUnit[]) => [...units].sort((a, b) => order.get(a)! - order.get(b)!);
  const places = (c: Versions) => c.units.map((u) => key(u.file, u.line));
  const targets = clusters.flatMap((c, i) =>
    places(c).some((at) => homes.has(at))
      ? [
          {
            key: `${i}`,
            wordings: applyKinds(
              'join',
              curated,
              c.units.map((u) => u.question),
              { places: places(c) },
            ),
          },
        ]
      : [],
  );
  const ours = editors.flatMap((f) => f.entries.flatMap((e) => (e.question !== undefined ? [{ key: `own:${e.anchor}`, wordings: [e.question, ...e.wordings] }] : [])));
  // An editor's merge or split of a new file's question is the editor's decision: it is not second-guessed.
  const joining = clusters.flatMap((c, i) =>
    c.links.some((l) => l.kind === 'curated') || places(c).some((at) => homes.has(at)) || c.units.some((u) => published.has(u.file)) ? [] : [i],
  );
  // Each version looks on its own: versions the similarity rules put together may repeat different published questions.
  const versions = joining.flatMap((i) => clusters[i]!.units);
  const found = new Map(
    joinPublished(
      versions.map((u) => u.question),
      [...targets, ...ours],
    ).flatMap((j, k) => (j ? [[versions[k]!, j] as const] : [])),
  );
  // Clusters are replaced, never changed: a cluster object may be another stage's too.
  let next: readonly Versions[] = clusters;
  const own = new Map<string, Versions>();
  const refused: string[] = [];
  const moveInto = (target: string, units: readonly CleanUnit[], links: readonly VersionLink[], closeness: number) => {
    if (target.startsWith('own:')) {
      const anchor = target.slice(4);
      own.set(anchor, { units: inOrder([...(own.get(anchor)?.units ?? []), ...units]), links: [...(own.get(anchor)?.links ?? []), ...links] });
      return;
    }
    const into = next[Number(target)]!;
    const [unit, partner] = [units[0]!, into.units[0]!];
    const answerSimilarity = dice(bigrams(comparable(unit.answer)), bigrams(comparable(partner.answer)));
    next = next.with(Number(target), {
      units: inOrder([...into.units, ...units]),
      links: [...into.links, ...links, { unit, partner, kind: 'same-subject', questionSimilarity: closeness, answerSimilarity }],
    });
  };
  for (const i of joining) {
    const c = next[i]!;
    const targetsOf = new Set(c.units.flatMap((u) => (found.has(u) ? [found.get(u)!.key] : [])));
    if (targetsOf.size === 0) continue;
    if (targetsOf.size === 1) {
      const target = [...targetsOf][0]!;
      moveInto(target, c.units, c.links, Math.max(...c.units.map((u) => found.get(u)?.closeness ?? 0)));
      next = next.with(i, { units: [], links: [] });
      continue;
    }
    // Alike to each other, but each repeating another published question: each joins its own, the rest stay together.
    refused.push(`${placeKey(c.units[0]!)} 「${c.units[0]!.question}」 and the versions like it repeat ${targetsOf.size} different published questions: each joined its own`);
    for (const u of c.units.filter((u) => found.has(u))) moveInto(found.get(u)!.key, [u], [], found.get(u)!.closeness);
    const rest = new Set(c.units.filter((u) => !found.has(u)));
    next = next.with(i, { units: [...rest], links: c.links.filter((l) => rest.has(l.unit) && rest.has(l.partner)) });
  }
  return { clusters: next.filter((c) => c.units.length > 0), own, refused };
}

/**
 * The version whose answer shows first when an editor named none: a new notes file's answer never takes the
 * place of the published files' one (it shows as a supplement), however long it is.
 */
function preferredPrimary(units: readonly CleanUnit[], places: readonly string[], chosen: string | undefined, published: ReadonlySet<string>): number {
  const named = chosen === undefined ? -1 : places.indexOf(chosen);
  if (named >= 0) return named;
  const known = units.flatMap((u, i) => (published.has(u.file) && !u.unanswered ? [i] : []));
  if (known.length === 0 || known.length === units.filter((u) => !u.unanswered).length) return -1;
  return known[choosePrimary(known.map((i) => units[i]!))]!;
}

/** Each cluster as one question: its heading (an editor's, else typeset), its primary answer and supplements. */
function mergeStage(clusters: readonly Versions[], curated: Curated, published: ReadonlySet<string>): MergedQuestionDraft[] {
  return clusters.map(({ units, links }) => {
    const places = units.map((u) => key(u.file, u.line));
    const choice = applyKinds('merge', curated, { wordings: new Map() }, { places });
    // The question an editor's merge names first leads: its anchor stays the id, its wording is preferred.
    const leadAt = choice.lead;
    const wording = (leadAt ? choice.wordings.get(leadAt) : undefined) ?? places.map((at) => choice.wordings.get(at)).find((q) => q !== undefined);
    const merge = mergeCluster(units, wording, preferredPrimary(units, places, choice.primary, published));
    // Headings nobody worded are typeset from the clearest version.
    const question = wording ?? typesetHeading(merge.question);
    const lead = leadAt ? places.indexOf(leadAt) : merge.primary;
    return { units, links, merge: { ...merge, question }, lead, curated: wording !== undefined };
  });
}

/** Each question with its topic page: the editors' choice, else the keyword rules, else the default page with a warning. */
function classifyStage(merged: readonly MergedQuestionDraft[], curated: Curated): { classified: (MergedQuestionDraft & { topic: TopicId })[]; unplaced: string[] } {
  const unplaced: string[] = [];
  const topicOf = ({ units, merge }: MergedQuestionDraft): TopicId => {
    const primary = units[merge.primary]!;
    const override = applyKinds('classify', curated, undefined, { places: units.map((u) => key(u.file, u.line)) });
    const topic = override ?? classify({ ...primary, question: units[merge.wordingFrom]!.question }, new Map());
    if (topic) return topic;
    // A question no topic's words fit is unusual, not wrong: it is shown on the default topic, and an editor told.
    unplaced.push(`no topic fits ${primary.file}:${primary.line} 「${merge.question}」: shown on /${DEFAULT_TOPIC}/ (set its page under topics: in curation.yaml)`);
    return DEFAULT_TOPIC;
  };
  return { classified: merged.map((draft) => ({ ...draft, topic: topicOf(draft) })), unplaced };
}

/** The published questions: anchors, wordings, notes, diagrams, markers and sources on each. */
function publishStage<T extends MergedQuestionDraft & { topic: TopicId; anchor: AnchorAssignment }>(anchored: readonly T[], curated: Curated): (T & PublishedQuestion)[] {
  return anchored.map((draft) => {
    const { units, merge, topic, anchor } = draft;
    const primary = units[merge.primary]!;
    const lead = merge.unanswered ? '' : statementLead(primary, merge.question);
    const answer = withLead(lead, merge.answer);
    const question: Question = {
      id: anchor.id,
      aliases: anchor.aliases,
      topic,
      question: merge.question,
      wordings: otherWordings(merge.question, applyKinds('wordings', curated, units, {}), lead),
      markers: merge.markers,
      answer,
      supplements: merge.supplements,
      diagrams: [],
      notes: [],
      frequent: isFrequent(merge.markers, units),
      unanswered: merge.unanswered,
      sources: units.map((u) => ({ file: u.file, line: u.line })),
      primarySource: { file: primary.file, line: primary.line },
      images: units.flatMap((u) => u.images),
    };
    return { ...draft, question: applyKinds('publish', curated, question, {}), wordingFrom: merge.wordingFrom, primary: merge.primary };
  });
}

/** The topic pages in reading order: reviews and known problems applied, questions grouped and ordered, repeated statements shown once. */
function layoutStage(questions: readonly Question[], curated: Curated): { pages: TopicPage[]; warnings: string[]; problems: SourceError[] } {
  const pageOf = new Map(questions.flatMap((q) => [q.id, ...q.aliases].map((a) => [a, `/${q.topic}/`] as const)));
  const reviewed = applyKinds('review', curated, { questions, problems: [] }, {});
  const contradicted = new Map(questions.map((q) => [q.id, q.supplements.flatMap((s) => contradictions(q.answer, s.markdown).map((c) => `补充与主答案不一致（${c}），尚无勘误`))]));
  const checked = withdrawReviews(reviewed.questions, contradicted);
  const laidOut = TOPICS.map((topic) => {
    const mine = checked.filter((q) => q.topic === topic.id);
    const elsewhere = (anchor: string) => {
      const page = pageOf.get(anchor);
      return page && page !== `/${topic.id}/` ? page : undefined;
    };
    const placed = applyKinds('layout', curated, { placed: new Map(), problems: [], warnings: [] }, { topic, questions: mine, elsewhere });
    return { page: layoutTopic(topic, mine, placed.placed), placed };
  });
  // A statement shown once (under the question that asks about it) takes its correction along.
  return {
    pages: followCorrections(dropRepeats(laidOut.map((l) => l.page))),
    warnings: laidOut.flatMap((l) => l.placed.warnings),
    problems: [...reviewed.problems, ...laidOut.flatMap((l) => l.placed.problems)],
  };
}

/** The generated MDX pages, keyed by path under `src/content/docs/`. */
function emitPages(topicPages: readonly TopicPage[], sources: readonly SourceFile[], manifest: Manifest, where: ReadonlyMap<string, string>): Map<string, string> {
  const pages = new Map<string, string>([
    ['index.mdx', homePageMdx(topicPages, sources.length, where)],
    ['notes.mdx', notesPageMdx(manifest, sources)],
    ['404.mdx', notFoundPageMdx(topicPages)],
    ['frequent.mdx', frequentPageMdx(topicPages, where)],
    ['cram.mdx', cramPageMdx(topicPages, where)],
    ['open.mdx', openQuestionsPageMdx(topicPages, where)],
    ['unreviewed.mdx', unreviewedPageMdx(topicPages, where)],
  ]);
  for (const page of topicPages) for (const [file, mdx] of topicPageFiles(page, where)) pages.set(file, mdx);
  return pages;
}

/** A lock entry after this run: the question's page now, and every page it stood on in a published lock before. */
function followedTo(entry: AnchorLock[string], before: AnchorLock[string] | undefined, page: string | undefined): AnchorLock[string] {
  const now = page ?? entry.page;
  const former = [...new Set([...(before?.former ?? []), ...(before ? [before.page] : [])])].filter((p) => p !== now).sort();
  const { former: _old, ...rest } = entry;
  return former.length > 0 ? { ...rest, page: now, former } : { ...rest, page: now };
}

/** Anchors whose notes file was removed, by file: their links still open the page they stood on. */
function releasedWarnings(released: readonly string[], lock: AnchorLock): string[] {
  const byFile = new Map<string, string[]>();
  for (const anchor of released) {
    const { file } = parsePlace(lock[anchor]!.home);
    byFile.set(file, [...(byFile.get(file) ?? []), anchor]);
  }
  return [...byFile].map(
    ([file, anchors]) =>
      `${file} was removed: its ${anchors.length} published anchor${anchors.length === 1 ? '' : 's'} (#${anchors.slice(0, 5).join(', #')}${anchors.length > 5 ? ', …' : ''}) now open${anchors.length === 1 ? 's its' : ' their'} topic page; merge the questions elsewhere with curation merge: to keep them exact, or delete them from sources/anchors.lock.json if they were never deployed`,
  );
}

/**
 * One of our questions with a new notes file's versions of it: their wordings as 又问, their answers as
 * 补充 under ours, their places as its sources.
 */
function foldIntoOwn(q: Question, draft: MergedQuestionDraft, curated: Curated): Question {
  const { units, merge } = draft;
  const shown = new Set([q.question, ...q.wordings].map(comparable));
  const primary = units[merge.primary]!;
  const answer = merge.unanswered ? [] : [{ source: { file: primary.file, line: primary.line }, markdown: merge.answer }];
  return {
    ...q,
    wordings: [...q.wordings, ...otherWordings(q.question, applyKinds('wordings', curated, units, {}), '').filter((w) => !shown.has(comparable(w)))],
    markers: [...q.markers, ...merge.markers],
    frequent: q.frequent || frequencyMarks(merge.markers).length > 0,
    supplements: [...q.supplements, ...answer, ...merge.supplements],
    sources: [...q.sources, ...units.map((u) => ({ file: u.file, line: u.line }))],
    images: [...q.images, ...units.flatMap((u) => u.images)],
  };
}

/** sources → units → cleaned units → clusters → questions → topic pages → site, as a pure function of named stages. */
export function normalise(
  unordered: readonly SourceFile[],
  fullCuration: Curation,
  curationText = '',
  /** Names of the diagrams in src/diagrams/; a curation entry naming another is an error. */
  diagramNames: readonly string[] = [],
  /** Every anchor published so far (sources/anchors.lock.json). */
  anchorLock: AnchorLock = {},
  /** The editors' own text (sources/editors/<topic>.md): 要点, answers and questions of ours. */
  editorsSources: readonly EditorsSource[] = [],
  /** The kinds of editorial decision, each applied at the stages it names (scripts/curation/kinds.ts). */
  kinds: Registry = KINDS,
): NormaliseResult {
  forgetMarkdownTrees();
  // Output depends on file names, never on the order a file system lists them in.
  const sources = [...unordered].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  // A notes file taken out of sources/ takes its editorial decisions along, with a warning, not an error.
  const { curation: present, warnings: removedFiles } = withoutRemovedFiles(fullCuration, new Set(sources.map((s) => s.file)), kinds);
  const reading = readStage(sources, present, curationText, diagramNames, editorsSources, kinds);
  // The later stages need every question: without an unreadable file's, what names them would be reported wrong too.
  if (reading.notes.unread.length > 0 || !reading.editors) throw SourceErrors.of(reading.problems);
  const { curation, editors } = reading;
  const { cleaned, files } = reading.notes;
  const curated = curatedFrom(curation, curationText, kinds);
  const { units: kept, dropped } = applyKinds('kept', curated, { units: cleaned, dropped: reading.notes.dropped }, {});
  // The notes files questions were published from before (their places are the anchors' homes).
  const publishedFiles = new Set(Object.values(anchorLock).flatMap(({ home }) => (isEditorsHome(home) ? [] : [parsePlace(home).file])));
  const homes = new Set(Object.values(anchorLock).map((e) => e.home));
  const clustered = clusterStage(kept, curated, publishedFiles);
  const joined = joinStage(clustered.clusters, kept, curated, publishedFiles, homes, editors);
  const merged = mergeStage(joined.clusters, curated, publishedFiles);
  const intoOwn = new Map([...joined.own].map(([anchor, cluster]) => [anchor, mergeStage([cluster], curated, publishedFiles)[0]!]));
  const { classified, unplaced } = classifyStage(merged, curated);
  // Our questions' anchors are the editors' own: the notes' questions are anchored around them.
  const notesLock = Object.fromEntries(Object.entries(anchorLock).filter(([, e]) => !isEditorsHome(e.home)));
  const ownAnchors = editors.flatMap((f) => f.entries.filter((e) => e.question !== undefined).map((e) => e.anchor));
  const anchorProblems: SourceError[] = [];
  const {
    anchored,
    lock: assigned,
    released,
    lost,
  } = assignAnchors(
    classified.map((q) => ({
      ...q,
      wording: q.merge.question,
      // The leading version's place first: a new anchor is homed there.
      homes: [q.units[q.lead]!, ...q.units].map((u) => key(u.file, u.line)),
      page: `/${q.topic}/`,
    })),
    notesLock,
    applyKinds('anchors', curated, [], {}),
    (at, why) => anchorProblems.push(curationProblem(curationText, at, why, 'anchors')),
    ownAnchors,
    new Set(sources.map((s) => s.file)),
  );
  // An anchor of the lock or of anchors: that no question carries was released with its notes file, or lost to
  // a problem reported above (its question gone, its entry left out): what else names it is not reported again.
  const curatedAnchors = applyKinds('anchors', curatedFrom(present, curationText, kinds), [], {}).map((e) => e.anchor);
  const uncarried = (anchors: readonly string[], questions: readonly Question[]) => {
    const carried = new Set(questions.flatMap((q) => [q.id, ...q.aliases]));
    return new Set(anchors.filter((anchor) => !carried.has(anchor)));
  };
  const notesQuestions = publishStage(anchored, curated);
  const own = applyEditors(
    notesQuestions,
    editors,
    anchorLock,
    new Map(Object.entries(assigned).map(([anchor, e]) => [anchor, e.home])),
    new Set(released),
    uncarried(
      [...Object.keys(notesLock), ...curatedAnchors],
      notesQuestions.map((p) => p.question),
    ),
  );
  const lock = { ...assigned, ...own.lock };
  const { published } = own;
  const ownQuestions = own.own.map((q) => {
    const draft = intoOwn.get(q.id);
    return draft ? foldIntoOwn(q, draft, curated) : q;
  });
  // The new versions folded into questions of ours, for the manifest: each unit says where it went.
  const folded = ownQuestions.flatMap((q) => {
    const draft = intoOwn.get(q.id);
    return draft ? [{ question: q, units: draft.units, links: draft.links, wordingFrom: -1, primary: -1 }] : [];
  });
  const laidOut = [...published.map((p) => p.question), ...ownQuestions];
  const layout = layoutStage(laidOut, curatedFrom(withoutAnchors(curation, uncarried([...Object.keys(anchorLock), ...curatedAnchors], laidOut), kinds), curationText, kinds));
  // Every stage has run: the editors' mistakes of all of them are reported together, and nothing is written.
  const problems = [...reading.problems, ...lost, ...anchorProblems, ...own.problems, ...layout.problems];
  if (problems.length > 0) throw SourceErrors.of(problems);
  const { pages: topicPages, warnings: layoutWarnings } = layout;
  // A topic past the reading budget is split into its groups' pages: every anchor follows its question there.
  const where = questionPages(topicPages);
  // Every published question, the notes' and ours, in reading order.
  const questions = topicPages.flatMap((page) => page.questions);
  const followed = Object.fromEntries(
    Object.keys(lock)
      .sort()
      .map((anchor) => [anchor, followedTo(lock[anchor]!, anchorLock[anchor], where.get(anchor))]),
  );
  const manifest = buildManifest([...published, ...folded], dropped, where, ownQuestions);
  const mergesByKind: Record<string, number> = {};
  for (const p of published) for (const link of p.links) mergesByKind[link.kind] = (mergesByKind[link.kind] ?? 0) + 1;
  return {
    pages: withMovedQuestions(emitPages(topicPages, sources, manifest, where), followed, where, questions),
    manifest,
    report: mergeReport(published, kept.length),
    accuracy: accuracyReport(topicPages, curation.notes),
    files,
    questions,
    editorsMissing: questions.flatMap((q) => [
      ...(q.editors ? [] : [`#${q.id} 「${q.question}」 has no 要点: add ## @${q.id} to sources/editors/${q.topic}.md`]),
      ...(isFragment(q) && q.editors?.answer === undefined
        ? [`#${q.id} 「${q.question}」: the notes give only a fragment; add ### 回答 to its block in sources/editors/${q.topic}.md`]
        : []),
    ]),
    unplaced: [...removedFiles, ...releasedWarnings(released, anchorLock), ...unplaced, ...layoutWarnings, ...own.warnings, ...unquotedCorrections(questions)],
    externalLinks: externalLinksReport(cleaned),
    anchorLock: followed,
    search: topicPages.flatMap((page) => page.questions.map((q) => searchRecord(q, page.topic, where.get(q.id)!))),
    diagrams: topicPages.flatMap((page) => page.questions.flatMap((q) => q.diagrams.map((d) => ({ ...d, page: where.get(q.id)!, id: q.id, question: q.question })))),
    warnings: [...mergeWarnings(published), ...clustered.refused, ...joined.refused],
    contradictions: contradictionWarnings(published),
    hashedAnchors: published.filter((p) => p.anchor.hashed).map(({ question: q }) => `#${q.id} ${q.primarySource.file}:${q.primarySource.line} 「${q.question}」`),
    stats: {
      files: sources.length,
      units: cleaned.length,
      questions: published.length,
      merged: kept.length - published.length,
      mergesByKind,
      dropped: manifest.dropped.length,
      unanswered: published.filter((p) => p.question.unanswered).length,
      editorial: {
        'split by editors': curation.split.length,
        'started where the notes lack a heading': curation.starts.length,
        'headings worded by editors': merged.filter((m) => m.curated).length,
        'headings typeset from the notes': merged.filter((m) => !m.curated).length,
        'placed by layout': topicPages.reduce((n, page) => n + page.placed, 0),
        'placed by wording': topicPages.reduce((n, page) => n + page.questions.length - page.placed, 0),
        'misspelt names fixed': manifest.corrections.filter((c) => c.kind === 'typo').length,
        'lists renumbered': manifest.corrections.filter((c) => c.kind === 'numbering').length,
        'page headers removed': manifest.corrections.filter((c) => c.kind === 'page-header').length,
        'damage repaired by editors': manifest.corrections.filter((c) => c.kind === 'edit').length,
        'look-alike radicals replaced': manifest.corrections.filter((c) => c.kind === 'look-alike').length,
        'accuracy notes': published.reduce((n, p) => n + p.question.notes.length, 0),
        'questions reviewed': questions.filter((q) => q.review).length,
        '要点 of ours': questions.filter((q) => q.editors).length,
        'answers of ours to the notes’ questions': published.filter((p) => p.question.editors?.answer !== undefined).length,
        'questions of ours': own.own.length,
      },
    },
  };
}
