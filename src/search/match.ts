/**
 * How the search dialog reads a result against the reader's query: whether the result answers it
 * or only shares a word with it, and which parts of its excerpt to mark. Both look for the words
 * the relaxed search looks up one by one (`searchTerms`), as they are written in the text.
 */
import { ASPECTS, searchTerms, strayWord, SUBJECT } from './relax.ts';

/** The parts of a search record the judgement reads. */
export interface Candidate {
  /** The question as its heading reads. */
  title: string;
  /** The vocabulary's search words for it (English names, abbreviations, synonyms). */
  keywords: string;
  /** Everything the record holds: question, other wordings, answer and keywords. */
  content: string;
}

/** What the verdict knows of the site besides the result (dist/pagefind/kb-query.json.gz). */
export interface Judge {
  /** Whether some question, other wording or search word names a Latin word. */
  asked?: (word: string) => boolean;
  /** Whether a word is a form of one of the vocabulary's Kubernetes terms. */
  isTerm?: (word: string) => boolean;
  /** The other forms of a word's term (供给 → 供应, restartpolicy → 重启策略). */
  forms?: (word: string) => readonly string[];
  /** Everyday words of running software (程序, 机器, 日志): a query naming one may be a Kubernetes question without its terms. */
  running?: readonly string[];
}

/** A run of excerpt text, marked when it is one of the query's words. */
export interface Segment {
  text: string;
  marked: boolean;
}

