import type { SourceLine } from '../lib/types.ts';

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;

export interface FenceBlock {
  kind: 'fence';
  lang: string;
  open: SourceLine;
  content: SourceLine[];
  close: SourceLine | undefined;
}
export interface TextBlock {
  kind: 'text';
  lines: SourceLine[];
}
export type Block = FenceBlock | TextBlock;

/** Splits an answer into fenced code blocks and the text between them. */
export function toBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let fence: { block: FenceBlock; marker: string } | undefined;
  for (const line of lines) {
    if (fence) {
      const trimmed = line.text.trim();
      if (trimmed.startsWith(fence.marker) && /^(`+|~+)$/.test(trimmed) && trimmed.length >= fence.marker.length) {
        fence.block.close = line;
        fence = undefined;
      } else {
        fence.block.content.push(line);
      }
      continue;
    }
    const open = FENCE_OPEN.exec(line.text);
    if (open) {
      const block: FenceBlock = { kind: 'fence', lang: open[3]!.toLowerCase(), open: line, content: [], close: undefined };
      blocks.push(block);
      fence = { block, marker: open[2]! };
      continue;
    }
    const last = blocks.at(-1);
    if (last?.kind === 'text') last.lines.push(line);
    else blocks.push({ kind: 'text', lines: [line] });
  }
  return blocks;
}

export function fromBlocks(blocks: readonly Block[]): SourceLine[] {
  return blocks.flatMap((b) => (b.kind === 'text' ? b.lines : [b.open, ...b.content, ...(b.close ? [b.close] : [])]));
}

/** Applies a line transform to text outside code fences only. */
export function mapText(lines: readonly SourceLine[], fn: (lines: SourceLine[]) => SourceLine[]): SourceLine[] {
  return fromBlocks(toBlocks(lines).map((b) => (b.kind === 'text' ? { kind: 'text', lines: fn(b.lines) } : b)));
}
