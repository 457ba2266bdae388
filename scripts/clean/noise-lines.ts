import type { Dropped, SourceLine } from '../lib/types.ts';

/** Lines that blog and PDF copying added around the notes, never part of an answer. */
const NOISE: { pattern: RegExp; reason: Dropped['reason'] }[] = [
  { pattern: /^\s*[—―─\-_=]{4,}\s*$/, reason: 'separator' },
  { pattern: /^\s*本文来自互联网用户投稿/, reason: 'reposting-disclaimer' },
  { pattern: /^\s*(?:如若转载|转载请注明|版权声明[:：]|原文链接[:：])/, reason: 'reposting-disclaimer' },
  { pattern: /^\s*文章来源\s*[:：]/, reason: 'article-source' },
  { pattern: /^\s*[A-Za-z]*复制代码\s*$/, reason: 'copy-button-residue' },
  // A lone `?` is where the copied page had an image that did not survive.
  { pattern: /^\s*[?？]\s*$/, reason: 'image-placeholder' },
  { pattern: /^\s*[;；,，.。]\s*$/, reason: 'stray-punctuation' },
];

const IMAGE_AFTER_COLON = /([:：])\s*[?？]\s*$/;

export function dropNoiseLines(file: string, lines: readonly SourceLine[]): { lines: SourceLine[]; dropped: Dropped[] } {
  const kept: SourceLine[] = [];
  const dropped: Dropped[] = [];
  for (const line of lines) {
    const noise = NOISE.find((n) => n.pattern.test(line.text));
    if (noise) {
      dropped.push({ file, line: line.n, endLine: line.n, reason: noise.reason, text: line.text });
    } else if (IMAGE_AFTER_COLON.test(line.text)) {
      // `可以用下面这样一个示意图来表达:?` — the `?` is where the pasted image was.
      dropped.push({ file, line: line.n, endLine: line.n, reason: 'image-placeholder', text: '?' });
      kept.push({ ...line, text: line.text.replace(IMAGE_AFTER_COLON, '$1') });
    } else {
      kept.push(line);
    }
  }
  return { lines: kept, dropped };
}
