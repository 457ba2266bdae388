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

export type UnitFormat = 'heading' | 'numbered' | 'chinese-numbered' | 'pseudo-heading';

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
  | 'curation';

/** Lines of a notes file that do not reach the site, each with the reason. */
export interface Dropped {
  file: string;
  line: number;
  endLine: number;
  reason: DropReason;
  text: string;
  note?: string;
}

export interface ParseResult {
  units: SourceUnit[];
  dropped: Dropped[];
}

export interface ImageRef {
  file: string;
  line: number;
  url: string;
  alt: string;
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
  images: ImageRef[];
}

export interface SourceRef {
  file: string;
  line: number;
}

export type TopicId =
  | 'architecture'
  | 'etcd'
  | 'pod'
  | 'workloads'
  | 'scheduling'
  | 'service'
  | 'network'
  | 'storage'
  | 'security'
  | 'istio'
  | 'observability'
  | 'operations';

export interface Topic {
  id: TopicId;
  title: string;
  description: string;
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

/** Our own correction or version note on an answer (curation `notes:`), never a change to the notes. */
export interface AccuracyNote {
  text: string;
  version: string;
}

/** One question as published: one or more units merged. */
export interface Question {
  id: string;
  /** Anchors this question was published under before (merges); they keep working. */
  aliases: string[];
  topic: TopicId;
  question: string;
  markers: string[];
  /** The primary answer, from `primarySource`. */
  answer: string;
  supplements: Supplement[];
  diagrams: DiagramRef[];
  notes: AccuracyNote[];
  /** Marked as often asked by the notes, or carried by three or more notes files. */
  frequent: boolean;
  unanswered: boolean;
  sources: SourceRef[];
  primarySource: SourceRef;
  images: ImageRef[];
}

export interface TopicPage {
  topic: Topic;
  questions: Question[];
}
