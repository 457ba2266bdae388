/** Turns a question line as written into the question's text plus the interview markers it carried. */
import { dropSpacesBetweenHan } from '../clean/han-spaces.ts';
import { ASKS, QUESTION_LIKE } from '../vocabulary/asking.ts';
import { isSectionTitle, toSimplified } from '../vocabulary/chinese.ts';
import { FREQUENT_MARKER, MARKER_WORDS, STAR } from '../vocabulary/markers.ts';

/** The notes' markers that say a question is often asked (「重点」「被问到的概率非常大」「☆」), in their order. */
export function frequencyMarks(markers: readonly string[]): string[] {
  return markers.filter((m) => FREQUENT_MARKER.test(m));
}

/** Stars an author puts before or after an often-asked question (「☆ Pod 的生命周期」「…？★★」). */
const STARS = new RegExp(`^${STAR}+\\s*|\\s*${STAR}+$`, 'gu');

/** Numbering and escapes in front of a question: `.`, `\1.`, `1、`, `1.3 `, `一、`, `9-`. */
const LEADING_NUMBERING =
  /^(?:\d+(?:\.\d+)+\s+|\.|\\?\d+[.、)）]\s*|\d+-(?=\S)|[一二三四五六七八九十百]+、\s*|(?:Q|问题?|問題?|題目|题目)\s*\d*\s*[:：.、]\s*|第\s*\d+\s*[题題]\s*[:：.、]?\s*|(?:面试官|面試官)\s*[:：]\s*)+/i;

/** 「面试被问到：」「面试必问：」 in front of a question: a signal, not the question. */
const INTERVIEW_PREFIX = /^(?:面试|面試)(?:被问到|被問到|必问|必問|常问|常問|高频|高頻|真题|真題)\s*[:：]\s*/;

const CLOSED_TRAILING_GROUP = /[（(【[]([^（()）【】[\]]*)[)）】\]]\s*$/;
const UNCLOSED_TRAILING_GROUP = /[（(【]([^（()）【】]*)$/;
/** 「【高频】Pod 的生命周期」: a marker in front of the question. */
const LEADING_GROUP = /^[【[（(]([^（()）【】[\]]*)[】\]）)]\s*/;

export interface QuestionText {
  question: string;
  markers: string[];
}

/** Splits `重点，经常问` into its phrases; true when every phrase is an interview marker. */
export function markerPhrases(inner: string): string[] | undefined {
  const phrases = inner
    .split(/[，,、;；]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (phrases.length === 0) return undefined;
  return phrases.some((p) => MARKER_WORDS.test(p)) ? phrases : undefined;
}

export function stripNumbering(text: string): string {
  // `**1. 问题？**` and `“问题？”` are the question without their emphasis or quotes.
  const unbold = (t: string) => t.replace(/^(?:\*\*|__)(.+)(?:\*\*|__)$/, '$1').trim();
  // `**1. 问题？**` and `三、**问题？**`: numbering and emphasis in either order.
  // 「🤔 Q1：…」: an emoji in front marks the question, it is not part of it.
  const bare = unbold(unbold(text.replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+(?=\S)/u, '')).replace(LEADING_NUMBERING, ''));
  return bare
    .replace(LEADING_NUMBERING, '')
    .replace(INTERVIEW_PREFIX, '')
    .replace(/^[「“"](.+)[」”"]$/, '$1')
    .trim();
}

export function questionText(raw: string): QuestionText {
  // A space between two Chinese characters (`安全策 略`) is PDF damage, never the author's.
  let question = stripNumbering(dropSpacesBetweenHan(raw.replace(/\s+/g, ' ').trim()));
  const markers: string[] = [];
  const stars = question.match(STARS);
  if (stars) {
    markers.push(stars.join('').trim()[0]!);
    question = question.replace(STARS, '').trim();
  }
  const leading = LEADING_GROUP.exec(question);
  const leadingPhrases = leading ? markerPhrases(leading[1]!) : undefined;
  if (leading && leadingPhrases) {
    markers.push(...leadingPhrases);
    question = question.slice(leading[0].length).trim();
  }
  for (;;) {
    const match = CLOSED_TRAILING_GROUP.exec(question) ?? UNCLOSED_TRAILING_GROUP.exec(question);
    const phrases = match ? markerPhrases(match[1]!) : undefined;
    if (!match || !phrases) break;
    markers.unshift(...phrases);
    question = question.slice(0, match.index).trim();
  }
  question = question.replace(/[:：]\s*$/, '').trim();
  return { question, markers };
}

/** Whether a line asks, not names (scripts/vocabulary/asking.ts): stricter than question-like, which also takes 「…的原理」「…流程」. */
export function asks(text: string): boolean {
  return ASKS.test(toSimplified(text));
}

/** A document's own title (「Kubernetes 面试题汇总」「K8s 面試準備筆記」): it names the file, it asks nothing. */
const DOCUMENT_TITLE = /面试题|面试|题库|汇总|合集|大全|笔记|整理|清单|速查|速记|手册|备忘|复习|精选|top ?\d+|持续更新/i;

export function isDocumentTitle(text: string): boolean {
  return DOCUMENT_TITLE.test(toSimplified(text)) && !asks(text);
}

/**
 * A line that names what to explain (「Pod 的生命周期」「Sidecar 容器」「PV、PVC、StorageClass 的关系」):
 * short, one phrase with no sentence punctuation. Among questions written the same way it is a question
 * too (its siblings' form says so); alone it is a title.
 */
export function isTopicPhrase(text: string): boolean {
  const t = questionText(text).question;
  // 「以下几题问得较少」「其余自行查阅」 remark on the list; they name no subject.
  const remark = /^(?:以下|下面|以上|其余|其他|另外|更多|注|备注|待续)/.test(toSimplified(t));
  return t !== '' && [...t].length <= 40 && !remark && !/[，。；;！!：:,…]|\.{2,}|\.$/.test(t) && !isSectionTitle(t) && !isDocumentTitle(t);
}

/** Whether a heading reads as a question rather than a group title such as `ETCD` or `pod大合集`. */
export function isQuestionLike(text: string): boolean {
  return QUESTION_LIKE.test(toSimplified(text)) && !isSectionTitle(text);
}
