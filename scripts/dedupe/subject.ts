/**
 * What a question is about, read from the vocabulary: the Kubernetes terms it names and what it asks of
 * them (a difference, how it works, which kinds …). Two wordings with the same subject ask the same
 * question however differently they put it: 「什么是 Init 容器？」 and 「pod的初始化容器是干什么的?」,
 * 「requests 與 limits 的差別」 and 「requests 和 limits 有什么区别？」.
 *
 * Used where a new notes file's question looks for the published question it repeats; the similarity
 * rules (cluster.ts) stay the test for the notes among themselves.
 */
import { SUBJECT_WORDS } from '../vocabulary/asking.ts';
import { toSimplified } from '../vocabulary/chinese.ts';
import { TERMS, termPattern } from '../vocabulary/terms.ts';
import { bigrams, dice } from './grams.ts';
import { questionKey } from './question-key.ts';

/** Terms that set the scene rather than the subject: 「Pod 里的 pause 容器」 is about pause. */
const CONTEXT = new Set(['kubernetes', 'pod', 'container', 'docker', 'cluster', 'node', 'problem']);

/**
 * What a question asks of its subject, as classes of wording. 「什么是 X」 and 「X 的作用」 ask the same; a
 * question with no asking word (「Pod 的生命周期」) asks what it is.
 */
const ASKS: readonly [string, RegExp][] = [
  ['difference', /区别|区分|不同|差异|差别|对比|比较|\bvs\b|异同|\bdiffer(?:ence|ent)?s?\b/i],
  ['how', /原理|如何实现|怎么实现|是怎么工作|是如何工作|怎样工作|工作机制|机制是|底层|\bhow does\b.*\bwork|\bhow do\b.*\bwork|\binternals?\b/i],
  ['process', /过程|流程|步骤|经历了什么|发生了什么/],
  ['kinds', /哪[一二三四五六七八九十两几]?[种类个]|有哪些|几种|类型|种类|分类|\btypes of\b|\bkinds of\b/i],
  ['why', /为什么|为何|为啥|\bwhy\b/i],
  ['troubleshoot', /排查|怎么办|如何处理|怎么处理|如何解决|怎么解决|定位/],
  ['command', /命令/],
];

const PATTERNS = TERMS.map((term) => [term.id, new RegExp(termPattern(term).source, 'gi')] as const);

/** The vocabulary's terms a text names, each stretch of it naming one (存活探针 is liveness, not probe too). */
export function termsIn(text: string): Set<string> {
  return new Set(stretches(toSimplified(text)).map((s) => s.id));
}

function stretches(simplified: string): { id: string; at: number; end: number }[] {
  // The longest name claims its stretch first: 有状态 is StatefulSet before 状态 is a status.
  const matches = PATTERNS.flatMap(([id, pattern], order) =>
    [...simplified.matchAll(pattern)].filter((m) => m[0] !== '').map((m) => ({ id, at: m.index, end: m.index + m[0].length, order })),
  );
  matches.sort((a, b) => b.end - b.at - (a.end - a.at) || a.order - b.order || a.at - b.at);
  const taken: { id: string; at: number; end: number }[] = [];
  for (const m of matches) if (!taken.some((t) => m.at < t.end && m.end > t.at)) taken.push(m);
  return taken;
}

/**
 * Words that ask what a thing is or does (the `subject` column of scripts/vocabulary/asking.ts: 「什么是
 * X」 asks what 「X 的作用」 asks), which kind or how many (哪几种, 哪一类), or only fill the sentence; longest first.
 */
const FILLER = new RegExp(
  [
    '哪[一二三四五六七八九十两几]?[种类个]',
    ...[...SUBJECT_WORDS, '起', '能', '常见', '主要', '一般', '分别', '各自', '之间', '里面', '里', '了', '吧', '一个'].sort((a, b) => b.length - a.length),
  ].join('|'),
  'g',
);

/** What the question says besides naming its terms (「包含哪些控制器」), reduced as question keys are. */
function residue(clause: string, found: readonly { at: number; end: number }[]): string {
  let rest = clause;
  for (const { at, end } of [...found].sort((a, b) => b.at - a.at)) rest = `${rest.slice(0, at)} ${rest.slice(end)}`;
  // What it asks is compared as `asks`: 「区别」 and 「差別」 leave no difference in the rest.
  for (const [, pattern] of ASKS) rest = rest.replace(new RegExp(pattern.source, `${pattern.flags}g`), ' ');
  // English asking words are the sentence's frame, as 什么 and 如何 are.
  rest = rest.replace(/\b(?:what|which|is|are|the|does|do|how|a|an|of|in|and|to|it|work|works|explain)\b/gi, ' ');
  return questionKey(rest)
    .replace(FILLER, '')
    .replace(/[a-z0-9]+/g, (w) => (w.length <= 2 ? '' : w));
}

export interface Subject {
  terms: string;
  asks: string;
  /** What it says besides its terms, to choose among several questions of one subject. */
  rest: string;
}

const cache = new Map<string, Subject | undefined>();

/** The subject of a question's first clause (「什么是 Kubernetes？它解决了什么问题？」 asks what Kubernetes is), if it names a term of its own. */
export function subjectOf(question: string): Subject | undefined {
  // The same questions are read again and again while clusters are checked and joined.
  if (!cache.has(question)) {
    if (cache.size >= 50_000) cache.clear();
    cache.set(question, clauses(question).map(subjectOfClause)[0]);
  }
  return cache.get(question);
}

/** The subjects a published question answers: its heading's and its other wordings', clause by clause. */
export function subjectsOf(wordings: readonly string[]): Subject[] {
  return wordings.flatMap((w) => clauses(w).map(subjectOfClause)).filter((s): s is Subject => s !== undefined);
}

function clauses(question: string): string[] {
  return toSimplified(question.normalize('NFKC'))
    .split(/[？?；;，,]\s*/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function subjectOfClause(clause: string): Subject | undefined {
  const found = stretches(clause);
  const all = [...new Set(found.map((f) => f.id))];
  const core = all.filter((t) => !CONTEXT.has(t));
  // Kubernetes itself is the subject only when the question names nothing else (「K8s 是什么？」).
  if (core.length === 0 && all.length === 1 && all[0] === 'kubernetes' && /kubernetes|k8s/i.test(clause)) core.push('kubernetes');
  // Only scene-setting words (「同一节点上的 Pod 如何通信？」): too little to tell one question from another.
  if (core.length === 0) return undefined;
  const terms = core.sort();
  const asks = ASKS.filter(([, pattern]) => pattern.test(clause)).map(([name]) => name);
  return { terms: terms.join(' '), asks: asks.join(' '), rest: residue(clause, found) };
}

/** How alike two wordings of one subject must be to be one question, and how much nearer than the next candidate. */
export const JOIN = { closeness: 0.6, margin: 0.2 } as const;

export function sameSubject(a: Subject, b: Subject): boolean {
  return a.terms === b.terms && a.asks === b.asks;
}

/** How close two wordings of one subject are, to choose the nearest of several candidates. */
export function closeness(a: Subject, b: Subject): number {
  if (a.rest === b.rest) return 1;
  return dice(bigrams(a.rest), bigrams(b.rest));
}
