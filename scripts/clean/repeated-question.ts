import type { Correction, SourceLine } from '../lib/types.ts';

/**
 * The copy repeated a question's heading inside its own answer, mid-sentence, as a page header
 * (`…即可，缩` / `如何扩容和缩容k8s集群 容，先将节点…`): the header goes and the sentence is rejoined.
 */
export function dropRepeatedQuestion(file: string, question: string, lines: readonly SourceLine[]): { lines: SourceLine[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const out: SourceLine[] = [];
  const header = question.trim();
  for (const line of lines) {
    const text = line.text.trim();
    const previous = out.findLastIndex((l) => l.text.trim() !== '');
    const rest = header.length >= 4 && text.startsWith(`${header} `) ? text.slice(header.length).trim() : '';
    // Only where the line before stops mid-sentence: a heading repeated as the answer's first line is the author's.
    if (rest !== '' && previous >= 0 && !/[。；;！!？?：:）)」]$/.test(out[previous]!.text.trim())) {
      corrections.push({ file, line: line.n, kind: 'page-header', from: header, to: '', why: '复制时混入句中的题目（页眉），删去并接回句子' });
      out.splice(previous + 1);
      out[previous] = { ...out[previous]!, text: `${out[previous]!.text.trimEnd()}${rest}` };
      continue;
    }
    out.push(line);
  }
  return { lines: out, corrections };
}
