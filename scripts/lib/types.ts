import type { Place } from './place.ts';

/** Data passed between the normaliser's stages: sources → units → cleaned units → questions → topic pages. */

/** One notes file as read from `sources/`, split into lines (index 0 is line 1). */
export interface SourceFile {
  file: string;
  lines: string[];
}

export interface SourceLine {
  /** 1-based line number in the notes file. */
  n: number;
  text: string;
}

export type UnitFormat = 'heading' | 'numbered' | 'chinese-numbered' | 'pseudo-heading' | 'qa-pair' | 'list-item' | 'details' | 'table-row';

/** A question found by a parser, with its answer still as raw source lines. */
export interface SourceUnit {
  file: string;
  line: number;
  /** Last line of the question, when the notes broke it over two lines. */
  lineEnd: number;
  format: UnitFormat;
  /** The question line exactly as written. */
  rawQuestion: string;
  /** The question without numbering, escapes or interview markers. */
  question: string;
  /** Interview markers such as 经常问 or 重点, taken out of the question text. */
  markers: string[];
  body: SourceLine[];
}

export type DropReason =
  | 'front-matter'
  | 'preamble'
  | 'group-title'
  | 'empty-heading'
  | 'separator'
  | 'reposting-disclaimer'
  | 'article-source'
  | 'copy-button-residue'
  | 'image-placeholder'
  | 'stray-punctuation'
  | 'curation'
  | 'promotion'
  | 'boilerplate'
  | 'badge'
  | 'html'
  | 'link-definition'
  | 'table-of-contents'
  | 'related-links'
  | 'local-image'
  | 'credits'
  | 'sign-off'
  | 'not-qa';

/** Lines of a notes file that do not reach the site, each with the reason. */
export interface Dropped {
  file: string;
  line: number;
  endLine: number;
  reason: DropReason;
  text: string;
  note?: string;
}

/** A question as parsed, with the editors' repairs of its lines so far (curation `fixes:`), on its way to cleaning. */
export interface ParsedUnit {
  unit: SourceUnit;
  corrections: readonly Correction[];
}

export interface ParseResult {
  units: SourceUnit[];
  dropped: Dropped[];
}

/** One shape of notes file: how to tell it, and how to read its questions (scripts/parse/formats/). */
export interface NotesFormat {
  /** Used in the curation file's `formats:` and in reports. */
  name: string;
  /** How normalize names the shape to an editor (问答对, 标题, …). */
  label: string;
  /** Whether the file has this shape; formats are tried in the registry's order. */
  detect: (source: SourceFile) => boolean;
  parse: (source: SourceFile, options: ParseOptions) => ParseResult;
}

export interface ParseOptions {
  /** `file:line` of headings that are really body text of the question before them (curation `demote:`). */
  demote?: ReadonlySet<string>;
}

export interface ImageRef {
  file: string;
  line: number;
  url: string;
  alt: string;
}

/** A change we made to the notes' text on its way to the page (never to the notes file), listed in the manifest. */
export interface Correction {
  file: string;
  line: number;
  kind: 'typo' | 'numbering' | 'page-header' | 'edit' | 'look-alike';
  from: string;
  to: string;
  why: string;
}

/** A unit after cleaning: the answer is Markdown. */
export interface CleanUnit {
  file: string;
  line: number;
  format: UnitFormat;
  rawQuestion: string;
  question: string;
  markers: string[];
  answer: string;
  /** No answer at all, or only （待补充）. */
  unanswered: boolean;
  /** Some answer, but the notes mark it （待补充）: shown, and listed as 待补充 too. */
  incomplete?: boolean;
  images: ImageRef[];
  /** Typos fixed and lists renumbered in this unit's text. */
  corrections: Correction[];
}

/** Where a unit stands in the notes (scripts/lib/place.ts). */
export type SourceRef = Place;

export type TopicId = 'architecture' | 'etcd' | 'pod' | 'workloads' | 'scheduling' | 'service' | 'network' | 'storage' | 'security' | 'istio' | 'observability' | 'operations';

/** A group of related questions on a topic page (a subtopic), shown as a heading of the page. */
export interface TopicGroup {
  /** ASCII, unique on its page; the group heading's anchor is `group-<id>`. */
  id: string;
  title: string;
  /**
   * Phrases that place a question nobody placed here (tested on its question, else its answer), besides
   * the forms of the vocabulary's terms whose `group` this is (scripts/edit/layout.ts).
   */
  pattern?: RegExp;
}