const WORD_CHAR = /[\p{Script=Latin}\p{Nd}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Lower case, character by character, so that a position in it is the same position in the text. */
function fold(text: string): string {
  return Array.from(text, (c) => {
    const lower = c.toLowerCase();
    return lower.length === c.length ? lower : c;
  }).join('');
}

/** Whether a word written in Latin letters or digits may start or end between `before` and `after`: `restart|Policy` yes, `pod|s` no. */
function boundary(before: string | undefined, after: string | undefined): boolean {
  if (!before || !after || !WORD_CHAR.test(before) || !WORD_CHAR.test(after)) return true;
  return LOWER.test(before) && UPPER.test(after);
}

/** The forms a word is found by: an English plural also by its singular, as Pagefind stems it (`probes` → `Probe`). */
function forms(term: string): string[] {
  if (!/^[a-z][a-z-]*[a-z]s$/.test(term) || term.length < 4) return [term];
  return term.endsWith('es') ? [term, term.slice(0, -1), term.slice(0, -2)] : [term, term.slice(0, -1)];
}

/**
 * Where the words stand in the text, left to right without overlaps, the longest word first where
 * several start at one place. Case does not matter; a word in Latin letters or digits counts only
 * as a whole word or a camel-case part (`ds`, DaemonSet, is not in `pods`; `restart` is in
 * `restartPolicy`); Chinese has no spaces, so a Chinese word counts wherever it stands.
 */
function find(text: string, terms: readonly string[]): [number, number][] {
  const words = [...new Set(terms.flatMap(forms))].filter(Boolean).sort((a, b) => b.length - a.length);
  const folded = fold(text);
  const found: [number, number][] = [];
  for (let at = 0; at < text.length;) {
    const word = words.find(
      (w) =>
        folded.startsWith(w, at) &&
        (!WORD_CHAR.test(w[0]!) || boundary(text[at - 1], text[at])) &&
        (!WORD_CHAR.test(w.at(-1)!) || boundary(text[at + w.length - 1], text[at + w.length])),
    );
    if (word) {
      found.push([at, at + word.length]);
      at += word.length;
    } else at += 1;
  }
  return found;
}

/**
 * Words of English sentences that names in a row (mysql redis kafka mongodb) do not have and a pasted message does;
 * those the search keeps (it drops `the`, `to`, `is`…).
 */
const MESSAGE_WORDS = new Set(['not', 'no', 'been', 'were', 'has', 'had', 'have', 'unable', 'cannot', 'failed', 'denied', 'refused', 'exceeded', 'found']);

/**
 * English words a Chinese sentence quotes from an error or says of one (「拉镜像报 unauthorized」, 「发版后出 bug」): what went
 * wrong, not what the question is about, which the answer need not quote.
 */
const SAID_OF_AN_ERROR = new Set(['unauthorized', 'forbidden', 'denied', 'refused', 'error', 'errors', 'failed', 'bug', 'bugs']);

/**
 * Whether a result answers the query rather than merely sharing a word with it. Pagefind offers
 * records for words it only guesses at (`asdf` finds `MustRunAsNonRoot`, and `如何做红烧肉` every
 * `如何`), and the relaxed search adds records holding half of a spoken question's words; so the
 * words are looked for as written. A result answers when it holds every word of the query, or at
 * least half of them with one of those in its question or its search words (`容器挂了会不会自动重启`
 * → 「Pod 的重启策略有哪些？」). A query of filler only (`什么`) has no word to judge by: it passes.
 * A Chinese query naming something in Latin letters that no question asks about is answered by none,
 * unless a question asks about another of its Latin names. A result the search marks as treating the situation the
 * query describes (`treats`, src/search/relax.ts) answers it, whatever words it shares with it.
 */
export function answers(query: string, candidate: Candidate & { treats?: boolean }, { asked, isTerm, forms: formsOf, running = [] }: Judge = {}): boolean {
  if (candidate.treats === true) return true;
  // A hyphenated name is also held as its words (prometheus-operator: 「Prometheus Operator」).
  const holds = (text: string, term: string) => find(text, [term]).length > 0 || (term.includes('-') && find(text, [term.replaceAll('-', ' ')]).length > 0);
  // What the query asks of its subject (用法, 原理, 区别) is the answer's to give, not a word it must hold.
  const all = searchTerms(query);
  const subject = all.filter((t) => !ASPECTS.has(t));
  const terms = subject.length > 0 ? subject : all;
  // A word is held in any form of its term (供给 in 「存储供应」).
  const named = (text: string, term: string) => holds(text, term) || (formsOf?.(term) ?? []).some((form) => holds(text, form));
  const held = terms.filter((t) => named(candidate.content, t));
  // In a Chinese query a word in Latin letters is a name (mysql, redis, compose), the subject itself: a result that never
  // names it answers another question. (In an English sentence the words are ordinary ones: 「odd number of nodes」.)
  const chinese = /\p{Script=Han}/u.test(query);
  // Three Latin words in a row, two of them words no question asks about, beside a name one does, are an English phrase
  // (an error message: 「helm upgrade 失败 another operation in progress」), ordinary words; so are a message's words
  // beside Chinese words that ask something (「Back-off pulling image "harbor…/api:v1.2" 镜像拉不下来」). Names in a row (pv pvc
  // storageclass), or a query whose only names are such a run (spring cloud gateway), are not.
  const phrase = new Set<string>();
  if (asked) {
    const runs: string[][] = [];
    let run: string[] = [];
    for (const t of [...all, '']) {
      if (/^[a-z]/.test(t)) run.push(t);
      else if (run.length > 0) [runs[runs.length], run] = [run, []];
    }
    const english = runs.filter((run) => run.length >= 3 && run.filter((t) => !asked(t)).length >= 2);
    const named = all.some((t) => /^[a-z]/.test(t) && !SUBJECT.has(t) && asked(t) && !english.some((run) => run.includes(t)));
    const worded = all.some((t) => /\p{Script=Han}/u.test(t) && !ASPECTS.has(t));
    // (A message, not names in a row: it has an address, a version or a path in it (harbor.example.com/app, v1.2), or one
    // of a sentence's words.)
    const message = (run: string[]) => run.some((t) => /[./:]/.test(t) || MESSAGE_WORDS.has(t));
    for (const run of english) if (named || (worded && message(run))) run.forEach((t) => phrase.add(t));
  }
  if (chinese) for (const t of all) if (SAID_OF_AN_ERROR.has(t)) phrase.add(t);
  const latin = (t: string) => /^[a-z][a-z0-9._-]{2,}$/.test(t) && !SUBJECT.has(t) && !phrase.has(t);
  // Unless it names an application, not a Kubernetes term, beside two of the query's terms that the result holds, or
  // beside Kubernetes' own name: the application is where the question arises (「mysql 部署在 k8s 上用 statefulset 还是
  // deployment」, 「kafka 跑在 k8s 上怎么暴露给集群外访问」), Kubernetes' part of it is what it asks.
  const termsHeld = isTerm ? held.filter((t) => isTerm(t)).length : 0;
  const onKubernetes = terms.some((t) => SUBJECT.has(t) && /^[a-z]/.test(t));
  const application = (t: string) => isTerm !== undefined && !isTerm(t) && (termsHeld >= 2 || onKubernetes);
  if (chinese && terms.some((t) => latin(t) && !held.includes(t) && !application(t))) return false;
  // Nor does one that names it only in passing when no question of the site asks about it (`mysql 主从延迟`): `asked`
  // knows the Latin words of every question, other wording and search word. Beside a name questions ask about, such a
  // word is a detail of the site's subject (「calico ipip 模式」), answered by a result that holds it.
  // An API field written as the API writes it (podAntiAffinity) is the site's subject, whether or not a question names it.
  // (lower camel case, as fields are; or a kind's, ServiceMonitor, not a product's, MySQL).
  const field = (t: string) => find(candidate.content, [t]).some(([from, to]) => /^([a-z]+[A-Z]|[A-Z][a-z]{2,}[A-Z][a-z])/.test(candidate.content.slice(from, to)));
  const unasked = asked ? terms.filter((t) => latin(t) && strayWord(t, asked) && !field(t) && !application(t)) : [];
  if (chinese && unasked.length > 0 && !terms.some((t) => latin(t) && !unasked.includes(t) && asked!(t))) return false;
  // An English phrase among Chinese words is the words of a message the answer need not quote: the other words judge.
  // So is an application the result need not name (Spring Boot of 「Spring Boot 应用部署到 k8s 怎么做优雅停机」): where the
  // question arises, not what it asks.
  const context = (t: string) => phrase.has(t) || (latin(t) && !held.includes(t) && application(t));
  const judged = chinese && terms.some((t) => !context(t)) ? terms.filter((t) => !context(t)) : terms;
  const found = held.filter((t) => judged.includes(t));
  // A query in everyday words only, naming no Kubernetes term and none of running software's everyday words (「订单超时自动
  // 取消怎么实现」, 「性能测试工具有哪些」), shares them with many answers: the result must ask about them, two of the words in its
  // question or search words, or half those it holds when it holds them all (「如何提高代码质量」 is not the question on 流量镜像
  // that says 不改代码).
  // (Known only with the vocabulary: without it no query is read as plain.)
  const plain =
    chinese &&
    isTerm !== undefined &&
    !terms.some((t) => /^[a-z0-9]/.test(t) && !SAID_OF_AN_ERROR.has(t)) &&
    !namesTermIn(query.replace(/\s+/g, ''), isTerm) &&
    !all.some((word) => running.includes(word));
  const asks = found.filter((t) => named(candidate.title, t) || named(candidate.keywords, t));
  if (plain && asks.length < 2 && (asks.length * 2 < found.length || found.length < judged.length)) return false;
  if (found.length === judged.length) return true;
  return found.length * 2 >= judged.length && asks.length > 0;
}

/** Whether the query's text (no spaces) names one of the vocabulary's Kubernetes terms anywhere (重启策略 in 「重启策略有哪些」). */
function namesTermIn(text: string, isTerm?: (word: string) => boolean): boolean {
  if (!isTerm) return false;
  for (let from = 0; from < text.length; from++) for (let to = from + 2; to <= Math.min(text.length, from + 6); to++) if (isTerm(text.slice(from, to))) return true;
  return false;
}

/**
 * The dialog's verdict on the results it shows: answered when one of them answers the query (`answers`), unless the
 * query asks about a subject next to Kubernetes that the site does not teach (`outside`: scripts/vocabulary/outside.ts).
 */
export function answeredBy(
  query: string,
  shown: readonly (Candidate & { treats?: boolean; closest?: boolean })[],
  { outside = false, ...judge }: Judge & { outside?: boolean } = {},
): boolean {
  return !outside && shown.some((candidate) => candidate.closest !== true && answers(query, candidate, judge));
}

/**
 * The excerpt cut into runs with the query's words marked whole. Pagefind marks each segment it
 * matched (`滚动` and `更新` apart, `探` and `针` one character at a time, and `探测` for `探针`),
 * so the marks are drawn again from the query's words; words that meet (`滚动` + `更新`) make one mark.
 */
export function highlight(text: string, query: string): Segment[] {
  const segments: Segment[] = [];
  const push = (from: number, to: number, marked: boolean) => {
    if (from === to) return;
    const last = segments.at(-1);
    if (last?.marked === marked) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), marked });
  };
  let at = 0;
  for (const [start, end] of find(text, searchTerms(query))) {
    push(at, start, false);
    push(start, end, true);
    at = end;
  }
  push(at, text.length, false);
  return segments;
}
