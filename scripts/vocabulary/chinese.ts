import * as OpenCC from 'opencc-js/t2cn';

/**
 * Traditional Chinese read as Simplified, for comparing, classifying and searching: a Traditional notes
 * file is shown as written, but 「調度器」 and 「调度器」 are one term (OpenCC's Taiwan → mainland data).
 */
const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;
const TRADITIONAL_ONLY = /[\u3400-\u9fff]/;

export function toSimplified(text: string): string {
  if (!TRADITIONAL_ONLY.test(text)) return text;
  let out = cache.get(text);
  if (out === undefined) {
    out = convert(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, out);
  }
  return out;
}

/**
 * Headings that title a part of an answer, not a question (「作用」「使用场景」「总结」, and the labels of
 * interview-prep files: 「核心答案」「詳細解析」「講稿」「相關」「答」): under a question they are part of its
 * answer, and they never become questions of their own.
 */
const SECTION_TITLES =
  /^(?:主要)?(?:作用|用途|用法|使用场景|应用场景|适用场景|场景|原理|工作原理|实现原理|特点|特性|优点|缺点|优缺点|优势|总结|小结|概述|简介|介绍|前言|背景|示例|例子|实例|案例|注意|注意事项|参考|参考资料|参考链接|步骤|流程|配置|配置示例|安装|部署|架构|结论|定义|概念|基本概念|常用命令|命令|说明|备注|扩展阅读|延伸阅读|相关链接|目录|写在前面|最后|答|答案|回答|参考答案|标准答案|核心答案|简答|详解|解析|详细解析|详细解答|深入解析|面试回答方式|回答方式|回答思路|答题思路|面试话术|话术|讲稿|相关|相关问题|相关题目|相关阅读|其他问题|更多问题|延伸问题|追问|加分项)$/;

/** Sections that close a whole document rather than answer a question. */
const CLOSING = /^(?:总结|小结|参考|参考资料|参考链接|参考文献|写在最后|结语|后记|最后|扩展阅读|延伸阅读|相关链接|相关阅读|附录|references?|furtherreading|seealso)$/i;

/** A heading as a label reads: without its numbering, an emoji in front (「📋 目录」「🔗 相关链接」), spaces and punctuation. */
const bare = (text: string) =>
  toSimplified(text)
    .replace(/^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u, '')
    .replace(/^[\d一二三四五六七八九十]+[、.．)）]\s*/, '')
    .replace(/[\s:：。.!！*]/g, '');

/** Labels of an answer's own parts (核心答案, 詳細解析, 講稿): under a heading, they make it a question. */
const ANSWER_PARTS =
  /^(?:答|答案|回答|参考答案|标准答案|核心答案|简答|详解|解析|详细解析|详细解答|深入解析|面试回答方式|回答方式|回答思路|答题思路|面试话术|话术|讲稿|一句话回答|简要回答)$/;

export function isAnswerPart(text: string): boolean {
  return ANSWER_PARTS.test(bare(text));
}

export function isClosingSection(text: string): boolean {
  return CLOSING.test(bare(text));
}

/** A step of a walkthrough (「第四步：…」) titles a part of the answer, whatever it asks. */
const STEP = /^第[一二三四五六七八九十百\d]+[步节節章部分]/;

/** An author's introduction before the questions (「背景」「前言」「Background / 背景」). */
const INTRO = /^(?:背景|前言|简介|介绍|概述|写在前面|说明|序|序言|引言|导读|background|introduction|intro|overview|preface|about)$/i;

export function isIntroduction(text: string): boolean {
  const sides = text.split(/\s+[/／|｜]\s+/);
  return sides.every((side) => INTRO.test(bare(side)) || INTRO.test(side.trim()));
}

/** The same labels in English (「References」, 「Background / 背景」 is read side by side). */
const ENGLISH_TITLES =
  /^(?:background|introduction|intro|overview|summary|conclusion|references?|further ?reading|see ?also|related|contents|table ?of ?contents|toc|notes?|faq|appendix|answer|tldr|tl;dr)$/i;

export function isSectionTitle(text: string): boolean {
  if (STEP.test(toSimplified(text).trim())) return true;
  // A label written in two languages is a label when each side is.
  const sides = text.split(/\s+[/／|｜]\s+/);
  if (sides.length > 1) return sides.every((side) => isSectionTitle(side));
  return SECTION_TITLES.test(bare(text)) || ENGLISH_TITLES.test(text.replace(/^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s#*]+|[\s:：.*]+$/gu, ''));
}
