import { SourceError } from '../lib/errors.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * For each line, whether it lies inside (or opens/closes) a fenced code block.
 * An unclosed fence is an error naming the line that opened it.
 */
export function fenceMask(file: string, lines: readonly string[], from = 0): boolean[] {
  const mask = new Array<boolean>(lines.length).fill(false);
  let open: { char: string; length: number; line: number } | undefined;
  for (let i = from; i < lines.length; i++) {
    const match = FENCE.exec(lines[i]!);
    if (open) {
      mask[i] = true;
      if (match && match[1]![0] === open.char && match[1]!.length >= open.length && match[2]!.trim() === '') {
        open = undefined;
      }
    } else if (match && !(match[1]![0] === '`' && match[2]!.includes('`'))) {
      mask[i] = true;
      open = { char: match[1]![0]!, length: match[1]!.length, line: i + 1 };
    }
  }
  if (open) throw new SourceError(file, open.line, 'code fence opened here is never closed', `close it with a line of ${open.char.repeat(open.length)} after the code`);
  return mask;
}
