import type { Dropped, SourceFile } from '../lib/types.ts';

/** A README's closing sections, in either language: `## 贡献`, `## Contributing / 贡献`, `## License`. */
const README_TAIL = '贡献|貢獻|贡献指南|Contributing|License|许可证|許可證|开源协议|開源協議|致谢|致謝|Star History';

/**
 * What blog exports wrap around notes, as data with the reason each is removed: promotion lines
 * (公众号, 推荐阅读, 点赞, a netdisk 提取码), badge images, and presentational HTML. Each rule is tried on
 * a whole line; a line that matches is removed and recorded in the manifest with the reason.
 */
// prettier-ignore
const REMOVED_LINES: readonly { reason: Dropped['reason']; pattern: RegExp }[] = [
  // 「关注公众号」「微信搜索…公众号」「回复…获取」: asks the reader to follow an account.
  { reason: 'promotion', pattern: /公众号|公眾號|(?:扫码|掃碼|扫描|掃描)[^。]{0,12}(?:关注|關注|加群|二维码|二維碼)|(?:关注|關注)[^。]{0,8}(?:微信|我们|我們|作者)/ },
  { reason: 'promotion', pattern: /^\s*(?:[>#*\s]*)(?:推荐阅读|推薦閱讀|往期推荐|往期推薦|相关阅读|相關閱讀|精彩推荐|精彩推薦|热门文章|熱門文章)/ },
  { reason: 'promotion', pattern: /(?:点赞|點贊|點讚|在看|转发|轉發|收藏|一键三连|一鍵三連)[^。]{0,10}(?:支持|鼓励|鼓勵|关注|關注|谢谢|謝謝)|(?:求|欢迎|歡迎)(?:点赞|點贊|關注|关注)/ },
  // Netdisk links and their codes: 「链接：https://pan.baidu.com/… 提取码：abcd」, 「网盘自取」.
  { reason: 'promotion', pattern: /提取码|提取碼|pan\.baidu\.com|aliyundrive\.com|alipan\.com|网盘|網盤|(?:百度|阿里)(?:云盘|雲盤)|文末有福利|福利时间|福利時間|获取方式[:：]|獲取方式[:：]/ },
  { reason: 'promotion', pattern: /长按识别|長按識別|识别二维码|識別二維碼|扫一扫|掃一掃|设为星标|設為星標|点击上方|點擊上方|点击关注|點擊關注|mmbiz\.qpic\.cn/ },
  // Platform lines: 掘金 activities, 知乎's signature block, 博客园's footer, README calls for stars.
  { reason: 'boilerplate', pattern: /本文已参与|本文已參與|创作者签约计划|掘金技术社区|著作权归作者所有|著作權歸作者所有|^\s*(?:作者|來源|来源)[：:]\s*\S{1,20}\s*$|^\s*链接[：:]\s*https?:\/\/(?:www\.)?zhihu\.com|^\s*编辑于\s*\d{4}-|^\s*posted @ \d{4}-|(?:给个|点个|點個|给我一个)\s*Star|Star\s*⭐|⭐\s*Star/i },
  { reason: 'boilerplate', pattern: /^\s*>?\s*(?:本文首[发發](?:于|於)|首[发發](?:于|於)|轉載請|转载请|本文为博主原创|本文為博主原創|版权声明|版權聲明|原文链接|原文連結|原文地址)/ },
  // A README's tail: contributing, licence.
  { reason: 'boilerplate', pattern: new RegExp(`^\\s*#{1,6}\\s*(?:${README_TAIL})(?:\\s*[/／|]\\s*(?:${README_TAIL}))?\\s*$`, 'i') },
  { reason: 'boilerplate', pattern: /欢迎(?:提交|提)\s*(?:PR|Issue|issue)|歡迎(?:提交|提)\s*(?:PR|Issue)|licensebuttons\.net|creativecommons\.org|(?:本项目|本專案|本文)采用.{0,30}(?:许可|协议)|licensed under/i },
  { reason: 'boilerplate', pattern: /^\s*[（(]?(?:(?:未完待续|未完待續)[，,、]?\s*)?(?:以上|本文)?(?:内容|內容)?(?:会|會)?(?:持续|持續)更新(?:中)?[)）]?[。.！!…]*\s*$|^\s*[（(]?(?:未完待续|未完待續)[^）)]{0,12}[)）]?\s*$/ },
  // A short note that the text is the author's and may be reposted only with credit: 「注：…转载请注明出处。」
  { reason: 'reposting-disclaimer', pattern: /^(?=.{0,80}$).*(?:转载请注明|轉載請註明|转载请联系|轉載請聯繫)/ },
  { reason: 'boilerplate', pattern: /(?:本项目|本仓库|本倉庫|本專案|本文)(?:采用|採用|基于|基於|使用|遵循)\s*.{0,30}(?:许可|許可|协议|協議|license)/i },
  // Page numbers a PDF dump leaves between lines: `- 12 -`, `第 3 页`, `Page 3 of 20`.
  { reason: 'boilerplate', pattern: /^\s*[-—–]\s*\d{1,4}\s*[-—–]\s*$|^\s*第\s*\d{1,4}\s*[页頁](?:\s*[/／，,]?\s*共\s*\d{1,4}\s*[页頁])?\s*$|^\s*Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$/i },
  { reason: 'boilerplate', pattern: /歡迎按讚|欢迎点赞|按讚、分享|点赞、分享|以上就是本(?:次|文)|如有错误欢迎|如有錯誤歡迎|欢迎在评论区|歡迎在留言|^\s*[（(]\s*完\s*[)）]\s*\S{0,3}\s*$|^\s*[-—]*\s*(?:THE )?END\s*[-—]*\s*$/i },
  // A translation's credits: who translated and checked it, and where the original is.
  { reason: 'credits', pattern: /^\s*[>*\s]*(?:译者注|譯者註|译者|譯者|校对|校對|审校|審校|原文作者|原作者|英文原文)\s*[：:]|本文由.{0,30}(?:翻译|翻譯)|^\s*[>*\s]*本文(?:翻译|翻譯)自/ },
  // Good wishes and goodbyes closing an article.
  { reason: 'sign-off', pattern: /^\s*[>*\s]*(?:happy interviewing|good luck)\b|^\s*[>*\s]*祝(?:你|您|大家|各位)?.{0,4}(?:面试|面試|求职|求職|拿到|offer).{0,10}(?:顺利|順利|成功|offer)[^。]{0,6}$|点个在看|點個在看|^\s*[>*\s]*(?:我们|我們)?下期(?:见|見)/i },
  // 「**|** [【参考】](https://mp.weixin…)」 after an answer: the 公众号 article it was copied from.
  { reason: 'article-source', pattern: /^\s*(?:\*\*)?[|｜](?:\*\*)?\s*\[【?(?:参考|參考|原文|出处|出處)】?\]\(https?:\/\/[^)\s]+\)\s*$/ },
  // Badges (shields.io and the like) carry no answer.
  { reason: 'badge', pattern: /^(?=.*(?:img\.shields\.io|badgen\.net|badge))\s*(?:<\/?(?:p|div|a|center|span)\b[^>]*>\s*|!\[[^\]]*\]\(https?:\/\/[^)\s]+\)\s*|\[!\[[^\]]*\]\(https?:\/\/[^)\s]+\)\]\([^)\s]*\)\s*|<img\b[^>]*>\s*)+$/i },
  // A line of nothing but presentational HTML: <p align="center">, </p>, <div …>, <br/>, <center>, 语雀's <a name>.
  { reason: 'html', pattern: /^\s*(?:<\/?(?:p|div|center|span|font|br|hr|section|article|b|strong)\b[^>]*>\s*|<a name="[^"]*">\s*<\/a>\s*)+$/i },
  // 语雀 callouts: `:::info` … `:::` (the text between stays).
  { reason: 'html', pattern: /^\s*:::\s*(?:info|tips?|warning|danger|success|color\d*|\w+)?\s*$/i },
];

