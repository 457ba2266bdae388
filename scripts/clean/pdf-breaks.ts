import type { SourceLine } from '../lib/types.ts';
import { mapText } from './blocks.ts';
import { displayWidth } from './text-width.ts';

/** Text ending like this closes a sentence, a label or a list item; anything else may run on. */
const ENDS_CLOSED = /[。；;！!？?：:）)」』"”'’`|>]$|\*\*$/;
const ENDS_MID_SENTENCE = /[,，、]$/;
/** Lines that start something new: list items, headings, tables, quotes, images, links. */
const STARTS_NEW = /^\s*(?:[-*+•·>|#!]|\d+[、.)）]|[（(]?\d+[)）]|[一二三四五六七八九十]+[、.]|第.{1,3}[种步个]|\[)/;
/** A label opening a line: `可扩展:`, `4 节点：`, `Pod Autoscaler Controller ：`. */
const LABEL = /^\s*([^\s，。,:：][^，。,:：]{0,24}?)\s*[:：]/;
/** What is left of a word the PDF split, when it happens to end in a colon: `力表达：`, `程为：`. */
const WORD_TAIL = /^[\u3400-\u9fff）)]{1,5}$/;
/**
 * The PDF-extracted notes end every wrapped line with a space. Such a line, unpunctuated and at
 * least this wide, was cut by the page width, not by its author.
 */
const PDF_MIN_WIDTH = 45;
/** Notes copied from Yuque wrap lines inside code fences at about 130 columns. */
const FENCE_WRAP_WIDTH = { min: 120, max: 140 };

/** An address the copy broke over two lines: the second line is only more of its path. */
const URL_END = /https?:\/\/\S+$/;
/** More of an address's path: it has a letter or digit (a `---` rule after a link is not its path). */
const URL_REST = /^(?=[^\s]*[A-Za-z0-9])[\w\-./?=&%#~+:]+$/;
/** …or the break fell inside `https://` itself (`当然你也可以查看htt` / `ps://github.com/…`). */
const URL_SCHEME_START = /(?:https?|htt|ht|h)$/;
function continuesUrl(prev: string, next: string): boolean {
  const [p, n] = [prev.trimEnd(), next.trim()];
  if (URL_END.test(p) && URL_REST.test(n)) return true;
  const scheme = URL_SCHEME_START.exec(p)?.[0];
  return scheme !== undefined && /^https?:\/\/\S/.test(`${scheme}${n}`) && URL_REST.test(n.split(/\s/)[0]!);
}

function joins(previousRaw: string, next: string, adjacent: boolean): boolean {
  const prev = previousRaw.trimEnd();
  if (continuesUrl(prev, next)) return true;
  if (prev === '' || next.trim() === '' || STARTS_NEW.test(next)) return false;
  const closed = ENDS_CLOSED.test(prev);
  const width = displayWidth(prev);
  const pdfWrapped = previousRaw !== prev && !closed && width >= PDF_MIN_WIDTH;
  const label = LABEL.exec(next);
  if (label && !(pdfWrapped && WORD_TAIL.test(label[1]!))) return false;
  if (ENDS_MID_SENTENCE.test(prev) || pdfWrapped) return true;
  return adjacent && !closed && width >= FENCE_WRAP_WIDTH.min && width <= FENCE_WRAP_WIDTH.max;
}

function glue(previous: string, next: string): string {
  const prev = previous.trimEnd();
  const start = next.trimStart();
  if (continuesUrl(prev, start)) return prev + start;
  const asciiBefore = /[A-Za-z0-9]$/.test(prev);
  const asciiAfter = /^[A-Za-z0-9]/.test(start);
  // Keep the space the PDF left at the break when it separates a Latin word from its neighbour.
  const spaced = (asciiBefore && asciiAfter) || (previous !== prev && (asciiBefore || asciiAfter));
  return prev + (spaced ? ' ' : '') + start;
}

/**
 * Re-joins sentences that PDF extraction or a fixed-width copy broke across lines
 * (`负责 Pod 接下来生` / `命周期。`), and nothing else. Code blocks are left alone.
 */
export function joinPdfBreaks(lines: readonly SourceLine[]): SourceLine[] {
  return mapText(lines, (text) => {
    const out: SourceLine[] = [];
    let pendingBlank: SourceLine | undefined;
    // Whether a line was wrapped depends on that physical line, not on what was already joined to it.
    let lastPhysical = '';
    for (const line of text) {
      if (line.text.trim() === '') {
        pendingBlank ??= line;
        continue;
      }
      const last = out.at(-1);
      if (last && joins(lastPhysical, line.text, pendingBlank === undefined)) {
        out[out.length - 1] = { ...last, text: glue(last.text, line.text) };
      } else {
        if (pendingBlank && last) out.push(pendingBlank);
        out.push(line);
      }
      pendingBlank = undefined;
      lastPhysical = line.text;
    }
    // Trailing spaces are PDF residue; two of them would also make a Markdown line break.
    return out.map((l) => ({ ...l, text: l.text.trimEnd() }));
  });
}