export interface Topic {
  id: TopicId;
  title: string;
  description: string;
  groups: readonly TopicGroup[];
}

/** Statements one version of a question adds to the primary answer. */
export interface Supplement {
  source: SourceRef;
  markdown: string;
}

/** One of our diagrams (src/diagrams/<name>.mmd), shown under an answer. */
export interface DiagramRef {
  name: string;
  caption: string;
}

/** Where a diagram is shown: its 查看大图 page links back to that question. */
export interface DiagramPlace extends DiagramRef {
  /** The topic page, `/<topic>/`. */
  page: string;
  /** The question's anchor on it. */
  id: string;
  question: string;
}

/** Our own correction or version note on an answer (curation `notes:`), never a change to the notes. */
export interface AccuracyNote {
  /** What it corrects, for the aside's title. */
  title?: string;
  text: string;
  version: string;
  /** The official page it rests on. */
  url?: string;
  /** The notes' words it corrects, quoted at the top of the aside. */
  statement?: string;
  /** Where those words stand: the main answer, or the supplement from this notes place ("file:line"); the aside follows it. */
  corrects: 'answer' | string;
}

/** An official page our text rests on. */
export interface EditorsRef {
  title: string;
  url: string;
}

/**
 * One block of an editors' file (sources/editors/<topic>.md): 要点 (and an answer) for the notes'
 * question `anchor`, or, with `question`, a question of ours.
 */
export interface EditorsEntry {
  file: string;
  /** The line of its `##` heading. */
  line: number;
  anchor: string;
  /** A question of ours: its heading. Absent when the block attaches to a question of the notes. */
  question?: string;
  /** Interviewers nearly always ask it (`{#anchor 高频}`). */
  frequent?: boolean;
  /** Questions of ours merged into this one (`{#anchor #old-anchor}`): their anchors lead here. */
  aliases?: string[];
  /** Other wordings an interviewer uses (又问). */
  wordings: string[];
  /** 3–6 points a good answer must make, as Markdown. */
  points: string[];
  /** Our answer, as Markdown: for our questions, and for notes' questions with none or a fragment. */
  answer?: string;
  refs: EditorsRef[];
}

export interface EditorsFile {
  file: string;
  topic: TopicId;
  /** The releases the file is checked against (front matter `version:`). */
  version: string;
  entries: EditorsEntry[];
}

/** Our own text on a question, labelled as ours wherever it shows. */
export interface EditorsText {
  points: string[];
  answer?: string;
  refs: EditorsRef[];
  version: string;
  /** `editors/<topic>.md:<line>`, for the manifest. */
  at: string;
}

/** An editor's check of a question against the official documentation (curation `reviews:`). */
export interface Review {
  date: string;
  reviewer: string;
  versions: string;
}

/** One question as published: one or more units merged. */
export interface Question {
  id: string;
  /** Anchors this question was published under before (merges); they keep working. */
  aliases: string[];
  topic: TopicId;
  /** The heading: an editor's wording, else the clearest version typeset. */
  question: string;
  /** The other ways the notes ask it (又问), each as written; they are searchable too. */
  wordings: string[];
  markers: string[];
  /** The primary answer, from `primarySource`. */
  answer: string;
  supplements: Supplement[];
  diagrams: DiagramRef[];
  notes: AccuracyNote[];
  /** Questions whose answer already says what the notes repeat here (left out here, linked instead). */
  seeAlso?: { id: string; topic: TopicId; question: string }[];
  /** Our 要点 and answer (sources/editors/), shown first and labelled as ours. */
  editors?: EditorsText;
  /** A question of ours, not of the notes: it has no notes sources. */
  own?: boolean;
  /** The latest review; none means 未校对 (also while a known problem is open). */
  review?: Review;
  /** Known problems not yet fixed (curation `problems:`, a supplement contradicting the answer with no correction). */
  problems?: string[];
  /** Marked as often asked by the notes, or carried by three or more notes files. */
  frequent: boolean;
  unanswered: boolean;
  sources: SourceRef[];
  primarySource: SourceRef;
  images: ImageRef[];
}

export interface TopicPage {
  topic: Topic;
  /** The page's groups in reading order, each with its questions in reading order; empty groups left out. */
  groups: { group: TopicGroup; questions: Question[] }[];
  /** Every question of the page, in reading order. */
  questions: Question[];
  /** How many of them an editor placed (curation `layout:`); the rest were placed by their wording. */
  placed: number;
}
