import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import * as OpenCC from 'opencc-js';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_PHRASES from 'opencc-js/dict/TWPhrasesRev';
import type { SearchRecord } from '../emit/search-records.ts';
import { VOCABULARY } from '../vocabulary/derived.ts';
import { EVERYDAY, SYMPTOMS } from '../vocabulary/symptoms.ts';
import { GENERIC_FORMS, OUTSIDE, RUNNING_WORDS } from '../vocabulary/outside.ts';
import { packQuestions, type IndexedQuestion, type QueryVocabulary, type SentVocabulary } from '../../src/search/relax.ts';
import { TOPIC_FILTER } from '../../src/search/dialog.ts';
import { SEARCH_FILES } from '../../src/search/bundle.ts';
import { compressed, recompress } from './compress.ts';
import { rechunkBundle } from './rechunk.ts';
import ui from '../../src/content/i18n/zh-CN.json' with { type: 'json' };

const RELAX_SOURCE = new URL('../../src/search/relax.ts', import.meta.url);
const RECORDS = new URL('../../src/data/search.json', import.meta.url);
/**
 * The size of a word index chunk before compression: a query fetches one per word it looks up.
 * Smaller chunks mean more requests for a query and a longer list of them in the metadata every
 * first query fetches; larger, more bytes of words the query did not ask for. Over the bench's
 * queries, a further query fetched 75 KB median and up to 359 KB with Pagefind's own 36 chunks
 * (64 KB each), 32 and 129 KB with 16 KB chunks, 24 and 120 KB with 8 KB, 20 and 88 KB with these;
 * at 1.5 KB the metadata grows more than the chunks shrink.
 */
export const INDEX_CHUNK_BYTES = 3000;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const taiwanToMainland = OpenCC.Converter({ from: 'twp', to: 'cn' });
const characterwise = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * What the search wrapper reads a query with, built from the site's own records so it stays small:
 * for each character the records hold, its Traditional form (OpenCC) mapped back to it; Taiwan's
 * phrases for the mainland words the records use (OpenCC's TWPhrases); and every
 * Latin word of the questions, their other wordings and their search words, to correct a misspelt
 * name against.
 */
export function queryVocabulary(records: readonly SearchRecord[], vocabulary = VOCABULARY): QueryVocabulary {
  const t2s: Record<string, string> = {};
  const text = records.map((r) => `${r.question}${r.wordings.join('')}${r.keywords}${r.points}${r.ours}${r.text}`).join('\n');
  const han = new Set([...text].filter((ch) => /\p{Script=Han}/u.test(ch)));
  for (const ch of [...han].sort()) {
    const traditional = toTraditional(ch);
    if (traditional !== ch && [...traditional].length === 1 && !han.has(traditional)) t2s[traditional] = ch;
  }
  // And the Traditional characters that share one Simplified form, which the way back does not give: 誌 and 志 are both 志
  // (日誌 → 日志), 髮 and 發 both 发.
  for (const entry of TS_CHARACTERS.split('|')) {
    const [traditional, simplified] = entry.split(' ');
    if (traditional && simplified && [...traditional].length === 1 && traditional !== simplified && han.has(simplified) && !han.has(traditional)) t2s[traditional] ??= simplified;
  }
  const words = new Set(records.flatMap((r) => `${r.question} ${r.wordings.join(' ')} ${r.keywords}`.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []));
  // Taiwan's words for what the site calls otherwise (記憶體 → 内存, 叢集 → 集群, 網路 → 网络), where the site uses the mainland word;
  // longest first, the order a query is read in.
  const phrases: [string, string][] = [];
  for (const entry of TW_PHRASES.split('|')) {
    const taiwan = entry.split(' ')[0]!;
    const mainland = taiwanToMainland(taiwan);
    // Not a word written in Simplified characters that the site itself uses (文件, 程序, 核心 are mainland words too: 配置文件
    // is no 配置文档).
    const written = characterwise(taiwan);
    const mainlandWord = written === taiwan && text.includes(taiwan);
    if (/\p{Script=Han}/u.test(taiwan) && mainland !== written && text.includes(mainland) && !mainlandWord) phrases.push([taiwan, mainland]);
  }
  phrases.sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1));
  // The vocabulary's terms by their written forms, where the records use them: a query in one form names a question written in another.
  const lower = text.toLowerCase();
  const synonyms: Record<string, string[]> = {};
  for (const term of vocabulary.terms) {
    const forms = [...new Set(term.forms.filter((f): f is string => typeof f === 'string').map((f) => f.toLowerCase()))].filter((f) => lower.includes(f));
    if (forms.length < 2) continue;
    // A row of distinct things (requests, limits) keeps each form a term of the query, naming only itself.
    for (const form of forms) synonyms[form] = [...new Set([...(synonyms[form] ?? []), ...(term.distinct ? [] : forms.filter((f) => f !== form))])].sort();
  }
  return {
    t2s,
    phrases,
    words: [...words].sort(),
    synonyms: Object.fromEntries(
      Object.keys(synonyms)
        .sort()
        .map((k) => [k, synonyms[k]!]),
    ),
    // Abbreviations readers type (sts, cm, netpol), read as the term's English name.
    abbreviations: Object.fromEntries([...vocabulary.abbreviations].sort(([a], [b]) => (a < b ? -1 : 1))),
    symptoms: [...SYMPTOMS, ...EVERYDAY].map((s) => [s.when.source, s.search]),
    outside: OUTSIDE.map((o) => o.when.source),
    // The forms that make a query naming an outside subject a Kubernetes one.
    names: [...new Set(vocabulary.terms.flatMap((t) => [...t.forms.filter((f): f is string => typeof f === 'string'), ...(t.abbr ?? [])]).map((f) => f.toLowerCase()))]
      .filter((f) => !GENERIC_FORMS.has(f))
      .sort(),
    general: [...GENERIC_FORMS].filter((f) => /\p{Script=Han}/u.test(f)).sort(),
    running: [...RUNNING_WORDS],
  };
}

