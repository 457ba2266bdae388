import type { AnchorLock } from '../emit/anchors.ts';
import { SourceError } from '../lib/errors.ts';
import type { EditorsEntry, EditorsFile, EditorsText, Question } from '../lib/types.ts';

/**
 * Our questions enter the anchor lock with a home of their own, `editors#<anchor>`: a notes place
 * moves when a notes file changes, an editor's anchor does not.
 */
export const EDITORS_HOME = 'editors#';

export const editorsHome = (anchor: string) => `${EDITORS_HOME}${anchor}`;
export const isEditorsHome = (home: string) => home.startsWith(EDITORS_HOME);

const placeOf = (entry: EditorsEntry) => `editors/${entry.file}:${entry.line}`;

function textOf(entry: EditorsEntry, version: string): EditorsText {
  return { points: entry.points, ...(entry.answer !== undefined ? { answer: entry.answer } : {}), refs: entry.refs, version, at: placeOf(entry) };
}

/**
 * Our own questions, as published questions with no notes behind them. Their anchors are the
 * editors' own; one already published for a question of the notes, or lost from the files once
 * published, is an error naming where.
 */
function ownQuestions(
  files: readonly EditorsFile[],
  lock: AnchorLock,
  notesAnchors: ReadonlyMap<string, string>,
  problems: SourceError[],
): { questions: Question[]; lock: AnchorLock } {
  const questions: Question[] = [];
  const next: AnchorLock = {};
  for (const { file, topic, version, entries } of files) {
    for (const entry of entries) {
      if (entry.question === undefined) continue;
      const taken = notesAnchors.get(entry.anchor) ?? (lock[entry.anchor] && !isEditorsHome(lock[entry.anchor]!.home) ? lock[entry.anchor]!.home : undefined);
      if (taken) {
        problems.push(
          new SourceError(
            `editors/${file}`,
            entry.line,
            `#${entry.anchor} is already the anchor of the notes' question at ${taken}`,
            `choose another anchor, or attach to that question with ## @${entry.anchor}`,
          ),
        );
        continue;
      }
      next[entry.anchor] = { home: editorsHome(entry.anchor), page: `/${topic}/` };
      for (const alias of entry.aliases ?? []) next[alias] = { home: editorsHome(alias), page: `/${topic}/` };
      questions.push({
        id: entry.anchor,
        aliases: entry.aliases ?? [],
        topic,
        question: entry.question,
        wordings: entry.wordings,
        markers: [],
        answer: '',
        supplements: [],
        diagrams: [],
        notes: [],
        editors: textOf(entry, version),
        own: true,
        frequent: entry.frequent ?? false,
        unanswered: false,
        sources: [],
        primarySource: { file: `editors/${file}`, line: entry.line },
        images: [],
      });
    }
  }
  for (const [anchor, { home }] of Object.entries(lock)) {
    if (isEditorsHome(home) && !next[anchor]) {
      problems.push(
        new SourceError(
          'anchors.lock.json',
          1,
          `published anchor #${anchor} (a question of ours) has lost its block in sources/editors/; links to it would break`,
          `keep its block, or attach its text to another question with ## @… and leave its anchor there as ## 问题？ {#${anchor}}`,
        ),
      );
    }
  }
  return { questions, lock: next };
}

/**
 * The notes' questions with our 要点 (and our answer where theirs is missing or a fragment)
 * attached, by anchor or alias. A block naming no published question is an error; a question whose
 * notes have no answer is answered once ours is there.
 */
function attachEditors<T extends { question: Question }>(
  published: readonly T[],
  files: readonly EditorsFile[],
  problems: SourceError[],
  warnings: string[],
  released: ReadonlySet<string>,
  uncarried: ReadonlySet<string>,
): T[] {
  const byAnchor = new Map<string, Question>();
  for (const { question: q } of published) for (const a of [q.id, ...q.aliases]) byAnchor.set(a, q);
  const blocks = new Map<Question, { entry: EditorsEntry; text: EditorsText }[]>();
  const seen = new Map<string, string>();
  for (const { file, topic, version, entries } of files) {
    for (const entry of entries) {
      if (entry.question !== undefined) continue;
      const at = placeOf(entry);
      if (seen.has(entry.anchor)) {
        problems.push(new SourceError(`editors/${file}`, entry.line, `#${entry.anchor} has a block already at ${seen.get(entry.anchor)}`, 'one block per question'));
        continue;
      }
      seen.set(entry.anchor, at);
      const q = byAnchor.get(entry.anchor);
      if (!q && released.has(entry.anchor)) {
        warnings.push(`${at}: #${entry.anchor}'s notes file was removed from sources/: this block is not shown (attach it to another question with ## @…, or remove it)`);
        continue;
      }
      // Its question was lost to a problem reported elsewhere: the block is not a second one.
      if (!q && uncarried.has(entry.anchor)) continue;
      if (!q) {
        problems.push(
          new SourceError(
            `editors/${file}`,
            entry.line,
            `#${entry.anchor} is not a published question of the notes`,
            'use the anchor of its heading (/q/<anchor>/ links to it); for a question of ours write ## 问题？ {#anchor}',
          ),
        );
        continue;
      }
      // A new notes file can move a question or merge two: unusual, not wrong; the editor is told.
      if (q.topic !== topic) warnings.push(`${at}: #${entry.anchor} is now on /${q.topic}/, not /${topic}/: move its block to sources/editors/${q.topic}.md`);
      blocks.set(q, [...(blocks.get(q) ?? []), { entry, text: textOf(entry, version) }]);
    }
  }
  return published.map((record) => {
    const q = record.question;
    const mine = blocks.get(q);
    if (!mine) return record;
    // Two blocks for one question (two notes questions merged): the one naming its anchor is shown.
    const shown = mine.find((b) => b.entry.anchor === q.id) ?? mine[0]!;
    for (const other of mine) {
      if (other !== shown) warnings.push(`${other.text.at}: #${other.entry.anchor} is now part of #${q.id}, which shows the block at ${shown.text.at}: merge the two blocks`);
    }
    // Our wordings join the notes' as 又问, never repeating one of theirs or the heading.
    const wordings = [...new Set([...q.wordings, ...shown.entry.wordings])].filter((w) => w !== q.question);
    return { ...record, question: { ...q, editors: shown.text, unanswered: q.unanswered && shown.text.answer === undefined, wordings } };
  });
}

/**
 * The editors' stage: the notes' questions (each `question` of `published`) with our text attached, our
 * own questions, and the lock entries of ours. Every wrong anchor of every file is among `problems`, its
 * block left out.
 */
export function applyEditors<T extends { question: Question }>(
  published: readonly T[],
  files: readonly EditorsFile[],
  lock: AnchorLock,
  /** Every anchor of the notes' questions, with its home. */
  notesAnchors: ReadonlyMap<string, string>,
  /** Anchors whose notes file was removed from sources/: a block about one is set aside with a warning. */
  released: ReadonlySet<string>,
  /** Anchors no question of the notes carries (released, or lost to a problem reported elsewhere): a block about one is set aside. */
  uncarried: ReadonlySet<string>,
): { published: T[]; own: Question[]; lock: AnchorLock; warnings: string[]; problems: SourceError[] } {
  const problems: SourceError[] = [];
  const warnings: string[] = [];
  const attached = attachEditors(published, files, problems, warnings, released, uncarried);
  const own = ownQuestions(files, lock, notesAnchors, problems);
  return { published: attached, own: own.questions, lock: own.lock, warnings, problems };
}
