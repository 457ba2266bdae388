import type { SourceLine } from '../lib/types.ts';
import { fromBlocks, toBlocks, type Block, type FenceBlock } from './blocks.ts';
import { guessLanguage } from './code-language.ts';

const CJK = /[\u3400-\u9fff]/;
const PROSE_LANGS = new Set(['', 'plain', 'text', 'txt', 'markdown', 'md']);

type LineKind = 'prose' | 'code' | 'neutral';

/**
 * A line is prose when it has Chinese outside a trailing `# comment`; commands, YAML and URLs
 * with Chinese comments (`cat /etc/kubernetes/kubelet.conf  #kubeadm安装的…`, `cpu: 2 #两核`) are code.
 */
export function lineKind(text: string): LineKind {
  if (text.trim() === '' || /^\s*#/.test(text)) return 'neutral';
  if (/^\s*(https?:\/\/|\$ |\[[\w-]+@[^\]]*\][#$])/.test(text)) return 'code';
  return CJK.test(text.replace(/\s#.*$/, '')) ? 'prose' : 'code';
}

/** Neutral lines (blank, `#` comments) belong with the next line that says what it is. */
function kinds(lines: readonly SourceLine[]): ('prose' | 'code')[] {
  const raw = lines.map((l) => lineKind(l.text));
  const out: ('prose' | 'code')[] = new Array(raw.length);
  let next: 'prose' | 'code' = raw.findLast((k) => k !== 'neutral') ?? 'prose';
  for (let i = raw.length - 1; i >= 0; i--) {
    if (raw[i] !== 'neutral') next = raw[i] as 'prose' | 'code';
    out[i] = next;
  }
  return out;
}

function fence(block: FenceBlock, content: SourceLine[], lang: string): FenceBlock {
  const open = { ...block.open, text: block.open.text.replace(/^(\s*)(`{3,}|~{3,}).*$/, `$1$2${lang}`) };
  return { ...block, lang, open, content };
}

/**
 * Notes file 001 wraps many plain-Chinese answers in code fences. An unlabelled (or `text`) fence
 * is split into runs: prose runs become text again, code runs stay fenced and get a language.
 */
export function splitProseFence(block: FenceBlock): Block[] {
  if (!PROSE_LANGS.has(block.lang)) return [block];
  const content = block.content.filter((l, i, all) => l.text.trim() !== '' || all.slice(i).some((r) => r.text.trim() !== ''));
  const lineKinds = kinds(content);
  if (!lineKinds.includes('prose')) {
    if (block.lang !== '' && block.lang !== 'plain') return [block];
    return [fence(block, block.content, guessLanguage(block.content.map((l) => l.text)))];
  }
  const out: Block[] = [];
  content.forEach((line, i) => {
    const kind = lineKinds[i];
    const last = out.at(-1);
    if (kind === 'prose') {
      if (last?.kind === 'text') last.lines.push(line);
      else out.push({ kind: 'text', lines: [line] });
    } else if (last?.kind === 'fence') {
      last.content.push(line);
    } else {
      out.push({ kind: 'fence', lang: '', open: block.open, content: [line], close: block.close });
    }
  });
  return out.map((b) => (b.kind === 'fence' ? fence(b, b.content, guessLanguage(b.content.map((l) => l.text))) : { kind: 'text', lines: outdent(b.lines) }));
}

const LIST_ITEM = /^(\s*)(?:[-*+]|\d+[.)、])\s/;

/**
 * Prose inside a fence is indented for layout. Lines lose that indentation, except a line indented
 * under a list item, which stays (by three spaces) a paragraph of that item.
 */
function outdent(lines: readonly SourceLine[]): SourceLine[] {
  let itemIndent = -1;
  return lines.map((l) => {
    const indent = l.text.length - l.text.trimStart().length;
    const item = LIST_ITEM.exec(l.text);
    if (item) itemIndent = indent;
    else if (l.text.trim() !== '' && indent <= itemIndent) itemIndent = -1;
    const under = !item && itemIndent >= 0 && indent > itemIndent;
    return { ...l, text: `${under ? '   ' : ''}${l.text.trim()}` };
  });
}

export function unwrapProseFences(lines: readonly SourceLine[]): SourceLine[] {
  return fromBlocks(toBlocks(lines).flatMap((block) => (block.kind === 'fence' ? splitProseFence(block) : [block])));
}
