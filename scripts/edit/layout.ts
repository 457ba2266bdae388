import { OTHER_GROUP } from '../classify/topics.ts';
import type { Question, Topic, TopicGroup, TopicPage } from '../lib/types.ts';
import { toSimplified } from '../vocabulary/chinese.ts';
import { VOCABULARY } from '../vocabulary/derived.ts';

/** Questions that ask what a thing is come before how it works, and troubleshooting last. */
function level(question: string): number {
  if (/是什么|什么是|作用|概念|简介|特点/.test(question)) return 0;
  if (/排查|故障|问题|遇到|区别|对比/.test(question)) return 2;
  return 1;
}

/**
 * The group of its topic's page for a question nobody placed: the last group whose words its
 * question says, else its answer, else 「其他问题」. A group's words are its own phrases (`pattern`) and
 * the forms of the vocabulary's terms that name it as their `group`.
 */
export function groupFor(topic: Topic, q: Question, vocabulary = VOCABULARY): TopicGroup {
  const groups = [...topic.groups].reverse();
  const [question, answer] = [toSimplified(q.question), toSimplified(q.answer)];
  const says = (text: string) => (g: TopicGroup) => Boolean(g.pattern?.test(text) || vocabulary.groups.get(`${topic.id}/${g.id}`)?.test(text));
  return groups.find(says(question)) ?? groups.find(says(answer)) ?? OTHER_GROUP;
}

/**
 * The editors' placement of a topic's questions (curation `layout:`, anchors by group): each group's
 * questions in the order listed. `problem` reports a layout entry that names no group or no question
 * of this page; the caller collects them all and stops the run once every topic is read.
 */
export function placeByLayout(
  topic: Topic,
  questions: readonly Question[],
  layout: Readonly<Record<string, readonly string[]>>,
  problem: (value: string, why: string) => void,
  /** The page of a published anchor that is not on this one, if any. */
  elsewhere: (anchor: string) => string | undefined,
  warn: (message: string) => void,
): Map<string, Question[]> {
  const byAnchor = new Map<string, Question>();
  for (const q of questions) for (const a of [q.id, ...q.aliases]) byAnchor.set(a, q);
  const placed = new Set<Question>();
  const order = new Map<string, Question[]>();
  for (const [groupId, anchors] of Object.entries(layout)) {
    if (!topic.groups.some((g) => g.id === groupId)) {
      problem(groupId, `layout.${topic.id} has no group "${groupId}" (groups: ${topic.groups.map((g) => g.id).join(', ')})`);
      continue;
    }
    for (const anchor of anchors) {
      if (byAnchor.has(anchor)) continue;
      // A question another notes file moved to another page is unusual, not wrong: it is placed there by its wording.
      if (elsewhere(anchor)) warn(`layout.${topic.id}.${groupId}: #${anchor} is now on ${elsewhere(anchor)}; placed there by its wording`);
      else problem(anchor, `layout.${topic.id}.${groupId}: #${anchor} is not a published question`);
    }
  }
  // A question's own anchor places it; an alias (a version merged into it) only where its own is not listed.
  for (const byId of [true, false]) {
    for (const [groupId, anchors] of Object.entries(layout)) {
      for (const anchor of anchors) {
        const q = byAnchor.get(anchor);
        if (!q) continue;
        if (placed.has(q) || (q.id === anchor) !== byId) continue;
        placed.add(q);
        order.set(groupId, [...(order.get(groupId) ?? []), q]);
      }
    }
  }
  return order;
}

/**
 * A topic page in reading order: the questions an editor placed (`placed`, by group) first, then
 * each question nobody placed in the group its wording fits, basic before advanced.
 */
export function layoutTopic(topic: Topic, questions: readonly Question[], placed: ReadonlyMap<string, readonly Question[]>): TopicPage {
  const isPlaced = new Set([...placed.values()].flat());
  const rest = questions.filter((q) => !isPlaced.has(q));
  const ranked = rest.map((q, i) => ({ q, i })).sort((a, b) => level(a.q.question) - level(b.q.question) || a.i - b.i);
  const extra = new Map<string, Question[]>();
  for (const { q } of ranked) {
    const g = groupFor(topic, q).id;
    extra.set(g, [...(extra.get(g) ?? []), q]);
  }
  const groups = [...topic.groups, OTHER_GROUP]
    .map((group) => ({ group, questions: [...(placed.get(group.id) ?? []), ...(extra.get(group.id) ?? [])] }))
    .filter((g) => g.questions.length > 0);
  return { topic, groups, questions: groups.flatMap((g) => g.questions), placed: isPlaced.size };
}
