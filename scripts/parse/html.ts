import type { Dropped, SourceFile } from '../lib/types.ts';

/**
 * What blog exports wrap around notes, as data with the reason each is removed: promotion lines
 * (公众号, 推荐阅读, 点赞, a netdisk 提取码), badge images, and presentational HTML. Each rule is tried on
 * a whole line; a line that matches is removed and recorded in the manifest with the reason.
 */
const REMOVED_LINES: readonly { reason: Dropped['reason']; pattern: RegExp }[] = [
  // 「关注公众号」「微信搜索…公众号」「回复…获取」: asks the reader to follow an account.
  { reason: 'promotion', pattern: /公众号|公眾號|(?:扫码|掃碼|扫描|掃描)[^。]{0,12}(?:关注|關注|加群|二维码|二維碼)|(?:关注|關注)[^。]{0,8}(?:微信|我们|我們|作者)/ },
  { reason: 'promotion', pattern: /^\s*(?:[>#*\s]*)(?:推荐阅读|推薦閱讀|往期推荐|往期推薦|相关阅读|相關閱讀|精彩推荐|精彩推薦|热门文章|熱門文章)/ },
  { reason: 'promotion', pattern: /(?:点赞|點贊|點讚|在看|转发|轉發|收藏|一键三连|一鍵三連)[^。]{0,10}(?:支持|鼓励|鼓勵|关注|關注|谢谢|謝謝)|(?:求|欢迎|歡迎)(?:点赞|點贊|關注|关注)/ },
  // Netdisk links and their codes: 「链接：https://pan.baidu.com/… 提取码：abcd」.
  { reason: 'promotion', pattern: /提取码|提取碼|pan\.baidu\.com|aliyundrive\.com|alipan\.com|(?:百度|阿里)(?:网盘|網盤|云盘|雲盤)/ },
  // Badges (shields.io and the like) carry no answer.
  { reason: 'badge', pattern: /^(?=.*(?:img\.shields\.io|badgen\.net|badge))\s*(?:<\/?(?:p|div|a|center|span)\b[^>]*>\s*|!\[[^\]]*\]\(https?:\/\/[^)\s]+\)\s*|\[!\[[^\]]*\]\(https?:\/\/[^)\s]+\)\]\([^)\s]*\)\s*|<img\b[^>]*>\s*)+$/i },
  // A line of nothing but presentational HTML: <p align="center">, </p>, <div …>, <br/>, <center>.
  { reason: 'html', pattern: /^\s*(?:<\/?(?:p|div|center|span|font|br|hr|section|article)\b[^>]*>\s*)+$/i },
];

/** Presentational tags around text: the text stays, the tags go (`<font color=red>重点</font>` → 重点). */
const PRESENTATIONAL = /<\/?(?:font|center|span|p|div)\b[^>]*>/gi;
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
    if (!/<(?:font|center|span|p|div|img)\b/i.test(text)) return text;
    // Inline code shows tags as written: only the text between code spans is unwrapped.
    return text
      .split(/(`[^`]*`)/)
      .map((part, k) => {
        if (k % 2 === 1) return part;
        for (const icon of part.match(HTML_ICON) ?? []) dropped.push({ file: source.file, line: i + 1, endLine: i + 1, reason: 'badge', text: icon });
        return part
          .replace(HTML_ICON, '')
          .replace(HTML_IMAGE, (_, src: string, alt = '') => `![${alt}](${src})`)
          .replace(PRESENTATIONAL, '');
      })
      .join('')
      .trimEnd();
  });
  return { source: { file: source.file, lines }, dropped };
}