/** A term's form as a query names it: lower case, no spaces (`rolling update` → `rollingupdate`). */
export const homeKey = (form: string) => form.toLowerCase().replace(/\s+/g, '');

/** Words a question may ask the kinds of its subject with and still introduce it (「就绪探针有哪几种探测方式？」). */
const KINDS = '(?:类型|种类|方式|探测方式|实现方式)?';
/** A question's owner before its subject, dropped (「Pod 的镜像拉取策略…」 asks of the pull policy). */
const OWNER = '^(?:(?:pod|kubernetes|k8s|集群) ?(?:的|中|里) ?)?';
/** Where a question places its subject, dropped (「Flannel 在 Kubernetes 中有什么作用？」 asks what Flannel is for). */
const PLACE = '(?: ?在[^，,？?]{1,16}?[中里])?';

/**
 * The forms a question's subject names: itself and each side of a gloss (「命名空间（Namespace）」), with
 * or without a closing 模型 or 模式,
 * without Kubernetes before a name (「Kubernetes Operator」); then, as `parts`, each of a pair or list
 * (「PV 和 PVC」, 「Minikube、kubectl 和 kubelet 分别」), which a question on one of them alone outranks.
 */
function subjectKeys(subject: string): { whole: string[]; parts: string[] } {
  const named = subject.replace(/^(?:kubernetes|k8s) +(?=[a-z])/i, '').replace(/ ?(?:分别|各自)$/, '');
  const glossed = /^(.+?) ?[（(]([^）)]+)[）)]$/.exec(named);
  // 「CNI 模型」, 「Sidecar 模式」 name CNI and Sidecar.
  const whole = (glossed ? [named, glossed[1]!, glossed[2]!] : [named]).flatMap((side) => [side, side.replace(/ ?(?:模型|模式)$/, '')]);
  const parts = whole.flatMap((side) => side.split(/ ?(?:和|与|、) ?/));
  return { whole: [...new Set(whole.map(homeKey))], parts: [...new Set(parts.map(homeKey))].filter(Boolean) };
}

/**
 * Each form of a term (as `homeKey` writes it) and the record of the question that introduces the
 * term: its `home` in the vocabulary, else the question whose first clause asks of a form, in this
 * order: 「什么是 X」 or 「X 是什么」; what X is for (「X 的作用…」, 「X 的功能…」); its traits (「X 有哪些特性？」);
 * what kinds of it there are (「X 有哪几种？」, 「X 有哪些类型？」). One of those, of the term's name first, is
 * home to every form of the term (svc → 「Service 是什么？」), unless its forms are distinct. A form with no
 * such question is also introduced by one asking how it works (「X 是如何工作的？」, 「X 的实现原理是什么？」),
 * else by one asking so of it among others (「什么是 PV 和 PVC？」).
 */
