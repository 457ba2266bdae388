import type { SourceLine } from '../lib/types.ts';
import { mapText } from './blocks.ts';

/** `…清理回收。Daemon Set Controller ：` — the next item's label, glued to the end of a sentence. */
const GLUED_LABEL = /^(.*[。；;])\s*([^\s，。,:：；;][^，。,:：；;]{0,24}?\s*[:：])\s*$/;

/** Puts a label that copying glued onto the previous sentence back on a line of its own. */
export function splitGluedLabels(lines: readonly SourceLine[]): SourceLine[] {
  return mapText(lines, (text) =>
    text.flatMap((line) => {
      const match = GLUED_LABEL.exec(line.text);
      return match
        ? [
            { ...line, text: match[1]! },
            { ...line, text: '' },
            { ...line, text: match[2]! },
          ]
        : [line];
    }),
  );
}
