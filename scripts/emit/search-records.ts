import { toString } from 'mdast-util-to-string';
import { markdownTree } from '../lib/markdown-tree.ts';
import type { Question, Topic } from '../lib/types.ts';
import { toSimplified } from '../vocabulary/chinese.ts';
import { VOCABULARY } from '../vocabulary/derived.ts';

export interface SearchRecord {
  id: string;
  page: string;
  topic: string;
  question: string;
  /** The notes' other wordings of the question (又问): weighed like the question. */
  wordings: string[];
  /** The notes carry no answer yet (待补充): said in the result's title. */
  unanswered: boolean;
  keywords: string;
  /** Anchors of questions merged into this one: their /q/ links unfurl as this question. */
  aliases?: string[];
  /** Our 要点, as text: a /q/ link's preview starts with them. */
  points: string;
  /** Our answer, as text: searched, but weighed below the notes' answer, so its length does not crowd out other questions. */
  ours: string;
  /** The notes' answer and supplements, as text. */
  text: string;
}

function plainText(markdown: string): string {
  return toString(markdownTree(markdown), { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}

/**
 * One search record per question: its wording, the words readers type that the notes do not (the
 * vocabulary's `search` and `abbr` columns: English names and abbreviations for the Chinese terms and
 * the other way round; never shown on its page), and its answer as text.
 */
export function searchRecord(question: Question, topic: Topic, page = `/${topic.id}/`, vocabulary = VOCABULARY): SearchRecord {
  const written = [question.question, ...question.wordings].join(' ');
  const asked = toSimplified(written);
  const keywords = vocabulary.searchWords.filter(([pattern]) => pattern.test(asked)).map(([, words]) => words);
  // A question written in Traditional characters is also found by its Simplified words.
  if (asked !== written) keywords.unshift(asked);
  return {
    id: question.id,
    page,
    topic: topic.title,
    question: question.question,
    wordings: question.wordings,
    unanswered: question.unanswered,
    ...(question.aliases.length > 0 ? { aliases: question.aliases } : {}),
    keywords: [...new Set(keywords.join(' ').split(' '))].join(' '),
    points: (question.editors?.points ?? []).map(plainText).join(' '),
    ours: plainText(question.editors?.answer ?? ''),
    text: [question.answer, ...question.supplements.map((s) => s.markdown)].map(plainText).join(' '),
  };
}
