/**
 * Where a supplement says something the main answer contradicts: a different default, or a different
 * count of kinds. These are flagged for an editor (merge report and normalize), who writes the
 * correction as an accuracy note; nothing is changed on the page.
 */
const DEFAULT = /默认(?:值|策略|的策略|的值)?\s*(?:为|是|就是|：|:)?\s*([A-Z][A-Za-z]+)|([A-Z][A-Za-z]+)\s*(?:为|是|[:：])\s*默认/g;
const COUNT = /(?:有|包括|分为|共|以下|如下)\s*([2-9两三四五六七八九])\s*(?:种|类)/g;
const DIGIT: Record<string, string> = { 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function values(pattern: RegExp, text: string): Set<string> {
  return new Set(
    [...text.matchAll(pattern)].map((m) => {
      const v = (m[1] ?? m[2])!;
      return DIGIT[v] ?? v;
    }),
  );
}

/** What a supplement says that disagrees with the answer, in words for the report; empty when nothing. */
export function contradictions(answer: string, supplement: string): string[] {
  const out: string[] = [];
  const [a, s] = [values(DEFAULT, answer), values(DEFAULT, supplement)];
  for (const v of s) if (a.size > 0 && !a.has(v)) out.push(`默认值不同：主答案说 ${[...a].join('/')}，补充说 ${v}`);
  const [ca, cs] = [values(COUNT, answer), values(COUNT, supplement)];
  for (const v of cs) if (ca.size > 0 && !ca.has(v)) out.push(`数量不同：主答案说 ${[...ca].join('/')} 种，补充说 ${v} 种`);
  return out;
}
