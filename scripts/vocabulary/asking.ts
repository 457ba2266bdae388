/**
 * The words questions are asked with, as data: question words (什么, 如何, 吗), the words that ask to
 * compare or explain (区别, 原理, 流程) and the framing of an interview question (简述, 谈谈, 说一下).
 * Its readers, each reading its column:
 * - `asks`: question detection, at three levels.
 *   `asks`: a line holding it asks: it is a question, not a title (`asks` in
 *   scripts/parse/question-text.ts; a notes file none of whose lines asks is a list of links,
 *   scripts/parse/not-qa.ts).
 *   `names`: it names what a line explains (「Pod 的原理」): a line holding an `asks` or a `names` word
 *   is question-like, a question among questions though alone it may be a title (`isQuestionLike`).
 *   `counts`: it asks only in a line already read as a question, since elsewhere it counts
 *   (「以下几个参数」): a question's heading holding a word of any of the three levels ends in ？
 *   (scripts/edit/heading.ts).
 * - `key`: question keys drop it (scripts/dedupe/question-key.ts): 「简述 X」 and 「X 是什么」 are one
 *   question. Words that change what is asked (为什么, 区别) stay.
 * - `search`: a query drops it (src/search/relax.ts): the records seldom hold it, and a spoken
 *   question (「pod 怎么发现 service」) is searched by the words that are left.
 * - `aspect`: it names what is asked of a subject (原理, 流程, 区别, 关系): a query holding it is also
 *   searched without it (src/search/relax.ts), so that the question on the subject that words its ask
 *   otherwise (「如何用 kubeadm 升级 Kubernetes 集群？」 for 「集群升级流程」) is among those ranked.
 * - `subject`: it asks what a thing is or does, so the subject reader (scripts/dedupe/subject.ts) drops
 *   it besides the `key` words: 「什么是 X」 asks what 「X 的作用」 asks.
 * Words are Simplified: detection reads a Traditional line as its Simplified reading, the search reads
 * a query so.
 *
 * The search ships this module to the reader's browser (bundled into kb-relax.js): no imports.
 */
export interface AskingWord {
  word: string;
  asks?: 'asks' | 'names' | 'counts';
  key?: true;
  search?: true;
  aspect?: true;
  subject?: true;
}

