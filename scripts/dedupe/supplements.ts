import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { comparable } from './comparable.ts';
import { bigrams, coverage } from './grams.ts';
import { markdownTree } from '../lib/markdown-tree.ts';

/** A block below this many characters (`如下：`) makes no point of its own. */
const MIN_POINT = 4;
/** A block whose bigrams are this much inside what the reader has already seen adds nothing. */
const COVERED = 0.85;

/** A point that only announces the ones after it. */
const BARE_LEAD_IN = /^.{0,20}[:：]\s*$/u;
/** A short point that only says how many there are (`主要有两种。`, `kubernetes提供了3种探测容器的就绪探针。`). */
const COUNTED = /^.{0,30}(?:[2-9两二三四五六七八九]|几)\s*(?:种|类|个|大类)[^，,。；;]{0,12}[。.:：]?$/u;
/** A point that ends by announcing what follows (`重启策略如下3种配置：`). */
const LEAD_IN = /[:：]\s*$/u;
/**
 * A point that defines a Latin term (`Always ：当容器失效时…`, `- **OnFailure**: …`): the term, or undefined.
 * A second definition of a term the reader has already been given repeats it in other words. Chinese
 * labels (`原因：`, `使用场景：`) introduce new statements too often to count.
 */
const DEFINED_TERM = /^\s*(?:[-*+]\s+|\d+\.\s+)?\**([A-Za-z][\w.-]{1,30})\**\s*(?:[（(][^）)]{0,12}[）)])?\s*[:：]/u;

export function definedTerm(text: string): string | undefined {
  const match = DEFINED_TERM.exec(text);
  const term = match?.[1] ?? match?.[2];
  return term ? term.toLowerCase() : undefined;
}

/** The answer's points: paragraphs, code blocks, tables, and each item of a list on its own. */
function points(markdown: string): RootContent[] {
  return markdownTree(markdown).children.flatMap((node): RootContent[] => {
    if (node.type !== 'list') return [node];
    return node.children.map((item, i) => ({ ...node, start: node.ordered ? (node.start ?? 1) + i : node.start, children: [item] }));
  });
}

/**
 * The carried items of one list of the notes back in one list: shown as separate lists, `1.` `2)` `3.`
 * alternate and the numbering restarts.
 */
function regroup(nodes: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    const sameList = node.type === 'list' && last?.type === 'list' && last.position?.start.offset === node.position?.start.offset;
    if (sameList) out[out.length - 1] = { ...last, children: [...last.children, ...node.children] };
    else out.push(node);
  }
  return out;
}

/** What a point says, including where its images and links point: a picture is a point too. */
function textOf(node: Nodes): string {
  if (node.type === 'code') return node.value;
  const urls: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'image' || n.type === 'link') urls.push(n.url);
    if ('children' in n) n.children.forEach((c) => walk(c as Nodes));
  };
  walk(node);
  return [toString(node), ...urls].join(' ');
}

/** A lead-in paragraph without its last clause, the one announcing the items (`…的策略，重启策略如下3种配置：` → `…的策略。`). */
function leadInTrimmed(node: RootContent): RootContent | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'text') return undefined;
  const value = node.children[0].value;
  const cut = Math.max(value.lastIndexOf('，'), value.lastIndexOf(','), value.lastIndexOf('。'));
  if (cut < MIN_POINT) return undefined;
  return { type: 'paragraph', children: [{ type: 'text', value: `${value.slice(0, cut)}。` }] };
}

/** What the reader has already been shown under a question: the primary answer, then each supplement. */
export class Seen {
  private texts: string[] = [];
  text = '';
  grams = bigrams('');
  /** Terms the reader has been given a definition of (`Always`, `OnFailure`). */
  terms = new Set<string>();

  constructor(markdown: string) {
    this.add(markdown);
  }

  add(markdown: string): void {
    this.texts.push(comparable(markdown));
    this.text = this.texts.join('\u0000');
    this.grams = bigrams(this.text);
    for (const line of markdown.split('\n')) {
      const term = definedTerm(line);
      if (term) this.terms.add(term);
    }
  }
}

/** The answer's statements without list numbering, `答：` or `-`, so `1、甲` and `- 甲` compare equal. */
const statement = (text: string) => comparable(text.replace(/^\s*(?:答案?\s*[:：]|\d+\s*[、.)）]|[-*+•])\s*/u, ''));

/**
 * The statements of `other` that the reader has not yet seen, as Markdown; empty when it adds
 * nothing. Nothing is rewritten: each point is carried whole, in its order.
 */