export function termHomes(questions: Readonly<Record<string, IndexedQuestion>>, vocabulary = VOCABULARY): Record<string, string> {
  const byAnchor = new Map(Object.entries(questions).map(([id, q]) => [q[3].split('#')[1], id]));
  const tier = () => new Map<string, string>();
  const [whatIs, whatFor, traits, kinds, works, partOf] = [tier(), tier(), tier(), tier(), tier(), tier()];
  const keep = (found: Map<string, string>, subject: string | undefined, id: string) => {
    if (subject === undefined) return;
    const { whole, parts } = subjectKeys(subject);
    for (const key of whole) if (!found.has(key)) found.set(key, id);
    for (const key of parts) if (!partOf.has(key)) partOf.set(key, id);
  };
  for (const id of Object.keys(questions).sort()) {
    // The first clause of the question: 「什么是 Finalizer？资源为什么…」 asks what a Finalizer is.
    const clause = questions[id]![0].split(/[？?，,]/)[0]!;
    // 「kube-scheduler 的作用和实现原理是什么？」 asks what kube-scheduler is for, not what 「kube-scheduler 的作用…」 is.
    const purpose = new RegExp(`${OWNER}(.+?)${PLACE} ?(?:的作用|的功能|有什么用|有什么作用|起什么作用)`, 'i').exec(clause)?.[1];
    keep(whatFor, purpose, id);
    if (purpose === undefined) keep(whatIs, /^什么是 ?(.+)$/.exec(clause)?.[1] ?? /^(.+?) ?是什么$/.exec(clause)?.[1], id);
    keep(traits, new RegExp(`${OWNER}(.+?) ?有(?:哪些|什么)(?:特性|特点)$`, 'i').exec(clause)?.[1], id);
    keep(kinds, new RegExp(`${OWNER}(.+?) ?(?:有哪几种|有哪些|有几种|的类型有哪些)${KINDS}$`, 'i').exec(clause)?.[1], id);
    keep(works, new RegExp(`${OWNER}(.+?)${PLACE} ?(?:是如何工作的|是怎么工作的|的工作原理|的实现原理|的原理|的机制)(?:是什么)?$`, 'i').exec(clause)?.[1], id);
  }
  // 「X 策略」 introduces X only for a term that is a policy (imagePullPolicy): 「DNS 策略」 is not DNS.
  const introduces = (form: string, policy: boolean) =>
    whatIs.get(form) ?? whatFor.get(form) ?? traits.get(form) ?? [...kinds].find(([subject]) => subject === form || (policy && subject === `${form}策略`))?.[1];
  const homes: Record<string, string> = {};
  for (const term of vocabulary.terms) {
    // A form's `*` (Pod* also matches PodDisruptionBudget) is not part of the word; an abbreviation (psa) is a form too.
    const forms = [...term.forms.filter((f): f is string => typeof f === 'string'), ...(term.abbr ?? [])].map((f) => homeKey(f.replace(/\*$/, '')));
    const policy = forms.some((f) => f.endsWith('policy'));
    // A `home` is a published anchor (a unit test holds the table to that).
    const home = term.home === undefined ? (term.distinct ? undefined : forms.map((f) => introduces(f, policy)).find(Boolean)) : byAnchor.get(term.home);
    for (const form of forms) {
      const found = home ?? introduces(form, policy) ?? works.get(form) ?? partOf.get(form);
      if (found) homes[form] ??= found;
    }
  }
  return Object.fromEntries(
    Object.keys(homes)
      .sort()
      .map((k) => [k, homes[k]!]),
  );
}

/**
 * Each indexed record's question, other wordings, search words, link and topic, by the id Pagefind
 * gives its result (the fragment's file name), read from the fragments Pagefind wrote (gzip, after a
 * `pagefind_dcd` tag).
 */
/** A record's search words as its page labels them (「相关术语：」, src/pages/q/[id].astro), without the label. */
const withoutLabel = (keywords: string) => (keywords.startsWith(ui['kb.keywords']) ? keywords.slice(ui['kb.keywords'].length) : keywords);