// prettier-ignore
export const ASKING: readonly AskingWord[] = [
  // ── Question words ──
  { word: '什么', asks: 'asks', search: true, subject: true },
  { word: '是什么', key: true },
  { word: '什么是', key: true },
  { word: '是啥', asks: 'names' },
  { word: '干什么', key: true, subject: true },
  { word: '干嘛', subject: true },
  { word: '做什么', subject: true },
  { word: '有什么用', subject: true },
  { word: '是干什么的', key: true },
  { word: '哪', asks: 'asks' },
  { word: '哪个', search: true },
  { word: '哪些', key: true, search: true, subject: true },
  { word: '有哪些', key: true },
  { word: '哪几种', key: true, search: true },
  { word: '有哪几种', key: true },
  { word: '哪几个', key: true },
  { word: '有哪几个', key: true },
  { word: '几种', asks: 'counts', key: true, search: true },
  { word: '几个', asks: 'counts', key: true },
  { word: '多少', asks: 'counts' },
  { word: '是多少', key: true },
  { word: '有何', asks: 'counts' },
  { word: '如何', asks: 'asks', key: true, search: true },
  { word: '是如何', search: true },
  { word: '怎么', asks: 'asks', key: true, search: true },
  { word: '是怎么', search: true },
  { word: '怎样', asks: 'asks', key: true, search: true },
  { word: '怎么样', search: true },
  { word: '怎么办', search: true },
  { word: '怎么做', search: true },
  { word: '怎么回事', search: true },
  { word: '什么样', search: true },
  { word: '什么时候', search: true },
  { word: '回事', search: true },
  { word: '为何', asks: 'asks' },
  { word: '为什么', asks: 'asks', search: true },
  { word: '为啥', search: true },
  { word: '是否', asks: 'asks', search: true },
  { word: '会不会', search: true },
  { word: '不会', search: true },
  { word: '能不能', search: true },
  { word: '可不可以', search: true },
  { word: '可以', search: true },
  { word: '吗', asks: 'asks', key: true, search: true },
  { word: '呢', asks: 'names', key: true, search: true, subject: true },

  // ── Asking to compare ──
  { word: '区别', asks: 'asks', aspect: true },
  { word: '差别', asks: 'asks', aspect: true },
  { word: '差异', asks: 'asks', aspect: true },
  { word: '异同', asks: 'asks', aspect: true },
  { word: '不同', asks: 'names' },

  // ── Asking to explain: what a line names ──
  { word: '作用', asks: 'names', subject: true, aspect: true },
  { word: '功能', subject: true, aspect: true },
  { word: '职责', subject: true },
  { word: '用来', subject: true },
  { word: '原理', asks: 'names', aspect: true },
  { word: '原理是什么', search: true },
  { word: '流程', asks: 'names', aspect: true },
  { word: '机制', asks: 'names', aspect: true },
  { word: '特点', asks: 'names', aspect: true },
  { word: '特性', asks: 'names', aspect: true },
  { word: '策略', asks: 'names' },
  { word: '方式', asks: 'names' },
  { word: '过程', asks: 'names', aspect: true },
  { word: '步骤', asks: 'names', aspect: true },
  { word: '用途', asks: 'names', subject: true, aspect: true },
  { word: '场景', asks: 'names', aspect: true },
  { word: '关系', asks: 'names', aspect: true },
  { word: '实现', aspect: true },
  { word: '工作', aspect: true },
  // How a thing is used or set, and what a setting does: asked of a subject the questions word otherwise.
  { word: '用法', aspect: true },
  { word: '使用', aspect: true },
  { word: '设置', aspect: true },
  { word: '配置', aspect: true },
  { word: '影响', aspect: true },
  { word: '意思', aspect: true },
  { word: '含义', aspect: true },
  { word: '模型', aspect: true },

  // ── The framing of an interview question ──
  { word: '简述', asks: 'asks', key: true, search: true },
  { word: '简单', key: true },
  { word: '描述', key: true },
  { word: '解释', key: true },
  { word: '请', key: true, search: true },
  { word: '一下', key: true, search: true },
  { word: '讲一下', asks: 'asks', key: true, search: true },
  { word: '说一下', asks: 'asks', key: true, search: true },
  { word: '说下', asks: 'names', key: true },
  { word: '介绍', asks: 'names', key: true, search: true },
  { word: '介绍一下', asks: 'asks', search: true },
  { word: '介绍下', search: true },
  { word: '说说', asks: 'asks', search: true },
  { word: '谈谈', asks: 'asks', search: true },
  { word: '谈一谈', search: true },
  { word: '说一说', search: true },
  { word: '聊聊', search: true },
  { word: '聊一聊', search: true },
  { word: '讲讲', search: true },
  { word: '讲一讲', search: true },
  { word: '讲', search: true },
  { word: '说', search: true },
  { word: '详细', search: true },
  { word: '详细讲', search: true },
  { word: '详细说', search: true },
  { word: '展开', search: true },
  { word: '你对', search: true },
  { word: '理解', search: true },
  { word: '的理解', search: true },
  { word: '看法', search: true },
  { word: '认识', search: true },
  { word: '整体', search: true },
  { word: '总体', search: true },
  { word: '大致', search: true },
  { word: '大概', search: true },
  { word: '面试', search: true },
  { word: '面试题', search: true },
];

/**
 * A rehearsal's frame around the question (「面试官问 X 怎么回答」, 「面试官让我讲一下 X」), dropped from a query
 * before it is cut into words: the segmenter cuts 面试官问 as 面试|官问, 面试官让我 as 面试|官让|我.
 */
export const FRAMES = /面试官(问我|问|让我|要我|说)?|(应该|该)?(怎么|如何)(回答|答)/g;

const either = (rows: readonly AskingWord[]) => rows.map((r) => r.word).join('|');

/** A line that asks: a question mark, or an `asks` word. */
export const ASKS = new RegExp(`[?？]|${either(ASKING.filter((r) => r.asks === 'asks'))}`);

/** A line that asks or names what it explains: a question mark, or an `asks` or `names` word. */
export const QUESTION_LIKE = new RegExp(`[?？]|${either(ASKING.filter((r) => r.asks === 'asks' || r.asks === 'names'))}`);

/** A question's heading that reads as one: an asking word of any level. */
export const HEADING_ASKS = new RegExp(either(ASKING.filter((r) => r.asks)));

/** The words question keys drop. */
export const KEY_WORDS: readonly string[] = ASKING.filter((r) => r.key).map((r) => r.word);

/** The words a query drops. */
export const SEARCH_WORDS: readonly string[] = ASKING.filter((r) => r.search).map((r) => r.word);

/** The words naming what is asked of a subject, which a query is also searched without. */
export const ASPECT_WORDS: readonly string[] = ASKING.filter((r) => r.aspect).map((r) => r.word);

/** The words the subject reader drops besides the `key` words. */
export const SUBJECT_WORDS: readonly string[] = ASKING.filter((r) => r.subject).map((r) => r.word);
