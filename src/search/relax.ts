/**
 * Pagefind answers a query only with records that hold every one of its words, so a reader who
 * types a whole question (`容器挂了会不会自动重启`, `pod 怎么发现 service`) gets nothing. When the
 * full query finds fewer than a few records, this adds the records that hold most of its words,
 * rarer words counting more, after the ones that hold them all.
 *
 * Shipped to readers beside Pagefind's own module, bundled with the one module it imports, the
 * asking-word table (scripts/search/integration.ts).
 */

import { ASPECT_WORDS, FRAMES, SEARCH_WORDS } from '../../scripts/vocabulary/asking.ts';

/** The part of a Pagefind result this needs; the rest passes through untouched. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Shown as one of the closest questions only: found by one of the query's words, no question holding two. */
  closest?: boolean;
}

export interface PagefindResponse<R extends PagefindResult> {
  results: R[];
  unfilteredResultCount: number;
}

type Search<R extends PagefindResult, S extends PagefindResponse<R>> = (term: string, options?: unknown) => Promise<S | null>;

/** With this many records the full query has answered well enough. */
const ENOUGH = 3;
/** At most this many words are searched one by one. */
const MAX_TERMS = 8;

/**
 * Words of a spoken question that say nothing about Kubernetes and rarely stand in the notes: the
 * asking words a query drops (scripts/vocabulary/asking.ts), and these.
 */
const FILLER = new Set([
  ...SEARCH_WORDS,
  '的',
  '了',
  '吧',
  '啊',
  '呀',
  '是',
  '有',
  '和',
  '与',
  '跟',
  '及',
  '在',
  '把',
  '被',
  '会',
  '能',
  '要',
  '就',
  '都',
  '还',
  '也',
  '又',
  '一个',
  '问题',
  '一般',
  '到底',
  '做',
  '做了',
  '办',
  '用',
  '事',
  '事情',
  '样',
  '时候',
  '的时候',
  '发生',
  '发生了',
  '里',
  '里的',
  '中',
  '中的',
  '里面',
  '下',
  '这个',
  '那个',
  '一些',
  '我',
  '我们',
  '你',
  '你们',
  '他们',
  // Around an interview question's framing (谈谈你对…, 三者的区别): the subject is what is left.
  '对',
  '三者',
  '两者',
  '分别',
  '各自',
  '用在',
  '之处',
  '在哪',
  '在哪里',
  '在于',
  // A situation's words around the symptom (用户反馈…, 手滑…, 突然…): the symptom rules read them, the records do not hold them.
  '用户',
  '反馈',
  '页面',
  '手滑',
  '老是',
  '总是',
  '一直',
  '偶尔',
  '经常',
  '半天',
  '才',
  '线上',
  '现在',
  '还在',
  '应该',
  '需要',
  // English function words: a sentence typed in English is decided by its terms.
  'what',
  'whats',
  'how',
  'why',
  'when',
  'which',
  'who',
  'does',
  'do',
  'did',
  'is',
  'are',
  'was',
  'be',
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'with',
  'between',
  'from',
  'by',
  'it',
  'its',
  'can',
  'i',
  'my',
  'we',
  'you',
  'your',
  'there',
  'this',
  'that',
  'work',
  'works',
  'working',
  'explain',
  'use',
  'used',
  'using',
  'should',
  'would',
  'get',
  'stuck',
  // How a question is framed in English, as 区别/过程 are in Chinese: records hold the subject, not these.
  'difference',
  'differences',
  'different',
  'vs',
  'versus',
  'process',
  'happens',
  'happen',
  'steps',
]);

const HAN = /\p{Script=Han}/u;
/** What a query asks of its subject (原理, 区别): it is also searched without them. */
export const ASPECTS = new Set(ASPECT_WORDS);
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Names of the whole subject: when a query says more, they only narrow it to records that repeat them. */
export const SUBJECT = new Set(['k8s', 'kubernetes', 'kube', '集群']);

/**
 * Built with the index from the site's own words (scripts/search/integration.ts): Traditional
 * characters and their Simplified forms, and the Latin words the records hold, to correct a
 * misspelt name against.
 */
export interface QueryVocabulary {
  t2s: Record<string, string>;
  /** Taiwan's word for a mainland one the site uses (記憶體 → 内存, 叢集 → 集群), longest first. */
  phrases?: [taiwan: string, mainland: string][];
  words: string[];
  /** Each form of a term of the vocabulary (lower case) and the term's other forms (`restartpolicy` → 重启策略): a question naming either names the term. */
  synonyms?: Record<string, string[]>;
  /** Abbreviations readers type, as the term's English name (`sts` → `statefulset`, `netpol` → `networkpolicy`). */
  abbreviations?: Record<string, string>;
  /** Situations a query may describe (a pattern's source) and the search that finds the questions treating them. */
  symptoms?: [when: string, search: string][];
  /** Subjects next to Kubernetes the site does not teach (a pattern's source): a query asking about one is answered by none. */
  outside?: string[];
  /** The vocabulary's forms that make a query naming an outside subject a Kubernetes one (Pod, etcd, 存活探针; not 集群 or 扩容). */
  names?: string[];
  /** The vocabulary's Chinese forms too general to make a query a Kubernetes one (集群, 回滚), still words a query is read by. */
  general?: string[];
  /** Everyday words of running software (程序, 机器, 日志): a query naming one may be a Kubernetes question without its terms. */
  running?: string[];
  /**
   * Each record's question, its other wordings (joined by ASKED_SEPARATOR), search words, link and topic, by
   * Pagefind's result id: results are ranked, and shown, by their questions before their fragments arrive.
   */
  questions?: Record<string, IndexedQuestion>;
  /** Each form of a term (lower case, no spaces) and the record of the question that introduces it: first for a query that is the term alone. */
  homes?: Record<string, string>;
}

