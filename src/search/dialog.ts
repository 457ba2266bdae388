/**
 * The search dialog's results panel (markup in src/components/Search.astro), loaded when the
 * dialog first opens. It runs the query through Pagefind with the relaxed search around it
 * (dist/pagefind/pagefind.js), shows each question with its topic and its excerpt marked by whole
 * words, says so when no result answers the query (src/search/match.ts), and lets the keyboard
 * move through the results: ↓/↑ move the focus between the input and the result links, Enter in
 * the input opens the first result, typing on a result goes on in the input. Esc is the dialog's own.
 */
import { answeredBy, highlight } from './match.ts';

/** The words the script writes, from src/content/i18n/zh-CN.json through Search.astro. */
export interface Strings {
  searching: string;
  manyResults: string;
  oneResult: string;
  noMatch: string;
  /** Read before a result's topic by screen readers: 「主题：」. */
  topic: string;
}

/** The part of a Pagefind result's data the panel shows or judges. */
interface ResultData {
  url: string;
  content: string;
  /** The excerpt as HTML-escaped text, without Pagefind's marks. */
  plain_excerpt: string;
  meta: Partial<Record<'title' | 'url' | 'keywords' | 'answer', string>>;
  filters: Record<string, string[] | undefined>;
}

interface Pagefind {
  init(): Promise<void>;
  /** The words the search wrapper looks up for a query (Simplified, corrected, filler dropped). */
  readQuery?(term: string): string;
  /** `treats`: the symptom table names the result as treating the situation the query describes; `closest`: found by one word of the query only. */
  search(
    term: string,
    options: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; treats?: boolean; closest?: boolean; data(): Promise<ResultData> }[] } | null>;
  /** A result's question, link and topic as the wrapper's vocabulary lists them: shown before its fragment arrives. */
  question?(id: string): [title: string, asked: string, keywords: string, url: string, topic: string] | undefined;
  /** Whether a Latin word is in some question, other wording or search word of the site. */
  askedAbout?(word: string): boolean;
  /** Whether the query asks about a subject next to Kubernetes the site does not teach (scripts/vocabulary/outside.ts). */
  outside?(term: string): boolean;
  /** Whether a word is a Kubernetes term of the vocabulary, not an application's name. */
  isTerm?(word: string): boolean;
  /** The other forms of a word's term (供给 → 供应). */
  formsOf?(word: string): readonly string[];
  /** Everyday words of running software (程序, 机器, 日志). */
  running?: readonly string[];
  /** Starts loading the index chunks a query will need (the wrapper reads the query first). */
  preload?(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

/** The filter each record carries its topic page in (src/pages/q/[id].astro): an index key, never shown. */
export const TOPIC_FILTER = '主题';
/** Results shown at first, and added by each 「加载更多结果」: enough that an answer among the first eight is never behind the button. */
const PAGE = 8;
/** Search once the reader pauses this long, not at every keystroke. */
const PAUSE_MS = 100;

/** Pagefind escapes its excerpts; a parsed document is inert (no scripts run, no images load). */
function decodeExcerpt(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

export function mountSearch(panel: HTMLElement, strings: Strings, bundlePath: string): void {
  const input = panel.querySelector<HTMLInputElement>('.pagefind-ui__search-input')!;
  const clear = panel.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const topic = panel.querySelector<HTMLSelectElement>('[data-search-topic]')!;
  const status = panel.querySelector<HTMLElement>('.pagefind-ui__message')!;
  const closest = panel.querySelector<HTMLElement>('.kb-search__closest')!;
  const elsewhere = panel.querySelector<HTMLElement>('[data-search-elsewhere]')!;
  const list = panel.querySelector<HTMLOListElement>('.pagefind-ui__results')!;
  const more = panel.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const everywhere = panel.querySelector<HTMLButtonElement>('[data-search-all]')!;

  const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ `${bundlePath}pagefind.js`).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });

  let results: { id: string; data(): Promise<ResultData> }[] = [];
  let query = '';
  /** Each search's number; a search that a newer one overtook shows nothing. */
  let serial = 0;
  /** The latest search, which Enter waits for so that it never opens a result of an older query. */
  let latest = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ids = 0;

  /** A result as listed: its question, link, topic and excerpt (empty until the fragment arrives). */
  const item = ({ title: question, url, topic: name, excerpt: text }: { title: string; url: string; topic: string; excerpt: string }): HTMLLIElement => {
    const li = document.createElement('li');
    li.className = 'pagefind-ui__result';
    const label = document.createElement('p');
    label.className = 'kb-search__topic';
    label.id = `kb-search-topic-${++ids}`;
    const prefix = document.createElement('span');
    prefix.className = 'sr-only';
    prefix.textContent = strings.topic;
    label.append(prefix, name);
    const title = document.createElement('p');
    title.className = 'pagefind-ui__result-title';
    const link = document.createElement('a');
    link.className = 'pagefind-ui__result-link';
    link.href = url;
    link.textContent = question;
    // The link is what the keyboard lands on; its description names the topic.
    link.setAttribute('aria-describedby', label.id);
    title.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'pagefind-ui__result-excerpt';
    for (const { text: part, marked } of highlight(text, query)) {
      if (!marked) excerpt.append(part);
      else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part }));
    }
    li.append(label, title, excerpt);
    return li;
  };
  // What the answer says (its 要点 first), not the question's words again; Pagefind's excerpt where there is no answer.
  const shown = (data: ResultData) =>
    item({
      title: data.meta.title ?? '',
      url: data.meta.url ?? data.url,
      topic: data.filters[TOPIC_FILTER]?.[0] ?? '',
      excerpt: data.meta.answer ?? decodeExcerpt(data.plain_excerpt),
    });

  const run = async (id: number, term: string) => {
    if (!term) {
      everywhere.hidden = true;
      list.setAttribute('aria-busy', 'false');
      results = [];
      status.textContent = '';
      closest.hidden = true;
      elsewhere.hidden = true;
      list.removeAttribute('data-answered');
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    status.textContent = strings.searching.replace('[SEARCH_TERM]', term);
    const found = (await (await pagefind).search(term, topic.value ? { filters: { [TOPIC_FILTER]: topic.value } } : {}))?.results ?? [];
    // The questions show at once, from the vocabulary; their excerpts and the verdict follow with the fragments.
    const module = await pagefind;
    const listed = found.slice(0, PAGE).map((r) => module.question?.(r.id));
    if (id === serial && listed.length > 0 && listed.every(Boolean)) {
      query = (await pagefind).readQuery?.(term) || term;
      list.replaceChildren(...listed.map((q) => item({ title: q![0], url: q![3], topic: q![4], excerpt: '' })));
    }
    const first = await Promise.all(found.slice(0, PAGE).map((r) => r.data()));
    if (id !== serial) return;
    list.setAttribute('aria-busy', 'false');
    results = found;
    // Judged and marked by the words searched for: 「滾動更新」 is found, and marked, as 滚动更新.
    query = (await pagefind).readQuery?.(term) || term;
    const { askedAbout: asked, outside, isTerm, formsOf: forms, running } = await pagefind;
    const shownResults = first.map((d, i) => ({
      title: d.meta.title ?? '',
      keywords: d.meta.keywords ?? '',
      content: d.content,
      treats: found[i]!.treats,
      closest: found[i]!.closest,
    }));
    const answered = answeredBy(query, shownResults, { asked, outside: outside?.(term) === true, isTerm, forms, running });
    const count = found.length === 1 ? strings.oneResult : strings.manyResults;
    status.textContent = answered ? count.replace('[SEARCH_TERM]', term).replace('[COUNT]', String(found.length)) : strings.noMatch;
    closest.hidden = answered || found.length === 0;
    elsewhere.hidden = answered;
    list.toggleAttribute('data-answered', answered);
    if (closest.hidden) list.removeAttribute('aria-labelledby');
    else list.setAttribute('aria-labelledby', closest.id);
    list.replaceChildren(...first.map(shown));
    more.hidden = first.length >= found.length;
    // A topic is chosen and nothing in it answers: the whole site is one click away.
    everywhere.hidden = topic.value === '' || answered;
  };

  const search = () => {
    list.setAttribute('aria-busy', 'true');
    clearTimeout(timer);
    timer = undefined;
    latest = run(++serial, input.value.trim());
  };
  // Busy from the keystroke on: the results shown are about to change. The index chunks the words need load
  // during the pause, so the search after it does not wait for them.
  const searchSoon = () => {
    const term = input.value.trim();
    if (term) void pagefind.then((p) => p.preload?.(term)).catch(() => undefined);
    list.setAttribute('aria-busy', 'true');
    clearTimeout(timer);
    timer = setTimeout(search, PAUSE_MS);
  };

  /** Enter in the input: the first result, once the query typed so far has been searched; not when no result answers it. */
  const openFirst = async () => {
    if (timer !== undefined) search();
    await latest;
    if (list.hasAttribute('data-answered')) list.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')?.click();
  };

  input.addEventListener('input', (event) => {
    clear.hidden = !input.value;
    // A Chinese input method is still composing: search when it has put the characters in.
    if (!(event as InputEvent).isComposing) searchSoon();
  });
  input.addEventListener('compositionend', searchSoon);
  topic.addEventListener('change', search);
  everywhere.addEventListener('click', () => {
    topic.value = '';
    search();
    input.focus();
  });
  clear.addEventListener('click', () => {
    input.value = '';
    clear.hidden = true;
    search();
    input.focus();
  });
  more.addEventListener('click', async () => {
    const id = serial;
    const next = await Promise.all(results.slice(list.children.length, list.children.length + PAGE).map((r) => r.data()));
    if (id !== serial) return;
    const items = next.map(shown);
    list.append(...items);
    more.hidden = list.children.length >= results.length;
    // The keyboard goes on from the first result that was added.
    items[0]?.querySelector('a')?.focus();
  });

  panel.addEventListener('keydown', (event) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const stops: HTMLElement[] = [input, ...list.querySelectorAll<HTMLElement>('.pagefind-ui__result-link'), ...(more.hidden ? [] : [more])];
    const at = stops.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !event.shiftKey) {
      const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    } else if (event.key === 'Enter' && event.target === input && !event.shiftKey && !event.isComposing) {
      // (An input method's Enter puts its letters in; it is not the reader's Enter.)
      event.preventDefault();
      void openFirst();
    } else if (event.target !== input && event.target !== more && (event.key.length === 1 || event.key === 'Backspace')) {
      // Typing on a result: the key goes to the input, which takes the focus before the key lands.
      input.focus();
    }
  });

  // The reader may have typed, and pressed Enter, while this loaded.
  clear.hidden = !input.value;
  if (input.value.trim()) search();
  if (panel.hasAttribute('data-enter-pending')) {
    panel.removeAttribute('data-enter-pending');
    void openFirst();
  }
}
