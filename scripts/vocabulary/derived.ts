import type { TopicId } from '../lib/types.ts';
import { ASPECTS, CLASSIFY_ORDER, englishName, OTHER_NAMES, type Term, TERMS, termPattern } from './terms.ts';
import { TYPOS } from './typos.ts';

/**
 * What the pipeline reads of the vocabulary, built from its rows (scripts/vocabulary/terms.ts says
 * how each column is read). A pure function of the rows, so a test can build the vocabulary of a
 * table with one row more and follow that row through heading casing, classification, groups,
 * anchors and search.
 */
export interface Vocabulary {
  /** The rows it was built from: the search reads their forms and homes. */
  terms: readonly Term[];
  /** A heading's Latin word in lower case, and the name as upstream writes it. */
  nameCase: ReadonlyMap<string, string>;
  /** Each topic's terms as one pattern, in the order classification tries them: the specific terms of every topic before the weak ones. */
  topics: readonly { topic: TopicId; pattern: RegExp }[];
  /** The forms of the terms a group holds, by `topic/group`. */
  groups: ReadonlyMap<string, RegExp>;
  /** Anchor slugs and the forms naming them, terms before aspects. */
  slugs: readonly [RegExp, string][];
  /** Search words (with abbreviations, once each) and the forms naming them, terms before aspects. */
  searchWords: readonly [RegExp, string][];
  /** An abbreviation readers type, and the English name a query reads it as (`sts` → `statefulset`). */
  abbreviations: ReadonlyMap<string, string>;
}

/** A word as heading casing reads one: Latin letters and digits, hyphens inside (`kube-proxy`). */
export const NAME_WORD = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;

export function vocabularyFrom(terms: readonly Term[]): Vocabulary {
  const rows = [...terms, ...ASPECTS];
  return {
    terms,
    nameCase: nameCase(terms),
    topics: [false, true].flatMap((weak) =>
      CLASSIFY_ORDER.flatMap((topic) => {
        const named = terms.filter((t) => t.topic === topic && Boolean(t.weak) === weak);
        return named.length === 0 ? [] : [{ topic, pattern: union(named) }];
      }),
    ),
    groups: groupsOf(terms),
    slugs: rows.flatMap((t) => (t.slug ? [[termPattern(t), t.slug] as [RegExp, string]] : [])),
    searchWords: rows.flatMap((t) => {
      const words = [...new Set([...(t.search ?? '').split(' '), ...(t.abbr ?? [])].filter(Boolean))].join(' ');
      return words ? [[termPattern(t), words] as [RegExp, string]] : [];
    }),
    abbreviations: new Map(
      terms.flatMap((t) => {
        const name = englishName(t);
        // An abbreviation of a name in several words (psa) is searched as itself: the records hold it.
        return name && !name.includes(' ') ? (t.abbr ?? []).filter((a) => a !== name).map((a) => [a, name] as const) : [];
      }),
    ),
  };
}

/** Rows' forms as one case-insensitive pattern. */
const union = (rows: readonly Term[]) => new RegExp(rows.map((t) => termPattern(t).source).join('|'), 'i');

function groupsOf(terms: readonly Term[]): Map<string, RegExp> {
  const held = new Map<string, Term[]>();
  for (const t of terms) if (t.topic && t.group) held.set(`${t.topic}/${t.group}`, [...(held.get(`${t.topic}/${t.group}`) ?? []), t]);
  return new Map([...held].map(([key, rows]) => [key, union(rows)]));
}

/**
 * Heading casing: each row's name and spellings, the other names, and the misspellings of a name in
 * the typo table (a misspelling in another case than the table's, 「Kubenetes」, is not fixed in the
 * text but is still the name).
 */
function nameCase(terms: readonly Term[]): Map<string, string> {
  const cased = new Map<string, string>();
  for (const t of terms) if (t.name) for (const spelling of [t.name, ...(t.spellings ?? [])]) cased.set(spelling.toLowerCase(), t.name);
  for (const name of OTHER_NAMES) cased.set(name.toLowerCase(), name);
  for (const { wrong, right } of TYPOS) {
    const name = cased.get(right.toLowerCase());
    if (name && new RegExp(`^${NAME_WORD.source}$`).test(wrong)) cased.set(wrong.toLowerCase(), name);
  }
  return cased;
}

/** The vocabulary of the table: what the pipeline reads. */
export const VOCABULARY = vocabularyFrom(TERMS);