/** Joins a record's other wordings in its `asked` meta (src/pages/q/[id].astro): a data separator, not shown. */
export const ASKED_SEPARATOR = '；';

/** A record as the vocabulary lists it (scripts/search/integration.ts). */
export type IndexedQuestion = [title: string, asked: string, keywords: string, url: string, topic: string];

/**
 * The questions as the vocabulary file sends them: the ids, then each field of every question, in the order of
 * their links, so that a topic's wordings stand together; gzip sends that a tenth smaller than records by id.
 */
export type PackedQuestions = [ids: string[], ...fields: string[][]];

/** The vocabulary as the search module fetches it (SEARCH_FILES.vocabulary). */
export type SentVocabulary = Omit<QueryVocabulary, 'questions'> & { questions?: PackedQuestions };

export function packQuestions(questions: Readonly<Record<string, IndexedQuestion>>): PackedQuestions {
  const byLink = Object.entries(questions).sort(([a, x], [b, y]) => (x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const fields = [0, 1, 2, 3, 4].map((k) => byLink.map(([, q]) => q[k]!));
  return [byLink.map(([id]) => id), ...fields];
}

/**
 * The vocabulary the search reads, from the file's bytes: gzip as the build writes it (scripts/search/compress.ts),
 * or the JSON itself when a host that took the file for compressed text sent it with a Content-Encoding the browser undid.
 */
export async function receivedVocabulary(bytes: ArrayBuffer): Promise<QueryVocabulary> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const text = gzip ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text() : new TextDecoder().decode(bytes);
  const { questions, ...rest } = JSON.parse(text) as SentVocabulary;
  if (!questions) return rest;
  const [ids, ...fields] = questions;
  return { ...rest, questions: Object.fromEntries(ids.map((id, k) => [id, fields.map((field) => field[k] ?? '') as IndexedQuestion])) };
}

/** Edits (insert, delete, substitute, swap neighbours) between two short words, stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, previous2[j - 2]! + 1);
      row.push(cost);
    }
    if (Math.min(...row) > max) return max + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * A query as the index is written: full-width letters and digits half-width, lower case, Taiwan's
 * words for mainland ones and Traditional characters Simplified, English function words and Chinese
 * filler dropped.
 */
export function normaliseQuery(query: string, vocabulary?: QueryVocabulary): string[] {
  const words = joinTerms(queryWords(readText(query, vocabulary)), vocabulary);
  // `sts`, `cm`, `netpol` are the names readers type for StatefulSet, ConfigMap, NetworkPolicy.
  return [...new Set(words.map((w) => vocabulary?.abbreviations?.[w] ?? w))];
}

/**
 * A word and a character the segmenter cut off one of the vocabulary's terms (调度|器, 高|可用) joined again, and a term and
 * the word that makes it a longer form of itself (准入|控制器); other pairs of words (服务|发现) are ranked as two: joined,
 * 服务发现 would be ranked by its row's other forms (DNS), before the question naming both.
 */
function joinTerms(read: readonly string[], vocabulary?: QueryVocabulary): string[] {
  const joined: string[] = [];
  const names = vocabularyNames(vocabulary);
  const words = recut(read, vocabulary);
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]}${words[i + 1] ?? ''}`;
    const forms = vocabulary?.synonyms?.[pair];
    // A term of one form (持久化) has no synonyms; the vocabulary's names hold it.
    const term = forms !== undefined || names.has(pair);
    if (i + 1 < words.length && HAN.test(pair) && term && ([...words[i + 1]!].length === 1 || [...words[i]!].length === 1 || forms?.includes(words[i]!))) {
      joined.push(pair);
      i++;
    } else joined.push(words[i]!);
  }
  return joined;
}

/**
 * A character the segmenter cut off a term and joined to the next word cut back to the term (回|滚到 → 回滚|到, 「回滚到上一个版本」)
 * when what is left over is a particle, no word of the query (选|主机 stays: 主 is part of 主机, not a particle).
 */
const PARTICLES = new Set([...'到了过完成掉后时的']);
function recut(words: readonly string[], vocabulary?: QueryVocabulary): string[] {
  const names = vocabularyNames(vocabulary);
  const general = new Set(vocabulary?.general ?? []);
  const cut: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [word, next] = [words[i]!, words[i + 1] ?? ''];
    const term = `${word}${[...next][0] ?? ''}`;
    const rest = [...next][1] ?? '';
    if (
      [...word].length === 1 &&
      [...next].length === 2 &&
      PARTICLES.has(rest) &&
      HAN.test(term) &&
      (names.has(term) || general.has(term)) &&
      !names.has(next) &&
      !general.has(next)
    ) {
      cut.push(term);
      i++;
    } else cut.push(word);
  }
  return cut;
}

const namesOf = new WeakMap<QueryVocabulary, ReadonlySet<string>>();
/** The vocabulary's forms and abbreviations (lower case), as a set read once per vocabulary. */
function vocabularyNames(vocabulary?: QueryVocabulary): ReadonlySet<string> {
  if (!vocabulary) return new Set();
  let names = namesOf.get(vocabulary);
  if (!names) namesOf.set(vocabulary, (names = new Set(vocabulary.names ?? [])));
  return names;
}

/** The query as the index is written, before it is cut into words. */
function readText(query: string, vocabulary?: QueryVocabulary): string {
  let text = query.normalize('NFKC').toLowerCase();
  if (vocabulary) {
    for (const [taiwan, mainland] of vocabulary.phrases ?? []) if (text.includes(taiwan)) text = text.replaceAll(taiwan, mainland);
    text = [...text].map((ch) => vocabulary.t2s[ch] ?? ch).join('');
  }
  return text;
}

/** The searches for the situations a query describes (「持久卷快满了」 → `pv 扩容`), from the vocabulary's symptom table. */
export function symptomSearches(query: string, vocabulary?: QueryVocabulary): string[] {
  const texts = tableTexts(query, vocabulary);
  return (vocabulary?.symptoms ?? []).filter(([when]) => texts.some((t) => new RegExp(when).test(t))).map(([, search]) => search);
}

/**
 * The query's text as the vocabulary's tables of patterns read it: as typed, and with its misspelt names corrected
 * (「readnessProbe 失败」); not only corrected: a correction may change words a row reads as typed (`nodes are
 * available` is not `node are available`).
 */
function tableTexts(query: string, vocabulary?: QueryVocabulary): string[] {
  const text = readText(query, vocabulary);
  return [text, correctedText(text, vocabulary)];
}

/** The stretches of the query's text that the patterns match. */
function stretches(texts: readonly string[], patterns: readonly string[]): string[] {
  return texts.flatMap((t) => patterns.flatMap((p) => [...t.matchAll(new RegExp(p, 'g'))].map((m) => m[0])));
}

/**
 * Whether a query asks about a subject next to Kubernetes that the site does not teach (分布式事务, JVM, 「http 和
 * https 区别」; scripts/vocabulary/outside.ts) and names no Kubernetes term besides: the dialog's verdict is then that
 * no question answers it, whatever words the results share with it.
 */
export function outsideSubject(query: string, vocabulary?: QueryVocabulary): boolean {
  if (!vocabulary?.outside) return false;
  const patterns = vocabulary.outside;
  return tableTexts(query, vocabulary).some((text) => {
    const found = stretches([text], patterns);
    return (
      found.length > 0 &&
      !namesTerm(
        found.reduce((rest, s) => rest.replace(s, ' '), text),
        vocabulary,
      )
    );
  });
}

/**
 * Whether the text names a term of the vocabulary that makes it a Kubernetes question (`names`), as a question names
 * a word (`names`: a Chinese form anywhere, spaces aside; a Latin one whole, a plural also in the singular), or as
 * the start of a word when the form ends in `*` (OOM*: OOMKilled).
 */
function namesTerm(text: string, vocabulary: QueryVocabulary): boolean {
  return (vocabulary.names ?? []).some((form) =>
    form.endsWith('*') ? new RegExp(`(^|[^a-z0-9])${escapeRegExp(form.slice(0, -1))}`).test(text) : names(HAN.test(form) ? text.replace(/\s+/g, '') : text, form),
  );
}

/** A word as a pattern that matches it literally. */
const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a word is a name in Latin letters (four or more, `worker_processes` too) that no question, other wording or
 * search word of the site names (`asked`: the vocabulary's words): mysql, jvm. The ranking's situations and the
 * dialog's verdict (src/search/match.ts) both ask it.
 */
export function strayWord(word: string, asked: (word: string) => boolean): boolean {
  return /^[a-z][a-z_-]{3,}$/.test(word) && !SUBJECT.has(word) && !asked(word);
}

/** Whether a Chinese query names in Latin letters something no question asks about, outside the situations it describes. */
function strayName(query: string, vocabulary?: QueryVocabulary): boolean {
  if (!vocabulary || !HAN.test(query)) return false;
  const described = stretches(
    tableTexts(query, vocabulary),
    (vocabulary.symptoms ?? []).map(([when]) => when),
  );
  const asked = (word: string) => vocabulary.words.includes(word);
  return corrected(normaliseQuery(query, vocabulary), vocabulary).some((word) => strayWord(word, asked) && !described.some((d) => d.includes(word) || word.includes(d)));
}

/** The query's text with its misspelt names corrected (`readnessprobe 失败` → `readinessprobe 失败`), for the symptom table to read. */
function correctedText(text: string, vocabulary?: QueryVocabulary): string {
  return vocabulary ? text.replace(/[a-z][a-z-]{3,}/g, (word) => nearestWord(word, vocabulary) ?? word) : text;
}

/**
 * The site's word nearest to a Latin word it lacks (`readyness` → `readiness`): one edit, two for long words; none
 * for a word of four letters, which is one edit from another English word too often (boot → root, lock → block).
 */
export function nearestWord(word: string, vocabulary: QueryVocabulary): string | undefined {
  if (!/^[a-z][a-z-]{4,}$/.test(word) || vocabulary.words.includes(word)) return undefined;
  // Two edits only in a long word: an English word of eight or nine letters is two edits from another too often
  // (election → eviction, operation → operator).
  const max = word.length >= 10 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary.words) {
    const d = editDistance(word, candidate, max);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * The words of a query: English words and names kept whole (`kube-proxy`, `maxSurge`), Chinese
 * split into words with filler dropped, and single characters that the segmenter split off a word
 * it does not know (`重|启`, `探|针`) joined back together.
 */
function queryWords(query: string): string[] {
  const words: string[] = [];
  // Brackets around a word pasted from a command's output (<unknown>, [none]) are not part of it.
  for (const chunk of query
    .replace(FRAMES, ' ')
    .split(/[\s,，。？?！!、；;：:（）()「」"'“”<>[\]{}《》【】]+/)
    .filter(Boolean)) {
    if (!HAN.test(chunk)) {
      if (!FILLER.has(chunk.toLowerCase())) words.push(chunk);
      continue;
    }
    let run = '';
    // A run of single characters may itself be filler (谈|谈, 讲|讲).
    const flush = () => {
      if (run && !FILLER.has(run)) words.push(run);
      run = '';
    };
    for (const { segment, isWordLike } of segmenter.segment(chunk)) {
      if (!isWordLike || FILLER.has(segment.toLowerCase())) flush();
      else if ([...segment].length === 1 && HAN.test(segment)) run += segment;
      else {
        flush();
        words.push(segment);
      }
    }
    flush();
  }
  // 不同 asks to compare at the end of a query (「有什么不同」), not before what it qualifies (「打散到不同节点」).
  const read = words.map((w) => w.toLowerCase()).filter((w, i) => w !== '不同' || i === words.length - 1);
  return [...new Set(read.map((w) => ASKED_AS[w] ?? w))];
}

/** Ways of asking for a comparison that the questions write as 区别. */
const ASKED_AS: Record<string, string> = { 不同: '区别', 差别: '区别', 差异: '区别', 异同: '区别', 不一样: '区别' };

/** The words of a query worth searching one by one: a lone character left out when there are other words. */
export function searchTerms(query: string): string[] {
  const unique = queryWords(query);
  const meaningful = unique.length > 1 ? unique.filter((w) => !([...w].length === 1 && HAN.test(w))) : unique;
  return meaningful.slice(0, MAX_TERMS);
}

/**
 * The records of the full query first, in Pagefind's order; then the records that hold at least
 * half of the words, and two at least, ranked by how rare each word they hold is and how much it
 * weighs in them (a word in the question counts more than one in passing).
 */
export function combine<R extends PagefindResult>(strict: readonly R[], perTerm: readonly (readonly R[])[]): R[] {
  const counted = perTerm.filter((results) => results.length > 0);
  const most = Math.max(0, ...counted.map((results) => results.length));
  const found = new Map<string, { result: R; words: number; weight: number }>();
  for (const results of counted) {
    const rarity = Math.log(1 + most / results.length);
    const best = Math.max(...results.map((r) => r.score)) || 1;
    for (const result of results) {
      const entry = found.get(result.id) ?? { result, words: 0, weight: 0 };
      entry.words += 1;
      entry.weight += rarity * (result.score / best);
      found.set(result.id, entry);
    }
  }
  const shown = new Set(strict.map((r) => r.id));
  const candidates = [...found.values()].filter((e) => !shown.has(e.result.id));
  // Two words at least: one word alone (`量子` of `量子纠缠`) is too weak a sign of the reader's question.
  const needed = Math.max(2, Math.ceil(perTerm.length / 2));
  const more = candidates
    .filter((e) => e.words >= needed)
    .sort((a, b) => b.weight - a.weight || (a.result.id < b.result.id ? -1 : 1))
    .map((e) => e.result);
  return [...strict, ...more];
}

/** The words with each misspelt Latin name read as the site's nearest word. */
function corrected(words: readonly string[], vocabulary: QueryVocabulary): string[] {
  return words.map((word) => nearestWord(word, vocabulary) ?? word);
}

/** The words searched for a query, for judging and marking results by: normalised, misspelt names corrected. */
export function readQuery(query: string, vocabulary?: QueryVocabulary): string {
  const words = normaliseQuery(query, vocabulary);
  return (vocabulary ? corrected(words, vocabulary) : words).join(' ');
}

/** How many of a symptom's own results come before the query's. */
const SYMPTOM_FIRST = 2;

/** How many of the first results are read for their questions, to put the one the query names first: fetched, or known from the vocabulary. */
const RERANK = 8;
/** Questions shown of each word when no question holds two of a query's words. */
const CLOSEST_PER_WORD = 4;
const RERANK_KNOWN = 30;
/** How much naming all of a query's words weighs against Pagefind's score, for a question that names only some. */
const PARTIAL = 0.75;
/** The share of questions a term may be named by and still single out the ones naming it. */
const RARE = 0.1;
/** How much a character more counts against a question naming all of a query's words, in shares of Pagefind's best score. */
const SHORTER = 0.06;

/** Whether a question names a word: an English word as a whole word (`ingress` is not in `ingressgateway`), a plural also as its singular (`finalizers`). */
function names(title: string, word: string): boolean {
  if (HAN.test(word)) return title.includes(word);
  if (/^[a-z]{4,}s$/.test(word) && names(title, word.slice(0, -1))) return true;
  const at = title.toLowerCase().indexOf(word);
  return at >= 0 && new RegExp(`(^|[^a-z0-9])${escapeRegExp(word)}($|[^a-z0-9])`).test(title.toLowerCase());
}

/** Whether few questions (a tenth at most) name a term in any of its forms: only such a term singles questions out (ConfigMap, not Pod). */
function rareTerm(word: string, vocabulary?: QueryVocabulary): boolean {
  if (!vocabulary) return true;
  // Each query asks it of its terms once or more: the 400 titles are read once a term.
  const known = rarity.get(vocabulary) ?? rarity.set(vocabulary, new Map()).get(vocabulary)!;
  let rare = known.get(word);
  if (rare === undefined) {
    const titles = Object.values(vocabulary.questions ?? {}).map(([title]) => title);
    rare = titles.filter((title) => namesForm(title, word, vocabulary)).length <= RARE * titles.length;
    known.set(word, rare);
  }
  return rare;
}
const rarity = new WeakMap<QueryVocabulary, Map<string, boolean>>();

/** Whether a question names a word in any of its term's forms (`restartPolicy` ↔ 重启策略). */
function namesForm(wording: string, word: string, vocabulary?: QueryVocabulary): boolean {
  return [word, ...(vocabulary?.synonyms?.[word] ?? [])].some((form) => names(wording, form));
}

/**
 * Among the first results, the questions whose own wording names most of the query's words come
 * first: every word, the shortest first, as the most specific (「什么是 Ingress？」 before the
 * gateway question that only mentions it); then those naming more of them (「etcd 在 Kubernetes
 * 中起什么作用？」 before the components question for 「etcd 在 k8s 中的作用」), a term counting
 * double a plain word; the rest in Pagefind's order. A question's wording weighs most. A query that
 * is one term alone opens with the question introducing the term (`homes`).
 */
export async function questionsFirst<R extends PagefindResult>(results: R[], words: readonly string[], vocabulary?: QueryVocabulary): Promise<R[]> {
  const wanted = words.filter((word) => !SUBJECT.has(word));
  // A query that is one term alone (`hpa`, `滚动更新`) opens with the question introducing it, wherever Pagefind put it.
  const home = homeOf(wanted, vocabulary);
  const at = home === undefined ? -1 : results.findIndex((r) => r.id === home);
  if (at >= 0)
    return [
      results[at]!,
      ...(await rankBySubject(
        results.filter((_, i) => i !== at),
        words,
        vocabulary,
      )),
    ];
  return rankBySubject(results, words, vocabulary);
}

/** The question introducing a query that is one term alone (k8s, 集群 aside), as `termHomes` keys it. */
function homeOf(words: readonly string[], vocabulary?: QueryVocabulary): string | undefined {
  return vocabulary?.homes?.[
    words
      .filter((word) => !SUBJECT.has(word))
      .join('')
      .toLowerCase()
      .replace(/\s+/g, '')
  ];
}

/** The subject ranking described above, over the first results. */
async function rankBySubject<R extends PagefindResult>(results: R[], words: readonly string[], vocabulary?: QueryVocabulary): Promise<R[]> {
  const known = vocabulary?.questions;
  const wanted = words.filter((word) => !SUBJECT.has(word));
  // When the query names Kubernetes itself (「k8s 组件」), a question about the whole of it comes before one about a part.
  // As typed: 「集群扩容」 asks of a cluster (「如何扩容和缩容 Kubernetes 集群？」), 「k8s 组件」 of Kubernetes.
  const typed = words.filter((word) => SUBJECT.has(word));
  const namesSubject = (title: string) => typed.some((word) => (word === '集群' ? /集群/ : /kubernetes|k8s/i).test(title));
  // A short, precise query (`pod`, `etcd 作用`) is looked for deeper: a question naming it all is the answer wherever Pagefind put it.
  // A longer, spoken one is not: its plain words (挂了, 之间) stand in many questions that do not answer it.
  const precise = wanted.length <= 2 && wanted.every((word) => [...word].length >= 2);
  const depth = precise && known && results.slice(0, RERANK_KNOWN).every((r) => known[r.id]) ? RERANK_KNOWN : RERANK;
  const head = results.slice(0, depth) as (R & { data?: () => Promise<{ meta: { title?: string; asked?: string } }> })[];
  if (wanted.length === 0 || head.length < 2) return results;
  const fromVocabulary = Boolean(known) && head.every((r) => known![r.id]);
  if (!fromVocabulary && !head.every((r) => typeof r.data === 'function')) return results;
  const metas: { title?: string; asked?: string; keywords?: string }[] = fromVocabulary
    ? head.map((r) => ({ title: known![r.id]![0], asked: known![r.id]![1], keywords: known![r.id]![2] }))
    : await Promise.all(head.map(async (r) => (await r.data!()).meta));
  const weight = (word: string) => (vocabulary?.synonyms?.[word] || !HAN.test(word) ? 2 : 1);
  const total = wanted.reduce((sum, word) => sum + weight(word), 0);
  const nameIn = (wording: string, word: string) => namesForm(wording, word, vocabulary);
  // The share of the query a question names: in its wording, less in one of its other wordings (又问), half in its search words.
  const share = (wording: string, keywords = '') =>
    wanted.reduce((sum, word) => sum + (nameIn(wording, word) ? weight(word) : nameIn(keywords, word) ? weight(word) / 2 : 0), 0) / total;
  const rank = metas.map(({ title = '', asked = '', keywords = '' }) => Math.max(share(title, keywords), ...asked.split(ASKED_SEPARATOR).map((w) => share(w, keywords) - 0.25)));
  // The query's terms (names and vocabulary words, not 区别 or 原理) named in a question's wordings: its subject.
  const terms = wanted.filter((word) => weight(word) === 2);
  const aspectless = wanted.filter((word) => !ASPECTS.has(word));
  // Counted over every question only for a query of one term.
  const rare = terms.length === 1 && rareTerm(terms[0]!, vocabulary);
  const subjectOf = ({ title = '' }: { title?: string }) => (terms.length === 0 ? 0 : terms.filter((word) => nameIn(title, word)).length / terms.length);
  if (!rank.some((r) => r > 0)) return results;
  // A query of one term and plain words (「pending 怎么排查」): among the questions naming it all, the term's home first.
  const homed = [...new Set(wanted.map((word) => homeOf([word], vocabulary)).filter(Boolean))];
  const home = homed.length === 1 ? homed[0] : undefined;
  // Or when the home's record names the query's other words too, in a wording or its search words (「cj 定时任务」,
  // 「rbac 权限」): they say what the term is, not another question on it.
  const others = wanted.filter((word) => !ASPECTS.has(word) && homeOf([word], vocabulary) !== home);
  const describes = ({ title = '', asked = '', keywords = '' }: { title?: string; asked?: string; keywords?: string }) =>
    others.every((word) => [title, keywords, ...asked.split(ASKED_SEPARATOR)].some((wording) => nameIn(wording, word)));
  // Naming every word puts a question first, the shortest first; naming some of them lifts it by that share, against Pagefind's score.
  const top = Math.max(...head.map((r) => r.score)) || 1;
  const order = head
    .map((result, i) => {
      const title = metas[i]!.title ?? '';
      const full = rank[i] === 1;
      // Among questions naming it all, the more specific first: asking what it is, then the shorter, Pagefind's score weighing in.
      const prior = 1 - i / head.length;
      const subject = subjectOf(metas[i]!);
      // Naming every word but what is asked of them (「集群升级流程」: 集群 and 升级): next after naming them all.
      const namesCore = (wording: string) => aspectless.every((word) => nameIn(wording, word));
      // In its own wording, or less in another (「Deployment 的滚动更新是怎么进行的？」 for 「deployment 滚动更新的原理」).
      const core =
        full || aspectless.length === 0 || aspectless.length === wanted.length ? 0 : namesCore(title) ? 2 : (metas[i]!.asked ?? '').split(ASKED_SEPARATOR).some(namesCore) ? 1 : 0;
      // A query's one term, when few questions name it, lifts one naming it as much again, against Pagefind's order
      // (「cm 热更新」); one that many name (Pod) singles out none.
      const value = full ? result.score / top - SHORTER * length(title) : prior + PARTIAL * rank[i]! + (rare ? PARTIAL * subject : 0);
      return {
        result,
        i,
        full,
        value,
        // The term's home among those naming it all, or all but the aspects (「vpa 原理」: 「VPA 是如何工作的？」).
        home: result.id === home && (full || core > 0 || describes(metas[i]!)),
        subject: terms.length >= 2 ? subject : 0,
        core,
        whole: (full || core > 0) && namesSubject(title),
        // Of the questions naming every term, or two of three (「PV 和 PVC 是什么关系」), the one asking what they are comes first too.
        asks: full || (terms.length >= 2 && subject * terms.length >= 2) ? asksWhat(title, wanted) : 0,
      };
    })
    .sort(
      (a, b) =>
        Number(b.full) - Number(a.full) ||
        Number(b.home) - Number(a.home) ||
        b.core - a.core ||
        b.subject - a.subject ||
        Number(b.whole) - Number(a.whole) ||
        a.asks - b.asks ||
        b.value - a.value ||
        a.i - b.i,
    );
  return [...order.map((o) => o.result), ...results.slice(depth)];
}

/**
 * How directly a question asks what the query names: asking what it is, and that alone (「什么是
 * Pod？」 for 「谈谈你对 pod 的理解」), before asking what a kind of it is (「什么是静态 Pod？」), before the rest.
 */
function asksWhat(title: string, wanted: readonly string[]): number {
  const subject = /^什么是 ?([^？?，,]+)/.exec(title)?.[1] ?? /^([^的，,？?]+)是什么[？?]$/.exec(title)?.[1];
  if (subject === undefined) return 0;
  // The longer words first: `pvc` before `pv`, which it holds.
  const rest = [...wanted].sort((a, b) => b.length - a.length).reduce((text, word) => text.replace(new RegExp(escapeRegExp(word), 'gi'), ''), subject);
  if (rest === subject) return 0;
  return /^[\s、和与及]*$/.test(rest) ? -2 : -1;
}

/** A question's length as read: a Latin word counts as one, like a character (`NetworkPolicy` is no longer than 策略). */
function length(title: string): number {
  return title.replace(/[A-Za-z][\w.-]*/g, 'w').length;
}

/** Results of the first response, then those the others add. */
function union<R extends PagefindResult>(...lists: readonly (readonly R[])[]): R[] {
  const seen = new Set<string>();
  return lists.flat().filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/** How many questions naming the query's terms may join the results of a query that found enough. */
const SUBJECT_CANDIDATES = 4;

/**
 * Questions the query's other words kept out of Pagefind's first results: those whose own wording
 * names the most of the query's terms (names and the vocabulary's words, not the words around them;
 * two of 「pv pvc sc 的关系」's three), from a search of each term, those naming more of the query's
 * other words first (「ing 转发规则」: the rules question before 「什么是 Ingress？」), then the term's
 * home; and those naming every word but the query's aspects (原理, 流程, 区别), from a search without them.
 */
async function subjectCandidates<R extends PagefindResult, S extends PagefindResponse<R>>(
  search: Search<R, S>,
  words: readonly string[],
  options: unknown,
  vocabulary?: QueryVocabulary,
): Promise<R[]> {
  const known = vocabulary?.questions;
  if (!known) return [];
  const nameIn = (wording: string, word: string) => namesForm(wording, word, vocabulary);
  const terms = words.filter((word) => !SUBJECT.has(word) && (vocabulary?.synonyms?.[word] || !HAN.test(word)));
  const plain = words.filter((word) => !SUBJECT.has(word) && !terms.includes(word) && !ASPECTS.has(word));
  const rest = words.filter((word) => !ASPECTS.has(word));
  const home = homeOf(rest, vocabulary);
  const byTerms = async () => {
    // One term alone is what the query searched already.
    // A term many questions name (Pod, 节点) says little of which one is asked.
    if (terms.length === 0 || (terms.length === 1 && words.length === 1) || !terms.every((term) => rareTerm(term, vocabulary))) return [];
    const lists = await Promise.all(terms.map(async (term) => (await search(term, options))?.results ?? []));
    const seen = new Set<string>();
    const scored = lists
      .flat()
      .filter((r) => known[r.id] && !seen.has(r.id) && seen.add(r.id))
      .map((result, i) => {
        const [title, asked] = known[result.id]!;
        return {
          result,
          i,
          terms: terms.filter((word) => nameIn(title, word)).length,
          others: plain.filter((word) => nameIn(title, word) || asked.split(ASKED_SEPARATOR).some((w) => nameIn(w, word))).length,
          home: result.id === home,
        };
      });
    const most = Math.max(terms.length >= 2 ? 2 : 1, ...scored.map((c) => c.terms));
    return scored
      .filter((c) => c.terms === most)
      .sort((a, b) => b.others - a.others || Number(b.home) - Number(a.home) || a.i - b.i)
      .slice(0, SUBJECT_CANDIDATES)
      .map((c) => c.result);
  };
  const withoutAspects = async () => {
    if (rest.length === words.length || rest.filter((word) => !SUBJECT.has(word)).length === 0) return [];
    const found = (await search(rest.join(' '), options))?.results ?? [];
    const wanted = rest.filter((word) => !SUBJECT.has(word));
    const namesAll = (wording: string) => wanted.every((word) => nameIn(wording, word));
    // In its own wording first, then in one of its other wordings (「拓扑分布约束（topologySpreadConstraints）怎么用？」).
    const inTitle = found.filter((r) => known[r.id] && namesAll(known[r.id]![0]));
    const inWording = found.filter((r) => known[r.id] && !inTitle.includes(r) && known[r.id]![1].split(ASKED_SEPARATOR).some(namesAll));
    return [...inTitle, ...inWording].slice(0, SUBJECT_CANDIDATES);
  };
  return union(...(await Promise.all([byTerms(), withoutAspects()])));
}

/**
 * The home of a query's one term when the query as typed does not find it (「准入控制器」: the home words it
 * 「准入控制机制」): searched by the term's other forms, the shorter first.
 */
async function homeByForms<R extends PagefindResult, S extends PagefindResponse<R>>(
  search: Search<R, S>,
  found: readonly R[],
  words: readonly string[],
  options: unknown,
  vocabulary?: QueryVocabulary,
): Promise<R[]> {
  const rest = words.filter((word) => !ASPECTS.has(word) && !SUBJECT.has(word));
  const home = rest.length === 1 ? homeOf(rest, vocabulary) : undefined;
  if (home === undefined || found.some((r) => r.id === home)) return [];
  const forms = [...(vocabulary?.synonyms?.[rest[0]!] ?? [])].sort((a, b) => a.length - b.length).slice(0, 3);
  const lists = await Promise.all(forms.map(async (form) => (await search(form, options))?.results ?? []));
  const result = lists.flat().find((r) => r.id === home);
  return result ? [result] : [];
}

/**
 * Pagefind's `search` on the normalised query. When that finds too little: a misspelt Latin word
 * that no record holds is replaced by the site's nearest word; k8s/kubernetes/集群 are dropped when
 * other words remain (they only narrow the search to records that repeat them); and the records
 * holding most of the words are added, as described above.
 */
export async function relaxedSearch<R extends PagefindResult, S extends PagefindResponse<R>>(
  search: Search<R, S>,
  asked: string,
  options?: unknown,
  vocabulary?: QueryVocabulary,
): Promise<S | null> {
  if (typeof asked !== 'string') return search(asked, options);
  return relaxed(once(search), asked, options, vocabulary);
}

/** A search that asks Pagefind once for each query and options: the candidates, the words one by one and a symptom's search often repeat one. */
function once<R extends PagefindResult, S extends PagefindResponse<R>>(search: Search<R, S>): Search<R, S> {
  const asked = new Map<string, Promise<S | null>>();
  return (term, options) => {
    const key = `${term}\u0000${JSON.stringify(options ?? null)}`;
    if (!asked.has(key)) asked.set(key, search(term, options));
    return asked.get(key)!;
  };
}

/** `relaxedSearch`'s work, each of its searches asked once. */
async function relaxed<R extends PagefindResult, S extends PagefindResponse<R>>(
  search: Search<R, S>,
  asked: string,
  options?: unknown,
  vocabulary?: QueryVocabulary,
): Promise<S | null> {
  // A described situation (a symptom) is also searched as the questions that treat it, in parallel; those come first.
  const hints = symptomSearches(asked, vocabulary);
  if (hints.length > 0) {
    const [plain, ...treated] = await Promise.all([relaxed(search, asked, options, { ...vocabulary!, symptoms: [] }), ...hints.map((h) => search(h, options))]);
    if (!plain) return plain;
    // Of a symptom's results, the questions whose wording names its words come first (「自动扩容机制」 before the HPA details).
    const ranked = await Promise.all(treated.map((r, k) => questionsFirst(r?.results ?? [], normaliseQuery(hints[k]!, vocabulary), vocabulary)));
    // A term alone that names a symptom too (OOM, imagePullPolicy) still opens with the question introducing it.
    const home = plain.results.find((r) => r.id === homeOf(normaliseQuery(asked, vocabulary), vocabulary));
    // A question the symptom table names as treating the situation answers the query, whatever words it shares with it;
    // unless the query also names, in Latin letters, something no question asks about and the situation does not
    // (「jvm oom 怎么 dump 堆」: JVM's heap dumps, not a container's OOM).
    const treats = !strayName(asked, vocabulary);
    // Its first question, and the next only when its wording names what the situation is searched by (not 「关键告警」 for CrashLoopBackOff).
    const named = (result: R, k: number) => {
      const wording = vocabulary?.questions?.[result.id]?.[0];
      return wording === undefined || normaliseQuery(hints[k]!, vocabulary).some((word) => namesForm(wording, word, vocabulary));
    };
    const treating = ranked.map((r, k) =>
      r
        .slice(0, SYMPTOM_FIRST)
        .filter((result, i) => i === 0 || named(result, k))
        .map((result) => ({ ...result, treats })),
    );
    const results = union(home ? [home] : [], ...treating, plain.results);
    return { ...plain, results, unfilteredResultCount: results.length };
  }
  const read = normaliseQuery(asked, vocabulary);
  // k8s/kubernetes/集群 beside other words only narrow the search to records that repeat the name (「etcd 在 k8s 中的作用」).
  const specific = read.filter((word) => !SUBJECT.has(word));
  let words = specific.length > 0 ? specific : read;
  const query = words.join(' ') || asked;
  // Ranked by the words as meant: a misspelt name Pagefind still found by its prefix (`ingres`) is ranked as the site's word.
  const inOrder = (found: R[]) => questionsFirst(found, [...(vocabulary ? corrected(words, vocabulary) : words), ...read.filter((word) => SUBJECT.has(word))], vocabulary);
  // A question asking about two or three terms may not hold the query's other words (区别, 流程): the questions naming
  // the terms join the candidates, however many the full query finds (「vpa 原理」 finds one, not 「VPA 是如何工作的？」).
  const [first, candidates] = await Promise.all([search(query, options), subjectCandidates(search, words, options, vocabulary)]);
  if (!first || words.length === 0) return first;
  const named = union(await homeByForms(search, first.results, words, options, vocabulary), candidates);
  if (first.results.length >= ENOUGH) {
    // Ranked with the first results, after the best of them.
    const extra = named.filter((r) => !first.results.slice(0, RERANK).some((c) => c.id === r.id));
    const head = first.results.slice(0, RERANK - extra.length);
    const floor = Math.min(...head.map((r) => r.score));
    const results = union(
      head,
      extra.map((r) => ({ ...r, score: Math.min(r.score, floor) })),
      first.results,
    );
    return { ...first, results: await inOrder(results) };
  }
  let found = first.results;
  if (vocabulary) {
    // The notes misspell names too (`readyness`): a word no question or search word holds is also read as the nearest one.
    const fixed = corrected(words, vocabulary);
    if (fixed.some((word, i) => word !== words[i])) {
      words = fixed;
      found = union(found, (await search(words.join(' '), options))?.results ?? []);
    }
  }
  const terms = searchTerms(words.join(' '));
  if (found.length >= ENOUGH || terms.length < 2) {
    const results = await inOrder(union(found, named));
    return { ...first, results, unfilteredResultCount: results.length };
  }
  const perTerm = await Promise.all(terms.map((term) => search(term, options)));
  const combined = combine(
    found,
    perTerm.map((response) => response?.results ?? []),
  );
  // The questions naming the query's terms are ranked with the first results, after those holding most of its words;
  // they do not count as enough to stop relaxing the query.
  const extra = named.filter((r) => !combined.some((c) => c.id === r.id));
  const results = await inOrder(union(combined.slice(0, Math.max(found.length, RERANK - extra.length)), extra, combined));
  if (results.length === 0) {
    // No question holds two of the words (「k8s 里跑 redis 集群怎么做持久化」): not an empty list, but the questions whose
    // wording names one of them, the rarer word's first, as the closest ones; none is taken to answer the query. A word
    // only answers mention (Redis) or no question names (量子纠缠) offers none.
    const known = vocabulary?.questions;
    const about = (result: R, word: string) => {
      const question = known?.[result.id];
      return question !== undefined && [question[0], ...question[1].split(ASKED_SEPARATOR)].some((wording) => namesForm(wording, word, vocabulary));
    };
    const lists = perTerm.map((response, k) => (response?.results ?? []).filter((result) => about(result, terms[k]!))).filter((list) => list.length > 0);
    const nearest = union(...lists.sort((a, b) => a.length - b.length).map((list) => list.slice(0, CLOSEST_PER_WORD))).map((r) => ({ ...r, closest: true }));
    return { ...first, results: nearest, unfilteredResultCount: nearest.length };
  }
  return { ...first, results, unfilteredResultCount: results.length };
}