export function uniquePoints(other: string, seen: Seen): string {
  const { text: seenText, grams: seenGrams } = seen;
  // Most versions repeat what was shown; only parse the ones that may add something.
  const whole = comparable(other);
  if (seenText.includes(whole) || coverage(bigrams(whole), seenGrams) >= 0.98) return '';
  const all = points(other);
  const adds = all.map((node) => {
    const text = statement(textOf(node));
    if ([...text].length < MIN_POINT || seenText.includes(text)) return false;
    // Another definition of a term the reader already has (Always / OnFailure / Never again) adds nothing,
    // unless it names something the reader has not seen (`Always：镜像标签为 latest 时…` says when).
    const term = definedTerm(toString(node));
    const names =
      toString(node)
        .toLowerCase()
        .match(/[a-z][\w.-]*|\d+/g) ?? [];
    if (term && seen.terms.has(term) && names.every((n) => seenText.includes(comparable(n)))) return false;
    return coverage(bigrams(text), seenGrams) < COVERED;
  });
  // A label (`场景：`) too short to count as a point still introduces the new point after it.
  all.forEach((node, i) => {
    if (!adds[i] && adds[i + 1] && BARE_LEAD_IN.test(toString(node).trim()) && toString(node).trim().length > 1) adds[i] = true;
  });
  // A point announcing how many there are (`主要有两种。`) promises a whole list: carried with its list
  // complete when any item of the list is new, left out when none is.
  all.forEach((node, i) => {
    if (!adds[i] || !COUNTED.test(toString(node).trim())) return;
    const list = all[i + 1]?.type === 'list' ? all[i + 1]!.position?.start.offset : undefined;
    const items = all.flatMap((n, k) => (k > i && n.type === 'list' && list !== undefined && n.position?.start.offset === list ? [k] : []));
    if (items.some((k) => adds[k])) for (const k of items) adds[k] = true;
    else adds[i] = false;
  });
  // A lead-in (`重启策略如下3种配置：`) whose items were all shown above would dangle: a bare one goes,
  // a longer one keeps what it says before the announcement.
  const carried = all.flatMap((node, i): RootContent[] => {
    if (!adds[i]) return [];
    const text = toString(node);
    if (!LEAD_IN.test(text) || adds[i + 1]) return [node];
    if (BARE_LEAD_IN.test(text)) return [];
    const said = leadInTrimmed(node);
    return said ? [said] : [];
  });
  if (carried.length === 0) return '';
  // What is left of a numbered list counts from 1: a list that starts at 3 looks cut off.
  const root: Root = { type: 'root', children: regroup(carried).map((n) => (n.type === 'list' && n.ordered ? { ...n, start: 1 } : n)) };
  return toMarkdown(root, { extensions: [gfmToMarkdown()], fences: true, bullet: '-', resourceLink: true }).trim();
}

/**
 * The repeatable points of `markdown` that define a term its question's heading asks about
 * (`**kube-proxy**：…` under 「Service、Endpoints 和 kube-proxy 有何关系？」): that question owns them.
 */
export function askedPoints(markdown: string, heading: string): string[] {
  return points(markdown).flatMap((node) => {
    const term = definedTerm(toString(node).replace(/\*\*/g, ''));
    const key = statement(textOf(node));
    return term !== undefined && [...key].length >= REPEATED && comparable(heading).includes(comparable(term)) ? [key] : [];
  });
}

/** A statement at least this long that stands under two questions is one the reader reads twice. */
const REPEATED = 40;

/**
 * `markdown` without the points of REPEATED or more characters that `shown` says the reader has read
 * under another question; returns what it kept and removed (as comparable keys), and the Markdown
 * unchanged when nothing repeats.
 */
export function withoutRepeats(markdown: string, shown: (key: string) => boolean): { markdown: string; kept: string[]; removed: string[] } {
  const all = points(markdown);
  const keys = all.map((node) => statement(textOf(node)));
  const repeated = keys.map((k) => [...k].length >= REPEATED && shown(k));
  const kept = keys.filter((k, i) => !repeated[i] && [...k].length >= REPEATED);
  const removed = keys.filter((_, i) => repeated[i]);
  if (removed.length === 0) return { markdown, kept, removed };
  const root: Root = { type: 'root', children: regroup(all.filter((_, i) => !repeated[i])) };
  return { markdown: toMarkdown(root, { extensions: [gfmToMarkdown()], fences: true, bullet: '-', resourceLink: true }).trim(), kept, removed };
}