export function indexedQuestions(fragments: string): Record<string, IndexedQuestion> {
  const questions: Record<string, IndexedQuestion> = {};
  for (const file of readdirSync(fragments)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()) {
    type Fragment = { url: string; meta: Partial<Record<'title' | 'asked' | 'keywords' | 'url', string>>; filters: Record<string, string[] | undefined> };
    const { url, meta, filters } = JSON.parse(
      gunzipSync(readFileSync(`${fragments}${file}`))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as Fragment;
    if (!meta.title) continue;
    questions[file.replace(/\.pf_fragment$/, '')] = [meta.title, meta.asked ?? '', withoutLabel(meta.keywords ?? ''), meta.url ?? url, filters[TOPIC_FILTER]?.[0] ?? ''];
  }
  return questions;
}

/**
 * The module the search dialog loads as `pagefind.js`: Pagefind's own, with `search` relaxed.
 * Pagefind finds its index from its own file name, which is now pagefind-core.js, so the wrapper
 * names the folder itself.
 */
const WRAPPER = `import * as core from './${SEARCH_FILES.core}';
import { outsideSubject, readQuery as read, receivedVocabulary, relaxedSearch } from './${SEARCH_FILES.relax}';
export * from './${SEARCH_FILES.core}';
const basePath = new URL('./', import.meta.url).pathname;
// Each record is one question, its answer included: a long answer should not sink its question (Pagefind's pageLength defaults to 0.75).
const ranking = { pageLength: 0.25 };
// Searched on the page, not in Pagefind's web worker: the worker is a second copy of the engine (12 KB gzipped) fetched before the
// WebAssembly, and a search of this index takes milliseconds.
const settings = { basePath, ranking, noWorker: true };
// Fetched with the search module, never with a page, while Pagefind loads: Traditional → Simplified, the site's Latin words, the questions.
const vocabularyLoaded = fetch(new URL('./${SEARCH_FILES.vocabulary}', import.meta.url)).then((r) => r.arrayBuffer()).then(receivedVocabulary).catch(() => undefined);
await core.options(settings);
// Pagefind's WebAssembly and metadata load beside the vocabulary, not after it.
const [vocabulary] = await Promise.all([vocabularyLoaded, core.init()]);
export const options = (chosen) => core.options({ ...settings, ...chosen });
export const search = (term, chosen) => relaxedSearch(core.search, term, chosen, vocabulary);
export const readQuery = (term) => read(term, vocabulary);
// A result's question, link and topic, known before its fragment is fetched.
export const question = (id) => vocabulary?.questions?.[id];
// Whether some question, other wording or search word of the site names a Latin word: the dialog's verdict reads it.
const asked = new Set(vocabulary?.words ?? []);
export const askedAbout = (word) => asked.has(word);
// Whether the query asks about a subject next to Kubernetes that the site does not teach: no question answers it.
export const outside = (term) => outsideSubject(term, vocabulary);
// Whether a word is a Kubernetes term of the vocabulary (statefulset, 存活探针), not an application's name (mysql).
const terms = new Set(vocabulary?.names ?? []);
export const isTerm = (word) => terms.has(word);
// The other forms of a word's term (供给 → 供应): a result naming one names the word.
export const formsOf = (word) => vocabulary?.synonyms?.[word] ?? [];
// Everyday words of running software (程序, 机器, 日志): a query naming one may be a Kubernetes question without its terms.
export const running = vocabulary?.running ?? [];
// Loads the index chunks of the words typed so far, while the reader is still typing.
export const preload = (term, chosen) => core.preload(read(term, vocabulary), chosen);
`;

/**
 * Runs after Starlight has written the Pagefind index (list it after `starlight()`): moves
 * Pagefind's module to pagefind-core.js and puts in its place one whose `search` also offers the
 * records that hold most of the query's words (src/search/relax.ts); cuts the word index into
 * smaller chunks (./rechunk.ts).
 */
export function relaxedSearchIntegration(): AstroIntegration {
  return {
    name: 'kb-relaxed-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = fileURLToPath(new URL('./pagefind/', dir));
        if (!existsSync(`${bundle}pagefind.js`)) throw new Error(`no Pagefind index in ${bundle}: the search index must be built first`);
        const entry = JSON.parse(readFileSync(`${bundle}pagefind-entry.json`, 'utf8')) as { languages: Record<string, { wasm: string | null }> };
        const engines = Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`);
        if (engines.some((e) => e !== SEARCH_FILES.engine))
          throw new Error(
            `Pagefind chose ${engines.join(', ')} for the site's language, not ${SEARCH_FILES.engine}: name it as SEARCH_FILES.engine (src/search/bundle.ts), which the search button fetches ahead`,
          );
        renameSync(`${bundle}pagefind.js`, `${bundle}${SEARCH_FILES.core}`);
        const { before, after } = rechunkBundle(bundle, INDEX_CHUNK_BYTES);
        logger.info(`search: the word index in ${after} chunks of about ${INDEX_CHUNK_BYTES / 1000} KB (Pagefind wrote ${before})`);
        // The relaxed search and the asking-word table it imports (scripts/vocabulary/asking.ts), as one module without types.
        const relax = await build({ entryPoints: [fileURLToPath(RELAX_SOURCE)], bundle: true, format: 'esm', target: 'esnext', charset: 'utf8', minify: true, write: false });
        writeFileSync(`${bundle}${SEARCH_FILES.relax}`, relax.outputFiles[0]!.text);
        writeFileSync(`${bundle}${SEARCH_FILES.wrapper}`, WRAPPER);
        const questions = indexedQuestions(`${bundle}fragment/`);
        const vocabulary: SentVocabulary = {
          ...queryVocabulary(JSON.parse(readFileSync(RECORDS, 'utf8')) as SearchRecord[]),
          questions: packQuestions(questions),
          homes: termHomes(questions),
        };
        writeFileSync(`${bundle}${SEARCH_FILES.vocabulary}`, await compressed(Buffer.from(JSON.stringify(vocabulary))));
        // What every first query fetches whole: Pagefind's WebAssembly and its metadata, compressed harder.
        for (const file of readdirSync(bundle).filter((f) => f.startsWith('wasm.') || f.endsWith('.pf_meta'))) await recompress(`${bundle}${file}`);
        logger.info('search: queries normalised (Traditional, width, case, misspelt names, filler); multi-word queries also find the records that hold most of their words');
      },
    },
  };
}