/** Presentational tags around text: the text stays, the tags go (`<font color=red>重点</font>` → 重点). */
const PRESENTATIONAL = /<\/?(?:font|center|span|p|div)\b[^>]*>|<a name="[^"]*">\s*<\/a>/gi;
/** 语雀's line breaks inside a paragraph or a table cell. */
const BREAK = /<br\s*\/?>/gi;
/** A `<summary>` that only says 「查看答案」: the question is the heading above it, the block only folds the answer. */
const GENERIC_SUMMARY =
  /<summary\b[^>]*>\s*(?:<[^>]+>\s*)*(?:点击)?(?:查看|展开|顯示|显示|點擊查看)?\s*(?:答案|解析|详情|詳情|回答|Answer|Show answer|Click to expand|展开|展開)\s*(?:<[^>]+>\s*)*<\/summary>/i;
/** `<h2 align="center">标题</h2>` is a Markdown heading. */
const HTML_HEADING = /^\s*<h([1-6])\b[^>]*>(.*?)<\/h\1>\s*$/i;
/** A small inline icon (`<img … width="28px" />`): decoration, not part of the answer. */
const HTML_ICON = /<img\b[^>]*\bwidth="?(?:[1-9]|[1-3]\d|4[0-8])(?:px)?"?[^>]*>/gi;
/** `<img src="https://…" />`: an image, shown as the notes' images are (a link to the original). */
const HTML_IMAGE = /<img\b[^>]*?\bsrc="(https?:\/\/[^"]+)"[^>]*?(?:\balt="([^"]*)")?[^>]*>/gi;

/**
 * Blog HTML and promotion out of a notes file, line for line (line numbers stay the notes'): promotion,
 * badges and wrapper tags become blank lines recorded as dropped; HTML headings and images become
 * Markdown; anything else, `<script>` included, stays exactly as written, to be shown as text.
 */
export function stripHtml(source: SourceFile): { source: SourceFile; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  let inFence = false;
  // `<details>` that only fold answers under headings (every summary says 查看答案) are not the file's shape.
  const summaries = source.lines.filter((l) => /<summary\b/i.test(l));
  const foldsOnly = summaries.length > 0 && summaries.every((l) => GENERIC_SUMMARY.test(l));
  const lines = source.lines.map((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence || text.trim() === '') return text;
    const removed = REMOVED_LINES.find((r) => r.pattern.test(text));
    if (removed) {
      dropped.push({ file: source.file, line: i + 1, endLine: i + 1, reason: removed.reason, text });
      return '';
    }
    const heading = HTML_HEADING.exec(text);
    if (heading) return `${'#'.repeat(Number(heading[1]))} ${heading[2]!.replace(PRESENTATIONAL, '').trim()}`;
    if (foldsOnly && (GENERIC_SUMMARY.test(text) || /^\s*<\/?details\b[^>]*>\s*$/i.test(text))) {
      dropped.push({ file: source.file, line: i + 1, endLine: i + 1, reason: 'html', text });
      return '';
    }
    if (!/<(?:font|center|span|p|div|img|a name|br)\b/i.test(text)) return text;
    // Inline code shows tags as written: only the text between code spans is unwrapped.
    return text
      .split(/(`[^`]*`)/)
      .map((part, k) => {
        if (k % 2 === 1) return part;
        for (const icon of part.match(HTML_ICON) ?? []) dropped.push({ file: source.file, line: i + 1, endLine: i + 1, reason: 'badge', text: icon });
        return part
          .replace(HTML_ICON, '')
          .replace(HTML_IMAGE, (_, src: string, alt = '') => `![${alt}](${src})`)
          .replace(PRESENTATIONAL, '')
          .replace(BREAK, ' ');
      })
      .join('')
      .trimEnd();
  });
  return { source: { file: source.file, lines }, dropped };
}
