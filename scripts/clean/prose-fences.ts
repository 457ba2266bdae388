import type { SourceLine } from '../lib/types.ts';
import { fromBlocks, toBlocks, type Block, type FenceBlock } from './blocks.ts';
import { guessLanguage } from './code-language.ts';

const CJK = /[\u3400-\u9fff]/;
const CODE_LINE =
  /^\s*(\$ |#!|kubectl\b|docker\b|helm\b|etcdctl\b|curl\b|systemctl\b|apiVersion:|kind:|metadata:|spec:|https?:\/\/|[{}[\]]|<\/?[a-z]|[-\w.]+:\s*$|[-\w.]+:\s+[^\u3400-\u9fff]*$|- [-\w.]+:)/;
const PROSE_LANGS = new Set(['', 'plain', 'text', 'txt', 'markdown', 'md']);

/** Notes file 001 wraps many plain-Chinese answers in code fences; those are prose, not code. */
export function isProseFence(block: FenceBlock): boolean {
  if (!PROSE_LANGS.has(block.lang)) return false;
  const lines = block.content.map((l) => l.text).filter((t) => t.trim() !== '');
  if (lines.length === 0) return false;
  const prose = lines.filter((t) => CJK.test(t) && !CODE_LINE.test(t));
  return prose.length / lines.length >= 0.8 && !lines.some((t) => CODE_LINE.test(t) && !CJK.test(t));
}

/**
 * Unwraps prose fences (their lines rejoin as paragraphs) and labels the real code blocks that
 * had no language so they are highlighted.
 */
export function unwrapProseFences(lines: readonly SourceLine[]): SourceLine[] {
  return fromBlocks(
    toBlocks(lines).map((block): Block => {
      if (block.kind === 'text') return block;
      if (isProseFence(block)) {
        const content = block.content.map((l) => ({ ...l, text: l.text.trimStart() }));
        return { kind: 'text', lines: content };
      }
      if (block.lang !== '' && block.lang !== 'plain') return block;
      const lang = guessLanguage(block.content.map((l) => l.text));
      const open = { ...block.open, text: block.open.text.replace(/^(\s*)(`{3,}|~{3,}).*$/, `$1$2${lang}`) };
      return { ...block, lang, open };
    }),
  );
}
